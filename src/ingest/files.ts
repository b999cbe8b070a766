/**
 * Files and directories: the kind of a file from its extension, a sorted recursive directory
 * walk that skips hidden entries, READMEs and unknown extensions (with a --debug note), and a
 * read that checks the size before reading and names permission problems.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { reject, tooLarge, type Rejection } from './types.ts';

/** How an input's content is read. `sniff` means: decide from the content itself. */
export type ContentKind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed' | 'sniff';

/** Extensions read, and the kind each means. */
export const EXTENSIONS: Record<string, ContentKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
};

/** The content kind of a path, `sniff` for no extension, null for an extension not read. */
export function kindOfPath(path: string): ContentKind | null {
  const ext = extname(basename(path)).toLowerCase();
  if (!ext) return 'sniff';
  return EXTENSIONS[ext] ?? null;
}

/** The reason a file with an unknown extension is not read. */
export const unsupportedReason = (path: string): string =>
  `unsupported file type '${extname(path)}' (sitrep reads ${Object.keys(EXTENSIONS).join(' ')})`;

/** A README describes the directory it sits in; walks skip it (naming it directly still reads it). */
const isReadme = (name: string): boolean => /^readme(\.[a-z]+)?$/i.test(name);

/**
 * Why a file met in a walk or a glob is skipped (hidden, a README, an unknown extension),
 * or null when it is read.
 */
export function skipReason(name: string): string | null {
  if (name.startsWith('.')) return 'hidden';
  if (isReadme(name)) return 'a README describes its directory, it is not a report';
  if (!kindOfPath(name) || kindOfPath(name) === 'sniff') return `not a report file type (${extname(name) || 'no extension'})`;
  return null;
}

/** Every file under a directory that a walk reads, sorted, recursively; skipped ones are noted. */
export function* walkDirectory(dir: string, note?: (line: string) => void, seen = new Set<string>()): Generator<string> {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      note?.(`skipped ${path}: cannot stat it (a broken link?)`);
      continue;
    }
    if (st.isDirectory()) {
      if (name.startsWith('.') || name === 'node_modules') note?.(`skipped ${path}/: hidden or vendored directory`);
      else yield* walkDirectory(path, note, seen);
      continue;
    }
    const why = st.isFile() ? skipReason(name) : 'not a regular file';
    if (why) note?.(`skipped ${path}: ${why}`);
    else yield path;
  }
}

/** A file's bytes, or a Rejection: too large (checked before reading), unreadable, empty. */
export function readFileBytes(path: string, maxBytes: number): Uint8Array | Rejection {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return reject(path, 'not a regular file');
    size = st.size;
  } catch (e) {
    return reject(path, fsReason(e));
  }
  if (size > maxBytes) return reject(path, tooLarge(size, maxBytes));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return reject(path, fsReason(e));
  }
  if (bytes.length > maxBytes) return reject(path, tooLarge(bytes.length, maxBytes));
  if (!bytes.length) return reject(path, 'empty: the file holds 0 bytes');
  return bytes;
}

/** One line for a filesystem error. */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable: permission denied';
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'unreadable: too many levels of symbolic links';
  return `unreadable: ${(e as Error).message}`;
}
