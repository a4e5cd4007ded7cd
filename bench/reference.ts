/**
 * scikit-learn and bayes_opt measured in the same run as our figures (issue 18: no reference
 * figure is printed that was not measured here). One python process (bench/python/reference.py)
 * answers all cases of a bench; Debian's /usr/bin/python3 has numpy, scipy and scikit-learn, and
 * bayes_opt 3.3.0 comes from ../shared/peers beside the repository (REFERENCE_PYTHON and PEERS
 * override the two paths).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeCase } from './gpSurface.ts';

const PYTHON = process.env.REFERENCE_PYTHON ?? '/usr/bin/python3';
const PEERS = process.env.PEERS ?? fileURLToPath(new URL('../../shared/peers', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./python/reference.py', import.meta.url));

export interface SuggestCase {
  readonly name: string;
  readonly bounds: readonly (readonly [number, number])[];
  readonly X: readonly (readonly number[])[];
  readonly y: readonly number[];
  readonly repeats?: number;
}

export interface PredictCase {
  readonly name: string;
  readonly X: readonly (readonly number[])[];
  readonly y: readonly number[];
  readonly lengthScale: number;
  readonly grid: readonly (readonly number[])[];
  readonly repeats?: number;
}

export interface ReferenceTimes {
  readonly sklearn: string;
  /** Median ms per case name. */
  readonly ms: Readonly<Record<string, number>>;
}

/**
 * Runs the python references; null (after printing why to stderr) when python, scikit-learn or
 * bayes_opt is missing or the helper fails, so that a bench then prints our figures alone.
 */
export function measureReference(
  task: 'suggest' | 'predict',
  cases: readonly (SuggestCase | PredictCase)[],
): ReferenceTimes | null {
  if (!existsSync(PYTHON)) {
    console.error(`reference skipped: ${PYTHON} not found (set REFERENCE_PYTHON)`);
    return null;
  }
  const res = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify({ task, cases }),
    env: { ...process.env, PYTHONPATH: PEERS },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (res.status !== 0) {
    const why = (res.stderr || String(res.error ?? '')).trim().split('\n').slice(-1)[0];
    console.error(
      `reference skipped: scikit-learn + bayes_opt could not run (${why}); ` +
        'install python3-sklearn (Debian) and put bayes_opt on PEERS',
    );
    return null;
  }
  return JSON.parse(res.stdout) as ReferenceTimes;
}

/**
 * scikit-learn predict(return_std=True) + EI on gpSurface.ts's cases (same points, targets, fixed
 * length scale and grid as makeCase), median ms per case name; null when it cannot run.
 */
export function sklearnSurfaceMs(
  cases: readonly {
    readonly name: string;
    readonly d: number;
    readonly n: number;
    readonly side: number;
  }[],
): Readonly<Record<string, number>> | null {
  const predictCases: PredictCase[] = cases.map((c) => {
    const { model, grid } = makeCase(c);
    const rows = (data: Float64Array, n: number, d: number) =>
      Array.from({ length: n }, (_, i) => Array.from(data.subarray(i * d, (i + 1) * d)));
    return {
      name: c.name,
      X: rows(model.X.data, model.X.n, model.X.d),
      y: Array.from(model.yNorm, (v) => v * model.yStd + model.yMean),
      lengthScale: model.kernel.lengthScale as number,
      grid: rows(grid.data, grid.n, grid.d),
      repeats: c.n >= 300 ? 3 : 7,
    };
  });
  return measureReference('predict', predictCases)?.ms ?? null;
}
