/**
 * `npm run bench -- first-load`: the gzip size of the JS and CSS the first screen loads, read from
 * a production build (BENCH_DIST or dist/; --build makes one). The first screen is index.html's
 * entry script, its modulepreloads and stylesheets, and every chunk those import statically;
 * `import()` targets (the other sections, mathjs, tfjs, the workers) load later and are not counted.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DIST, ensureBuild } from './browser.ts';
import { printTable } from './gpSurface.ts';

/** The first screen's budget, in KB of gzip (issue 17). */
const AIM_KB = 200;

/** Files index.html names: the entry module, its modulepreloads and its stylesheets. */
function htmlAssets(html: string): string[] {
  const out: string[] = [];
  const re = /<(?:script[^>]*\bsrc|link[^>]*\bhref)="\.?\/?([^"]+\.(?:js|css))"/g;
  for (const m of html.matchAll(re)) if (m[1] !== undefined) out.push(m[1]);
  return out;
}

/** The chunks a built module imports statically (`import ... from "./x.js"`, `import "./x.js"`). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  // Minified: import{a as b}from"./x.js" / import"./x.js"; never import("./x.js") (dynamic).
  const re = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) if (m[1] !== undefined) out.push(m[1]);
  return out;
}

/** Every file the first screen loads, relative to DIST, in the order found. */
export function firstScreenFiles(dist: string): string[] {
  const seen = new Set<string>();
  const queue = htmlAssets(readFileSync(`${dist}index.html`, 'utf8'));
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const dep of staticImports(readFileSync(`${dist}${file}`, 'utf8'))) queue.push(dir + dep);
  }
  return [...seen];
}

export function firstLoadBench(args: string[] = []): void {
  ensureBuild('first-load', 'index.html', args);
  const files = firstScreenFiles(DIST).map((f) => {
    const bytes = readFileSync(`${DIST}${f}`);
    return { f, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
  });
  files.sort((a, b) => b.gz - a.gz);
  const kb = (n: number) => (n / 1024).toFixed(1);
  const total = files.reduce((s, x) => ({ raw: s.raw + x.raw, gz: s.gz + x.gz }), {
    raw: 0,
    gz: 0,
  });
  printTable([
    ['file', 'KB', 'KB gzip'],
    ...files.map((x) => [x.f, kb(x.raw), kb(x.gz)]),
    ['total', kb(total.raw), kb(total.gz)],
  ]);
  const verdict = total.gz / 1024 <= AIM_KB ? 'within' : 'OVER';
  console.log(
    `first screen: ${kb(total.gz)} KB gzip of JS+CSS in ${files.length} files; aim <= ${AIM_KB} KB (${verdict})`,
  );
  console.log(JSON.stringify({ bench: 'first-load', gzipKB: Number(kb(total.gz)), aimKB: AIM_KB }));
}
