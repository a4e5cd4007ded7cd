import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STORE = join(SRC, 'store');

/** The app modules a file imports (relative specifiers; `import type` included: a type is a dependency too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  return specs.map((s) => resolve(dirname(file), s));
}

/** Every app module the store's code reaches, with the chain that reached it. */
function reachable(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const start = readdirSync(STORE)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join(STORE, f));
  const queue: [string, string[]][] = start.map((f) => [f, [f]]);
  for (let item = queue.shift(); item; item = queue.shift()) {
    const [file, chain] = item;
    if (seen.has(file)) continue;
    seen.set(file, chain);
    for (const next of importsOf(file)) queue.push([next, [...chain, next]]);
  }
  return seen;
}

describe('the store', () => {
  it('imports nothing from share/, directly or through another module (share/ builds on it)', () => {
    const reached = reachable();
    expect(reached.size).toBeGreaterThan(5);
    const intoShare = [...reached]
      .filter(([file]) => relative(SRC, file).startsWith('share/'))
      .map(([, chain]) => chain.map((f) => relative(SRC, f)).join(' -> '));
    expect(intoShare).toEqual([]);
  });
});
