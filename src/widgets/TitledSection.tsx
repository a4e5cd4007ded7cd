import { useId, type ReactNode } from 'react';

/**
 * A section named by its own heading (aria-labelledby), as every panel and card of the app is, so
 * a screen reader announces the section by its title. `titleId` fixes the heading's id where
 * something inside (a table's aria-labelledby) or a test refers to it; otherwise one is made.
 */
export function TitledSection(props: {
  readonly title: ReactNode;
  /** 'panel-section' for the side panel, 'card …' for the cards of the main column. */
  readonly className: string;
  readonly titleClassName?: string | undefined;
  readonly titleId?: string | undefined;
  /** data-* attributes a test reads off the section. */
  readonly data?: Readonly<Record<`data-${string}`, string>> | undefined;
  readonly children: ReactNode;
}) {
  const made = `${useId()}-title`;
  const id = props.titleId ?? made;
  return (
    <section className={props.className} aria-labelledby={id} {...props.data}>
      <h2 id={id} className={props.titleClassName}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
