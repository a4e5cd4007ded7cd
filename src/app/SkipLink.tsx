import type { MouseEvent } from 'react';
import { useMessages } from '../i18n/locale.ts';
import './skipLink.css';

/**
 * "Skip to content": the first focusable element, shown only while focused, taking keyboard users
 * past the header to the section's <main>. The hash is the router's (#/lab…), so the link moves
 * focus itself instead of navigating to #main, which would open another section.
 */
export function SkipLink() {
  const t = useMessages();
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const main = document.querySelector('main');
    if (!main) return;
    // Focusable from script only: the region is not a stop in the tab order.
    if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
    main.focus();
    main.scrollIntoView?.({ block: 'start' });
  };
  return (
    <a className="skip-link" href="#/" onClick={skip}>
      {t.skipToContent}
    </a>
  );
}
