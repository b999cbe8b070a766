/**
 * The read routes of the JSON API under /api: thin look-ups over the cached situation index
 * and the store. Each handler returns the value to send; errors come from the catalogue.
 * Lists answer `{total, offset, items}` and take `?limit=` (default 200, at most 5000) and `?offset=`.
 */
import { SitrepError } from '../core/errors.ts';
import type { SituationClaim, SituationEvent } from '../core/types.ts';
import type { Store } from '../store/store.ts';
import { findEntityId, type SituationIndex } from './situation-index.ts';
import { documentView } from './document-view.ts';

/** What a read route gets: the index, the query string, path parameters and the store. */
export interface RouteContext {
  ix: SituationIndex;
  query: URLSearchParams;
  params: string[];
  store: Store;
}

export type ReadRoute = (ctx: RouteContext) => Promise<unknown> | unknown;

const trimPage = <T extends { evidence: unknown[] }>(p: { total: number; offset: number; items: T[] }) => ({ ...p, items: p.items.map(trimmed) });

/** A list page: `{total, offset, items}`. */
export function page<T>(items: T[], query: URLSearchParams): { total: number; offset: number; items: T[] } {
  const limit = clampInt(query.get('limit'), 200, 1, 5000);
  const offset = clampInt(query.get('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
  return { total: items.length, offset, items: items.slice(offset, offset + limit) };
}

/** Spans (and sources, reasons) a list item carries at most; the full item is at its own route. */
export const LIST_SPANS = 20;

/**
 * A copy of an event, claim or relation with its long arrays (evidence, sources, why,
 * casualtyText) cut to LIST_SPANS, and `evidenceTotal`/`sourcesTotal` giving the full counts.
 */
export function trimmed<T extends { evidence: unknown[] }>(item: T): T & { evidenceTotal: number } {
  const out: Record<string, unknown> = { ...item, evidenceTotal: item.evidence.length };
  const rec = item as unknown as Record<string, unknown>;
  if (Array.isArray(rec.sources)) out.sourcesTotal = rec.sources.length;
  for (const key of ['evidence', 'sources', 'why', 'casualtyText']) {
    const v = rec[key];
    if (Array.isArray(v) && v.length > LIST_SPANS) out[key] = v.slice(0, LIST_SPANS);
  }
  return out as T & { evidenceTotal: number };
}

function clampInt(v: string | null, dflt: number, min: number, max: number): number {
  if (v === null || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new SitrepError('bad-usage', `'${v}' is not a whole number`);
  return Math.min(max, Math.max(min, n));
}

function entityRef(ix: SituationIndex, ref: string): string {
  const id = findEntityId(ix, ref);
  if (!id) throw new SitrepError('no-such-item', `no entity with id or name '${ref}'`);
  return id;
}

/** `/api/events` filters: actor (in actors or targets, id or name), type, source (doc id or outlet). */
export function filterEvents(ix: SituationIndex, query: URLSearchParams): SituationEvent[] {
  let list = ix.situation.events;
  const actor = query.get('actor');
  if (actor) {
    const id = entityRef(ix, actor);
    list = (ix.eventsByEntity.get(id) ?? []).filter((e) => e.actors.includes(id) || e.targets.includes(id));
  }
  const type = query.get('type')?.toLowerCase();
  if (type) list = list.filter((e) => e.type.toLowerCase() === type || e.cameo === type);
  const source = query.get('source')?.toLowerCase();
  if (source) {
    list = list.filter((e) => {
      for (const d of ix.eventDocs.get(e.id) ?? []) if (d.toLowerCase() === source || ix.outletOf.get(d) === source) return true;
      return false;
    });
  }
  return list;
}

function filterClaims(ix: SituationIndex, query: URLSearchParams): SituationClaim[] {
  let list = ix.situation.claims;
  const speaker = query.get('speaker');
  if (speaker) {
    const id = entityRef(ix, speaker);
    list = list.filter((c) => c.speaker === id);
  }
  const about = query.get('about');
  if (about) {
    const id = entityRef(ix, about);
    list = list.filter((c) => c.about.includes(id));
  }
  const kind = query.get('kind');
  if (kind) list = list.filter((c) => c.kind === kind);
  return list;
}

/** Names each item of a contradiction: `{kind, id, label}`. */
function describeItem(ix: SituationIndex, id: string) {
  const ev = ix.eventById.get(id);
  if (ev) return { kind: 'event', id, label: `${ev.type}${ev.date ? ` on ${ev.date}` : ''}${ev.killed != null ? `, ${ev.killed} killed` : ''}`, docs: [...(ix.eventDocs.get(id) ?? [])] };
  const c = ix.claimById.get(id);
  if (c) {
    const who = c.speaker ? ix.entityById.get(c.speaker)?.name : c.speakerText;
    return { kind: 'claim', id, label: `${who ?? 'unnamed'}: ${c.text}`, docs: [...new Set(c.evidence.map((s) => s.doc))] };
  }
  return { kind: 'unknown', id, label: id, docs: [] };
}

/** Every read route, keyed by `METHOD /path` with `:param` segments. */
export const READ_ROUTES: Record<string, ReadRoute> = {
  'GET /api/situation': ({ ix }) => ix, // sent from the pre-serialised JSON by the server
  'GET /api/version': ({ ix }) => ({ version: ix.version }),
  'GET /api/stats': ({ ix }) => {
    const s = ix.situation;
    return {
      version: ix.version,
      documents: s.documents.length,
      duplicates: s.documents.filter((d) => d.duplicateOf).length,
      entities: s.entities.length,
      relations: s.relations.length,
      events: s.events.length,
      claims: s.claims.length,
      contradictions: s.contradictions.length,
    };
  },
  'GET /api/entities': ({ ix, query }) => {
    const q = query.get('q')?.toLowerCase().trim();
    const type = query.get('type');
    let list = ix.entitySummaries;
    if (q) list = list.filter((e) => ix.namesOf.get(e.id)!.some((n) => n.includes(q)));
    if (type) list = list.filter((e) => e.type === type);
    return page([...list].sort((a, b) => b.mentionCount - a.mentionCount), query);
  },
  'GET /api/entities/:id': ({ ix, params, query }) => {
    const id = entityRef(ix, params[0]);
    const entity = ix.entityById.get(id)!;
    // each list capped (?limit=, default 200); `totals` says how many there are
    const limit = clampInt(query.get('limit'), 200, 1, 5000);
    const all = { relations: ix.relationsByEntity.get(id) ?? [], events: ix.eventsByEntity.get(id) ?? [], claims: ix.claimsByEntity.get(id) ?? [] };
    const totals = { relations: all.relations.length, events: all.events.length, claims: all.claims.length, mentions: entity.mentions.length };
    const relations = all.relations.slice(0, limit).map(trimmed);
    const events = all.events.slice(0, limit).map(trimmed);
    const claims = all.claims.slice(0, limit).map(trimmed);
    const docs = [...new Set(entity.mentions.map((m) => m.doc))];
    Object.assign(totals, { mentionDocs: docs.length });
    const related = new Set<string>();
    for (const r of relations) related.add(r.subject).add(r.object);
    for (const e of events) for (const x of [...e.actors, ...e.targets, ...e.locations]) related.add(x);
    for (const c of claims) for (const x of [c.speaker, ...c.about]) if (x) related.add(x);
    const names: Record<string, string> = {};
    for (const r of related) names[r] = ix.entityById.get(r)?.name ?? r;
    const shown = { ...entity, mentions: entity.mentions.slice(0, limit) };
    return { entity: shown, relations, events, claims, names, totals, mentionDocs: docs.slice(0, limit) };
  },
  'GET /api/events': ({ ix, query }) => trimPage(page(filterEvents(ix, query), query)),
  'GET /api/events/:id': ({ ix, params }) => {
    const ev = ix.eventById.get(params[0]);
    if (!ev) throw new SitrepError('no-such-item', `no event with id '${params[0]}'`);
    return ev;
  },
  'GET /api/relations': ({ ix, query }) => page(ix.situation.relations, query),
  'GET /api/claims': ({ ix, query }) => trimPage(page(filterClaims(ix, query), query)),
  'GET /api/contradictions': ({ ix, query }) =>
    page(ix.situation.contradictions.map((c) => ({ ...c, resolved: c.items.map((i) => describeItem(ix, i)) })), query),
  'GET /api/documents': ({ ix, query }) =>
    page(ix.situation.documents.map(({ text: _text, ...rest }) => ({ ...rest, length: _text.length })), query),
  'GET /api/documents/:id': async ({ ix, params, store }) => {
    const doc = ix.documentById.get(params[0]);
    if (!doc) throw new SitrepError('no-such-item', `no document with id '${params[0]}'`);
    return documentView(ix, doc, await store.getDocument(doc.id));
  },
  'GET /api/search': async ({ query, store }) => {
    const q = query.get('q') ?? '';
    if (!q.trim()) throw new SitrepError('bad-usage', 'give a search text as ?q=');
    const limit = clampInt(query.get('limit'), 20, 1, 200);
    const hits = await store.search(q, limit);
    return { query: q, total: hits.length, items: hits };
  },
};

/** Finds the route for a method and path: the handler and the path parameters. */
export function matchRoute<T>(routes: Record<string, T>, method: string, path: string): { handler: T; params: string[] } | 'wrong-method' | null {
  const parts = path.split('/').filter(Boolean);
  let methodMismatch = false;
  for (const [key, handler] of Object.entries(routes)) {
    const [m, pattern] = key.split(' ');
    const pp = pattern.split('/').filter(Boolean);
    if (pp.length !== parts.length) continue;
    const params: string[] = [];
    let ok = true;
    for (let i = 0; i < pp.length && ok; i++) {
      if (pp[i].startsWith(':')) {
        try {
          params.push(decodeURIComponent(parts[i]));
        } catch {
          ok = false;
        }
      } else ok = pp[i] === parts[i];
    }
    if (!ok) continue;
    if (m !== method && !(m === 'GET' && method === 'HEAD')) {
      methodMismatch = true;
      continue;
    }
    return { handler, params };
  }
  return methodMismatch ? 'wrong-method' : null;
}
