/**
 * Reading the data files under data/: word lists and TSV tables, with comments (`#`) and
 * blank lines skipped, each row keeping its line number so validation errors can name it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAbsolute } from 'node:path';
import { SitrepError } from '../core/errors.ts';

/** Absolute path of a file under the repository's data/ folder (an absolute path is kept). */
export function dataPath(rel: string): string {
  if (isAbsolute(rel)) return rel;
  return fileURLToPath(new URL(`../../data/${rel}`, import.meta.url));
}

/** One TSV row: its cells and the 1-based line it came from. */
export interface Row {
  cells: string[];
  line: number;
}

/** Reads a data file's non-comment lines as rows of tab-separated cells. */
export function readRows(rel: string): Row[] {
  const path = dataPath(rel);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new SitrepError('bad-data-file', `cannot read data file: ${(e as Error).message}`, shown(rel));
  }
  const rows: Row[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    if (!raw.trim() || raw.startsWith('#')) continue;
    rows.push({ cells: raw.split('\t').map((c) => c.trim()), line: i + 1 });
  }
  return rows;
}

/** Reads a one-word-per-line list. */
export function readWordList(rel: string): string[] {
  return readRows(rel).map((r) => r.cells[0]);
}

/** A validation error naming the file and line. */
export function badRow(rel: string, row: Row, why: string): SitrepError {
  return new SitrepError('bad-data-file', `line ${row.line}: ${why}`, shown(rel));
}

const shown = (rel: string) => (isAbsolute(rel) ? rel : `data/${rel}`);
