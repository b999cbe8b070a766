/**
 * Test fixtures for the event, date and relation tests: a Document built from our own sentences
 * with mentions found by a small name table, and an entity resolution that links mentions by name.
 */
import { buildContext } from '../situation/build.ts';
import { plainDocument } from '../core/document.ts';
import type { Document, EntityType, Mention, SituationEntity } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';
import { splitSentences } from '../nlp/sentences.ts';
import { timexesOf } from '../dates/stage.ts';
import { extractEvents } from './extract.ts';
import { datelineDay } from './published.ts';
import { extractRelations } from '../relations/extract.ts';

/** Name → [type, subtype, actor code]: what the fixtures recognise as names. */
export type NameTable = Record<string, [EntityType, string, string?]>;

/** Mentions of every table name in `text`, longest names first, never overlapping. */
export function findNames(text: string, names: NameTable): Mention[] {
  const out: Mention[] = [];
  for (const n of Object.keys(names).sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      const e = i + n.length;
      if ((i > 0 && /\w/.test(text[i - 1])) || (e < text.length && /\w/.test(text[e]))) continue;
      if (out.some((m) => i < m.end && e > m.start)) continue;
      out.push({ start: i, end: e, text: n, name: n, type: names[n][0], subtype: names[n][1], why: { rule: 'fixture' } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A fully analysed fixture document (sentences, mentions, timexes, events, relations). */
export function fixtureDoc(id: string, text: string, published: string | null, names: NameTable): Document {
  const doc = plainDocument(id, text, { published, rule: 'fixture' });
  doc.layers.sentences = splitSentences(text);
  doc.layers.mentions = findNames(text, names);
  doc.layers.timexes = timexesOf(doc);
  doc.layers.events = extractEvents(text, doc.layers.sentences, doc.layers.mentions, doc.layers.timexes, published, datelineDay(text, published));
  doc.layers.relations = extractRelations(text, doc.layers.sentences, doc.layers.mentions);
  return doc;
}

/** A build context over fixture documents; `copies` maps a republished copy to its original. */
export function fixtureContext(docs: Document[], copies: Record<string, string> = {}): BuildContext {
  const duplicates = Object.entries(copies).map(([docId, ofId]) => ({ docId, ofId, score: 1, rule: 'fixture' }));
  return buildContext({ docs, duplicates, decisions: [], resources: {} });
}

/** Entity resolution by name: one entity per distinct mention name, typed from the table. */
export function resolveByName(ctx: BuildContext, names: NameTable): EntityResolution {
  const entities = new Map<string, SituationEntity>();
  const idOf = (n: string) => `e-${n.toLowerCase().replace(/\W+/g, '-')}`;
  for (const [n, [type, subtype, code]] of Object.entries(names)) {
    entities.set(idOf(n), { id: idOf(n), name: n, type, subtype, aliases: [n], mentions: [], ...(code ? { code } : {}) });
  }
  return {
    entities: [...entities.values()],
    entityOf: (docId, i) => {
      const m = (ctx.docById.get(docId)?.layers.mentions as Mention[] | undefined)?.[i];
      return m ? idOf(m.name) : null;
    },
  };
}
