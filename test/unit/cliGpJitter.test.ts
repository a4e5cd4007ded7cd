/**
 * The `gp` command reports the jitter its Cholesky factorization added (DESIGN.md, Reliability:
 * "report the jitter used"), so a fit that is not of alpha alone never passes silently: a repeated
 * point with alpha = 0 is singular, scikit-learn refuses it, and the CLI fits it with a reported
 * jitter instead.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './cliHarness.ts';

function gp(input: object): Record<string, unknown> {
  const r = runCli(['gp'], JSON.stringify(input));
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const lines = r.stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] as string) as Record<string, unknown>;
}

const DUPLICATED = { X: [[0], [1], [1], [2]], y: [0, 1, 1, 0], Xs: [[0.5]], alpha: 0 };

describe('gp reports the jitter used', () => {
  it('is 0 when the covariance factors as given (default alpha)', () => {
    const out = gp({ X: [[0], [1], [2]], y: [0, 1, 0], Xs: [[0.5]], optimize: false });
    expect(out.jitter).toBe(0);
  });

  it('is the jitter added for a repeated point with alpha = 0 (fixed kernel)', () => {
    const out = gp({ ...DUPLICATED, optimize: false });
    // DESIGN.md's retries: 1e-8 x 10^i, up to 6 of them; the first is enough here.
    expect(out.jitter).toBe(1e-8);
    expect(Number.isFinite((out.mean as number[])[0])).toBe(true);
  });

  it('after ML-II, is the jitter of the final fit at the fitted length scale', () => {
    const fitted = gp({ ...DUPLICATED, optimize: true });
    const kernel = fitted.kernel as { lengthScale: number };
    const again = gp({ ...DUPLICATED, optimize: false, kernel });
    expect(typeof fitted.jitter).toBe('number');
    expect(fitted.jitter).toBe(again.jitter);
    expect(fitted.mean).toEqual(again.mean);
  });
});
