/**
 * Finds date expressions in a text and reads their parts, before any resolution: "Oct. 4",
 * "January 1, 2021", "1 October", "in July", "in 2020", "on Monday", "Sunday's", "late on
 * Wednesday", "the previous day", "a day earlier", "two days later", "last week", "at the weekend",
 * "yesterday", "three days ago", "the last Tuesday of January", "the first Monday of the month".
 * Whether the clause looks forward (will, next) is read here too.
 */
import type { Span } from '../core/types.ts';
import { loadCalendarWords, alternation, readNumber, type CalendarWords } from './words.ts';

export type TimexKind = 'date' | 'month' | 'year' | 'weekday' | 'nth-weekday' | 'weekend' | 'deictic' | 'chain' | 'ago' | 'period';

/** One date expression with its parts read, not yet resolved. */
export interface TimexCandidate extends Span {
  text: string;
  kind: TimexKind;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** nth-weekday: which one in its month (1 the first … -1 the last). */
  nth?: number;
  /** chain/ago/deictic/period: the signed distance in `unit`s. */
  offset?: number;
  unit?: 'day' | 'week' | 'month' | 'year';
  /** last / next / this before a weekday, week or month. */
  modifier?: 'last' | 'next' | 'this';
  /** "over three weeks", "about two days": the distance is not exact. */
  approximate?: boolean;
  /** "the day after a drone strike": counted from an event, not from a date. */
  eventAnchored?: boolean;
  /** "Sunday's strike": the date belongs to the noun that follows. */
  possessive?: boolean;
  /** The clause around it speaks of the future (will, next, is expected to). */
  future: boolean;
  /** Inside a direct quotation: "today", "tonight" are the speaker's, not the report's. */
  quoted?: boolean;
  /** Index of the sentence holding it, or -1. */
  sentence: number;
}

interface Patterns {
  list: Array<{ kind: TimexKind; re: RegExp }>;
  words: CalendarWords;
}
let cached: Patterns | null = null;

function patterns(): Patterns {
  if (cached) return cached;
  const words = loadCalendarWords();
  const M = alternation(words.months.keys());
  const MNoMay = alternation([...words.months.keys()].filter((m) => m !== 'May'));
  const W = alternation(words.weekdays.keys());
  const N = `\\d+|${alternation([...words.numbers.keys()].filter((w) => !w.includes(' ')))}`;
  const APPROX = `(?:(?:just |a little |well )?over|more than|about|around|nearly|almost|some|roughly|less than|under)\\s+`;
  const list: Patterns['list'] = [
    { kind: 'date', re: /\b(\d{4})-(\d{2})-(\d{2})\b/g },
    { kind: 'date', re: new RegExp(`(?<![\\w-])(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})\\b)?`, 'g') },
    { kind: 'date', re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M})(?![\\w])(?:,?\\s+(\\d{4})\\b)?`, 'g') },
    {
      kind: 'month',
      re: new RegExp(
        `(?<![\\w-])(?:([Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)?(${MNoMay})(?![\\w])(?:,?\\s+(\\d{4})\\b)?` +
          `|(?<![\\w-])(${M})\\s+(\\d{4})\\b`,
        'g',
      ),
    },
    { kind: 'year', re: /\b(?:in|since|by|until|from|during|through|before|after|early|late|mid|around|of)[\s-]+((?:19|20)\d\d)\b(?![\d-]|s\b)/g },
    // "the last Tuesday of January", "the first Monday in March 2024", "the second Friday of last month"
    {
      kind: 'nth-weekday',
      re: new RegExp(
        `\\b(?:[Tt]he\\s+)?(first|last|${alternation(words.ordinals.keys())})\\s+(${W})\\s+(?:of|in)\\s+(?:(${M})(?:,?\\s+(\\d{4}))?(?![\\w])|(?:the|this|last|next)\\s+month\\b)`,
        'gi',
      ),
    },
    {
      kind: 'weekday',
      re: new RegExp(`(?:\\b([Ll]ast|[Nn]ext|[Tt]his|(?:[Ll]ate|[Ee]arly)(?: on)?|[Oo]n)\\s+)?(${W})(['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'g'),
    },
    { kind: 'weekend', re: /\b(at|over|during|this|last|next)\s+(?:the\s+)?weekend\b/gi },
    { kind: 'deictic', re: /\b(yesterday|today|tomorrow|tonight|last night)\b/gi },
    {
      kind: 'chain',
      re: new RegExp(
        `\\b(?:the\\s+(previous|preceding|next|following|same)\\s+day|the\\s+day\\s+(before|after)|(?:later|earlier)\\s+that\\s+(day)|that\\s+same\\s+(day)` +
          `|(${APPROX})?(${N})\\s+(days?|weeks?)\\s+(earlier|later|before|after))\\b`,
        'gi',
      ),
    },
    { kind: 'ago', re: new RegExp(`\\b(${APPROX})?(${N})\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, 'gi') },
    { kind: 'period', re: /\b(?:(earlier|later|late|early)\s+)?(last|this|next)\s+(week|month|year)\b/gi },
  ];
  cached = { list, words };
  return cached;
}

/** A month name alone is a date only after a preposition ("in July", "since October"). */
const MONTH_PREP = /\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]hrough|[Tt]hroughout|of|[Bb]efore|[Aa]fter|[Ll]ast|[Tt]his|[Nn]ext|end of|start of|beginning of)[\s-]+$/;
const CLAUSE_TAIL = /[;:"“”][^;:"“”]*$/;

const FUTURE = /\b(?:will|shall|won['’]t|is (?:due|set|expected|scheduled|slated|planning) to|are (?:due|set|expected|scheduled|slated|planning) to|going to|upcoming)\b|['’]ll\b/i;
const CLAUSE_EDGE = /[;:"“”]/;

/** True when the words around `span` (same sentence, same clause) speak of the future. */
export function clauseIsFuture(text: string, span: Span, sentence: Span | undefined): boolean {
  const lo = Math.max(sentence?.start ?? 0, span.start - 70);
  const hi = Math.min(sentence?.end ?? text.length, span.end + 30);
  let before = text.slice(lo, span.start);
  let after = text.slice(span.end, hi);
  const cut = before.search(CLAUSE_TAIL);
  if (cut >= 0) before = before.slice(cut + 1);
  const stop = after.search(CLAUSE_EDGE);
  if (stop >= 0) after = after.slice(0, stop);
  return FUTURE.test(before) || FUTURE.test(after);
}

/** True when an opening quotation mark before `span` in its sentence is not yet closed. */
function insideQuote(text: string, span: Span, sentence: Span | undefined): boolean {
  const before = text.slice(sentence?.start ?? Math.max(0, span.start - 300), span.start);
  const opens = (before.match(/“/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}

const sentenceAt = (sentences: Span[], pos: number): number => {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else if (sentences[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
};

const unitOf = (w: string): 'day' | 'week' | 'month' | 'year' => w.toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';

function read(kind: TimexKind, m: RegExpExecArray, words: CalendarWords): Partial<TimexCandidate> | null {
  const g = m.slice(1);
  switch (kind) {
    case 'date': {
      if (/^\d{4}$/.test(g[0] ?? '')) return { year: +g[0], month: +g[1], day: +g[2] };
      const [a, b, y] = g;
      const month = words.months.get(a) ?? words.months.get(b);
      const day = Number(/^\d/.test(a) ? a : b);
      if (!month || day < 1 || day > 31) return null;
      return { month, day, year: y ? +y : undefined };
    }
    case 'month': {
      const name = g[1] ?? g[3];
      const year = g[2] ?? g[4];
      const month = words.months.get(name);
      return month ? { month, year: year ? +year : undefined } : null;
    }
    case 'year':
      return { year: +g[0] };
    case 'weekday': {
      const mod = (g[0] ?? '').toLowerCase();
      const modifier = mod === 'last' || mod === 'next' || mod === 'this' ? mod : undefined;
      return { weekday: words.weekdays.get(g[1]), modifier, possessive: !!g[2] };
    }
    case 'nth-weekday': {
      const [ord, day, monthName, year] = g;
      const o = ord.toLowerCase();
      const nth = o === 'first' ? 1 : o === 'last' ? -1 : words.ordinals.get(o);
      const weekday = [...words.weekdays].find(([w]) => w.toLowerCase() === day.toLowerCase())?.[1];
      if (nth == null || nth > 5 || weekday == null) return null;
      if (monthName) {
        const month = [...words.months].find(([w]) => w.toLowerCase() === monthName.toLowerCase())?.[1];
        return month ? { nth, weekday, month, year: year ? +year : undefined } : null;
      }
      const rel = /\b(last|next)\s+month$/i.exec(m[0]);
      return { nth, weekday, modifier: rel ? (rel[1].toLowerCase() as 'last' | 'next') : 'this', unit: 'month' };
    }
    case 'weekend': {
      const mod = g[0].toLowerCase();
      return { modifier: mod === 'last' || mod === 'next' || mod === 'this' ? mod : undefined };
    }
    case 'deictic': {
      const w = g[0].toLowerCase();
      return { offset: w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0, unit: 'day' };
    }
    case 'chain': {
      const [rel, beforeAfter, that1, that2, approx, num, unit, dir] = g;
      if (rel) {
        const r = rel.toLowerCase();
        return { offset: r === 'previous' || r === 'preceding' ? -1 : r === 'same' ? 0 : 1, unit: 'day' };
      }
      if (beforeAfter) return { offset: beforeAfter.toLowerCase() === 'before' ? -1 : 1, unit: 'day' };
      if (that1 || that2) return { offset: 0, unit: 'day' };
      const n = readNumber(num, words);
      if (n == null) return null;
      const sign = /^(earlier|before)$/i.test(dir) ? -1 : 1;
      return { offset: sign * n, unit: unitOf(unit), approximate: !!approx };
    }
    case 'ago': {
      const n = readNumber(g[1], words);
      return n == null ? null : { offset: -n, unit: unitOf(g[2]), approximate: !!g[0] };
    }
    case 'period': {
      const mod = g[1].toLowerCase() as 'last' | 'this' | 'next';
      return { modifier: mod, unit: unitOf(g[2]) };
    }
  }
}

/** Every date expression in `text`, left to right, overlaps resolved in favour of the longest. */
export function findTimexes(text: string, sentences: Span[]): TimexCandidate[] {
  const { list, words } = patterns();
  const found: TimexCandidate[] = [];
  for (const { kind, re } of list) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = read(kind, m, words);
      if (!parts) continue;
      if (kind === 'month' && m[1] === undefined && m[3] === undefined && m[4] === undefined && !MONTH_PREP.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      const sentence = sentenceAt(sentences, span.start);
      found.push({ ...span, text: m[0], kind, ...parts, future: false, sentence } as TimexCandidate);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: TimexCandidate[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    c.future = clauseIsFuture(text, c, sentences[c.sentence]);
    if (insideQuote(text, c, sentences[c.sentence])) c.quoted = true;
    const anchoredTo = /(?:after|before)$/i.test(c.text) && /^\s+\p{L}/u.test(text.slice(c.end, c.end + 4));
    if (c.kind === 'chain' && c.offset !== 0 && anchoredTo) {
      c.eventAnchored = true;
    }
    out.push(c);
  }
  return out;
}
