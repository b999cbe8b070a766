/**
 * Reads what the user named (files, directories, globs, URLs, feeds, standard input) into
 * RawReports, one at a time, or a Rejection naming the input and the reason. One bad input
 * never stops the others.
 */
import { statSync } from 'node:fs';
import { readContent } from './content.ts';
import { fsReason, kindOfPath, readFileBytes, skipReason, unsupportedReason, walkDirectory } from './files.ts';
import { expandGlob, hasGlob } from './glob.ts';
import { readJsonLinesFile } from './jsonl-file.ts';
import { readStream, STDIN_SOURCE } from './stdin.ts';
import { fetchUrl, FetchFailure, isHttpUrl, looksLikeUrl } from './url.ts';
import { DEFAULT_READ_OPTIONS, reject, type ReadItem, type ReadOptions } from './types.ts';

/** The reader contract, re-exported so callers need only this module. */
export type { Rejection, ReadItem, ReadOptions } from './types.ts';
export { DEFAULT_READ_OPTIONS } from './types.ts';

/** Reads every input in order; directories and globs expand to their files, sorted. */
export async function* readInputs(inputs: string[], opts: ReadOptions = DEFAULT_READ_OPTIONS): AsyncGenerator<ReadItem> {
  const o: ReadOptions = { ...DEFAULT_READ_OPTIONS, ...opts };
  const feeds = new Set(o.feeds ?? []);
  for (const input of inputs) {
    const mustBeFeed = feeds.has(input);
    try {
      if (input === '-') yield* readStdin(o);
      else if (looksLikeUrl(input)) yield* readUrl(input, mustBeFeed, o);
      else yield* readPath(input, mustBeFeed, o);
    } catch (e) {
      // A reader bug or a parser crash on strange input costs this input only, never the run.
      yield reject(input, `could not be read: ${(e as Error).message}`);
    }
  }
}

async function* readStdin(o: ReadOptions): AsyncGenerator<ReadItem> {
  const bytes = await readStream(o.stdin ?? process.stdin, o.maxBytes);
  if (!(bytes instanceof Uint8Array)) return yield bytes;
  yield* readContent(bytes, { source: STDIN_SOURCE, kind: 'sniff' }, o);
}

async function* readUrl(url: string, mustBeFeed: boolean, o: ReadOptions): AsyncGenerator<ReadItem> {
  if (!isHttpUrl(url)) return yield reject(url, 'only http and https URLs are supported');
  let got;
  try {
    got = await fetchUrl(url, o);
  } catch (e) {
    if (e instanceof FetchFailure) return yield reject(url, e.message);
    throw e;
  }
  if (got.url !== url) o.note?.(`${url}: redirected to ${got.url}`);
  yield* readContent(got.bytes, { source: url, kind: 'sniff', contentType: got.contentType, url: got.url, mustBeFeed }, o);
}

async function* readPath(path: string, mustBeFeed: boolean, o: ReadOptions): AsyncGenerator<ReadItem> {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    if (hasGlob(path)) return yield* readGlob(path, o);
    const hint = /^(www\.|[\w-]+(\.[\w-]+)*\.[a-z]{2,}\/)/i.test(path) ? ` (for a URL, write https://${path})` : '';
    return yield reject(path, fsReason(e) + hint);
  }
  if (st.isDirectory()) {
    let any = false;
    try {
      for (const file of walkDirectory(path, o.note)) {
        any = true;
        yield* readFile(file, false, o);
      }
    } catch (e) {
      return yield reject(path, fsReason(e));
    }
    if (!any) yield reject(path, 'the directory holds no report files (.txt .md .html .htm .json .jsonl ...)');
    return;
  }
  yield* readFile(path, mustBeFeed, o);
}

async function* readGlob(pattern: string, o: ReadOptions): AsyncGenerator<ReadItem> {
  const files = expandGlob(pattern);
  if (!files.length) return yield reject(pattern, 'no files match the pattern');
  let read = 0;
  for (const file of files) {
    const why = skipReason(file.slice(file.lastIndexOf('/') + 1));
    if (why) {
      o.note?.(`skipped ${file}: ${why}`);
      continue;
    }
    read++;
    yield* readFile(file, false, o);
  }
  if (!read) yield reject(pattern, `the pattern matches ${files.length} file(s), none of them a report file type`);
}

async function* readFile(path: string, mustBeFeed: boolean, o: ReadOptions): AsyncGenerator<ReadItem> {
  const kind = kindOfPath(path);
  if (!kind) return yield reject(path, unsupportedReason(path));
  if (kind === 'jsonl' && !mustBeFeed) return yield* readJsonLinesFile(path, o.maxBytes);
  const bytes = readFileBytes(path, o.maxBytes);
  if (!(bytes instanceof Uint8Array)) return yield bytes;
  yield* readContent(bytes, { source: path, kind, mustBeFeed }, o);
}
