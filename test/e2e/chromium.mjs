// Shared by the e2e runner and the tests: where Chromium is and how it must be launched here.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// SwiftShader gives a software WebGL so tfjs and WebGL plots work on machines without a GPU.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Throws a message that says how to fix it when Chromium is not installed. */
export function assertChromium() {
  if (existsSync(CHROMIUM_PATH)) return;
  throw new Error(
    `Chromium not found at ${CHROMIUM_PATH}. The browser tests drive Debian's Chromium through ` +
      'playwright-core (`npx playwright install` is not used). Install it with:\n\n' +
      '    sudo apt-get update && sudo apt-get install -y chromium\n\n' +
      'or point CHROMIUM_PATH at another Chromium binary.',
  );
}
