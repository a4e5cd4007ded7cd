/**
 * The folder-cycle check that `npm test` runs (scripts/checkCycles.ts), tried on small trees
 * written to a temporary folder: it must find a cycle however the import is written, name the
 * imports that make it, and stay quiet on a layered tree.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cycleReport, cyclicComponents, folderGraph } from '../../scripts/checkCycles.ts';

let roots: string[] = [];

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cycles-'));
  roots.push(root);
  const src = join(root, 'src');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(src, path)), { recursive: true });
    writeFileSync(join(src, path), text);
  }
  return src;
}

afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

describe('checkCycles', () => {
  it('passes a layered tree, root files being nodes of their own', () => {
    const src = tree({
      'math/a.ts': 'export const a = 1;',
      'bo/b.ts': "import { a } from '../math/a.ts';\nexport const b = a;",
      'components/C.tsx': "import { b } from '../bo/b.ts';\nimport '../routing.ts';",
      'routing.ts': 'export const r = 1;',
      'App.tsx': "import './components/C.tsx';\nimport { r } from './routing.ts';",
    });
    const edges = folderGraph(src);
    expect([...(edges.get('components')?.keys() ?? [])].sort()).toEqual(['bo', 'src/routing.ts']);
    expect(cyclicComponents(edges)).toEqual([]);
    expect(cycleReport(edges)).toBe('');
  });

  it('finds a two-folder cycle and names the import on each side', () => {
    const src = tree({
      'present/P.tsx': "import { c } from '../components/c.ts';",
      'components/c.ts': "export { p } from '../present/state.ts';\nexport const c = 1;",
      'present/state.ts': 'export const p = 1;',
    });
    const edges = folderGraph(src);
    expect(cyclicComponents(edges)).toEqual([['components', 'present']]);
    const report = cycleReport(edges);
    expect(report).toContain('components <-> present');
    expect(report).toContain("src/components/c.ts imports '../present/state.ts'");
    expect(report).toContain("src/present/P.tsx imports '../components/c.ts'");
  });

  it('sees dynamic imports, side-effect imports and worker URLs, across three folders', () => {
    const src = tree({
      'gpu/g.ts': "const w = new Worker(new URL('../workers/w.ts', import.meta.url));",
      'workers/w.ts': "const m = await import('../store/s.ts');",
      'store/s.ts': "import '../gpu/g.ts';",
    });
    expect(cyclicComponents(folderGraph(src))).toEqual([['gpu', 'store', 'workers']]);
  });

  it('ignores imports of packages and of files outside src/', () => {
    const src = tree({
      'bo/b.ts': "import { create } from 'zustand';\nimport '../../bench/x.ts';",
      'math/m.ts': "import '../bo/b.ts';",
    });
    expect(cyclicComponents(folderGraph(src))).toEqual([]);
  });
});
