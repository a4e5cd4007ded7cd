/**
 * What the CLI test files share: src/cli/main.ts run as a real subprocess, scratch files for its
 * --config, and the checks every refusal must pass (exit 2, stdout empty, one JSON error line).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect } from 'vitest';
import { CliInputError } from '../../src/cli/errors.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI to the end, with `input` on stdin when given. */
export function runCli(args: string[], input?: string): CliResult {
  const r = spawnSync(TSX, ['src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A scratch folder removed after the file's (or describe block's) tests; returns a writer that
 * puts `text` in a file there and gives back its path.
 */
export function scratchFiles(prefix: string): (name: string, text: string) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, text) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
}

/** Asserts exit code 2, nothing on stdout, one JSON line {"error"} on stderr; returns the error. */
export function expectInputError(r: CliResult): string {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  const parsed = JSON.parse(lines[0] as string) as Record<string, unknown>;
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(typeof parsed.error).toBe('string');
  return parsed.error as string;
}

/** The CliInputError `command` throws for `input` (fails the test when it is accepted). */
export function refusedBy<T>(command: (input: T) => unknown, input: T): CliInputError {
  try {
    command(input);
  } catch (e) {
    expect(e).toBeInstanceOf(CliInputError);
    return e as CliInputError;
  }
  throw new Error(`accepted: ${JSON.stringify(input)}`);
}
