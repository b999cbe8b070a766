/** Reads a report's title, outlet and publication date, recording how each was determined. */
import type { Determined, DocumentMeta, RawReport } from '../core/types.ts';

const from = <T>(value: T | undefined, rule: string): Determined<T> =>
  value ? { value, how: { rule } } : { value: null, how: null };

export function readMetadata(report: RawReport, _text: string): DocumentMeta {
  const h = report.hints;
  return {
    title: from(h.title, h.how?.title ?? 'hint'),
    outlet: from(h.outlet, h.how?.outlet ?? 'hint'),
    published: from(h.published, h.how?.published ?? 'hint'),
    url: h.url ?? null,
    dateline: null,
  };
}
