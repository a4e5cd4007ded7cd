/**
 * Width a row of maps is zoomed to, in CSS px: the printable width of A4 (210 mm less print.css's
 * 12 mm margins, about 700 px; US Letter is wider) less the padding of the card around the maps.
 */
export const PRINT_ROW_PX = 640;

function fitRowsToPage(): void {
  for (const row of document.querySelectorAll<HTMLElement>('.heatmap-row')) {
    const { width, height } = row.getBoundingClientRect();
    if (!(width > 0 && height > 0)) continue;
    row.style.width = `${width}px`;
    row.style.height = `${height}px`;
    row.style.flex = 'none';
    row.style.zoom = String(Math.min(1, PRINT_ROW_PX / width));
    row.dataset['printFit'] = '';
  }
}

function unfitRows(): void {
  for (const row of document.querySelectorAll<HTMLElement>('.heatmap-row[data-print-fit]')) {
    Object.assign(row.style, { width: '', height: '', flex: '', zoom: '' });
    delete row.dataset['printFit'];
  }
}

/**
 * Paper is white: a page printed from the dark theme would print light text on nothing (browsers
 * drop backgrounds when printing). And the plots were drawn for the screen's width, wider than a
 * page, while no script runs between beforeprint and the print layout to redraw them. So, for the
 * length of a print, the page wears the light palette and each vector plot gets a viewBox, which
 * lets print.css scale it to the page. The heatmaps cannot take a viewBox (a canvas raster with an
 * SVG over it), so each row of maps keeps the size it has on screen and is zoomed, as one block, to
 * the width of a page. Afterwards the page gets its own back. Returns the unsubscribe, for an
 * effect.
 */
export function printOnPaper(): () => void {
  const root = document.documentElement;
  let worn: string | undefined;
  const before = () => {
    if (worn !== undefined) return; // already printing: keep the theme to give back
    worn = root.dataset.theme ?? '';
    if (worn === 'dark') root.dataset.theme = 'light';
    // The heatmaps are left out: their raster is a canvas beside the SVG, which would not follow.
    for (const svg of document.querySelectorAll('svg.bo-plot:not(.heatmap):not([viewBox])')) {
      const w = svg.getAttribute('width');
      const h = svg.getAttribute('height');
      if (!w || !h) continue;
      svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
      svg.setAttribute('data-print-fit', '');
    }
    fitRowsToPage();
  };
  const after = () => {
    if (worn === 'dark') root.dataset.theme = worn;
    worn = undefined;
    for (const svg of document.querySelectorAll('svg[data-print-fit]')) {
      svg.removeAttribute('viewBox');
      svg.removeAttribute('data-print-fit');
    }
    unfitRows();
  };
  globalThis.addEventListener('beforeprint', before);
  globalThis.addEventListener('afterprint', after);
  return () => {
    globalThis.removeEventListener('beforeprint', before);
    globalThis.removeEventListener('afterprint', after);
  };
}
