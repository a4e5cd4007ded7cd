/**
 * Bounded quasi-Newton minimization: projected L-BFGS on a box (a two-metric projection method in
 * the spirit of L-BFGS-B). Variables held at a bound by their gradient are frozen for the step,
 * the limited-memory inverse Hessian acts on the free ones, and a backtracking Armijo search runs
 * along the projected path. Used for the GP's ML-II fit and for acquisition maximization, so it is
 * written for small d with all buffers allocated once per call.
 */

export interface BoundedMinimizeOptions {
  /** Outer iterations (default 200). */
  readonly maxIterations?: number;
  /** Stop when the projected gradient's largest component is at most this (default 1e-5, as scipy). */
  readonly gradTol?: number;
  /**
   * Stop when an accepted step lowers f by at most fTol * max(|f|, |f_new|, 1)
   * (default 2.22e-9, scipy's factr = 1e7).
   */
  readonly fTol?: number;
  /** Number of correction pairs kept (default 10, as scipy). */
  readonly memory?: number;
  /** Hard cap on calls of fg (default 50 * maxIterations). */
  readonly maxEvaluations?: number;
}

/** Why the minimizer stopped. */
export type MinimizeStop =
  'gradient' | 'ftol' | 'max-iterations' | 'max-evaluations' | 'line-search' | 'non-finite-start';

export interface MinimizeResult {
  readonly x: Float64Array;
  readonly f: number;
  readonly iterations: number;
  readonly evaluations: number;
  /** True when the gradient or the f-decrease test was met. */
  readonly converged: boolean;
  readonly stop: MinimizeStop;
}

const ARMIJO_C1 = 1e-4;
const CURVATURE_C2 = 0.9;
const MAX_TRIALS = 40;
const MAX_TRIALS_WITH_DECREASE = 12;

function allFinite(v: Float64Array): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i] as number)) return false;
  return true;
}

/**
 * Minimizes f over the box lower <= x <= upper. fg(x, grad) returns f(x) and writes the gradient
 * into grad; it must not keep or modify x. A non-finite f or gradient counts as a failed trial
 * step (the search backtracks), so fg may signal "outside the domain" with NaN or Infinity. The
 * start is projected into the box. Always terminates: at most maxIterations iterations and
 * maxEvaluations calls of fg.
 */
export function minimizeBounded(
  fg: (x: Float64Array, grad: Float64Array) => number,
  x0: Float64Array,
  lower: Float64Array,
  upper: Float64Array,
  opts: BoundedMinimizeOptions = {},
): MinimizeResult {
  const run = minimizeBoundedSteps(x0, lower, upper, opts);
  let step = run.next();
  while (!step.done) step = run.next(fg(step.value.x, step.value.grad));
  return step.value;
}

/** A point minimizeBoundedSteps asks to be evaluated: f(x) is sent back, its gradient written to grad. */
export interface EvaluationRequest {
  readonly x: Float64Array;
  readonly grad: Float64Array;
}

/**
 * minimizeBounded as a generator: it yields each point to evaluate and takes f(x) back from
 * next(f), the gradient written into the request's grad (x must not be kept or modified). The
 * same arithmetic in the same order, so several searches can be driven side by side (their points
 * evaluated as a batch: bo/acqOptimizer.ts) with the bits each would give alone.
 */
export function* minimizeBoundedSteps(
  x0: Float64Array,
  lower: Float64Array,
  upper: Float64Array,
  opts: BoundedMinimizeOptions = {},
): Generator<EvaluationRequest, MinimizeResult, number> {
  const n = x0.length;
  if (lower.length !== n || upper.length !== n) {
    throw new RangeError(`bounds have ${lower.length}/${upper.length} entries, expected ${n}`);
  }
  const maxIter = opts.maxIterations ?? 200;
  const gradTol = opts.gradTol ?? 1e-5;
  const fTol = opts.fTol ?? 2.220446049250313e-9;
  const m = Math.max(1, Math.floor(opts.memory ?? 10));
  const maxEval = opts.maxEvaluations ?? 50 * Math.max(maxIter, 1);

  let x = new Float64Array(n);
  let g = new Float64Array(n);
  // Trial point of the line search, and the best trial that met the Armijo condition so far.
  let xNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  let fNew = NaN;
  let xLo = new Float64Array(n);
  let gLo = new Float64Array(n);
  const dir = new Float64Array(n);
  const freeIdx = new Int32Array(n);
  // Ring buffer of correction pairs (s, y), rho = 1 / s'y.
  const S = new Float64Array(m * n);
  const Y = new Float64Array(m * n);
  const rho = new Float64Array(m);
  const alphaBuf = new Float64Array(m);
  let pairs = 0;
  let head = 0; // slot the next pair goes into
  let gamma = 1; // initial inverse-Hessian scale s'y / y'y of the newest pair
  let nf = 0; // number of free variables, listed in freeIdx

  for (let i = 0; i < n; i++) {
    const lo = lower[i] as number;
    const hi = upper[i] as number;
    if (!(lo <= hi)) throw new RangeError(`bound ${i} is empty: [${lo}, ${hi}]`);
    x[i] = Math.min(hi, Math.max(lo, x0[i] as number));
  }
  let evaluations = 1;
  let f: number = yield { x, grad: g };
  if (!Number.isFinite(f) || !allFinite(g)) {
    return { x, f, iterations: 0, evaluations, converged: false, stop: 'non-finite-start' };
  }

  let iterations = 0;
  let stop: MinimizeStop = 'max-iterations';
  while (true) {
    // Projected gradient: the first-order optimality measure on a box.
    let pgMax = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      const p =
        Math.min(upper[i] as number, Math.max(lower[i] as number, xi - (g[i] as number))) - xi;
      pgMax = Math.max(pgMax, Math.abs(p));
    }
    if (pgMax <= gradTol) {
      stop = 'gradient';
      break;
    }
    if (iterations >= maxIter) break;
    if (evaluations >= maxEval) {
      stop = 'max-evaluations';
      break;
    }
    iterations++;

    // Free variables: not pinned at a bound by a gradient that points out of the box.
    nf = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      const gi = g[i] as number;
      if ((xi <= (lower[i] as number) && gi > 0) || (xi >= (upper[i] as number) && gi < 0))
        continue;
      freeIdx[nf++] = i;
    }

    let accepted = false;
    // Quasi-Newton direction first; if its search fails, forget the memory and retry along -g.
    for (let attempt = 0; attempt < 2 && !accepted; attempt++) {
      if (attempt === 1) {
        if (pairs === 0) break;
        pairs = 0;
      }
      let gd = computeDirection();
      if (!(gd < 0)) {
        // Not a descent direction (a stale curvature pair): steepest descent on the free set.
        pairs = 0;
        gd = computeDirection();
        if (!(gd < 0)) break;
      }
      let dNorm = 0;
      for (let i = 0; i < n; i++) dNorm += (dir[i] as number) ** 2;
      // Without curvature information the scale of -g is arbitrary: start with a unit-length step.
      accepted = yield* lineSearch(pairs === 0 ? Math.min(1, 1 / Math.sqrt(dNorm)) : 1);
    }
    if (!accepted) {
      stop = evaluations >= maxEval ? 'max-evaluations' : 'line-search';
      break;
    }
    const fOld = f;
    updateMemory();
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    f = fNew;
    if (fOld - f <= fTol * Math.max(Math.abs(fOld), Math.abs(f), 1)) {
      stop = 'ftol';
      break;
    }
  }
  return {
    x,
    f,
    iterations,
    evaluations,
    converged: stop === 'gradient' || stop === 'ftol',
    stop,
  };

  /**
   * Weak-Wolfe search along the projected path x(t) = P(x + t dir): backtrack while the Armijo
   * condition fails, expand while the slope is still steep (so every accepted step carries
   * positive curvature and the search cannot creep through a flat or concave stretch), bisect
   * once bracketed. Leaves the accepted point in xNew, gNew, fNew.
   */
  function* lineSearch(t0: number): Generator<EvaluationRequest, boolean, number> {
    // Beyond tMax every moving coordinate sits on its bound: nothing new to see there.
    let tMax = 0;
    for (let i = 0; i < n; i++) {
      const di = dir[i] as number;
      if (di === 0) continue;
      const reach =
        ((di > 0 ? (upper[i] as number) : (lower[i] as number)) - (x[i] as number)) / di;
      tMax = Math.max(tMax, reach);
    }
    let t = Math.min(t0, tMax);
    let tLo = 0;
    let tHi = Infinity;
    let fLo = Infinity;
    for (let trial = 0; trial < MAX_TRIALS && evaluations < maxEval; trial++) {
      // A sufficient decrease in hand is good enough once the search drags on.
      if (fLo < Infinity && trial >= MAX_TRIALS_WITH_DECREASE) break;
      let dec = 0;
      let moved = false;
      for (let i = 0; i < n; i++) {
        const xi = x[i] as number;
        const v = Math.min(
          upper[i] as number,
          Math.max(lower[i] as number, xi + t * (dir[i] as number)),
        );
        xNew[i] = v;
        if (v !== xi) moved = true;
        dec += (g[i] as number) * (v - xi);
      }
      if (!moved) break;
      let fTrial = NaN;
      // Clipping can make the projected step non-descending; a shorter step clips less.
      if (dec < 0) {
        evaluations++;
        fTrial = yield { x: xNew, grad: gNew };
        if (Number.isFinite(fTrial) && fTrial <= f + ARMIJO_C1 * dec && allFinite(gNew)) {
          let slope = 0;
          for (let i = 0; i < n; i++)
            slope += (gNew[i] as number) * ((xNew[i] as number) - (x[i] as number));
          if (slope >= CURVATURE_C2 * dec) {
            fNew = fTrial;
            return true;
          }
          tLo = t;
          if (fTrial < fLo) {
            fLo = fTrial;
            [xLo, xNew] = [xNew, xLo];
            [gLo, gNew] = [gNew, gLo];
          }
          if (tHi === Infinity) {
            if (t >= tMax) break;
            t = Math.min(4 * t, tMax);
          } else {
            t = 0.5 * (tLo + tHi);
          }
          continue;
        }
      }
      tHi = t;
      if (tLo > 0) {
        t = 0.5 * (tLo + tHi);
      } else if (Number.isFinite(fTrial) && dec < 0) {
        // Minimizer of the quadratic through f, the slope and the trial value, kept in
        // [0.1 t, 0.5 t] so a poor model can neither stall nor overshoot.
        const denom = 2 * (fTrial - f - dec);
        const tq = denom > 0 ? (-dec * t) / denom : 0.5 * t;
        t = Math.min(0.5 * t, Math.max(0.1 * t, tq));
      } else {
        t *= 0.1;
      }
    }
    if (fLo === Infinity) return false;
    [xNew, xLo] = [xLo, xNew];
    [gNew, gLo] = [gLo, gNew];
    fNew = fLo;
    return true;
  }

  /** Two-loop recursion on the free variables; writes dir, returns g'dir. */
  function computeDirection(): number {
    dir.fill(0);
    const nfree = nf;
    for (let j = 0; j < nfree; j++) {
      const i = freeIdx[j] as number;
      dir[i] = -(g[i] as number);
    }
    if (pairs > 0) {
      let slot = head;
      for (let p = 0; p < pairs; p++) {
        slot = (slot - 1 + m) % m;
        const o = slot * n;
        const a = (rho[slot] as number) * freeDot(S, o);
        alphaBuf[slot] = a;
        freeAxpy(-a, Y, o);
      }
      for (let j = 0; j < nfree; j++) {
        const i = freeIdx[j] as number;
        dir[i] = (dir[i] as number) * gamma;
      }
      for (let p = 0; p < pairs; p++) {
        const o = slot * n;
        const b = (rho[slot] as number) * freeDot(Y, o);
        freeAxpy((alphaBuf[slot] as number) - b, S, o);
        slot = (slot + 1) % m;
      }
    }
    let gd = 0;
    for (let j = 0; j < nfree; j++) {
      const i = freeIdx[j] as number;
      const xi = x[i] as number;
      // A free variable sitting on a bound may only move inward.
      if (
        (xi <= (lower[i] as number) && (dir[i] as number) < 0) ||
        (xi >= (upper[i] as number) && (dir[i] as number) > 0)
      ) {
        dir[i] = 0;
      }
      gd += (g[i] as number) * (dir[i] as number);
    }
    return gd;
  }

  /** Sum over the free indices i of mem[o + i] * dir[i], in index order (the two-loop's dot). */
  function freeDot(mem: Float64Array, o: number): number {
    let sum = 0;
    for (let j = 0; j < nf; j++) {
      const i = freeIdx[j] as number;
      sum += (mem[o + i] as number) * (dir[i] as number);
    }
    return sum;
  }

  /** dir[i] += c * mem[o + i] on the free indices; c = -a gives dir[i] - a * mem[o + i] exactly. */
  function freeAxpy(c: number, mem: Float64Array, o: number): void {
    for (let j = 0; j < nf; j++) {
      const i = freeIdx[j] as number;
      dir[i] = (dir[i] as number) + c * (mem[o + i] as number);
    }
  }

  /** Stores (s, y) from the accepted step when it carries positive curvature. */
  function updateMemory(): void {
    const o = head * n;
    let sy = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      const s = (xNew[i] as number) - (x[i] as number);
      const y = (gNew[i] as number) - (g[i] as number);
      S[o + i] = s;
      Y[o + i] = y;
      sy += s * y;
      yy += y * y;
    }
    // Skipping pairs with tiny or negative curvature keeps the implicit Hessian positive definite.
    if (!(sy > 2.220446049250313e-16 * yy) || !(yy > 0)) return;
    rho[head] = 1 / sy;
    gamma = sy / yy;
    head = (head + 1) % m;
    pairs = Math.min(pairs + 1, m);
  }
}
