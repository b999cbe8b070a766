/**
 * Cleaning: removes page furniture from a report's raw text and keeps every sentence of the
 * story, with a map from cleaned offsets back to raw offsets and the reason for each removal.
 *
 * Two passes over the lines: the line rules (rules.ts: metadata fields, date lines, datelines,
 * the patterns of data/clean/furniture.tsv) and the structural rules (structure.ts: repeated
 * lines, promo lists, trailing section headings). assemble.ts then tidies whitespace and
 * copies the kept characters verbatim.
 */
import type { OffsetRun, RawReport, Removal } from '../core/types.ts';
import { splitLines } from './lines.ts';
import { assemble, newMask } from './assemble.ts';
import { lineRules } from './rules.ts';
import { structureRules } from './structure.ts';

/** What cleaning returns: the text stages read, its map to the raw text, what went and why. */
export interface Cleaned {
  text: string;
  offsets: OffsetRun[];
  removed: Removal[];
}

/** Cleans one report's raw text. */
export function cleanReport(report: RawReport): Cleaned {
  return cleanText(report.raw);
}

/** Cleans a text (the raw text of a report). */
export function cleanText(raw: string): Cleaned {
  const lines = splitLines(raw);
  const mask = newMask(raw.length);
  const state = lineRules(raw, lines, mask);
  structureRules(lines, mask, state);
  return assemble(raw, lines, mask);
}

/** Maps a cleaned-text offset back to the raw text (the end of a span maps from `end - 1`). */
export function toRaw(offsets: OffsetRun[], textOffset: number): number | null {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = offsets[mid];
    if (textOffset < r.text) hi = mid - 1;
    else if (textOffset >= r.text + r.length) lo = mid + 1;
    else return r.raw + (textOffset - r.text);
  }
  return null;
}
