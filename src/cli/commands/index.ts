/** Every CLI command, in the order `sitrep --help` lists them. */
import type { Command } from '../command.ts';
import { analyze } from './analyze.ts';
import { ingest } from './ingest.ts';
import { exportCommand } from './export.ts';
import { reportCommand } from './report.ts';
import { serveCommand } from './serve.ts';

export const COMMANDS: Command[] = [analyze, ingest, exportCommand, reportCommand, serveCommand];
