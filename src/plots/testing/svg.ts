/**
 * Test helpers for the plots: an SVG serializer in the manner of Observable Plot's snapshot tests
 * (plot/test/plot-snapshot.js): numbers in attributes rounded to 2 decimals so a snapshot does not
 * churn on floating-point noise, one element per line so a diff points at the mark that changed.
 */

const NUMBER = /-?\d*\.?\d+(?:e[-+]?\d+)?/gi;

function roundNumbers(value: string): string {
  // A hex colour is a name, not a number: "#d2e21b" would otherwise read as 2e21.
  if (/^#[0-9a-f]{3,8}$/i.test(value)) return value;
  return value.replace(NUMBER, (s) => {
    const r = Math.round(Number(s) * 100) / 100;
    return Object.is(r, -0) ? '0' : String(r);
  });
}

/**
 * The SVG's markup with rounded attribute numbers, one element per line. Ids (from React's useId,
 * which count mounts across tests) are renamed in document order so that adding a test elsewhere
 * in the file does not change this snapshot.
 */
export function serializeSvg(svg: Element): string {
  const clone = svg.cloneNode(true) as Element;
  const all = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const ids = new Map<string, string>();
  for (const el of all) if (el.id) ids.set(el.id, `id${ids.size}`);
  for (const el of all) {
    for (const attr of Array.from(el.attributes)) {
      let value = attr.value;
      const isRef = attr.name === 'aria-describedby' || attr.name === 'aria-labelledby';
      if (attr.name === 'id') value = ids.get(value) ?? value;
      if (isRef) value = value.replace(/\S+/g, (id) => ids.get(id) ?? id);
      value = value.replace(/url\(#([^)]+)\)/g, (whole, id: string) => {
        const renamed = ids.get(id);
        return renamed ? `url(#${renamed})` : whole;
      });
      el.setAttribute(attr.name, attr.name === 'id' || isRef ? value : roundNumbers(value));
    }
  }
  return clone.outerHTML.replace(/><(?!\/)/g, '>\n<');
}

/** The translate(u,v) of an element's transform attribute, or null. */
export function translateOf(el: Element | null): [number, number] | null {
  const m = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(el?.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}
