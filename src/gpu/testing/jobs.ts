/** Small deterministic surface jobs shared by the worker and surface-service tests. */
import type { PointwiseAcquisitionSpec } from '../../math/acquisition.ts';
import { fitGP } from '../../math/gp.ts';
import { createRng } from '../../math/rng.ts';
import type { KernelSpec } from '../../math/types.ts';
import type { SurfaceJob } from '../surfaceTypes.ts';

/** A GP on n seeded points in [-5, -1]^2 and a surface job over that box. */
export function testJob(
  n: number,
  side: number,
  kernel: KernelSpec,
  spec: PointwiseAcquisitionSpec | null,
  sign: 1 | -1 = 1,
  seed = 3,
): SurfaceJob {
  const rng = createRng(seed);
  const X = Float64Array.from({ length: n * 2 }, () => rng.uniform(-5, -1));
  const y = Array.from(
    { length: n },
    (_, i) => Math.sin(2 * (X[2 * i] as number)) + 0.3 * (X[2 * i + 1] as number) ** 2,
  );
  const model = fitGP({ data: X, n, d: 2 }, y, { kernel, alpha: 1e-6, normalizeY: true });
  const best = Math.max(...y);
  const bounds = { lower: [-5, -5], upper: [-1, -1] } as const;
  return { model, spec, best, sign, bounds, side, dims: 2 };
}
