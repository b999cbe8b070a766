/**
 * JSON and JSON-lines inputs: each object with `text` or `html` (and optional `url`, `title`,
 * `outlet`, `published`) is one report. A JSON file holds one object or an array of them; a
 * .jsonl file one object per line, where a bad line rejects that line only (`file:line`).
 */
import type { ReportHints } from '../core/types.ts';
import { extractArticle } from './html.ts';
import { reject, sha256, type ReadItem } from './types.ts';

type HintKey = 'url' | 'title' | 'outlet' | 'published';

/** Field names read for each hint, the documented one first. */
const FIELDS: Record<HintKey, string[]> = {
  url: ['url', 'link'],
  title: ['title', 'headline'],
  outlet: ['outlet', 'publisher', 'site'],
  published: ['published', 'date', 'datePublished', 'pubDate'],
};

/** Turns one parsed record into a report, or says why it cannot be one. */
export function recordToReport(record: unknown, source: string, where: string): ReadItem {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return reject(where, 'not a JSON object');
  const r = record as Record<string, unknown>;
  const hints: ReportHints = { how: {} };
  for (const key of Object.keys(FIELDS) as HintKey[]) {
    for (const field of FIELDS[key]) {
      const v = r[field];
      if (typeof v === 'string' && v.trim()) {
        hints[key] = v.trim();
        hints.how![key] = `json-field:${field}`;
        break;
      }
    }
  }
  const contentHash = sha256(JSON.stringify(record));
  if (typeof r.text === 'string' && r.text.trim()) {
    return { source, raw: r.text.replace(/\r\n?/g, '\n'), contentHash, format: 'json', hints };
  }
  if (typeof r.html === 'string' && r.html.trim()) {
    const page = extractArticle(r.html, hints.url);
    if (!page.text) return reject(where, 'the record\'s html holds no readable text');
    // The record's own fields win over what the markup says; the markup fills the gaps.
    for (const key of Object.keys(FIELDS) as HintKey[]) {
      if (!hints[key] && page.hints[key] && page.hints.how?.[key] !== 'fetched-url') {
        hints[key] = page.hints[key];
        hints.how![key] = page.hints.how![key];
      }
    }
    return { source, raw: page.text, contentHash, format: 'json', hints };
  }
  return reject(where, 'the record has neither "text" nor "html"');
}

/** Reads a .json file's text: one record or an array of records (`file#n` each). */
export function* readJson(path: string, text: string): Generator<ReadItem> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    yield reject(path, `malformed JSON: ${(e as Error).message}`);
    return;
  }
  if (!Array.isArray(data)) {
    yield recordToReport(data, path, path);
    return;
  }
  if (!data.length) yield reject(path, 'empty: the JSON array holds no records');
  for (let i = 0; i < data.length; i++) yield recordToReport(data[i], `${path}#${i + 1}`, `${path}#${i + 1}`);
}

/** Reads a .jsonl file's text, one record per non-blank line (`file#line`; rejections `file:line`). */
export function* readJsonLines(path: string, text: string): Generator<ReadItem> {
  const lines = text.split('\n');
  let records = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    records++;
    yield jsonLine(path, i + 1, lines[i]);
  }
  if (!records) yield reject(path, 'empty: no JSON lines');
}

/** One line of a JSON-lines input as a report, or its rejection naming `file:line`. */
export function jsonLine(path: string, lineNo: number, line: string): ReadItem {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    return reject(`${path}:${lineNo}`, `malformed JSON line: ${(e as Error).message}`);
  }
  return recordToReport(data, `${path}#${lineNo}`, `${path}:${lineNo}`);
}

