/** `sitrep ingest`: reads reports into the store. */
import type { Command, CliIO } from '../command.ts';
import { DB_OPTION } from '../command.ts';
import { Sitrep, type IngestEvent, type IngestSummary } from '../../core/sitrep.ts';
import { SitrepError } from '../../core/errors.ts';
import { DEFAULT_READ_OPTIONS, type ReadOptions } from '../../ingest/read.ts';

/** The options `ingest` and `analyze` share. */
export const INGEST_OPTIONS = {
  ...DB_OPTION,
  json: { type: 'boolean', description: 'print the summary as one JSON object' },
  quiet: { type: 'boolean', description: 'print nothing but rejections and errors' },
  feed: { type: 'string', multiple: true, description: 'an RSS/Atom feed (URL or file); rejected if it is not one (repeatable)', placeholder: 'URL' },
  'max-bytes': { type: 'string', description: 'largest input accepted, in bytes', placeholder: 'N', default: String(DEFAULT_READ_OPTIONS.maxBytes) },
  timeout: { type: 'string', description: 'seconds to wait for each URL', placeholder: 'SECONDS', default: String(DEFAULT_READ_OPTIONS.timeoutMs / 1000) },
  'max-redirects': { type: 'string', description: 'redirects followed per URL', placeholder: 'N', default: String(DEFAULT_READ_OPTIONS.maxRedirects) },
} as const;

/** Milliseconds between two redraws of the progress line, and from the first report to the first draw. */
const REDRAW_MS = 200;
const FIRST_MS = 500;

/**
 * A one-line progress counter on standard error when it is a terminal, redrawn at most five
 * times a second once a run lasts; nothing when piped. `line()` prints a message above it.
 */
export function progress(
  io: CliIO,
  now: () => number = () => performance.now(),
  write: (s: string) => void = (s) => void process.stderr.write(s),
) {
  let read = 0;
  let rejected = 0;
  let shown = false;
  let t0 = -1;
  let last = 0;
  const clear = () => {
    if (shown) write('\r\x1b[K');
    shown = false;
  };
  return {
    tick(e: IngestEvent) {
      read++;
      if (e.kind === 'rejected') rejected++;
      const t = now();
      if (t0 < 0) t0 = last = t;
      if (!io.interactive || t - t0 < FIRST_MS || t - last < REDRAW_MS) return;
      last = t;
      const rate = read / ((t - t0) / 1000);
      write(`\r\x1b[K  ${read} reports read, ${rejected} rejected (${rate.toFixed(0)}/s)`);
      shown = true;
    },
    line(text: string) {
      clear();
      io.err(text);
    },
    done: clear,
  };
}

/** The progress counter's handle: tick per event, print a line above it, clear it. */
export type Progress = ReturnType<typeof progress>;

/** The one-line summary printed after a run. */
export function summaryLine(s: IngestSummary): string {
  const parts = [`${s.read} read`, `${s.stored} stored`];
  if (s.duplicates) parts.push(`${s.duplicates} marked duplicate`);
  if (s.skipped) parts.push(`${s.skipped} already stored`);
  parts.push(`${s.rejected.length} rejected`);
  return `${parts.join(', ')} in ${s.seconds.toFixed(2)}s`;
}

function positive(values: Record<string, unknown>, name: string, allowZero = false): number {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) {
    throw new SitrepError('bad-usage', `--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, not '${values[name]}'`);
  }
  return n;
}

/** The read options the command line asks for. */
export function readOptionsFrom(values: Record<string, unknown>, io: CliIO): ReadOptions {
  return {
    maxBytes: positive(values, 'max-bytes'),
    timeoutMs: positive(values, 'timeout') * 1000,
    maxRedirects: Math.floor(positive(values, 'max-redirects', true)),
    feeds: (values.feed as string[] | undefined) ?? [],
    stdin: io.stdin as AsyncIterable<Uint8Array>,
  };
}

/** The inputs named: positionals, then every --feed. */
export function inputsFrom(values: Record<string, unknown>, positionals: string[]): string[] {
  const inputs = [...positionals, ...((values.feed as string[] | undefined) ?? [])];
  if (!inputs.length) throw new SitrepError('bad-usage', 'name at least one input (a path, directory, glob, URL or -)');
  return inputs;
}

/** Shared by `ingest` and `analyze`: runs the ingestion and reports it. */
export async function runIngest(
  app: Sitrep,
  inputs: string[],
  values: Record<string, unknown>,
  io: CliIO,
  bar: Progress = progress(io),
): Promise<IngestSummary> {
  const read = readOptionsFrom(values, io);
  const onEvent = (e: IngestEvent) => {
    if (e.kind === 'rejected') bar.line(`rejected ${e.source}: ${e.reason}`);
    bar.tick(e);
  };
  const note = values.debug ? (line: string) => bar.line(line) : undefined;
  if (inputs.includes('-') && (io.stdin as { isTTY?: boolean }).isTTY) bar.line('reading reports from standard input; end with Ctrl-D');
  let summary: IngestSummary;
  try {
    summary = await app.ingest(inputs, { ...read, note, onEvent });
  } finally {
    bar.done();
  }
  if (values.json) io.out(JSON.stringify(summary));
  else if (!values.quiet) io.out(summaryLine(summary));
  return summary;
}

/** `sitrep ingest`. */
export const ingest: Command = {
  name: 'ingest',
  summary: 'read reports (files, directories, globs, URLs, feeds, -) into the store',
  usage: 'sitrep ingest <path | dir | glob | url | ->... [--db FILE] [--json]',
  options: INGEST_OPTIONS,
  details: `
Reads .txt, .md, .html/.htm, .json and .jsonl files (JSON: objects with "text" or "html" and
optional "url", "title", "outlet", "published"), RSS/Atom feeds (.xml .rss .atom), directories
recursively (hidden files, READMEs and other file types skipped; --debug names them), glob
patterns in quotes ('reports/**/*.html'), http(s) URLs (pages and RSS/Atom feeds, whose items
are fetched as pages) and standard input (-, text or HTML). HTML goes through article
extraction; markdown loses its markup (front matter gives title, date, outlet); a .jsonl file
is streamed, with --max-bytes applying to each line. Non-UTF-8 text is read as windows-1252.

Each report is cleaned, analysed and stored in one transaction, so an interrupted run loses
nothing already stored and running it again finishes the job; a report already stored (same
content) is skipped. An input that cannot be used (missing, unreadable, binary, empty, too
large, malformed, unreachable, not a feed) gets one line on standard error naming it and the
reason; the others go on, and the exit status is 1 when any input was rejected.

examples:
  sitrep ingest examples/reports
  sitrep ingest 'feeds/*.jsonl' https://example.org/news/story.html --db news.db
  sitrep ingest --feed https://example.org/rss.xml --timeout 10
  cat report.txt | sitrep ingest -`,
  run: ({ values, positionals }, io) => ingestThen(values, positionals, io),
};

/**
 * Shared by `ingest` and `analyze`: ingests the inputs, then runs `after` on the open core
 * (analyze prints the situation). Exit status 1 when any input was rejected.
 */
export async function ingestThen(
  values: Record<string, unknown>,
  positionals: string[],
  io: CliIO,
  after?: (app: Sitrep) => Promise<void>,
): Promise<number> {
  const inputs = inputsFrom(values, positionals);
  readOptionsFrom(values, io);
  const bar = progress(io);
  const app = await Sitrep.open({ db: values.db as string, debug: values.debug ? bar.line : undefined });
  try {
    const summary = await runIngest(app, inputs, values, io, bar);
    if (after) await after(app);
    return summary.rejected.length ? 1 : 0;
  } finally {
    await app.close();
  }
}
