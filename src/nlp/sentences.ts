/**
 * Sentence splitting with character offsets. A line break always ends a sentence (headlines,
 * captions and paragraphs are separate lines); inside a line a sentence ends at . ! ? (with
 * any closing quotes or brackets) before a capital, a digit or an opening quote, unless the
 * period belongs to an abbreviation such as "Gen.", "Oct." or an initial ("Kenneth F. McKenzie").
 * "U.S." and "Jr." end a sentence only when a typical sentence starter follows.
 */
import type { Span } from '../core/types.ts';
import { readRows, readWordList, badRow } from './data-files.ts';

/** How an abbreviation behaves at a period (see data/nlp/abbreviations.tsv). */
export type AbbrevKind = 'title' | 'month' | 'name' | 'place' | 'other';

/** The abbreviation table and sentence starters, loaded once. */
export interface SentenceLexicon {
  abbrev: Map<string, AbbrevKind>;
  starters: Set<string>;
}

const KINDS = new Set(['title', 'month', 'name', 'place', 'other']);
let cachedLexicon: SentenceLexicon | null = null;

/** Loads data/nlp/abbreviations.tsv and data/nlp/sentence-starters.txt, validated. */
export function loadSentenceLexicon(): SentenceLexicon {
  if (cachedLexicon) return cachedLexicon;
  const abbrev = new Map<string, AbbrevKind>();
  for (const row of readRows('nlp/abbreviations.tsv')) {
    const [word, kind] = row.cells;
    if (!word || !word.endsWith('.')) throw badRow('nlp/abbreviations.tsv', row, `abbreviation "${word}" must end with a period`);
    if (!KINDS.has(kind)) throw badRow('nlp/abbreviations.tsv', row, `kind "${kind}" is not one of ${[...KINDS].join(', ')}`);
    abbrev.set(word.toLowerCase(), kind as AbbrevKind);
  }
  cachedLexicon = { abbrev, starters: new Set(readWordList('nlp/sentence-starters.txt')) };
  return cachedLexicon;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r';

/** The word ending right before position `end` (letters, digits, periods). */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && /[\p{L}\p{N}.]/u.test(text[s - 1])) s--;
  return text.slice(s, end + 1);
}

/** The word starting at `pos`. */
function wordAt(text: string, pos: number): string {
  let e = pos;
  while (e < text.length && /[\p{L}]/u.test(text[e])) e++;
  return text.slice(pos, e);
}

/** Whether the period at `dot` ends a sentence, given the next non-space position `next`. */
function periodEnds(text: string, dot: number, next: number, lex: SentenceLexicon): boolean {
  const word = wordBefore(text, dot); // includes the period
  const bare = word.slice(0, -1);
  if (/^\p{Lu}$/u.test(bare)) return false; // an initial: "F."
  const kind = lex.abbrev.get(word.toLowerCase()) ?? (/^(\p{L}\.)+\p{L}$/u.test(bare) ? 'place' : undefined);
  if (!kind) return true;
  if (kind === 'title' || kind === 'month') return false;
  if (kind === 'other') return isUpper(text[next]);
  return lex.starters.has(wordAt(text, next));
}

/** Splits a text into sentence spans (trimmed, never empty). */
export function splitSentences(text: string, lex: SentenceLexicon = loadSentenceLexicon()): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < text.length && CLOSERS.has(text[j])) j++;
    if (j < text.length && !isSpace(text[j])) continue;
    let k = j;
    while (k < text.length && isSpace(text[k])) k++;
    if (k >= text.length || text[k] === '\n') {
      i = j - 1;
      continue; // the line break will end it
    }
    const n = text[k];
    const opens = n === '"' || n === '“' || n === '‘' || n === "'" || n === '(';
    if (!(isUpper(n) || /\d/.test(n) || opens)) continue;
    if (c === '.' && j === i + 1 && !periodEnds(text, i, opens ? k + 1 : k, lex)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}
