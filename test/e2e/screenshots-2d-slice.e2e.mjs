// The default 2D example (log10 learning rate × log10 weight decay) with a horizontal slice.
import { choose2D, hover, screenshots2D } from './screens2d.mjs';

screenshots2D(
  '2d-lrwd-slice',
  async (page) => {
    await choose2D(page, 'Synthetic learning rate × weight decay', 6);
    await page.getByRole('button', { name: 'Horizontal slice' }).click();
    await page.getByRole('img', { name: 'Slice plot', exact: true }).waitFor();
    await hover(page, 0.5, 0.6);
    // The slice sits below the first screen on a laptop: show it, with the maps above.
    await page
      .getByRole('img', { name: 'Slice acquisition plot', exact: true })
      .scrollIntoViewIfNeeded();
  },
  { firstScreen: false },
);
