/**
 * The folder-level import graph of src/ has no cycle: a cycle means two folders can only be
 * understood, tested and loaded together, which the layering in docs/DESIGN.md is there to prevent.
 * eslint.config.js says which arrows are allowed; this check also catches a cycle that lint's
 * zones would let through (a zone edited in a hurry). Run by `npm test` before the unit tests:
 * `tsx scripts/checkCycles.ts [--graph]`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder -> folder, each arrow with one import that makes it (to show where to cut a cycle). */
export type FolderGraph = Map<string, Map<string, string>>;

// Static imports, re-exports, side-effect imports, dynamic import() and worker URLs.
const IMPORT_PATTERN =
  /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+|\bnew URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The node a file belongs to: its first folder under srcDir. A file directly in srcDir is a node
 * of its own (App.tsx sits on top, routing.ts is a leaf every layer may read), not a folder.
 */
export function folderOf(srcDir: string, file: string): string {
  const parts = relative(srcDir, file).split(sep);
  return parts.length > 1 ? (parts[0] as string) : `src/${parts[0] ?? ''}`;
}

/** The folder graph of every source file under srcDir, tests included (they import too). */
export function folderGraph(srcDir: string): FolderGraph {
  const edges: FolderGraph = new Map();
  for (const file of sourceFiles(srcDir)) {
    const from = folderOf(srcDir, file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT_PATTERN)) {
      const spec = match[1] as string;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(srcDir + sep)) continue;
      const to = folderOf(srcDir, target);
      if (to === from) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      edges.set(from, out);
      if (!out.has(to)) out.set(to, `${relative(dirname(srcDir), file)} imports '${spec}'`);
    }
  }
  return edges;
}

/** The strongly connected components with more than one folder (Tarjan), each sorted. */
export function cyclicComponents(edges: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return components;
}

/** The report for a graph: '' when it has no cycle, else each cycle with the imports that make it. */
export function cycleReport(edges: FolderGraph): string {
  const lines: string[] = [];
  for (const component of cyclicComponents(edges)) {
    lines.push(`  ${component.join(' <-> ')}`);
    for (const from of component) {
      for (const [to, example] of edges.get(from) ?? []) {
        if (component.includes(to)) lines.push(`    ${from} -> ${to}: ${example}`);
      }
    }
  }
  return lines.join('\n');
}

function main(): void {
  const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const edges = folderGraph(srcDir);
  if (process.argv.includes('--graph')) {
    for (const [from, out] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`${from} -> ${[...out.keys()].sort().join(', ')}`);
    }
  }
  const report = cycleReport(edges);
  if (report === '') {
    console.log(
      `checkCycles: no folder-level import cycle among the ${edges.size} folders of src/`,
    );
    return;
  }
  console.error(`checkCycles: folders of src/ import each other in a cycle:\n${report}`);
  console.error('Move the shared piece down into the lower folder (docs/DESIGN.md, Layers).');
  process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
