/**
 * Reading a report for quotes: paragraphs, quotations (straight, curly, multi-paragraph) and
 * quote-aware sentences. Quotes are masked (`█`) so that the attribution rules see each quote
 * as one opaque block and sentence splitting never breaks inside a quote.
 */
import type { Span } from '../core/types.ts';

/** The mask character standing for quoted text. */
export const MASK = '\u2588';

/** One quotation: the marks (`open`..`close`, half-open, marks included) and its words. */
export interface Quote extends Span {
  open: number;
  close: number;
  /** Quotes continued over several paragraphs share a group number. */
  group: number;
}

/** A sentence of the masked text, with the index of its paragraph. */
export interface Sentence extends Span {
  paragraph: number;
}

/** A document read for quotes. */
export interface QuoteText {
  paragraphs: Span[];
  quotes: Quote[];
  /** The document text with every quote (marks included) replaced by MASK characters. */
  masked: string;
  sentences: Sentence[];
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/** Non-empty lines, trimmed: a line break always ends a paragraph. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

/** Whether a straight double quote at `i` opens a quotation (rather than closing one). */
function straightOpens(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : ' ';
  return /[\s([{\u2014\u2013:,-]/.test(before) || i === 0;
}

/** Finds quotations, paragraph by paragraph; a quote left open at a paragraph end continues
 *  when the next paragraph opens with a quote mark, and otherwise ends with its paragraph. */
export function findQuotes(text: string, paragraphs: Span[]): Quote[] {
  const out: Quote[] = [];
  let group = 0;
  let carried = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let open = -1;
    for (let i = para.start; i < para.end; i++) {
      const c = text[i];
      if (open < 0) {
        if (OPENERS.has(c) || (c === '"' && straightOpens(text, i))) {
          open = i;
          if (!(carried && i === para.start)) group++;
          carried = false;
        }
      } else if (CLOSERS.has(c) || c === '"' || OPENERS.has(c)) {
        if (OPENERS.has(c)) {
          // a new opening mark while one is open: the first quote lost its closing mark
          out.push({ open, close: i, start: open + 1, end: i, group });
          open = i;
          group++;
          continue;
        }
        out.push({ open, close: i + 1, start: open + 1, end: i, group });
        open = -1;
      }
    }
    carried = false;
    if (open >= 0) {
      out.push({ open, close: para.end, start: open + 1, end: para.end, group });
      const next = paragraphs[p + 1];
      carried = Boolean(next && (OPENERS.has(text[next.start]) || text[next.start] === '"'));
    }
  }
  for (const para of paragraphs) if (isHeadline(text, para)) out.push(...singleQuotes(text, para, out, () => ++group));
  return out.filter((q) => /\p{L}/u.test(text.slice(q.start, q.end))).sort((a, b) => a.open - b.open);
}

/** A short line without closing punctuation: a headline, standfirst or crosshead. */
function isHeadline(text: string, para: Span): boolean {
  return para.end - para.start < 200 && !/[.!?]["”’]?$/.test(text.slice(para.start, para.end));
}

/** Single-quoted words in a headline ('Stop escalation': ISW), outside any double quote. */
function singleQuotes(text: string, para: Span, taken: Quote[], nextGroup: () => number): Quote[] {
  const out: Quote[] = [];
  const re = /(^|[\s:(\u2014\u2013-])['‘]([^'‘’\n]{3,}?)['’](?=$|[\s:,.;!?)\u2014\u2013-])/g;
  const line = text.slice(para.start, para.end);
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const open = para.start + m.index + m[1].length;
    const close = open + m[2].length + 2;
    if (taken.some((q) => open < q.close && q.open < close)) continue;
    out.push({ open, close, start: open + 1, end: close - 1, group: nextGroup() });
  }
  return out;
}

/** The text with each quote's characters (marks included) replaced by MASK. */
export function maskQuotes(text: string, quotes: Quote[]): string {
  const chars = text.split('');
  for (const q of quotes) for (let i = q.open; i < q.close; i++) if (chars[i] !== '\n') chars[i] = MASK;
  return chars.join('');
}

/** Whether the period ending `word` (the word before it, without the period) is an abbreviation. */
function isAbbreviation(word: string, abbreviations: Set<string>): boolean {
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  return abbreviations.has(word.toLowerCase());
}

/** Splits each paragraph of the masked text into sentences. A quote ending in . ! or ? ends
 *  its sentence when a capital or another quote follows. */
export function splitMaskedSentences(text: string, masked: string, quotes: Quote[], paragraphs: Span[], abbreviations: Set<string>): Sentence[] {
  const out: Sentence[] = [];
  const quoteEndingAt = new Map(quotes.map((q) => [q.close, q]));
  paragraphs.forEach((para, p) => {
    let start = para.start;
    const push = (end: number) => {
      let s = start;
      while (s < end && /\s/.test(masked[s])) s++;
      let e = end;
      while (e > s && /\s/.test(masked[e - 1])) e--;
      if (e > s) out.push({ start: s, end: e, paragraph: p });
      start = end;
    };
    for (let i = para.start; i < para.end; i++) {
      const c = masked[i];
      let boundary = -1;
      if (c === '.' || c === '!' || c === '?') {
        let j = i + 1;
        while (j < para.end && /["'”’)\]]/.test(masked[j])) j++;
        if (j < para.end && /\s/.test(masked[j])) {
          let k = j;
          while (k < para.end && /\s/.test(masked[k])) k++;
          const next = masked[k];
          const word = /([\p{L}.]+)$/u.exec(masked.slice(Math.max(para.start, i - 12), i))?.[1] ?? '';
          if (next && /[\p{Lu}\d"“█]/u.test(next) && !(c === '.' && isAbbreviation(word.replace(/^\.+/, ''), abbreviations))) boundary = j;
        }
      } else if (c === MASK && quoteEndingAt.has(i + 1)) {
        const q = quoteEndingAt.get(i + 1)!;
        const inner = text.slice(q.start, q.end).trimEnd();
        let k = i + 1;
        while (k < para.end && /\s/.test(masked[k])) k++;
        if (/[.!?]$/.test(inner) && k > i + 1 && k < para.end && /[\p{Lu}█]/u.test(masked[k])) boundary = i + 1;
      }
      if (boundary > 0) push(boundary);
    }
    push(para.end);
  });
  return out;
}

/** Paragraphs, quotes, the masked text and quote-aware sentences of a document. */
export function readQuoteText(text: string, abbreviations: Set<string>): QuoteText {
  const paragraphs = paragraphsOf(text);
  const quotes = findQuotes(text, paragraphs);
  const masked = maskQuotes(text, quotes);
  return { paragraphs, quotes, masked, sentences: splitMaskedSentences(text, masked, quotes, paragraphs, abbreviations) };
}
