// The coverage figure's description reads the run it draws: with k = 5 per side the grid tries 5
// distinct values of the dimension that matters, random search 25.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/messages.ts';
import { describeCoverage } from '../../plots/describeLab.ts';
import { formatNumber } from '../../plots/format.ts';
import { coverageRun } from './coverage.ts';

const weights = { wx: 1, wy: 0.05 };

function described(kind: 'grid' | 'random') {
  const run = coverageRun(kind, 5, 7, weights);
  const text = describeCoverage(
    {
      design: kind,
      trials: run.points.n,
      distinctX: run.distinctX,
      distinctY: run.distinctY,
      important: 'x',
      best: run.best.value,
    },
    MESSAGES.en,
  );
  return { run, text };
}

describe('coverage description', () => {
  it('k = 5: grid covers 5 distinct values of x, random 25, both from 25 trials', () => {
    const grid = described('grid');
    const random = described('random');
    expect(grid.text).toMatch(/^grid: 25 trials cover 5 distinct values of x, .* and 5 of y, /);
    expect(random.text).toMatch(
      /^random: 25 trials cover 25 distinct values of x, .* and 25 of y, /,
    );
    expect(random.text.endsWith(`best ${formatNumber(random.run.best.value, 4)}`)).toBe(true);
  });
});
