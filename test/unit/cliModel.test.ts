import { describe, expect, it } from 'vitest';
import { CliInputError } from '../../src/cli/errors.ts';
import { parseRunConfig, runCommand } from '../../src/cli/runCommand.ts';

describe('run: the "model" field', () => {
  it('defaults to the modern preset and takes "bayes_opt"', () => {
    expect(parseRunConfig({ objective: 'bayes-opt-1d' }).config.model).toBe('default');
    expect(parseRunConfig({ objective: 'bayes-opt-1d', model: 'bayes_opt' }).config.model).toBe(
      'bayes_opt',
    );
  });
  it.each([['sklearn'], [1], [null]])('refuses %j, naming the field and the choices', (bad) => {
    let err: unknown;
    try {
      parseRunConfig({ objective: 'bayes-opt-1d', model: bad });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliInputError);
    expect((err as Error).message).toMatch(/model/);
    expect((err as Error).message).toMatch(/"default", "bayes_opt"/);
  });
  it('the two presets run different studies from the same seed', () => {
    const run = (model: string): string[] => {
      const lines: string[] = [];
      runCommand({ objective: 'bayes-opt-1d', model, iterations: 2, candidates: 500 }, (l) =>
        lines.push(l),
      );
      return lines.slice(0, 4).map((l) => JSON.stringify((JSON.parse(l) as { x: unknown }).x));
    };
    const a = run('default');
    const b = run('bayes_opt');
    expect(a.slice(0, 2)).toEqual(b.slice(0, 2));
    expect(a.slice(2)).not.toEqual(b.slice(2));
  });
});
