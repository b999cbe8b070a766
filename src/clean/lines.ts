/** Splits raw text into lines with their offsets and the features furniture rules look at. */

/** One line of the raw text. */
export interface Line {
  /** Offset of the first character in the raw text. */
  start: number;
  /** Offset just past the last character, before the newline. */
  end: number;
  /** The line with surrounding whitespace and a leading bullet set aside. */
  body: string;
  /** Offset of `body` in the raw text. */
  bodyStart: number;
  /** Whether the line began with a list bullet (•, ·, ▪, -, *). */
  bullet: boolean;
  words: number;
  blank: boolean;
}

const BULLET = /^(\s*)([•·▪►●◦*]|[-–](?=\s))\s*/;

/** The lines of a text; `\r` before a newline stays part of the line as whitespace. */
export function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= raw.length) {
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    out.push(makeLine(raw, start, end));
    if (end >= raw.length) break;
    start = end + 1;
  }
  return out;
}

function makeLine(raw: string, start: number, end: number): Line {
  const text = raw.slice(start, end);
  const b = BULLET.exec(text);
  const lead = b ? b[0].length : text.length - text.trimStart().length;
  const body = text.slice(lead).trimEnd();
  return { start, end, body, bodyStart: start + lead, bullet: !!b, words: countWords(body), blank: body.length === 0 };
}

/** Words in a trimmed string (runs of non-space characters). */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * A line shaped like a headline or sub-heading: short, no sentence-final punctuation.
 * Sub-headings inside a story look like this too; callers decide from context.
 */
export function isHeadlineLike(body: string, maxWords = 15): boolean {
  if (!body) return false;
  const words = body.split(/\s+/).length;
  return words <= maxWords && !/[.!?…,;:"”]$/.test(body);
}

/** A key under which repeated lines compare equal (case and spacing ignored). */
export const lineKey = (body: string): string => body.toLowerCase().replace(/\s+/g, ' ').trim();
