/**
 * The current study as a runnable Python script, for the bayesian-optimization library (v2 API)
 * and for Optuna: same objective (the formula translated to numpy), bounds, log scales, seed,
 * budget and, where the library has it, the same acquisition and kernel. Every trial the study has
 * made (its initial points, its BO steps, probes and imported rows, failed ones too) is given to
 * the library before it starts, and only what is left of the budget is asked for: the script
 * continues the run the student watched (pythonTrials.ts).
 */
import type { AcquisitionType, KernelType, ModelPreset } from '../bo/settingsSchema.ts';
import type { Observation } from '../bo/types.ts';
import type { Dim, Objective } from '../objectives/types.ts';
import type { StudySettings } from '../store/settings.ts';
import { formulaToPython, formulaToText, pythonNames, pyNumber } from './pythonExpr.ts';
import { docText, pyComment, pyString } from './pythonText.ts';
import { bayesOptRegisters, optunaAddTrials, remainingBudget } from './pythonTrials.ts';

export type ScriptTarget = 'bayes_opt' | 'optuna';

export interface ScriptInput {
  readonly settings: StudySettings;
  readonly objective: Objective;
  /** The observations shown: every one is registered in the script, in order. */
  readonly observations: readonly Observation[];
}

/** Names the scripts define, which a dimension must not shadow. */
const SCRIPT_NAMES = [
  'np',
  'math',
  'f',
  'target',
  'objective',
  'trial',
  'optimizer',
  'study',
  'sampler',
  'acquisition',
  'BayesianOptimization',
  'optuna',
  'Matern',
  'RBF',
  'ConstantKernel',
  'rng',
  'best',
  'SEED',
  'INIT_POINTS',
  'N_ITER',
  'N_TRIALS',
  'DISTRIBUTIONS',
  'NOISE_SD',
];

/** The formula of the study's objective, in the app's syntax (registry entries carry theirs). */
export function objectiveFormula(s: StudySettings, o: Objective): string | null {
  return s.objective.kind === 'formula' ? s.objective.source : (o.formula ?? null);
}

const pyStr = pyString;

/** A bound of a log10 dimension in natural units: 1e-5 for exponent -5. */
function naturalBound(d: Dim, v: number): string {
  if (d.scale !== 'log10') return pyNumber(v);
  return Number.isInteger(v) ? `1e${v}` : pyNumber(10 ** v);
}

// Every piece of the docstring that came from the study goes through docText (one escaped line);
// the formula is printed back from its syntax tree, and a formula's title is rebuilt from it, so
// the typed text itself never reaches the script.
function header(input: ScriptInput, lib: string, install: string, target: ScriptTarget): string[] {
  const { settings: s, objective: o } = input;
  const source = objectiveFormula(s, o);
  const formula = source === null ? '' : formulaToText(source);
  const title =
    s.objective.kind === 'formula'
      ? `f(${o.dims.map((d) => d.name).join(', ')}) = ${formula}`
      : o.title;
  const box = o.dims
    .map((d) =>
      d.scale === 'log10'
        ? `${d.name} in [${naturalBound(d, d.min)}, ${naturalBound(d, d.max)}] (log scale)`
        : `${d.name} in [${pyNumber(d.min)}, ${pyNumber(d.max)}]`,
    )
    .join(', ');
  return [
    '"""',
    `${docText(title)}: a study exported from BO Playground, to run with ${lib}.`,
    '',
    `${o.goal === 'maximize' ? 'Maximize' : 'Minimize'} f = ${docText(formula, 600)}`,
    `on ${docText(box, 2000)}.`,
    `Budget: ${pyNumber(s.initPoints)} initial points + ${pyNumber(s.iterations)} iterations; seed ${pyNumber(s.seed)}.`,
    '',
    `    pip install ${install}`,
    '    python this_script.py',
    '',
    'The library draws its own random numbers, so the points it tries differ from the',
    "app's for the same seed; the objective, box, scales and budget are the same.",
    ...modelLines(target, s.model),
    '"""',
  ];
}

/** How the library's model compares with the preset the study used in the app. */
function modelLines(target: ScriptTarget, model: ModelPreset): string[] {
  const bayesOpt = target === 'bayes_opt';
  switch (model) {
    case 'bayes_opt':
      return bayesOpt
        ? ["The app used its bayes_opt preset: this library's own GP, fitted the same way."]
        : [
            "The app used its bayes_opt preset (length scales by maximum likelihood alone); Optuna's",
            "GPSampler fits them with priors, like the app's default preset.",
          ];
    case 'default':
      return bayesOpt
        ? [
            'The app used its default preset (unit-box inputs, a prior on each length scale, log-EI);',
            "this library fits its GP by maximum likelihood alone (the app's bayes_opt preset).",
          ]
        : [
            "The app used its default preset, which Optuna's GPSampler resembles: Matern 5/2 with one",
            'length scale per dimension, fitted with priors, and log-EI.',
          ];
  }
}

function objectiveFunction(input: ScriptInput, names: Map<string, string>): string[] {
  const formula = objectiveFormula(input.settings, input.objective);
  if (formula === null) throw new Error('This objective has no formula to export.');
  const args = input.objective.dims.map((d) => names.get(d.name) as string);
  return [
    `def f(${args.join(', ')}):`,
    '    """The objective in natural units (a log-scale parameter is the value itself)."""',
    // numpy floats: 1/0 gives inf and a negative base to a fractional power nan, as in the app.
    ...args.map((a) => `    ${a} = np.float64(${a})`),
    `    return ${formulaToPython(formula, names)}`,
  ];
}

/**
 * What both scripts open with: the docstring, numpy and the library's imports, the seed and budget
 * constants, the noise generator when the study is noisy, then f.
 */
function scriptOpening(
  input: ScriptInput,
  names: Map<string, string>,
  library: {
    readonly target: ScriptTarget;
    readonly name: string;
    readonly install: string;
    readonly imports: string[];
  },
  budget: string[],
): string[] {
  const s = input.settings;
  return [
    ...header(input, library.name, library.install, library.target),
    'import numpy as np',
    ...library.imports,
    '',
    `SEED = ${pyNumber(s.seed)}`,
    ...budget,
    ...(s.noise > 0
      ? [`NOISE_SD = ${pyNumber(s.noise)}`, 'rng = np.random.default_rng(SEED)']
      : []),
    '',
    '',
    ...objectiveFunction(input, names),
    '',
    '',
  ];
}

/** The objective's parameter names as Python identifiers, clear of the script's own names. */
function parameterNames(o: Objective): Map<string, string> {
  return pythonNames(
    o.dims.map((d) => d.name),
    SCRIPT_NAMES,
  );
}

/** The lines a script adds after computing f: the noise, when the study is noisy, and the return. */
function valueTail(s: StudySettings): string[] {
  return [...(s.noise > 0 ? ['    value += NOISE_SD * rng.normal()'] : []), '    return value'];
}

function kernelLines(s: StudySettings, d: number): string[] | null {
  const nu = (
    { matern12: '0.5', matern32: '1.5', matern52: '2.5', rbf: '' } satisfies Record<
      KernelType,
      string
    >
  )[s.kernelType];
  const l = pyNumber(s.lengthScale);
  const ls = s.ard && d >= 2 ? `[${new Array<string>(d).fill(l).join(', ')}]` : l;
  const fixed = s.fitKernel ? '' : ', length_scale_bounds="fixed"';
  const base =
    s.kernelType === 'rbf'
      ? `RBF(length_scale=${ls}${fixed})`
      : `Matern(length_scale=${ls}${fixed}, nu=${nu})`;
  const isDefault =
    s.kernelType === 'matern52' && s.fitKernel && !(s.ard && d >= 2) && s.lengthScale === 1;
  if (isDefault) return null;
  const kernel = s.fitKernel
    ? base
    : `ConstantKernel(${pyNumber(s.variance)}, constant_value_bounds="fixed") * ${base}`;
  return [kernel];
}

/**
 * bayes_opt's acquisition for each of ours. A table, so a new acquisition does not compile until it
 * says what the script runs (never silently EI). bayes_opt has no Thompson sampling: EI with its
 * default xi is the closest it offers.
 */
const BAYES_OPT_ACQUISITION = {
  ei: (s) => `acquisition.ExpectedImprovement(xi=${pyNumber(s.xi)})`,
  pi: (s) => `acquisition.ProbabilityOfImprovement(xi=${pyNumber(s.xi)})`,
  ucb: (s) => `acquisition.UpperConfidenceBound(kappa=${pyNumber(s.kappa)})`,
  thompson: () => `acquisition.ExpectedImprovement(xi=${pyNumber(0.01)})`,
} satisfies Record<AcquisitionType, (s: StudySettings) => string>;

/** A script for bayes_opt: exponent-space parameters for log dims, negated f to minimize. */
export function bayesOptScript(input: ScriptInput): string {
  const { settings: s, objective: o } = input;
  const names = parameterNames(o);
  // bayes_opt passes parameters by name: a log dimension's is its exponent, log10_<name>.
  const logParams = pythonNames(
    o.dims.filter((d) => d.scale === 'log10').map((d) => `log10_${d.name}`),
    [...SCRIPT_NAMES, ...names.values()],
  );
  const param = (d: Dim) =>
    (d.scale === 'log10' ? logParams.get(`log10_${d.name}`) : names.get(d.name)) as string;
  const sign = o.goal === 'minimize' ? '-' : '';
  const kernel = kernelLines(s, o.dims.length);
  const alpha = Math.max(1e-6, s.noise * s.noise);
  const acq = BAYES_OPT_ACQUISITION[s.acquisition](s);
  const kernelImports = kernel
    ? [
        `from sklearn.gaussian_process.kernels import ${[
          ...(s.fitKernel ? [] : ['ConstantKernel']),
          s.kernelType === 'rbf' ? 'RBF' : 'Matern',
        ].join(', ')}`,
      ]
    : [];
  const left = remainingBudget(input.observations, s.initPoints, s.iterations);
  const made = bayesOptRegisters(o, input.observations, param);
  const lines = [
    ...scriptOpening(
      input,
      names,
      {
        target: 'bayes_opt',
        name: 'bayes_opt (bayesian-optimization >= 2.0)',
        install: 'bayesian-optimization numpy',
        imports: ['from bayes_opt import BayesianOptimization, acquisition', ...kernelImports],
      },
      [
        ...(made.lines.length > 0
          ? [
              `# What is left of the app's budget (${pyNumber(s.initPoints)} + ${pyNumber(s.iterations)}) after its trials.`,
            ]
          : []),
        `INIT_POINTS = ${pyNumber(left.init)}`,
        `N_ITER = ${pyNumber(left.iter)}`,
      ],
    ),
    `def target(${o.dims.map(param).join(', ')}):`,
    ...(o.dims.some((d) => d.scale === 'log10')
      ? ['    # Log-scale parameters are searched as exponents, as in the app.']
      : []),
    ...o.dims
      .filter((d) => d.scale === 'log10')
      .map((d) => `    ${names.get(d.name) as string} = 10.0 ** ${param(d)}`),
    ...(sign ? ['    # bayes_opt maximizes: negate f to minimize it.'] : []),
    `    value = ${sign}float(f(${o.dims.map((d) => (d.scale === 'log10' ? names.get(d.name) : param(d))).join(', ')}))`,
    ...valueTail(s),
    '',
    '',
    'optimizer = BayesianOptimization(',
    '    f=target,',
    `    pbounds={${o.dims.map((d) => `${pyStr(param(d))}: (${pyNumber(d.min)}, ${pyNumber(d.max)})`).join(', ')}},`,
    ...(s.acquisition === 'thompson'
      ? ['    # bayes_opt has no Thompson sampling; expected improvement is the closest it offers.']
      : []),
    `    acquisition_function=${acq},`,
    '    random_state=SEED,',
    '    verbose=2,',
    // The app may hold a point twice (a probe where a step went); bayes_opt refuses that unless told.
    ...(made.duplicates ? ['    allow_duplicate_points=True,'] : []),
    ')',
    ...(kernel || alpha !== 1e-6
      ? [
          `optimizer.set_gp_params(${[
            ...(kernel ? [`kernel=${kernel[0] as string}`] : []),
            ...(alpha !== 1e-6 ? [`alpha=${pyNumber(alpha)}`] : []),
          ].join(', ')})`,
        ]
      : []),
    ...(s.initDesign !== 'random'
      ? [
          pyComment(
            `bayes_opt draws its initial points at random; the app used a ${s.initDesign} design.`,
          ),
        ]
      : []),
    ...(made.lines.length > 0
      ? [
          '# The trials made in the app, in order (targets as bayes_opt maximizes them), so the run',
          '# continues from where the app stopped.',
          ...made.lines,
        ]
      : []),
    'optimizer.maximize(init_points=INIT_POINTS, n_iter=N_ITER)',
    '',
    'best = optimizer.max',
    ...o.dims
      .filter((d) => d.scale === 'log10')
      .map((d) => `best["params"][${pyStr(d.name)}] = 10.0 ** best["params"][${pyStr(param(d))}]`),
    `print("best f:", ${sign}best["target"], "at", best["params"])`,
  ];
  return lines.join('\n') + '\n';
}

/** A script for Optuna: natural-unit bounds with log=True for log dims; its GP sampler. */
export function optunaScript(input: ScriptInput): string {
  const { settings: s, objective: o } = input;
  const names = parameterNames(o);
  const left = remainingBudget(input.observations, s.initPoints, s.iterations);
  // Optuna's bounds are natural values; a log dimension says so with log=True.
  const range = (d: Dim) =>
    `${naturalBound(d, d.min)}, ${naturalBound(d, d.max)}${d.scale === 'log10' ? ', log=True' : ''}`;
  const dist = (d: Dim) => `optuna.distributions.FloatDistribution(${range(d)})`;
  const bounds = (d: Dim) => ({
    low: Number(naturalBound(d, d.min)),
    high: Number(naturalBound(d, d.max)),
  });
  const made = optunaAddTrials(o, input.observations, 'DISTRIBUTIONS', bounds);
  const lines = [
    ...scriptOpening(
      input,
      names,
      {
        target: 'optuna',
        name: 'Optuna',
        install: 'optuna numpy scipy torch',
        imports: ['import optuna'],
      },
      [
        made.length > 0
          ? `N_TRIALS = ${pyNumber(left.total)}  # what is left of ${pyNumber(s.initPoints)} initial + ${pyNumber(s.iterations)} iterations after the app's trials`
          : `N_TRIALS = ${pyNumber(s.initPoints + s.iterations)}  # ${pyNumber(s.initPoints)} initial + ${pyNumber(s.iterations)} iterations`,
      ],
    ),
    'def objective(trial):',
    ...o.dims.map(
      (d) =>
        `    ${names.get(d.name) as string} = trial.suggest_float(${pyStr(d.name)}, ${range(d)})`,
    ),
    `    value = float(f(${o.dims.map((d) => names.get(d.name)).join(', ')}))`,
    ...valueTail(s),
    '',
    '',
    '# A Gaussian-process sampler, like the app (Optuna 3.6 and later; it needs torch and scipy).',
    '# An older Optuna (Debian 12 ships 3.1) has none: TPE, the other common choice, stands in.',
    'if hasattr(optuna.samplers, "GPSampler"):',
    `    sampler = optuna.samplers.GPSampler(seed=SEED, n_startup_trials=${pyNumber(s.initPoints)}${s.noise > 0 ? '' : ', deterministic_objective=True'})`,
    'else:',
    '    print("This Optuna (" + optuna.__version__ + ") has no GPSampler: using TPESampler.")',
    `    sampler = optuna.samplers.TPESampler(seed=SEED, n_startup_trials=${pyNumber(s.initPoints)})`,
    `study = optuna.create_study(direction=${pyStr(o.goal)}, sampler=sampler)`,
    ...(made.length > 0
      ? [
          '# The trials made in the app, in order, in the same space as objective() searches (a log',
          '# dimension in natural units with log=True: uniform in its exponent, as the app searches it).',
          `DISTRIBUTIONS = {${o.dims.map((d) => `${pyStr(d.name)}: ${dist(d)}`).join(', ')}}`,
          ...made,
        ]
      : []),
    'study.optimize(objective, n_trials=N_TRIALS)',
    '',
    'print("best f:", study.best_value, "at", study.best_params)',
  ];
  return lines.join('\n') + '\n';
}
