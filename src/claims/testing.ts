/** Test helpers (not used by the pipeline): documents and mentions built from our own sentences. */
import { buildContext } from '../situation/build.ts';
import { plainDocument } from '../core/document.ts';
import type { Document, EntityType, Mention } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';

/** Mentions of each listed name wherever it occurs, in text order. */
export function mentionsFor(text: string, names: Array<[string, EntityType, string?]>): Mention[] {
  const out: Mention[] = [];
  for (const [name, type, subtype] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (out.some((m) => at < m.end && m.start < at + name.length)) continue;
      out.push({ start: at, end: at + name.length, text: name, name, type, ...(subtype ? { subtype } : {}), why: { rule: 'test' } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A document with the given text, mentions and metadata. */
export function docOf(id: string, text: string, opts: { names?: Array<[string, EntityType, string?]>; outlet?: string; published?: string } = {}): Document {
  const doc = plainDocument(id, text, { outlet: opts.outlet, published: opts.published, rule: 'test' });
  doc.layers.mentions = mentionsFor(text, opts.names ?? []);
  return doc;
}

/** A build context over documents; `copies` maps a republished copy to its original. */
export function contextOf(docs: Document[], copies: Record<string, string> = {}): BuildContext {
  const duplicates = Object.entries(copies).map(([docId, ofId]) => ({ docId, ofId, score: 1, rule: 'fixture' }));
  return buildContext({ docs, duplicates, decisions: [], resources: {} });
}

/** Entity resolution by name: every mention of the same name is one entity `e:<name>`. */
export function entitiesByName(docs: Document[]): EntityResolution {
  const ids = new Map<string, { name: string; type: EntityType }>();
  for (const d of docs) for (const m of d.layers.mentions ?? []) ids.set(`e:${m.name}`, { name: m.name, type: m.type });
  return {
    entities: [...ids].map(([id, e]) => ({ id, name: e.name, type: e.type, aliases: [e.name], mentions: [] })),
    entityOf: (docId, i) => {
      const m = docs.find((d) => d.id === docId)?.layers.mentions?.[i];
      return m ? `e:${m.name}` : null;
    },
  };
}
