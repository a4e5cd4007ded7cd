/**
 * The CLI's command line: a command and its one file option. Everything else is refused by name (an
 * option given twice, one the command does not take, a stray argument), since silently using the
 * first of two --config files, or ignoring one, runs a study the caller did not ask for.
 */
import { CliInputError } from './errors.ts';

export const USAGE =
  'usage: cli gp [--in FILE]   (JSON on stdin when --in is not given)\n' +
  '       cli run --config FILE';

/** The option each command takes (its input file). */
const OPTION = { gp: '--in', run: '--config' } as const;

export type CliCommand = keyof typeof OPTION;

export interface CliArgs {
  readonly command: CliCommand;
  /** The input file; undefined (or "-") means stdin, which only gp reads. */
  readonly file: string | undefined;
}

function isCommand(c: string | undefined): c is CliCommand {
  return c === 'gp' || c === 'run';
}

/** Parses argv (without node and the script). Throws CliInputError naming the bad argument. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!isCommand(command)) {
    throw new CliInputError(
      'command',
      command === undefined ? `missing\n${USAGE}` : `unknown command "${command}"\n${USAGE}`,
    );
  }
  const own = OPTION[command];
  const values: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === own) {
      const v = rest[i + 1];
      if (v === undefined || v.startsWith('--')) throw new CliInputError(own, 'needs a file path');
      values.push(v);
      i++;
    } else if (arg === OPTION.gp || arg === OPTION.run) {
      throw new CliInputError(arg, `is not an option of ${command}; it takes ${own}\n${USAGE}`);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliInputError(arg, `unknown option\n${USAGE}`);
    } else {
      throw new CliInputError(arg, `unexpected argument; give the file as ${own} FILE\n${USAGE}`);
    }
  }
  if (values.length > 1) {
    throw new CliInputError(
      own,
      `given ${values.length} times (${values.join(', ')}); give it once`,
    );
  }
  const file = values[0];
  if (command === 'run' && file === undefined) {
    throw new CliInputError(own, `run needs ${own} FILE\n${USAGE}`);
  }
  return { command, file };
}
