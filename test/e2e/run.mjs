#!/usr/bin/env node
// Runs the browser tests against the BUILT app: serves dist/ on 127.0.0.1 (free port), then runs
// test/e2e/*.e2e.mjs with node's built-in test runner, each file driving Chromium via
// playwright-core. Everything is torn down on success, failure, Ctrl-C or timeout.
//
//   npm run test:e2e            (builds first)
//   node test/e2e/run.mjs       (uses the existing dist/)
//   E2E_DIST=/tmp/d E2E_FILTER=twod node test/e2e/run.mjs   (another build folder; only the
//                                files whose name contains the filter)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { assertChromium } from './chromium.mjs';
import { startStaticServer } from './server.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const DIST = process.env.E2E_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const FILTER = process.env.E2E_FILTER ?? '';
// node --test applies this limit to each file as a whole too: screenshots.e2e.mjs takes about
// 50 s alone, so a loaded machine needs room beyond it. Single waits have their own 10 s limits.
const TEST_TIMEOUT_MS = 120_000;
// The whole run (about 40 files since the decks, imports, offline and axe checks came) takes
// several minutes on a quiet 2-core machine and over 12 on a loaded one: room for a slower CI
// machine, while a hung browser still ends the run.
const TOTAL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 1_800_000);
const KILL_GRACE_MS = 10_000;

function fail(message) {
  console.error(`\ne2e: ${message}\n`);
  process.exit(1);
}

try {
  assertChromium();
} catch (err) {
  fail(err.message);
}
if (!existsSync(join(DIST, 'index.html'))) {
  fail('dist/index.html is missing: build the app first (`npm run build`, or `npm run test:e2e`).');
}
const files = readdirSync(HERE)
  .filter((f) => f.endsWith('.e2e.mjs') && f.includes(FILTER))
  .sort()
  .map((f) => join(HERE, f));
if (files.length === 0) fail(`no *.e2e.mjs files matching '${FILTER}' in ${HERE}`);

// Chromium runs in its own process group (playwright detaches it), so the group kill below does
// not reach it. Every process of this run inherits BO_E2E_RUN in its environment, so whatever is
// still running at the end can be found and stopped by pid. A private TMPDIR keeps the browser
// profiles together so they can be deleted too.
const runTmp = mkdtempSync(join(tmpdir(), 'bo-e2e-'));
const RUN_ID = basename(runTmp);

/** Pids of processes started by this run, found by their environment (Linux /proc). */
function ownPids() {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid)
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/environ`, 'latin1')
          .split('\0')
          .includes(`BO_E2E_RUN=${RUN_ID}`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Browsers quit by themselves once their test process is gone; wait a little, then insist. */
async function reapBrowsers() {
  for (let i = 0; i < 50 && ownPids().length > 0; i++) await sleep(200);
  for (const pid of ownPids()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Exited meanwhile.
    }
  }
  rmSync(runTmp, { recursive: true, force: true });
}

const server = await startStaticServer(DIST);
console.log(`e2e: serving ${DIST} at ${server.url}`);

// Its own process group, so a timeout or Ctrl-C can take down the runner and every test file.
// One Chromium per two cores: each runs several busy processes (renderer, GPU, surface workers),
// and two browsers sharing two cores slow page loads past the tests' 10 s waits.
const CONCURRENCY = Math.max(1, Math.floor(availableParallelism() / 2));
const child = spawn(
  process.execPath,
  ['--test', `--test-timeout=${TEST_TIMEOUT_MS}`, `--test-concurrency=${CONCURRENCY}`, ...files],
  {
    stdio: 'inherit',
    detached: true,
    env: {
      ...process.env,
      E2E_BASE_URL: server.url,
      TMPDIR: runTmp,
      BO_E2E_RUN: RUN_ID,
    },
  },
);

function killGroup(signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

let killTimer;
function stop(reason) {
  console.error(`\ne2e: ${reason}; stopping the tests`);
  killGroup('SIGTERM');
  killTimer ??= setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
}

const watchdog = setTimeout(
  () => stop(`no result after ${TOTAL_TIMEOUT_MS / 1000} s`),
  TOTAL_TIMEOUT_MS,
);
process.once('SIGINT', () => stop('interrupted'));
process.once('SIGTERM', () => stop('terminated'));

const code = await new Promise((resolve) => {
  child.once('error', (err) => {
    console.error(`e2e: could not start the test runner: ${err.message}`);
    resolve(1);
  });
  child.once('exit', (exitCode, signal) => resolve(signal ? 1 : (exitCode ?? 1)));
});

clearTimeout(watchdog);
clearTimeout(killTimer);
killGroup('SIGKILL'); // Stragglers of the group, if any.
await server.close();
await reapBrowsers();
process.exit(code);
