// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedCode, htmlAttribute } from './embedCode.ts';

/** The iframe the snippet makes when a page parses it. */
function parse(html: string): { iframes: HTMLIFrameElement[]; elements: number } {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return {
    iframes: [...doc.querySelectorAll('iframe')],
    elements: doc.body.querySelectorAll('*').length,
  };
}

describe('embed code', () => {
  it('is one iframe whose src and title read back exactly, whatever the address holds', () => {
    const hostile = [
      'https://example.org/bo/?embed=1&figure=gp#s="><script>alert(1)</script>',
      "https://example.org/?a='onload='alert(1)",
      'https://example.org/?copy=1&amp;lt=<b>&quot;',
      'https://example.org/?f=x%20%23%20%22%22%22',
    ];
    for (const href of hostile) {
      const { iframes, elements } = parse(embedCode(href, 'GP "mean" <figure> & \'σ\''));
      expect(elements, href).toBe(1);
      expect(iframes[0]?.getAttribute('src')).toBe(href);
      expect(iframes[0]?.getAttribute('title')).toBe('BO Playground: GP "mean" <figure> & \'σ\'');
      expect(iframes[0]?.getAttribute('onload')).toBeNull();
    }
  });

  it('escapes only what HTML needs', () => {
    expect(htmlAttribute('a&b"c\'d<e>f')).toBe('a&#38;b&#34;c&#39;d&#60;e&#62;f');
    expect(htmlAttribute('https://x.org/?embed=1')).toBe('https://x.org/?embed=1');
  });
});
