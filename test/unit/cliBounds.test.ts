/**
 * The CLI checks a formula's box with the app's own rule (src/objectives/dims.ts): the same boxes
 * are refused by the form, by links and files, and here, each with the field named.
 */
import { describe, expect, it } from 'vitest';
import { parseRunConfig } from '../../src/cli/runCommand.ts';
import { validateDims } from '../../src/objectives/dims.ts';
import { expectInputError, refusedBy, runCli, scratchFiles } from './cliHarness.ts';

const config = (dims: unknown[]) => ({ objective: { formula: 'x', dims } });

const refusal = (input: unknown) => refusedBy(parseRunConfig, input);

describe('run: bounds the app cannot use', () => {
  const file = scratchFiles('bo-cli-bounds-');

  it.each([
    [[{ name: 'x', min: -1.7e308, max: 1.7e308 }], 'objective.dims[0].min', /within ±1e\+100/],
    [[{ name: 'x', min: 0, max: 1e101 }], 'objective.dims[0].max', /within ±1e\+100/],
    [[{ name: 'x', min: 1, max: 1.0000000000000002 }], 'objective.dims[0]', /too narrow/],
    [[{ name: 'x', min: 0, max: 1e-300 }], 'objective.dims[0]', /at least 1e-100/],
    [[{ name: 'x', min: -5, max: -4.999, scale: 'log10' }], 'objective.dims[0]', /1\.023 × min/],
  ])('refuses %j naming %s', (dims, field, text) => {
    const err = refusal(config(dims));
    expect(err.field).toBe(field);
    expect(err.message).toMatch(text);
    // The very rule the app applies, word for word.
    expect(validateDims(dims.map((d) => ({ scale: 'linear', ...d })) as never)).toContain(
      err.message.slice(field.length + 2),
    );
  });

  it('still runs what the app accepts, and up to 20 dimensions', () => {
    expect(() => parseRunConfig(config([{ name: 'x', min: 0, max: 1e-12 }]))).not.toThrow();
    const dims = Array.from({ length: 20 }, (_, k) => ({ name: `x${k}`, min: 0, max: 1 }));
    expect(parseRunConfig({ objective: { formula: 'x0', dims } }).objective.dims).toHaveLength(20);
  });

  it('exits 2 with one JSON error line as a process', () => {
    const cfg = file(
      'run.json',
      JSON.stringify(config([{ name: 'x', min: 1, max: 1.0000000000000002 }])),
    );
    const error = expectInputError(runCli(['run', '--config', cfg]));
    expect(error).toMatch(/^objective\.dims\[0\]: the range is too narrow to plot/);
  });
});
