/**
 * What the browser benchmarks share: the build folder they drive (BENCH_DIST or dist/), building
 * it, and a headless Chromium serving it with the notes every figure needs (machine load).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium.mjs';
import { startStaticServer } from '../test/e2e/server.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The production build the benchmarks drive, with a trailing slash. BENCH_DIST: a build elsewhere
 * (several people building into one dist/ at once would collide).
 */
export const DIST = process.env.BENCH_DIST
  ? `${process.env.BENCH_DIST.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../dist/', import.meta.url));

/** Builds DIST when `page` is missing from it or `--build` was given. */
export function ensureBuild(label: string, page: string, args: readonly string[]): void {
  if (!args.includes('--build') && existsSync(`${DIST}${page}`)) return;
  console.error(`${label}: building ${DIST} (vite build) ...`);
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}

export interface BenchBrowser {
  readonly browser: Browser;
  readonly page: Page;
  /** Origin of the static server, with a trailing slash. */
  readonly url: string;
  /** Uncaught page errors so far. */
  readonly errors: string[];
}

/**
 * Serves DIST, opens a page in headless Chromium and runs `body` with it; closes both however
 * `body` ends.
 */
export async function withBenchBrowser<T>(body: (b: BenchBrowser) => Promise<T>): Promise<T> {
  assertChromium();
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return await body({ browser, page, url: server.url, errors });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Warns when other processes load the machine, saying what that does to the figures. */
export function noteLoad(consequence: string): void {
  const load = loadavg()[0] ?? 0;
  if (load > 0.5 * cpus().length)
    console.error(
      `NOTE: load average ${load.toFixed(1)} on ${cpus().length} cores: other processes compete for\n` +
        `      the CPU, ${consequence}.`,
    );
}
