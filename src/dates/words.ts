/**
 * Calendar and number words from data/dates/words.tsv: month and weekday names and the number
 * words casualty counts and offsets are written with ("three", "about 40", "dozens").
 */
import { readRows, badRow } from '../nlp/data-files.ts';

/** The word tables, loaded once. */
export interface CalendarWords {
  /** Month names and abbreviations as written (capitalised) → 1-12. */
  months: Map<string, number>;
  /** Weekday names → 0 Sunday … 6 Saturday. */
  weekdays: Map<string, number>;
  /** Lower-case number words → value. */
  numbers: Map<string, number>;
  /** Lower-case quantity words with no exact number ("dozens"). */
  approx: Set<string>;
  /** Lower-case ordinal words → value ("second" → 2), read only where a rule asks for an ordinal. */
  ordinals: Map<string, number>;
}

const FILE = 'dates/words.tsv';
let cached: CalendarWords | null = null;

/** Loads and validates data/dates/words.tsv. */
export function loadCalendarWords(): CalendarWords {
  if (cached) return cached;
  const w: CalendarWords = { months: new Map(), weekdays: new Map(), numbers: new Map(), approx: new Set(), ordinals: new Map() };
  for (const row of readRows(FILE)) {
    const [word, kind, value] = row.cells;
    const n = Number(value);
    if (!word) throw badRow(FILE, row, 'empty word');
    if (kind === 'month' && n >= 1 && n <= 12) w.months.set(word, n);
    else if (kind === 'weekday' && n >= 0 && n <= 6) w.weekdays.set(word, n);
    else if (kind === 'number' && Number.isInteger(n) && n > 0) w.numbers.set(word.toLowerCase(), n);
    else if (kind === 'approx') w.approx.add(word.toLowerCase());
    else if (kind === 'ordinal' && Number.isInteger(n) && n > 1) w.ordinals.set(word.toLowerCase(), n);
    else throw badRow(FILE, row, `kind "${kind}" with value "${value ?? ''}" is not month 1-12, weekday 0-6, number, approx or ordinal (2 or more)`);
  }
  cached = w;
  return w;
}

/** Escapes a word for use inside a regular expression. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of words, longest first, so "January" wins over "Jan". */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
}

/** Reads a count: digits ("40", "1,200") or a number word ("three"); null when it is neither. */
export function readNumber(word: string, words: CalendarWords = loadCalendarWords()): number | null {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(w)) return Number(w);
  return words.numbers.get(w) ?? null;
}
