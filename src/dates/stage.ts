/** Stage `30-timexes`: date expressions resolved against the report's publication date. */
import type { Stage } from '../core/pipeline.ts';
import type { Document, Span, Timex } from '../core/types.ts';
import { findTimexes } from './extract.ts';
import { resolveTimexes, type DateAnchor } from './resolve.ts';

/** The timexes of a document resolved against an anchor (its own publication date by default). */
export function timexesOf(doc: Document, anchor: DateAnchor = { published: doc.meta.published.value }): Timex[] {
  const sentences = (doc.layers.sentences as Span[] | undefined) ?? [{ start: 0, end: doc.text.length }];
  return resolveTimexes(doc.text, findTimexes(doc.text, sentences), anchor);
}

/** Assigns `timexes`. */
export const timexesStage: Stage = {
  name: '30-timexes',
  version: 3,
  requires: ['sentences'],
  assigns: 'timexes',
  run: (doc) => timexesOf(doc),
};
