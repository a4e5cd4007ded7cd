// The 2D screen mid-run on Branin, the cursor on the mean: all three maps on the first screen.
import { choose2D, hover, screenshots2D } from './screens2d.mjs';

screenshots2D(
  '2d-branin',
  async (page) => {
    await choose2D(page, 'Branin function', 8);
    await hover(page, 0.55, 0.45);
  },
  { firstScreen: true },
);
