/**
 * Acquisition functions in the maximization convention (larger is better; the caller negates y for
 * minimization), with the formulas of the python `bayesian-optimization` library 3.x:
 *
 *   EI  = (mu - best - xi) Phi(z) + sigma phi(z),   z = (mu - best - xi) / sigma
 *   PI  = Phi(z)
 *   UCB = mu + kappa sigma
 *
 * At sigma = 0 (or a sigma so small that z overflows) EI and PI take their limits,
 * max(mu - best - xi, 0) and [mu - best - xi > 0], never NaN. A negative sigma is treated as 0; NaN
 * inputs give NaN.
 *
 * EI is evaluated as sigma h(z) with h from normal.ts, which stays positive and accurate down to
 * z = -38 where h underflows; the log-EI helpers go beyond that so a local optimizer started far
 * from the data still sees a slope.
 */
import {
  eiFactor,
  eiFactorLogDerivative,
  logEiFactor,
  normCdf,
  normLogCdf,
  normLogCdfDerivative,
  normPdf,
} from './normal.ts';

/**
 * The acquisition functions, bayes_opt's default first. Adding one here makes the compiler list
 * every place that must handle it, AcquisitionSpec first (settingsSchema.test.ts checks both name
 * the same types).
 */
export const ACQUISITION_TYPES = [
  'ei',
  'pi',
  'ucb',
  'thompson',
] as const satisfies readonly AcquisitionSpec['type'][];
export type AcquisitionType = (typeof ACQUISITION_TYPES)[number];

/** Which acquisition function, with its parameter. Thompson sampling is not pointwise (see thompson.ts). */
export type AcquisitionSpec =
  | { readonly type: 'ei'; readonly xi: number }
  | { readonly type: 'pi'; readonly xi: number }
  | { readonly type: 'ucb'; readonly kappa: number }
  | { readonly type: 'thompson' };

/** The pointwise acquisition types (everything but Thompson sampling). */
export type PointwiseAcquisitionSpec = Exclude<AcquisitionSpec, { type: 'thompson' }>;

/**
 * z = improvement / std, or NaN when sigma is degenerate (0, negative, or so small that z is not
 * finite) and the sigma -> 0 limit applies. Callers check std for NaN first.
 */
function standardized(improvement: number, std: number): number {
  if (!(std > 0)) return NaN;
  const z = improvement / std;
  return Number.isFinite(z) ? z : NaN;
}

/** Expected improvement over best + xi. Always >= 0. */
export function ei(mean: number, std: number, best: number, xi: number): number {
  const imp = mean - best - xi;
  if (Number.isNaN(std) || Number.isNaN(imp)) return NaN;
  const z = standardized(imp, std);
  if (Number.isNaN(z)) return imp > 0 ? imp : 0;
  return std * eiFactor(z);
}

/**
 * log EI, finite wherever sigma > 0 (EI itself underflows to 0 for z < -38); -Infinity where the
 * sigma -> 0 limit of EI is exactly 0.
 */
export function logEi(mean: number, std: number, best: number, xi: number): number {
  const imp = mean - best - xi;
  if (Number.isNaN(std) || Number.isNaN(imp)) return NaN;
  const z = standardized(imp, std);
  if (Number.isNaN(z)) return imp > 0 ? Math.log(imp) : -Infinity;
  return Math.log(std) + logEiFactor(z);
}

/** Probability of improvement over best + xi; exactly 0 at sigma = 0 and mu - best - xi = 0. */
export function pi(mean: number, std: number, best: number, xi: number): number {
  const imp = mean - best - xi;
  if (Number.isNaN(std) || Number.isNaN(imp)) return NaN;
  const z = standardized(imp, std);
  if (Number.isNaN(z)) return imp > 0 ? 1 : 0;
  return normCdf(z);
}

/** log PI, finite wherever sigma > 0; -Infinity where the sigma -> 0 limit is 0. */
export function logPi(mean: number, std: number, best: number, xi: number): number {
  const imp = mean - best - xi;
  if (Number.isNaN(std) || Number.isNaN(imp)) return NaN;
  const z = standardized(imp, std);
  if (Number.isNaN(z)) return imp > 0 ? 0 : -Infinity;
  return normLogCdf(z);
}

/** Upper confidence bound mu + kappa sigma (sigma below 0 counts as 0). */
export function ucb(mean: number, std: number, kappa: number): number {
  return mean + kappa * (std > 0 ? std : Number.isNaN(std) ? NaN : 0);
}

/** The number of candidates, after checking that std and out can hold them. */
function checkBatch(mean: Float64Array, std: Float64Array, out: Float64Array): number {
  const n = mean.length;
  if (std.length !== n) throw new RangeError(`std has ${std.length} entries, mean has ${n}`);
  if (out.length < n) throw new RangeError(`out has ${out.length} entries, need ${n}`);
  return n;
}

/**
 * Writes the acquisition value of each candidate into out (at least mean.length long), from the
 * posterior mean and standard deviation at the candidates. No allocation. Throws for Thompson
 * sampling, which needs sample paths rather than mean and std.
 */
export function evaluateAcquisition(
  spec: AcquisitionSpec,
  mean: Float64Array,
  std: Float64Array,
  best: number,
  out: Float64Array,
): void {
  const n = checkBatch(mean, std, out);
  switch (spec.type) {
    case 'ei':
      for (let i = 0; i < n; i++) out[i] = ei(mean[i] as number, std[i] as number, best, spec.xi);
      return;
    case 'pi':
      for (let i = 0; i < n; i++) out[i] = pi(mean[i] as number, std[i] as number, best, spec.xi);
      return;
    case 'ucb':
      for (let i = 0; i < n; i++) out[i] = ucb(mean[i] as number, std[i] as number, spec.kappa);
      return;
    case 'thompson':
      throw new TypeError(
        'Thompson sampling is not a function of the posterior mean and std: draw sample paths with samplePosteriorPaths (thompson.ts) and maximize one of them',
      );
    default: {
      // Returns nothing: a type missing here would leave out unwritten, so the compiler must say so.
      const unhandled: never = spec;
      throw new TypeError(`unknown acquisition ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * The values an acquisition search ranks candidates by, in the units its local search climbs: log
 * EI and log PI (Ament et al. 2023, "Unexpected Improvements to Expected Improvement for Bayesian
 * Optimization": EI underflows to exactly 0 far from the data, where its log still orders the
 * candidates), UCB as it is. Same argmax as evaluateAcquisition wherever EI or PI is positive.
 * Where EI is representable its log is taken directly (the full log-EI costs several times as much
 * and agrees there to rounding); only where it underflows is the asymptotic form needed.
 */
export function evaluateLogAcquisition(
  spec: PointwiseAcquisitionSpec,
  mean: Float64Array,
  std: Float64Array,
  best: number,
  out: Float64Array,
): void {
  const n = checkBatch(mean, std, out);
  // Where the value is representable its log is taken directly; the log form only where it is 0.
  const logs = (
    value: (m: number, s: number, b: number, xi: number) => number,
    logValue: (m: number, s: number, b: number, xi: number) => number,
    xi: number,
  ): void => {
    for (let i = 0; i < n; i++) {
      const m = mean[i] as number;
      const sd = std[i] as number;
      const v = value(m, sd, best, xi);
      out[i] = v > 0 ? Math.log(v) : logValue(m, sd, best, xi);
    }
  };
  switch (spec.type) {
    case 'ei':
      logs(ei, logEi, spec.xi);
      return;
    case 'pi':
      logs(pi, logPi, spec.xi);
      return;
    case 'ucb':
      evaluateAcquisition(spec, mean, std, best, out);
      return;
    default: {
      const unhandled: never = spec;
      throw new TypeError(`unknown acquisition ${JSON.stringify(unhandled)}`);
    }
  }
}

function checkGradientShapes(
  dMean: Float64Array,
  dStd: Float64Array,
  outGrad: Float64Array,
): number {
  const d = outGrad.length;
  if (dMean.length !== d || dStd.length !== d) {
    throw new RangeError(
      `gradient lengths differ: dMean ${dMean.length}, dStd ${dStd.length}, outGrad ${d}`,
    );
  }
  return d;
}

/** outGrad = a dMean + b dStd. */
function combine(
  a: number,
  dMean: Float64Array,
  b: number,
  dStd: Float64Array,
  outGrad: Float64Array,
): void {
  for (let k = 0; k < outGrad.length; k++) {
    outGrad[k] = a * (dMean[k] as number) + (b === 0 ? 0 : b * (dStd[k] as number));
  }
}

/**
 * EI and its gradient in x, given mu, sigma and their gradients dMean, dStd (length d each) at the
 * point: dEI = Phi(z) dMu + phi(z) dSigma. Writes outGrad (length d) and returns EI.
 */
export function eiWithGradient(
  mean: number,
  std: number,
  dMean: Float64Array,
  dStd: Float64Array,
  best: number,
  xi: number,
  outGrad: Float64Array,
): number {
  checkGradientShapes(dMean, dStd, outGrad);
  // NaN where sigma <= 0 or anything is NaN: the sigma -> 0 limit applies.
  const z = standardized(mean - best - xi, std);
  if (Number.isNaN(z)) {
    const value = ei(mean, std, best, xi);
    combine(value > 0 ? 1 : Number.isNaN(value) ? NaN : 0, dMean, 0, dStd, outGrad);
    return value;
  }
  combine(normCdf(z), dMean, normPdf(z), dStd, outGrad);
  return std * eiFactor(z);
}

/**
 * log EI and its gradient in x. With g = Phi(z) / h(z) = d log h / dz,
 * d log EI = (g dMu + (phi(z) / h(z)) dSigma) / sigma, both ratios computed without underflow, so
 * the gradient stays informative where EI is 0 in floating point. Returns -Infinity with a zero
 * gradient where the sigma -> 0 limit of EI is 0.
 */
export function logEiWithGradient(
  mean: number,
  std: number,
  dMean: Float64Array,
  dStd: Float64Array,
  best: number,
  xi: number,
  outGrad: Float64Array,
): number {
  checkGradientShapes(dMean, dStd, outGrad);
  const imp = mean - best - xi;
  // NaN where sigma <= 0 or anything is NaN: the sigma -> 0 limit applies.
  const z = standardized(imp, std);
  if (Number.isNaN(z)) {
    const value = logEi(mean, std, best, xi);
    combine(value > -Infinity ? 1 / imp : Number.isNaN(value) ? NaN : 0, dMean, 0, dStd, outGrad);
    return value;
  }
  const g = eiFactorLogDerivative(z);
  // phi / h = 1 - z g: no cancellation for z < 0; for z >= 0 take the quotient directly because
  // there z g -> 1 and the difference would lose digits.
  const r = z < 0 ? 1 - z * g : normPdf(z) / eiFactor(z);
  combine(g / std, dMean, r / std, dStd, outGrad);
  return Math.log(std) + logEiFactor(z);
}

/**
 * PI and log PI share their gradient's shape: d f(z) = f'(z) (dMu - z dSigma) / sigma, with f
 * normCdf or normLogCdf; `limit` gives the value (and a zero gradient) where z is undefined.
 */
function piShapedWithGradient(
  f: (z: number) => number,
  fPrime: (z: number) => number,
  limit: (mean: number, std: number, best: number, xi: number) => number,
  mean: number,
  std: number,
  dMean: Float64Array,
  dStd: Float64Array,
  best: number,
  xi: number,
  outGrad: Float64Array,
): number {
  checkGradientShapes(dMean, dStd, outGrad);
  // NaN where sigma <= 0 or anything is NaN: the sigma -> 0 limit applies.
  const z = standardized(mean - best - xi, std);
  if (Number.isNaN(z)) {
    const value = limit(mean, std, best, xi);
    combine(Number.isNaN(value) ? NaN : 0, dMean, 0, dStd, outGrad);
    return value;
  }
  const a = fPrime(z) / std;
  combine(a, dMean, -a * z, dStd, outGrad);
  return f(z);
}

/** PI and its gradient: dPI = phi(z) (dMu - z dSigma) / sigma. Zero gradient at the sigma -> 0 limit. */
export function piWithGradient(
  mean: number,
  std: number,
  dMean: Float64Array,
  dStd: Float64Array,
  best: number,
  xi: number,
  outGrad: Float64Array,
): number {
  return piShapedWithGradient(normCdf, normPdf, pi, mean, std, dMean, dStd, best, xi, outGrad);
}

/** log PI and its gradient: d log PI = (phi / Phi)(z) (dMu - z dSigma) / sigma, finite for all z. */
export function logPiWithGradient(
  mean: number,
  std: number,
  dMean: Float64Array,
  dStd: Float64Array,
  best: number,
  xi: number,
  outGrad: Float64Array,
): number {
  return piShapedWithGradient(
    normLogCdf,
    normLogCdfDerivative,
    logPi,
    mean,
    std,
    dMean,
    dStd,
    best,
    xi,
    outGrad,
  );
}

/** UCB and its gradient dMu + kappa dSigma (the sigma term drops where sigma <= 0). */
export function ucbWithGradient(
  mean: number,
  std: number,
  dMean: Float64Array,
  dStd: Float64Array,
  kappa: number,
  outGrad: Float64Array,
): number {
  checkGradientShapes(dMean, dStd, outGrad);
  combine(1, dMean, std > 0 ? kappa : 0, dStd, outGrad);
  return ucb(mean, std, kappa);
}

/**
 * Dispatches to eiWithGradient, piWithGradient or ucbWithGradient; with log set, EI and PI are
 * replaced by log EI and log PI (UCB is unchanged: it can be negative). Throws for Thompson.
 */
export function acquisitionWithGradient(
  spec: AcquisitionSpec,
  mean: number,
  std: number,
  dMean: Float64Array,
  dStd: Float64Array,
  best: number,
  outGrad: Float64Array,
  log = false,
): number {
  switch (spec.type) {
    case 'ei':
      return (log ? logEiWithGradient : eiWithGradient)(
        mean,
        std,
        dMean,
        dStd,
        best,
        spec.xi,
        outGrad,
      );
    case 'pi':
      return (log ? logPiWithGradient : piWithGradient)(
        mean,
        std,
        dMean,
        dStd,
        best,
        spec.xi,
        outGrad,
      );
    case 'ucb':
      return ucbWithGradient(mean, std, dMean, dStd, spec.kappa, outGrad);
    case 'thompson':
      throw new TypeError(
        'Thompson sampling has no pointwise gradient from mean and std: use SamplePath.evaluateWithGradient (thompson.ts)',
      );
  }
}
