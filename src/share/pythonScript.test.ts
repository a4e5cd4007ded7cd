import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRng } from '../math/rng.ts';
import { toNaturalUnits } from '../objectives/evaluate.ts';
import type { Objective } from '../objectives/types.ts';
import { resolveObjective } from '../store/settings.ts';
import { bayesOptScript, optunaScript, type ScriptInput } from './pythonScript.ts';
import { hasPython } from './testPython.ts';
import { randomStudy } from './testStudies.ts';

/**
 * Runs each script with stand-ins for bayes_opt, Optuna and scikit-learn (not installed here; the
 * scripts must not need them to be checked), and numpy itself when present (else a math-based
 * stand-in). Then evaluates the script's f at the given natural-unit points.
 */
const HARNESS = String.raw`
import ast, json, math, random, sys, types
jobs = json.load(sys.stdin)
try:
    import numpy
except ImportError:
    np = types.ModuleType('numpy')
    for n in 'sin cos tan sinh cosh tanh exp log log10 log2 sqrt floor ceil'.split():
        setattr(np, n, getattr(math, n))
    np.arcsin, np.arccos, np.arctan, np.arctan2 = math.asin, math.acos, math.atan, math.atan2
    np.abs, np.float64, np.pi, np.e = abs, float, math.pi, math.e
    np.cbrt = lambda v: math.copysign(abs(v) ** (1 / 3), v)
    np.sign = lambda v: (v > 0) - (v < 0)
    np.hypot = math.hypot
    sys.modules['numpy'] = np

class Opt:
    def __init__(self, f, pbounds, acquisition_function=None, random_state=None, verbose=2, allow_duplicate_points=False):
        self.f, self.pbounds, self.res, self.acq = f, pbounds, [], acquisition_function
    def set_gp_params(self, **kw):
        self.gp = kw
    def register(self, params, target):
        self.res.append({'params': dict(params), 'target': target})
    def maximize(self, init_points, n_iter):
        r = random.Random(0)
        for _ in range(init_points + n_iter):
            p = {k: lo + (hi - lo) * r.random() for k, (lo, hi) in self.pbounds.items()}
            self.res.append({'params': p, 'target': self.f(**p)})
    @property
    def max(self):
        b = max(self.res, key=lambda r: r['target'])
        return {'params': dict(b['params']), 'target': b['target']}

bo = types.ModuleType('bayes_opt')
acq = types.ModuleType('bayes_opt.acquisition')
for n in ['ExpectedImprovement', 'ProbabilityOfImprovement', 'UpperConfidenceBound']:
    setattr(acq, n, lambda **kw: kw)
bo.BayesianOptimization, bo.acquisition = Opt, acq
kern = types.ModuleType('sklearn.gaussian_process.kernels')
class K:
    def __init__(self, *a, **kw): pass
    def __mul__(self, o): return self
kern.Matern = kern.RBF = kern.ConstantKernel = K

class Trial:
    def __init__(self, r): self.r = r
    def suggest_float(self, name, lo, hi, log=False):
        return math.exp(self.r.uniform(math.log(lo), math.log(hi))) if log else self.r.uniform(lo, hi)
class Study:
    def __init__(self, direction, sampler): self.direction, self.values, self.added = direction, [], []
    def add_trial(self, t): self.added.append(t)
    def optimize(self, objective, n_trials):
        r = random.Random(0)
        self.values = [objective(Trial(r)) for _ in range(n_trials)]
    best_value = property(lambda s: max(s.values) if s.direction == 'maximize' else min(s.values))
    best_params = property(lambda s: {})
optuna = types.ModuleType('optuna')
optuna.samplers = types.SimpleNamespace(GPSampler=lambda **kw: kw, TPESampler=lambda **kw: kw)
optuna.create_study = Study
optuna.trial = types.SimpleNamespace(create_trial=lambda **kw: kw)
optuna.distributions = types.SimpleNamespace(FloatDistribution=lambda *a, **kw: (a, kw))
sys.modules.update({'bayes_opt': bo, 'bayes_opt.acquisition': acq, 'optuna': optuna,
    'sklearn': types.ModuleType('sklearn'), 'sklearn.gaussian_process': types.ModuleType('sgp'),
    'sklearn.gaussian_process.kernels': kern})

out = []
for job in jobs:
    ast.parse(job['script'])
    ns = {'__name__': '__main__'}
    import io, contextlib
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(job['script'], 'script.py', 'exec'), ns)
    vals = [float(ns['f'](*p)) for p in job['points']]
    runs = ns['optimizer'].res if 'optimizer' in ns else [{'target': v} for v in ns['study'].values]
    out.append({'values': vals, 'finiteRuns': all(math.isfinite(r['target']) for r in runs), 'runs': len(runs)})
print(json.dumps(out))
`;

interface Job {
  script: string;
  points: number[][];
  expected: number[];
}

function runJobs(jobs: Job[]): { values: number[]; finiteRuns: boolean; runs: number }[] {
  const out = execFileSync('python3', ['-c', HARNESS], {
    input: JSON.stringify(jobs.map(({ script, points }) => ({ script, points }))),
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out) as { values: number[]; finiteRuns: boolean; runs: number }[];
}

function jobsFor(input: ScriptInput, seed: number): Job[] {
  const rng = createRng(seed);
  const o = input.objective;
  const xs = Array.from({ length: 8 }, () => o.dims.map((d) => rng.uniform(d.min, d.max)));
  const expected = xs.map((x) => o.f(x));
  const points = xs.map((x) => toNaturalUnits(o.dims, x));
  return [bayesOptScript(input), optunaScript(input)].map((script) => ({
    script,
    points,
    expected,
  }));
}

describe.skipIf(!hasPython())('Python scripts', () => {
  it('parse, run against stand-in libraries, and compute the same f as the app', () => {
    const rng = createRng(21);
    const jobs: Job[] = [];
    for (let i = 0; i < 24; i++) {
      const study = randomStudy(rng);
      const objective = resolveObjective(study.settings.objective) as Objective;
      const settings = { ...study.settings, iterations: Math.min(study.settings.iterations, 5) };
      const observations = study.observations
        .filter((o) => o.y !== null && Number.isFinite(o.y))
        .map((o) => ({ ...o, phase: 'manual' as const }));
      jobs.push(...jobsFor({ settings, objective, observations }, i));
    }
    const results = runJobs(jobs);
    results.forEach((r, j) => {
      const job = jobs[j] as Job;
      expect(r.finiteRuns).toBe(true);
      r.values.forEach((v, k) => {
        const want = job.expected[k] as number;
        expect(Math.abs(v - want), job.script).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(want)),
        );
      });
    });
  });

  it('carries the seed example as bayes_opt runs it: EI xi 0.01, 2 + 14, random_state 0', () => {
    const objective = resolveObjective({ kind: 'registry', id: 'bayes-opt-1d' }) as Objective;
    const input: ScriptInput = {
      settings: {
        objective: { kind: 'registry', id: 'bayes-opt-1d' },
        model: 'bayes_opt',
        acquisition: 'ei',
        xi: 0.01,
        kappa: 2.576,
        kernelType: 'matern52',
        fitKernel: true,
        lengthScale: 1,
        ard: false,
        variance: 1,
        initDesign: 'random',
        initPoints: 2,
        iterations: 14,
        noise: 0,
        seed: 0,
      },
      objective,
      observations: [],
    };
    const s = bayesOptScript(input);
    expect(s).toContain('pbounds={"x": (-2, 6)}');
    expect(s).toContain('acquisition_function=acquisition.ExpectedImprovement(xi=0.01)');
    expect(s).toContain('random_state=SEED');
    expect(s).toContain('SEED = 0\nINIT_POINTS = 2\nN_ITER = 14');
    expect(s).not.toContain('set_gp_params');
    expect(s).toContain(
      'return np.exp(-(x - 3) ** 2) + np.exp(-(3 * x - 2) ** 2) + 1 / (x ** 2 + 1)',
    );
    const o = optunaScript(input);
    expect(o).toContain('N_TRIALS = 16');
    expect(o).toContain('direction="maximize"');
    const [r] = runJobs(jobsFor(input, 1));
    expect(r?.runs).toBe(16);
  });

  it("says how each library's model compares with the study's preset", () => {
    const base = randomStudy(createRng(4)).settings;
    const choice = { kind: 'registry' as const, id: 'bayes-opt-1d' };
    const objective = resolveObjective(choice) as Objective;
    const input = (model: 'default' | 'bayes_opt'): ScriptInput => ({
      settings: { ...base, objective: choice, model },
      objective,
      observations: [],
    });
    expect(bayesOptScript(input('bayes_opt'))).toContain(
      "The app used its bayes_opt preset: this library's own GP, fitted the same way.",
    );
    expect(bayesOptScript(input('default'))).toContain(
      "this library fits its GP by maximum likelihood alone (the app's bayes_opt preset).",
    );
    expect(optunaScript(input('default'))).toContain(
      "The app used its default preset, which Optuna's GPSampler resembles",
    );
    expect(optunaScript(input('bayes_opt'))).toContain('GPSampler fits them with priors');
  });

  it('searches log dims as exponents in bayes_opt and with log=True in Optuna; negates to minimize', () => {
    const choice = {
      kind: 'formula' as const,
      source: '(log10(lr) + 2.5)^2 + wd * 1000',
      dims: [
        { name: 'lr', min: -5, max: -1, scale: 'log10' as const },
        { name: 'wd', min: -4.5, max: -1, scale: 'log10' as const },
      ],
      goal: 'minimize' as const,
    };
    const objective = resolveObjective(choice) as Objective;
    const input: ScriptInput = {
      settings: {
        ...randomStudy(createRng(1)).settings,
        objective: choice,
        acquisition: 'ucb',
        kappa: 2,
        noise: 0,
      },
      objective,
      observations: [{ x: [-2, -3], y: 1.25, phase: 'manual' }],
    };
    const b = bayesOptScript(input);
    expect(b).toContain('pbounds={"log10_lr": (-5, -1), "log10_wd": (-4.5, -1)}');
    expect(b).toContain('lr = 10.0 ** log10_lr');
    expect(b).toContain('value = -float(f(lr, wd))');
    expect(b).toContain(
      'optimizer.register(params={"log10_lr": -2, "log10_wd": -3}, target=-1.25)',
    );
    expect(b).toContain('acquisition.UpperConfidenceBound(kappa=2)');
    const o = optunaScript(input);
    expect(o).toContain('lr = trial.suggest_float("lr", 1e-5, 1e-1, log=True)');
    expect(o).toContain('wd = trial.suggest_float("wd", 0.000031622776601683795, 1e-1, log=True)');
    expect(o).toContain('direction="minimize"');
    expect(o).toContain('"lr": 0.01');
    const results = runJobs(jobsFor(input, 2));
    expect(results.every((r) => r.finiteRuns)).toBe(true);
  });
});

/** A Python with the real Optuna installed (Debian: python3-optuna), or null. */
function pythonWithOptuna(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(py, ['-c', 'import optuna'], { stdio: 'ignore' });
      return py;
    } catch {
      // Not this one.
    }
  }
  return null;
}

const OPTUNA_PYTHON = pythonWithOptuna();

// The stand-ins above check every script; this runs one against the real library where it is
// installed (not in CI, which installs only Chromium), the GP sampler or its TPE fallback.
describe.skipIf(OPTUNA_PYTHON === null)('the Optuna script against the real Optuna', () => {
  it('runs the whole budget, the app’s own point included, and reports a best value', () => {
    const choice = { kind: 'registry', id: 'synthetic-lr-wd' } as const;
    const objective = resolveObjective(choice) as Objective;
    const input: ScriptInput = {
      settings: {
        ...randomStudy(createRng(3)).settings,
        objective: choice,
        initPoints: 2,
        iterations: 6,
        noise: 0,
      },
      objective,
      observations: [{ x: [-3, -3], y: objective.f([-3, -3]), phase: 'manual' }],
    };
    const script = `${optunaScript(input)}\nprint("TRIALS", len(study.trials))\n`;
    const out = execFileSync(OPTUNA_PYTHON as string, ['-c', script], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toMatch(/^TRIALS 9$/m);
    const best = Number(/^best f: (\S+) at/m.exec(out)?.[1]);
    // The app's point (f = 0.728 at lr = wd = 1e-3) is in the study, so the best is at least it.
    expect(best).toBeGreaterThanOrEqual(objective.f([-3, -3]) - 1e-12);
    expect(best).toBeLessThanOrEqual(0.98 + 1e-12);
  });
});
