/**
 * The headless `run` command (DESIGN.md, "Headless entry point"): config defaults, field-by-field
 * validation, the JSON lines it writes; then a few real subprocesses of src/cli/main.ts for the
 * stdout/stderr/exit-code contract.
 */
import { describe, expect, it } from 'vitest';
import { parseRunConfig, runCommand } from '../../src/cli/runCommand.ts';
import { expectInputError, refusedBy, runCli, scratchFiles } from './cliHarness.ts';

/** The field a bad config is rejected for (fails the test when it is accepted). */
function rejectedField(input: unknown): string {
  const err = refusedBy(parseRunConfig, input);
  expect(err.message.startsWith(`${err.field}: `)).toBe(true);
  return err.field;
}

function messageOf(input: unknown): string {
  try {
    parseRunConfig(input);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`accepted: ${JSON.stringify(input)}`);
}

/** runCommand's lines, each parsed (JSON.parse throws on a line that is not JSON). */
function runLines(input: unknown): Record<string, unknown>[] {
  const lines: string[] = [];
  runCommand(input, (l) => lines.push(l));
  for (const l of lines) expect(l).not.toContain('\n');
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

const x01 = [{ name: 'x', min: -1, max: 1 }];

describe('parseRunConfig', () => {
  it('only "objective" is required; the rest are the seed example defaults', () => {
    const { objective, config } = parseRunConfig({ objective: 'bayes-opt-1d' });
    expect(objective.id).toBe('bayes-opt-1d');
    expect(config).toMatchObject({
      bounds: { lower: [-2], upper: [6] },
      goal: 'maximize',
      initPoints: 2,
      initDesign: 'random',
      iterations: 14,
      acquisition: { type: 'ei', xi: 0.01 },
      kernel: { type: 'matern52' },
      fitKernel: true,
      alpha: 1e-6,
      normalizeY: true,
      restarts: 5,
      candidates: 10_000,
      localStarts: 10,
      strategy: 'bo',
      seed: 0,
    });
  });

  it('reads every field it is given', () => {
    const { config } = parseRunConfig({
      objective: 'branin',
      goal: 'maximize',
      initPoints: 5,
      initDesign: 'sobol',
      iterations: 3,
      acquisition: { type: 'ucb', kappa: 1.5 },
      kernel: { type: 'rbf', lengthScale: [2, 3], variance: 2, optimize: false },
      seed: 42,
      strategy: 'grid',
    });
    expect(config).toMatchObject({
      goal: 'maximize',
      initPoints: 5,
      initDesign: 'sobol',
      iterations: 3,
      acquisition: { type: 'ucb', kappa: 1.5 },
      kernel: { type: 'rbf', lengthScale: [2, 3], variance: 2 },
      fitKernel: false,
      seed: 42,
      strategy: 'grid',
    });
    // A registry objective keeps its own goal unless one is given; a formula maximizes.
    expect(parseRunConfig({ objective: 'branin' }).config.goal).toBe('minimize');
    const f = parseRunConfig({ objective: { formula: 'x^2', dims: x01 } });
    expect(f.config.goal).toBe('maximize');
    expect(f.objective.f([0.5])).toBeCloseTo(0.25, 12);
  });

  it.each([
    ['objective', {}],
    ['objective', { objective: 'no-such-objective' }],
    ['objective', { objective: 42 }],
    ['goal', { objective: 'branin', goal: 'max' }],
    ['iterations', { objective: 'branin', iterations: -1 }],
    ['iterations', { objective: 'branin', iterations: '14' }],
    ['initPoints', { objective: 'branin', initPoints: 1.5 }],
    ['initDesign', { objective: 'branin', initDesign: 'halton' }],
    ['iteration', { objective: 'branin', iteration: 3 }],
    ['seed', { objective: 'branin', seed: -1 }],
    ['strategy', { objective: 'branin', strategy: 'hyperband!' }],
    ['acquisition.type', { objective: 'branin', acquisition: { type: 'foo' } }],
    ['acquisition.xi', { objective: 'branin', acquisition: { type: 'ei', xi: -0.1 } }],
    ['acquisition.beta', { objective: 'branin', acquisition: { type: 'ucb', beta: 1 } }],
    ['kernel.type', { objective: 'branin', kernel: { type: 'matern72' } }],
    ['kernel.lengthScale', { objective: 'branin', kernel: { lengthScale: [1, 2, 3] } }],
    ['kernel.lengthScale', { objective: 'branin', kernel: { lengthScale: 0 } }],
    ['kernel.lengthScale[1]', { objective: 'branin', kernel: { lengthScale: [1, -2] } }],
    ['objective.formula', { objective: { formula: 'x +* 2', dims: x01 } }],
    ['objective.formula', { objective: { dims: x01 } }],
    ['objective.dims', { objective: { formula: 'x', dims: [] } }],
    [
      'objective.dims[0].max',
      { objective: { formula: 'x', dims: [{ name: 'x', min: 1, max: 1 }] } },
    ],
    [
      'objective.dims[0].max',
      { objective: { formula: 'x', dims: [{ name: 'x', min: 2, max: 1 }] } },
    ],
    ['objective.dims[0].min', { objective: { formula: 'x', dims: [{ name: 'x', max: 1 }] } }],
    [
      'objective.dims[0].scale',
      { objective: { formula: 'x', dims: [{ ...x01[0], scale: 'ln' }] } },
    ],
    ['objective.formula', { objective: { formula: 'x + y', dims: x01 } }],
    ['config', [1, 2]],
    // Found by these tests: each used to crash the run with "internal error" (exit 1) or blame
    // "objective.formula" for a problem of a dimension.
    [
      'kernel.lengthScale',
      { objective: 'branin', kernel: { lengthScale: 1e-160, optimize: false } },
    ],
    ['kernel.lengthScale[1]', { objective: 'branin', kernel: { lengthScale: [1, 1e-200] } }],
    [
      'objective.dims[0].max',
      { objective: { formula: 'x', dims: [{ name: 'x', min: 0, max: 1e300 }] } },
    ],
    [
      'objective.dims[0]',
      { objective: { formula: 'sin', dims: [{ name: 'sin', min: 0, max: 1 }] } },
    ],
    ['objective.dims[1]', { objective: { formula: 'x', dims: [x01[0], x01[0]] } }],
    [
      'objective.dims[0]',
      { objective: { formula: 'x', dims: [{ ...x01[0], min: -400, scale: 'log10' }] } },
    ],
  ])('%s is named for %j', (field, input) => {
    expect(rejectedField(input)).toBe(field);
  });

  it('nothing to evaluate is an error', () => {
    expect(rejectedField({ objective: 'branin', initPoints: 0, iterations: 0 })).toBe('iterations');
  });

  it('a formula syntax error names its column once', () => {
    const cases: [string, number][] = [
      ['x +* 2', 4],
      ['x + (2', 7],
      ['x ** 2', 3],
      ['x + y', 5],
    ];
    for (const [formula, column] of cases) {
      const msg = messageOf({ objective: { formula, dims: x01 } });
      expect(msg.startsWith('objective.formula: ')).toBe(true);
      expect(msg.match(/column/g)).toHaveLength(1);
      expect(msg).toContain(`column ${column}`);
    }
  });
});

describe('runCommand output', () => {
  it('one line per evaluation with the DESIGN.md fields, then the summary', () => {
    const out = runLines({ objective: 'branin', initPoints: 3, iterations: 4, candidates: 500 });
    expect(out).toHaveLength(8);
    const steps = out.slice(0, 7);
    steps.forEach((s, i) => {
      expect(Object.keys(s).sort()).toEqual(['best', 'i', 'ms', 'phase', 'x', 'y']);
      expect(s.i).toBe(i);
      expect(s.phase).toBe(i < 3 ? 'init' : 'bo');
      expect(Object.keys(s.x as object)).toEqual(['x', 'y']);
      const x = s.x as { x: number; y: number };
      expect(x.x >= -5 && x.x <= 10 && x.y >= 0 && x.y <= 15).toBe(true);
      expect(typeof s.y).toBe('number');
      expect(typeof s.ms === 'number' && (s.ms as number) >= 0).toBe(true);
      // Branin is minimized: best is the smallest y so far.
      expect(s.best).toBe(Math.min(...steps.slice(0, i + 1).map((t) => t.y as number)));
    });
    const summary = out[7] as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(['best', 'evaluations', 'msPerIteration']);
    expect(summary.evaluations).toBe(7);
    expect(typeof summary.msPerIteration).toBe('number');
    const best = summary.best as { x: unknown; y: number };
    const bestStep = steps.find((s) => s.y === best.y);
    expect(best.y).toBe(steps[6]?.best);
    expect(best.x).toEqual(bestStep?.x);
  });

  it('the same config prints the same points', () => {
    const cfg = { objective: 'six-hump-camel', initPoints: 2, iterations: 3, seed: 7 };
    const a = runLines(cfg).map((l) => [l.x, l.y]);
    expect(runLines(cfg).map((l) => [l.x, l.y])).toEqual(a);
    expect(runLines({ ...cfg, seed: 8 }).map((l) => [l.x, l.y])).not.toEqual(a);
  });

  it('failed evaluations: "y": null with an "error"; the run goes on', () => {
    // Grid design: cell centres -0.75, -0.25, 0.25, 0.75, so two of the four are NaN.
    const out = runLines({
      objective: { formula: 'sqrt(x)', dims: x01 },
      initPoints: 4,
      initDesign: 'grid',
      iterations: 3,
      candidates: 500,
    });
    expect(out).toHaveLength(8);
    const init = out.slice(0, 4);
    expect(init.map((s) => (s.x as { x: number }).x)).toEqual([-0.75, -0.25, 0.25, 0.75]);
    for (const s of init.slice(0, 2)) {
      expect(s.y).toBeNull();
      expect(typeof s.error).toBe('string');
      expect(s.error).toMatch(/NaN/);
    }
    expect(init[0]?.best).toBeNull();
    expect(init[2]?.y).toBeCloseTo(0.5, 12);
    expect(init[3]?.best).toBeCloseTo(Math.sqrt(0.75), 12);
    for (const s of out.slice(0, 7)) expect('error' in s).toBe(s.y === null);
    const summary = out[7] as { best: { y: number }; evaluations: number };
    expect(summary.evaluations).toBe(7);
    expect(summary.best.y).toBeGreaterThanOrEqual(Math.sqrt(0.75));
  });

  it('kernel and box extremes that are accepted run to the end', () => {
    const huge = [{ name: 'x', min: -1e100, max: 1e100 }];
    for (const cfg of [
      { objective: { formula: 'sin(x / 1e100)', dims: huge }, initPoints: 3, iterations: 2 },
      {
        objective: 'branin',
        initPoints: 3,
        iterations: 2,
        kernel: { lengthScale: 1e-5, optimize: false },
      },
      {
        objective: 'branin',
        initPoints: 3,
        iterations: 2,
        kernel: { lengthScale: 1e9, optimize: false },
      },
    ]) {
      const out = runLines({ ...cfg, candidates: 300 });
      expect(out.at(-1)).toMatchObject({ evaluations: 5 });
    }
  });

  it('an infinite value stays valid JSON', () => {
    const out = runLines({
      objective: { formula: '1 / (x - 0.25)', dims: x01 },
      initPoints: 4,
      initDesign: 'grid',
      iterations: 1,
      candidates: 200,
    });
    expect(out[2]).toMatchObject({ x: { x: 0.25 }, y: 'Infinity', best: 'Infinity' });
    expect('error' in (out[2] as object)).toBe(false);
    expect(out).toHaveLength(6);
  });
});

describe('the cli as a process', () => {
  const file = scratchFiles('bo-cli-test-');

  it('run: stdout is JSON lines only', () => {
    const cfg = file('ok.json', JSON.stringify({ objective: 'bayes-opt-1d', iterations: 2 }));
    const r = runCli(['run', '--config', cfg]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.slice(0, 4).map((p) => p.i)).toEqual([0, 1, 2, 3]);
    expect(parsed[4]).toMatchObject({ evaluations: 4 });
  });

  it('run with a bad field: exit 2, one JSON error line naming it', () => {
    const cfg = file('bad.json', JSON.stringify({ objective: 'branin', iterations: -3 }));
    expect(expectInputError(runCli(['run', '--config', cfg]))).toMatch(/^iterations: /);
  });

  it('a file that is not JSON: exit 2', () => {
    const cfg = file('broken.json', '{"objective": "branin",');
    expect(expectInputError(runCli(['run', '--config', cfg]))).toMatch(/not valid JSON/);
  });

  it('an unknown command: exit 2', () => {
    expect(expectInputError(runCli(['fit']))).toMatch(/unknown command "fit"/);
  });

  it('gp reads stdin when --in is not given', () => {
    const input = { X: [[0], [1], [2]], y: [0, 1, 0], Xs: [[0], [0.5]], optimize: false };
    const r = runCli(['gp'], JSON.stringify(input));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0] as string) as { mean: number[]; std: number[] };
    expect(out.mean).toHaveLength(2);
    expect(out.mean[0]).toBeCloseTo(0, 4);
    expect(out.std[0]).toBeLessThan(1e-2);
    expect(out.std[1]).toBeGreaterThan(out.std[0] as number);
  });
});
