/**
 * The HTML a person pastes into a slide or course page to embed one figure. Its address holds the
 * whole study (formula and names included) and comes from the address bar, so it is escaped as an
 * attribute value like every other piece, rather than trusted to be percent-encoded already.
 */

/** `text` safe inside a double- or single-quoted HTML attribute value. */
export function htmlAttribute(text: string): string {
  return text.replace(/[&"'<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The iframe code for `href`, titled "BO Playground: <figure>". */
export function embedCode(href: string, figureName: string): string {
  const src = htmlAttribute(href);
  const title = htmlAttribute(`BO Playground: ${figureName}`);
  return `<iframe src="${src}" width="800" height="450" style="border:0" title="${title}" loading="lazy"></iframe>`;
}
