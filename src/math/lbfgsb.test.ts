import { describe, expect, it } from 'vitest';
import { minimizeBounded, minimizeBoundedSteps } from './lbfgsb.ts';

const inf = (n: number, sign: 1 | -1): Float64Array => new Float64Array(n).fill(sign * Infinity);

function rosenbrock(x: Float64Array, g: Float64Array): number {
  let f = 0;
  g.fill(0);
  for (let i = 0; i + 1 < x.length; i++) {
    const a = x[i] as number;
    const b = x[i + 1] as number;
    f += 100 * (b - a * a) ** 2 + (1 - a) ** 2;
    g[i] = (g[i] as number) - 400 * a * (b - a * a) - 2 * (1 - a);
    g[i + 1] = (g[i + 1] as number) + 200 * (b - a * a);
  }
  return f;
}

describe('minimizeBounded', () => {
  it('finds the Rosenbrock minimum without bounds', () => {
    const res = minimizeBounded(rosenbrock, Float64Array.of(-1.2, 1), inf(2, -1), inf(2, 1), {
      gradTol: 1e-8,
    });
    expect(res.converged).toBe(true);
    expect(res.x[0]).toBeCloseTo(1, 5);
    expect(res.x[1]).toBeCloseTo(1, 5);
    expect(res.f).toBeLessThan(1e-10);
    expect(res.evaluations).toBeLessThan(200);
  });

  it('finds the 10-dimensional Rosenbrock minimum inside a box', () => {
    const x0 = new Float64Array(10).fill(-1);
    const res = minimizeBounded(rosenbrock, x0, inf(10, -1).fill(-5), inf(10, 1).fill(5), {
      gradTol: 1e-7,
      maxIterations: 1000,
    });
    expect(res.converged).toBe(true);
    for (const v of res.x) expect(v).toBeCloseTo(1, 4);
  });

  it('ends on the bound when the minimum lies outside the box', () => {
    const c = [2, -3, 0.5];
    const fg = (x: Float64Array, g: Float64Array): number => {
      let f = 0;
      for (let i = 0; i < 3; i++) {
        const t = (x[i] as number) - (c[i] as number);
        f += (i + 1) * t * t;
        g[i] = 2 * (i + 1) * t;
      }
      return f;
    };
    const lo = Float64Array.of(-1, -1, -1);
    const hi = Float64Array.of(1, 1, 1);
    const res = minimizeBounded(fg, Float64Array.of(0, 0, 0), lo, hi);
    expect(res.converged).toBe(true);
    expect(Array.from(res.x)).toEqual([1, -1, expect.closeTo(0.5, 6)]);
  });

  it('never leaves the box and projects the start into it', () => {
    const seen: number[] = [];
    const fg = (x: Float64Array, g: Float64Array): number => {
      seen.push(x[0] as number);
      g[0] = -1; // always pushes up
      return -(x[0] as number);
    };
    const res = minimizeBounded(fg, Float64Array.of(7), Float64Array.of(-2), Float64Array.of(3));
    expect(res.x[0]).toBe(3);
    expect(Math.max(...seen)).toBeLessThanOrEqual(3);
    expect(res.stop).toBe('gradient');
  });

  it('minimizes a 1D function', () => {
    const fg = (x: Float64Array, g: Float64Array): number => {
      g[0] = -Math.sin(x[0] as number);
      return Math.cos(x[0] as number);
    };
    const res = minimizeBounded(fg, Float64Array.of(1), Float64Array.of(0), Float64Array.of(6), {
      gradTol: 1e-10,
    });
    expect(res.x[0]).toBeCloseTo(Math.PI, 8);
    expect(res.f).toBeCloseTo(-1, 12);
  });

  it('backtracks out of regions where f is not finite', () => {
    // x - log(x): undefined (NaN) for x <= 0, minimum 1 at x = 1; the first step from 8 lands
    // in the NaN region.
    let nanCalls = 0;
    const fg = (x: Float64Array, g: Float64Array): number => {
      const v = x[0] as number;
      if (!(v > 0)) nanCalls++;
      g[0] = 1 - 1 / v;
      return v - Math.log(v);
    };
    const res = minimizeBounded(fg, Float64Array.of(8), Float64Array.of(-5), Float64Array.of(10));
    expect(nanCalls).toBeGreaterThan(0);
    expect(res.converged).toBe(true);
    expect(res.x[0]).toBeCloseTo(1, 4);
  });

  it('treats +Infinity and a non-finite gradient as failed steps', () => {
    const fg = (x: Float64Array, g: Float64Array): number => {
      const v = x[0] as number;
      if (v < 0.5) {
        g[0] = NaN;
        return Infinity;
      }
      g[0] = 2 * v;
      return v * v;
    };
    const res = minimizeBounded(fg, Float64Array.of(4), Float64Array.of(-10), Float64Array.of(10));
    expect(Number.isFinite(res.f)).toBe(true);
    expect(res.x[0]).toBeGreaterThanOrEqual(0.5);
    expect(res.x[0]).toBeLessThan(0.51);
  });

  it('reports a non-finite start without throwing', () => {
    const res = minimizeBounded(
      (_x, g) => {
        g[0] = 0;
        return NaN;
      },
      Float64Array.of(1),
      Float64Array.of(0),
      Float64Array.of(2),
    );
    expect(res.stop).toBe('non-finite-start');
    expect(res.converged).toBe(false);
    expect(res.evaluations).toBe(1);
  });

  it('stops when no step helps (f finite only at the start)', () => {
    const res = minimizeBounded(
      (x, g) => {
        g[0] = -1;
        return x[0] === 1 ? 0 : NaN;
      },
      Float64Array.of(1),
      Float64Array.of(0),
      Float64Array.of(2),
    );
    expect(res.stop).toBe('line-search');
    expect(res.x[0]).toBe(1);
    expect(res.evaluations).toBeLessThan(100);
  });

  it('respects maxIterations and maxEvaluations', () => {
    const a = minimizeBounded(rosenbrock, Float64Array.of(-1.2, 1), inf(2, -1), inf(2, 1), {
      maxIterations: 3,
    });
    expect(a.iterations).toBeLessThanOrEqual(3);
    expect(a.stop).toBe('max-iterations');
    const b = minimizeBounded(rosenbrock, Float64Array.of(-1.2, 1), inf(2, -1), inf(2, 1), {
      maxEvaluations: 5,
    });
    expect(b.evaluations).toBeLessThanOrEqual(5);
  });

  it('walks out of a flat stretch instead of creeping (steps expand)', () => {
    // Nearly flat, slightly concave slope down to the bound at 20.
    const fg = (x: Float64Array, g: Float64Array): number => {
      const v = x[0] as number;
      g[0] = -1e-3 - 1e-6 * v;
      return -1e-3 * v - 0.5e-6 * v * v;
    };
    const res = minimizeBounded(fg, Float64Array.of(0), Float64Array.of(-20), Float64Array.of(20), {
      gradTol: 1e-12,
    });
    expect(res.x[0]).toBe(20);
    expect(res.evaluations).toBeLessThan(30);
  });

  it('does not modify its inputs', () => {
    const x0 = Float64Array.of(-1.2, 1);
    minimizeBounded(rosenbrock, x0, inf(2, -1), inf(2, 1));
    expect(Array.from(x0)).toEqual([-1.2, 1]);
  });
});

describe('minimizeBoundedSteps', () => {
  it('asks for exactly the points minimizeBounded evaluates and ends with its result', () => {
    const lower = Float64Array.of(-2, -0.5, -2);
    const upper = Float64Array.of(2, 2, 0.8);
    const x0 = Float64Array.of(-1.5, 1.7, 0.5);
    const seen: number[][] = [];
    const alone = minimizeBounded(
      (x, g) => {
        seen.push([...x]);
        return rosenbrock(x, g);
      },
      x0,
      lower,
      upper,
    );
    const run = minimizeBoundedSteps(x0, lower, upper);
    const asked: number[][] = [];
    let step = run.next();
    while (!step.done) {
      asked.push([...step.value.x]);
      step = run.next(rosenbrock(step.value.x, step.value.grad));
    }
    expect(asked).toEqual(seen);
    expect([...step.value.x]).toEqual([...alone.x]);
    expect(Object.is(step.value.f, alone.f)).toBe(true);
    expect(step.value.stop).toBe(alone.stop);
    expect(alone.evaluations).toBe(seen.length);
  });
});
