/** `sitrep ingest`: reads reports into the store. */
import type { Command, CliIO } from '../command.ts';
import { DB_OPTION } from '../command.ts';
import { Sitrep, type IngestEvent, type IngestSummary } from '../../core/sitrep.ts';
import { SitrepError } from '../../core/errors.ts';

export const INGEST_OPTIONS = {
  ...DB_OPTION,
  json: { type: 'boolean', description: 'print the summary as one JSON object' },
  'max-bytes': { type: 'string', description: 'largest input accepted, in bytes', placeholder: 'N', default: String(5 * 1024 * 1024) },
  quiet: { type: 'boolean', description: 'print nothing but errors' },
} as const;

/** A one-line progress counter on a terminal; nothing when piped. */
export function progress(io: CliIO) {
  let n = 0;
  const t0 = performance.now();
  return {
    tick() {
      n++;
      if (!io.interactive || n % 25 !== 0) return;
      const rate = n / ((performance.now() - t0) / 1000);
      process.stderr.write(`\r  ${n} reports read (${rate.toFixed(0)}/s)`);
    },
    done() {
      if (io.interactive && n >= 25) process.stderr.write('\r\x1b[K');
    },
  };
}

export function summaryLine(s: IngestSummary): string {
  const parts = [`${s.read} read`, `${s.stored} stored`];
  if (s.duplicates) parts.push(`${s.duplicates} marked duplicate`);
  if (s.skipped) parts.push(`${s.skipped} already stored`);
  parts.push(`${s.rejected.length} rejected`);
  return `${parts.join(', ')} in ${s.seconds.toFixed(2)}s`;
}

/** Shared by `ingest` and `analyze`: runs the ingestion and reports it. */
export async function runIngest(app: Sitrep, inputs: string[], values: Record<string, unknown>, io: CliIO): Promise<IngestSummary> {
  const maxBytes = Number(values['max-bytes']);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new SitrepError('bad-usage', `--max-bytes must be a positive number, not '${values['max-bytes']}'`);
  const bar = progress(io);
  const onEvent = (e: IngestEvent) => {
    bar.tick();
    if (e.kind === 'rejected') io.err(`rejected ${e.source}: ${e.reason}`);
  };
  const summary = await app.ingest(inputs, { maxBytes, onEvent });
  bar.done();
  if (values.json) io.out(JSON.stringify(summary));
  else if (!values.quiet) io.out(summaryLine(summary));
  return summary;
}

export const ingest: Command = {
  name: 'ingest',
  summary: 'read reports (files, directories, globs, URLs, feeds, -) into the store',
  usage: 'sitrep ingest <path | dir | glob | url | ->... [--db FILE] [--json]',
  options: INGEST_OPTIONS,
  details: `
Reads .txt, .md, .html/.htm, .json and .jsonl files, directories recursively, glob patterns,
http(s) URLs (pages and RSS/Atom feeds) and standard input (-). Each report is cleaned, analysed
and stored in one transaction; a report already stored (same content) is skipped. An input that
cannot be used gets one line on standard error naming it and the reason; the others go on, and
the exit status is 1 when any input was rejected.

examples:
  sitrep ingest examples/reports
  sitrep ingest 'feeds/*.jsonl' https://example.org/rss.xml --db news.db
  cat report.txt | sitrep ingest -`,
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new SitrepError('bad-usage', 'name at least one input (a path, directory, glob, URL or -)');
    const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? io.err : undefined });
    try {
      const summary = await runIngest(app, positionals, values, io);
      return summary.rejected.length ? 1 : 0;
    } finally {
      await app.close();
    }
  },
};
