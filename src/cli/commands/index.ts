/** Every CLI command, in the order `sitrep --help` lists them. */
import type { Command } from '../command.ts';
import { analyze } from './analyze.ts';
import { ingest } from './ingest.ts';
import { exportCommand } from './export.ts';
import { reportCommand } from './report.ts';
import { serveCommand } from './serve.ts';
import { entityCommand } from './entity.ts';
import { mergeCommand } from './merge.ts';
import { splitCommand } from './split.ts';
import { claimsCommand } from './claims.ts';
import { contradictionsCommand } from './contradictions.ts';
import { timelineCommand } from './timeline.ts';

export const COMMANDS: Command[] = [analyze, ingest, exportCommand, reportCommand, serveCommand, entityCommand, mergeCommand, splitCommand, claimsCommand, contradictionsCommand, timelineCommand];
