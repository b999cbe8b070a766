/** Building a Document by hand: for text analysed without ingestion (tests, fixtures, tools). */
import type { Determined, Document } from './types.ts';

export interface PlainDocumentOptions {
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  /** The rule recorded for each given metadata value. */
  rule?: string;
}

/** A document whose raw and cleaned text are the same, with only the metadata given and no layers. */
export function plainDocument(id: string, text: string, opts: PlainDocumentOptions = {}): Document {
  const rule = opts.rule ?? 'given';
  const given = (value: string | null | undefined): Determined<string> => (value ? { value, how: { rule } } : { value: null, how: null });
  return {
    id,
    source: `${id}.txt`,
    contentHash: id,
    format: 'text',
    raw: text,
    text,
    offsets: [{ text: 0, raw: 0, length: text.length }],
    removed: [],
    meta: { title: given(opts.title), outlet: given(opts.outlet), published: given(opts.published), url: null, dateline: null },
    layers: {},
  };
}
