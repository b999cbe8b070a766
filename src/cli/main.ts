/** The `sitrep` command line: a thin adapter that parses arguments and drives the core. */
import { parseArgs } from 'node:util';
import type { CliIO, Command } from './command.ts';
import { helpText } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { isSitrepError } from '../core/errors.ts';

const defaultIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  interactive: Boolean(process.stderr.isTTY),
  stdin: process.stdin,
};

export function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'sitrep: turns news reports about a conflict into a sourced picture of the situation.',
    '',
    'usage: sitrep <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'sitrep <command> --help' for a command's options.",
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out('sitrep 0.1.0');
    return 0;
  }
  const command: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`sitrep: unknown command '${name}'. Run 'sitrep --help' for the list.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(helpText(command));
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`sitrep ${name}: ${(e as Error).message}. Run 'sitrep ${name} --help'.`);
    return 2;
  }
  try {
    return await command.run(parsed as { values: Record<string, unknown>; positionals: string[] }, io);
  } catch (e) {
    if (isSitrepError(e)) {
      io.err(`sitrep ${name}: ${e.line()}`);
      return e.code === 'bad-usage' ? 2 : 1;
    }
    io.err(`sitrep ${name}: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}
