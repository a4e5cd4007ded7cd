/** Which python3 the tests can run, and with what (a test helper, not app code). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The interpreters tried, in order: the one on PATH, then Debian's, which is where python3-sklearn
 * and python3-optuna install (a pyenv python3 on PATH often has neither).
 */
const CANDIDATES = ['python3', '/usr/bin/python3'];

/**
 * bayes_opt lives in the peers folder of ../shared beside the repository (PEERS overrides it);
 * added to PYTHONPATH when it exists.
 */
const PEERS =
  process.env['PEERS'] ?? fileURLToPath(new URL('../../../shared/peers', import.meta.url));

/**
 * bayes_opt imports colorama (for coloured logs only); Debian's python3 may lack it while its pip
 * vendors the same library. A folder holding just a link to that copy lets bayes_opt import.
 */
const VENDORED_COLORAMA = '/usr/lib/python3/dist-packages/pip/_vendor/colorama';

function coloramaFolder(): string | null {
  if (!existsSync(VENDORED_COLORAMA)) return null;
  const dir = join(tmpdir(), 'bo-playground-test-python');
  try {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, 'colorama'))) symlinkSync(VENDORED_COLORAMA, join(dir, 'colorama'));
    return dir;
  } catch {
    return null;
  }
}

/** The environment a test runs python with: PYTHONPATH extended by the peers folder. */
export function pythonEnv(): NodeJS.ProcessEnv {
  const path = [process.env['PYTHONPATH'], PEERS, coloramaFolder()].filter(Boolean).join(':');
  return { ...process.env, PYTHONPATH: path };
}

const found = new Map<string, string | null>();

/** The first interpreter that runs `code` (by default, what the script checks need), or null. */
export function findPython(code = 'import ast, json'): string | null {
  if (found.has(code)) return found.get(code) ?? null;
  let hit: string | null = null;
  for (const py of CANDIDATES) {
    try {
      execFileSync(py, ['-c', code], { stdio: 'ignore', env: pythonEnv() });
      hit = py;
      break;
    } catch {
      // Not this one.
    }
  }
  found.set(code, hit);
  return hit;
}

/** True when some python3 runs `code`. */
export function hasPython(code = 'import ast, json'): boolean {
  return findPython(code) !== null;
}
