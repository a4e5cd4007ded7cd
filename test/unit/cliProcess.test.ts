/**
 * The CLI as other tools meet it (issue 12): a UTF-8 byte-order mark before the JSON, options given
 * twice or to the wrong command, a reader that closes stdout early (`| head -1`), and targets so
 * large that the model used to print null. Real subprocesses of src/cli/main.ts where the process
 * is the point (reading files and stdin, exit codes, pipes); the parsing itself in-process.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { gpCommand } from '../../src/cli/gpCommand.ts';
import {
  type CliResult,
  expectInputError,
  refusedBy,
  ROOT,
  runCli,
  scratchFiles,
  TSX,
} from './cliHarness.ts';

const file = scratchFiles('bo-cli-process-');

const BOM = '\uFEFF';

/** Asserts exit 0 and a clean stderr; returns stdout's lines parsed. */
function okLines(r: CliResult): Record<string, unknown>[] {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const GP_INPUT = { X: [[0], [1], [2]], y: [0, 1, 0], Xs: [[0.5]], optimize: false };
const RUN_CONFIG = { objective: 'bayes-opt-1d', iterations: 1 };

describe('a UTF-8 byte-order mark (as Windows editors save JSON)', () => {
  it('is accepted at the start of --config', () => {
    const cfg = file('bom-run.json', BOM + JSON.stringify(RUN_CONFIG));
    expect(okLines(runCli(['run', '--config', cfg]))).toHaveLength(4);
  });

  it('is accepted at the start of --in and of stdin', () => {
    const input = BOM + JSON.stringify(GP_INPUT);
    const fromFile = okLines(runCli(['gp', '--in', file('bom-gp.json', input)]));
    const fromStdin = okLines(runCli(['gp'], input));
    expect(fromFile).toEqual(fromStdin);
    expect((fromFile[0]?.mean as number[]).length).toBe(1);
  });
});

describe('options given twice, unknown, or to the other command', () => {
  /** The CliInputError parseArgs throws for argv: its field and message. */
  const refused = (argv: string[]) => refusedBy(parseArgs, argv);

  it('refuses a repeated --config or --in, naming it (in the process too: exit 2)', () => {
    const twice = refused(['run', '--config', 'a.json', '--config', 'b.json']);
    expect(twice.field).toBe('--config');
    expect(twice.message).toMatch(/^--config: given 2 times \(a\.json, b\.json\); give it once/);
    expect(refused(['gp', '--in', 'a.json', '--in', 'a.json']).field).toBe('--in');
    const cfg = file('run.json', JSON.stringify(RUN_CONFIG));
    expect(expectInputError(runCli(['run', '--config', cfg, '--config', cfg]))).toMatch(
      /^--config: given 2 times/,
    );
  });

  it('refuses an option of the other command instead of ignoring it', () => {
    expect(refused(['run', '--config', 'a.json', '--in', 'b.json']).message).toMatch(
      /^--in: is not an option of run; it takes --config/,
    );
    expect(refused(['gp', '--config', 'a.json']).message).toMatch(
      /^--config: is not an option of gp; it takes --in/,
    );
  });

  it('refuses an unknown option, a stray argument, a missing file and a missing command', () => {
    expect(refused(['run', '--config', 'a.json', '--seed', '3']).message).toMatch(
      /^--seed: unknown option/,
    );
    expect(refused(['gp', 'a.json']).message).toMatch(/^a\.json: unexpected argument/);
    expect(refused(['run', '--config']).message).toMatch(/^--config: needs a file path/);
    expect(refused(['run']).message).toMatch(/^--config: run needs --config FILE/);
    expect(refused(['fit']).message).toMatch(/^command: unknown command "fit"/);
    expect(refused([]).field).toBe('command');
  });

  it('accepts each command with its own option once, and gp without one (stdin)', () => {
    expect(parseArgs(['run', '--config', 'a.json'])).toEqual({ command: 'run', file: 'a.json' });
    expect(parseArgs(['gp', '--in', '-'])).toEqual({ command: 'gp', file: '-' });
    expect(parseArgs(['gp'])).toEqual({ command: 'gp', file: undefined });
  });
});

describe('a reader that closes stdout early (`cli run ... | head -1`)', () => {
  it('ends quietly: exit 0, no stack trace on stderr', async () => {
    const cfg = file('long.json', JSON.stringify({ objective: 'bayes-opt-1d', iterations: 30 }));
    const child = spawn(TSX, ['src/cli/main.ts', 'run', '--config', cfg], { cwd: ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => (stderr += s));
    let first = '';
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    await new Promise<void>((gotLine) => {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (s: string) => {
        first += s;
        if (first.includes('\n')) {
          child.stdout.destroy();
          gotLine();
        }
      });
    });
    const code = await exited;
    expect(JSON.parse(first.split('\n')[0] as string)).toMatchObject({ i: 0 });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});

describe('gp with targets near the top of float64', () => {
  const gpRefused = (input: unknown) => refusedBy(gpCommand, input);

  it('[0, 1e200, -1e200]: exit 0, the mean and std 1e200 times those of [0, 1, -1]', () => {
    const base = { X: [[0], [1], [2]], Xs: [[0.5], [1.5]], optimize: false };
    const [big] = okLines(runCli(['gp'], JSON.stringify({ ...base, y: [0, 1e200, -1e200] })));
    const unit = gpCommand({ ...base, y: [0, 1, -1] });
    const m = big?.mean as number[];
    const s = big?.std as number[];
    unit.mean.forEach((v, i) => expect((m[i] as number) / 1e200).toBeCloseTo(v, 10));
    unit.std.forEach((v, i) => expect((s[i] as number) / 1e200).toBeCloseTo(v, 10));
    expect(big?.logMarginalLikelihood).toBeCloseTo(unit.logMarginalLikelihood, 10);
  });

  it('with the default ML-II fit too', () => {
    const out = gpCommand({ X: [[0], [1], [2]], y: [0, 1e200, -1e200], Xs: [[0.5]] });
    expect(Number.isFinite(out.mean[0])).toBe(true);
    expect(Number.isFinite(out.std[0])).toBe(true);
  });

  it('without normalizeY: refused naming y and what to do, not null', () => {
    const input = { X: [[0], [1], [2]], y: [0, 1e200, -1e200], Xs: [[0.5]], normalizeY: false };
    const err = gpRefused(input);
    expect(err.field).toBe('y');
    expect(err.message).toMatch(/^y: .*too large.*normalizeY/);
    // The ML-II search used to blame the covariance for it.
    expect(err.message).not.toMatch(/could not be factored/);
    expect(gpRefused({ ...input, optimize: false }).field).toBe('y');
  });

  it('a mean that leaves float64 at a prediction point: refused naming y and the point', () => {
    // Normalized to -1 and 1 around 0, the mean extrapolated past x = 2 exceeds 1.8e308.
    const input = {
      X: [[0], [1], [2]],
      y: [-1.7e308, 0, 1.7e308],
      Xs: [[1], [2.3]],
      kernel: { lengthScale: 10 },
      optimize: false,
    };
    const err = gpRefused(input);
    expect(err.message).toMatch(/^y: the posterior mean at Xs\[1\] is Infinity: .*float64/);
  });
});
