/**
 * Headless entry point: `npm run --silent cli -- <command> [options]`. JSON in, JSON out, nothing
 * else on stdout. Bad input: exit code 2 and one line {"error": "..."} on stderr (DESIGN.md).
 */
import { readFileSync } from 'node:fs';
import { CliInputError } from './errors.ts';
import { gpCommand } from './gpCommand.ts';
import { runCommand } from './runCommand.ts';

const USAGE =
  'usage: cli gp [--in FILE]   (JSON on stdin when --in is not given)\n' +
  '       cli run --config FILE';

function fail(message: string, code = 2): never {
  process.stderr.write(JSON.stringify({ error: message }) + '\n');
  process.exit(code);
}

function readJson(file: string | undefined, what: string): unknown {
  let text: string;
  try {
    text =
      file === undefined || file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    fail(`${what}: cannot read ${file ?? 'stdin'}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`${what}: not valid JSON: ${(e as Error).message}`);
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) fail(`${name} needs a file path`);
  return v;
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  const known = new Set(['--in', '--config']);
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i] as string;
    if (!known.has(flag)) fail(`unknown option ${flag}\n${USAGE}`);
  }
  try {
    switch (command) {
      case 'gp': {
        const out = gpCommand(readJson(option(rest, '--in'), 'gp input'));
        process.stdout.write(JSON.stringify(out) + '\n');
        return;
      }
      case 'run': {
        const file = option(rest, '--config');
        if (file === undefined) fail(`run needs --config FILE\n${USAGE}`);
        runCommand(readJson(file, 'config'), (line) => process.stdout.write(line + '\n'));
        return;
      }
      default:
        fail(command === undefined ? USAGE : `unknown command "${command}"\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof CliInputError) fail(e.message);
    // Anything else is our bug, not the user's input: say so, with a distinct exit code.
    fail(`internal error: ${(e as Error).stack ?? String(e)}`, 1);
  }
}

main(process.argv.slice(2));
