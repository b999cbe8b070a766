/**
 * Turns a per-character removal mask over the raw text into the cleaned text, the offset map
 * (runs of characters copied verbatim) and the list of removals with their reasons.
 * Every character of the cleaned text is a character of the raw text: nothing is synthesised.
 */
import type { OffsetRun, Removal } from '../core/types.ts';
import type { Line } from './lines.ts';

/** Reason code 0 keeps a character; 1 marks whitespace tidied away; others index `reasons`. */
export const KEEP = 0;
export const WHITESPACE = 1;

/** Per raw character: 0 keep, else an index into `reasons`. */
export interface Mask {
  codes: Uint16Array;
  reasons: string[];
}

/** A mask that keeps every character. */
export function newMask(length: number): Mask {
  return { codes: new Uint16Array(length), reasons: ['keep', 'whitespace'] };
}

/** Marks `[start, end)` of the raw text as removed for `reason` (characters already marked stay so). */
export function mark(mask: Mask, start: number, end: number, reason: string): void {
  let code = mask.reasons.indexOf(reason);
  if (code < 0) code = mask.reasons.push(reason) - 1;
  const c = mask.codes;
  for (let i = Math.max(0, start); i < end && i < c.length; i++) if (c[i] === KEEP) c[i] = code;
}

const isSpace = (ch: number) => ch === 32 || ch === 9 || ch === 13 || ch === 10 || ch === 0xa0 || ch === 0xfeff || (ch >= 0x2000 && ch <= 0x200b) || ch === 0x3000;

/** The cleaned text with its offset map and removals. */
export interface Assembled {
  text: string;
  offsets: OffsetRun[];
  removed: Removal[];
}

/**
 * Tidies whitespace (each kept line trimmed; one blank line where lines or blank lines were
 * dropped between two kept lines) and builds text, offsets and removals.
 */
export function assemble(raw: string, lines: Line[], mask: Mask): Assembled {
  const c = mask.codes;
  const content: number[] = [];
  for (let li = 0; li < lines.length; li++) {
    const { start, end } = lines[li];
    let first = -1;
    let last = -1;
    for (let i = start; i < end; i++) {
      if (c[i] === KEEP && !isSpace(raw.charCodeAt(i))) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first < 0) {
      for (let i = start; i < end; i++) if (c[i] === KEEP) c[i] = WHITESPACE;
    } else {
      for (let i = start; i < first; i++) if (c[i] === KEEP) c[i] = WHITESPACE;
      for (let i = last + 1; i < end; i++) if (c[i] === KEEP) c[i] = WHITESPACE;
      content.push(li);
    }
    if (end < raw.length) c[end] = WHITESPACE; // the newline, decided below
  }
  // Newlines between kept lines: one for adjacent lines, two (a paragraph break) across a gap.
  for (let k = 0; k + 1 < content.length; k++) {
    const a = content[k];
    const b = content[k + 1];
    c[lines[a].end] = KEEP;
    if (b > a + 1) c[lines[b - 1].end] = KEEP;
  }
  return build(raw, mask);
}

function build(raw: string, mask: Mask): Assembled {
  const c = mask.codes;
  const offsets: OffsetRun[] = [];
  const removed: Removal[] = [];
  const parts: string[] = [];
  let textPos = 0;
  let i = 0;
  while (i < c.length) {
    const j0 = i;
    if (c[i] === KEEP) {
      while (i < c.length && c[i] === KEEP) i++;
      offsets.push({ text: textPos, raw: j0, length: i - j0 });
      parts.push(raw.slice(j0, i));
      textPos += i - j0;
      continue;
    }
    // A stretch of removed characters: split by reason, tidied whitespace joining its neighbour.
    while (i < c.length && c[i] !== KEEP) i++;
    let pieceStart = j0;
    let reason = -1;
    for (let k = j0; k < i; k++) {
      const code = c[k];
      if (code === WHITESPACE || code === reason) continue;
      if (reason < 0) reason = code;
      else {
        removed.push({ start: pieceStart, end: k, reason: mask.reasons[reason] });
        pieceStart = k;
        reason = code;
      }
    }
    removed.push({ start: pieceStart, end: i, reason: reason < 0 ? 'whitespace' : mask.reasons[reason] });
  }
  return { text: parts.join(''), offsets, removed };
}
