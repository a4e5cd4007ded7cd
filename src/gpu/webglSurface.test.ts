import { describe, expect, it } from 'vitest';
import { fitGP } from '../math/gp.ts';
import { createRng } from '../math/rng.ts';
import { liveTensorCount, probeWebGL, webglPossible } from './webglBackend.ts';
import { lowerTriangularInverse } from './webglModelTensors.ts';

describe('lowerTriangularInverse', () => {
  it('inverts the Cholesky factor of a GP covariance (L Linv = I)', () => {
    const rng = createRng(5);
    const n = 40;
    const X = Float64Array.from({ length: n * 2 }, () => rng.next());
    const model = fitGP(
      { data: X, n, d: 2 },
      Array.from({ length: n }, () => rng.next()),
      {
        kernel: { type: 'matern52', lengthScale: 0.3, variance: 1 },
        alpha: 1e-6,
        normalizeY: true,
      },
    );
    const M = lowerTriangularInverse(model.L, n);
    let worst = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (j > i) expect(M[i * n + j]).toBe(0);
        let s = 0;
        for (let k = 0; k < n; k++) s += (model.L[i * n + k] as number) * (M[k * n + j] as number);
        worst = Math.max(worst, Math.abs(s - (i === j ? 1 : 0)));
      }
    }
    expect(worst).toBeLessThan(1e-9);
  });
});

describe('probeWebGL in Node', () => {
  it('says no WebGL without loading tfjs', async () => {
    expect(webglPossible()).toBe(false);
    const r = await probeWebGL({ allowSoftware: true });
    expect(r).toMatchObject({ ok: false, reason: 'no-webgl' });
    expect(liveTensorCount()).toBeNull();
  });
});
