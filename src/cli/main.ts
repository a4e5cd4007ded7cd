/**
 * Headless entry point: `npm run --silent cli -- <command> [options]`. JSON in, JSON out, nothing
 * else on stdout. Bad input: exit code 2 and one line {"error": "..."} on stderr (DESIGN.md).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from './args.ts';
import { CliInputError } from './errors.ts';
import { gpCommand } from './gpCommand.ts';
import { loadFormulaParser } from '../objectives/formulaParser.ts';
import { runCommand } from './runCommand.ts';

function fail(message: string, code = 2): never {
  process.stderr.write(JSON.stringify({ error: message }) + '\n');
  process.exit(code);
}

/** Thrown out of a study once nobody reads stdout, so it stops instead of computing for no one. */
class StdoutClosed extends Error {}

/**
 * A reader that leaves early (`| head -1`) closes the pipe: the next write fails with EPIPE. Like
 * most Unix tools, stop quietly with status 0 rather than print the stack of an unhandled error.
 */
function isClosedPipe(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}
// The formula parser loads on demand in the browser; the CLI may read a formula at any point.
await loadFormulaParser();

process.stdout.on('error', (e) => {
  if (isClosedPipe(e)) process.exit(0);
  fail(`cannot write the output: ${e.message}`, 1);
});

function writeLine(line: string): void {
  // Linux writes to a pipe synchronously and marks the stream destroyed on EPIPE at once; the
  // 'error' event itself only comes on a later tick, after the whole study would have run.
  if (process.stdout.destroyed) throw new StdoutClosed();
  process.stdout.write(line + '\n');
}

/** Editors on Windows save UTF-8 with a byte-order mark, which JSON.parse refuses. */
const BOM = '\uFEFF';

function readJson(file: string | undefined, what: string): unknown {
  let text: string;
  try {
    text =
      file === undefined || file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    fail(`${what}: cannot read ${file ?? 'stdin'}: ${(e as Error).message}`);
  }
  if (text.startsWith(BOM)) text = text.slice(BOM.length);
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`${what}: not valid JSON: ${(e as Error).message}`);
  }
}

function main(argv: string[]): void {
  try {
    const { command, file } = parseArgs(argv);
    switch (command) {
      case 'gp':
        writeLine(JSON.stringify(gpCommand(readJson(file, 'gp input'))));
        return;
      case 'run':
        runCommand(readJson(file, 'config'), writeLine);
        return;
    }
  } catch (e) {
    if (e instanceof StdoutClosed) process.exit(0);
    if (e instanceof CliInputError) fail(e.message);
    // Anything else is our bug, not the user's input: say so, with a distinct exit code.
    fail(`internal error: ${(e as Error).stack ?? String(e)}`, 1);
  }
}

main(process.argv.slice(2));
