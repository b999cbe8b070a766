/**
 * Re-dates reports without a publication date before the situation is built: each gets the
 * date inferred from the story (provenance `inferred-from-story`), and its relative dates and
 * event dates are resolved again against it.
 */
import type { Document, Mention, Span } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';
import { timexesOf } from '../dates/stage.ts';
import { extractEvents } from './extract.ts';
import { datelineDay, inferPublished, storyEvents, storyYearOf } from './published.ts';

function redated(d: Document, published: string | null, storyYear: number | null, note: string): Document {
  const meta = published ? { ...d.meta, published: { value: published, how: { rule: 'inferred-from-story', note } } } : d.meta;
  const doc: Document = { ...d, meta, layers: { ...d.layers } };
  const timexes = timexesOf(doc, { published, storyYear });
  doc.layers.timexes = timexes;
  doc.layers.events = extractEvents(d.text, (d.layers.sentences as Span[]) ?? [], (d.layers.mentions as Mention[]) ?? [], timexes, published, datelineDay(d.raw ?? '', published));
  return doc;
}

/** The context with undated reports re-dated (dated reports are left as they are). */
export function redateDocuments(ctx: BuildContext, ents: EntityResolution): BuildContext {
  const undated = ctx.docs.filter((d) => !d.meta.published.value && d.layers.sentences);
  if (!undated.length) return ctx;
  const storyYear = storyYearOf(ctx.docs);
  const replaced = new Map<string, Document>();
  const story = storyEvents(ctx, ents);
  for (const d of undated) {
    const inf = inferPublished(ctx, ents, d, storyYear, story);
    replaced.set(d.id, redated(d, inf.value, storyYear, inf.note));
  }
  const docs = ctx.docs.map((d) => replaced.get(d.id) ?? d);
  return { ...ctx, docs, docById: new Map(docs.map((d) => [d.id, d])) };
}
