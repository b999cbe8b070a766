/** What every CLI command is: a name, its help, its options (util.parseArgs style) and a run. */
import type { ParseArgsConfig } from 'node:util';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** True when standard error is a terminal (progress bars only then). */
  interactive: boolean;
  stdin: NodeJS.ReadableStream;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & { description: string; placeholder?: string };

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** Longer help after the options: examples, notes. */
  details?: string;
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CliIO): Promise<number>;
}

/** Options every command that opens the store shares. */
export const DB_OPTION: Record<string, OptionSpec> = {
  db: { type: 'string', description: 'the store: a SQLite file or a postgres:// URL', placeholder: 'FILE', default: './sitrep.db' },
  debug: { type: 'boolean', description: 'print each stage, rule firing and merge reason to standard error' },
};

export function helpText(c: Command): string {
  const lines = [`sitrep ${c.name}: ${c.summary}`, '', `usage: ${c.usage}`, ''];
  const opts = Object.entries(c.options);
  if (opts.length) {
    lines.push('options:');
    for (const [name, o] of opts) {
      const flag = `  --${name}${o.type === 'string' ? ` ${o.placeholder ?? 'VALUE'}` : ''}`;
      const def = o.default !== undefined && o.default !== false ? ` (default: ${String(o.default)})` : '';
      lines.push(`${flag.padEnd(28)} ${o.description}${def}`);
    }
    lines.push(`  --help${''.padEnd(20)} show this help`);
  }
  if (c.details) lines.push('', c.details.trim());
  return lines.join('\n');
}
