/**
 * The situation held in memory with the lookups the API needs (by id, by entity, by source),
 * rebuilt only when the store's version changes. This keeps every read route to a few map
 * look-ups, whatever the size of the store.
 */
import type {
  Situation,
  SituationClaim,
  SituationEntity,
  SituationEvent,
  SituationDocument,
  SituationRelation,
} from '../core/types.ts';

/** An entity as listed: no mention spans, just their count. */
export interface EntitySummary {
  id: string;
  name: string;
  type: SituationEntity['type'];
  subtype?: string;
  code?: string;
  aliases: string[];
  mentionCount: number;
  lat?: number;
  lon?: number;
}

/** The facts with spans in one document. */
export interface DocFacts {
  entities: SituationEntity[];
  events: SituationEvent[];
  claims: SituationClaim[];
  relations: SituationRelation[];
}

/** Lookups over one situation. */
export interface SituationIndex {
  version: number;
  situation: Situation;
  /** The export serialised once, on first use, for `/api/situation`. */
  json(): string;
  /** Which entities, events, claims and relations each document holds spans of (built on first use). */
  byDoc(docId: string): DocFacts;
  entityById: Map<string, SituationEntity>;
  eventById: Map<string, SituationEvent>;
  claimById: Map<string, SituationClaim>;
  relationById: Map<string, SituationRelation>;
  documentById: Map<string, SituationDocument>;
  entitySummaries: EntitySummary[];
  /** Lower-cased name and aliases of each entity, for `?q=` and name look-ups. */
  namesOf: Map<string, string[]>;
  /** Lower-cased name or alias to entity id (the most mentioned entity wins a shared alias). */
  idByName: Map<string, string>;
  eventsByEntity: Map<string, SituationEvent[]>;
  claimsByEntity: Map<string, SituationClaim[]>;
  relationsByEntity: Map<string, SituationRelation[]>;
  /** Every document an event is told by (evidence and folded sources). */
  eventDocs: Map<string, Set<string>>;
  /** Outlet (lower case) of each document id. */
  outletOf: Map<string, string>;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) {
    if (list[list.length - 1] !== v) list.push(v);
  } else m.set(k, [v]);
};

/** Builds the lookups over a situation. */
export function indexSituation(situation: Situation, version: number): SituationIndex {
  const entityById = new Map(situation.entities.map((e) => [e.id, e]));
  const namesOf = new Map(situation.entities.map((e) => [e.id, [e.name, ...e.aliases].map((n) => n.toLowerCase())]));
  const idByName = new Map<string, string>();
  for (const e of [...situation.entities].sort((a, b) => b.mentions.length - a.mentions.length)) {
    for (const n of namesOf.get(e.id)!) if (!idByName.has(n)) idByName.set(n, e.id);
  }
  const eventsByEntity = new Map<string, SituationEvent[]>();
  const eventDocs = new Map<string, Set<string>>();
  for (const ev of situation.events) {
    for (const id of [...ev.actors, ...ev.targets, ...ev.locations]) push(eventsByEntity, id, ev);
    eventDocs.set(ev.id, new Set([...ev.evidence.map((s) => s.doc), ...(ev.sources ?? [])]));
  }
  const claimsByEntity = new Map<string, SituationClaim[]>();
  for (const c of situation.claims) {
    for (const id of [c.speaker, ...c.about]) if (id) push(claimsByEntity, id, c);
  }
  const relationsByEntity = new Map<string, SituationRelation[]>();
  for (const r of situation.relations) {
    push(relationsByEntity, r.subject, r);
    push(relationsByEntity, r.object, r);
  }
  let json: string | null = null;
  let docIndex: Map<string, DocFacts> | null = null;
  return {
    version,
    situation,
    json: () => (json ??= JSON.stringify(situation)),
    byDoc: (docId) => {
      docIndex ??= indexByDoc(situation);
      return docIndex.get(docId) ?? { entities: [], events: [], claims: [], relations: [] };
    },
    entityById,
    eventById: new Map(situation.events.map((e) => [e.id, e])),
    claimById: new Map(situation.claims.map((c) => [c.id, c])),
    relationById: new Map(situation.relations.map((r) => [r.id, r])),
    documentById: new Map(situation.documents.map((d) => [d.id, d])),
    entitySummaries: situation.entities.map(summarize),
    namesOf,
    idByName,
    eventsByEntity,
    claimsByEntity,
    relationsByEntity,
    eventDocs,
    outletOf: new Map(situation.documents.map((d) => [d.id, (d.outlet ?? '').toLowerCase()])),
  };
}

function indexByDoc(s: Situation): Map<string, DocFacts> {
  const m = new Map<string, DocFacts>();
  const at = (doc: string) => {
    let f = m.get(doc);
    if (!f) m.set(doc, (f = { entities: [], events: [], claims: [], relations: [] }));
    return f;
  };
  const add = <T>(list: keyof DocFacts, item: T, spans: Array<{ doc: string }>) => {
    for (const doc of new Set(spans.map((x) => x.doc))) (at(doc)[list] as T[]).push(item);
  };
  for (const e of s.entities) add('entities', e, e.mentions);
  for (const e of s.events) add('events', e, e.evidence);
  for (const c of s.claims) add('claims', c, c.evidence);
  for (const r of s.relations) add('relations', r, r.evidence);
  return m;
}

function summarize(e: SituationEntity): EntitySummary {
  const s: EntitySummary = { id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentionCount: e.mentions.length };
  if (e.subtype) s.subtype = e.subtype;
  if (e.code) s.code = e.code;
  if (typeof e.lat === 'number' && typeof e.lon === 'number') {
    s.lat = e.lat;
    s.lon = e.lon;
  }
  return s;
}

/** Resolves an entity given by id or by (case-insensitive) name or alias. */
export function findEntityId(ix: SituationIndex, ref: string): string | null {
  if (ix.entityById.has(ref)) return ref;
  return ix.idByName.get(ref.toLowerCase()) ?? null;
}

/**
 * Keeps one index per store version. Concurrent requests during a rebuild share one build,
 * so a burst after an ingest builds the situation once.
 */
export class SituationCache {
  private current: SituationIndex | null = null;
  private pending: { version: number; promise: Promise<SituationIndex> } | null = null;

  constructor(
    private readonly version: () => Promise<number>,
    private readonly load: () => Promise<Situation>,
  ) {}

  /** The index for the store as it is now. */
  async get(): Promise<SituationIndex> {
    const v = await this.version();
    if (this.current && this.current.version === v) return this.current;
    if (this.pending && this.pending.version === v) return this.pending.promise;
    const promise = this.load().then((s) => indexSituation(s, v));
    this.pending = { version: v, promise };
    try {
      const ix = await promise;
      if (!this.current || this.current.version <= v) this.current = ix;
      return ix;
    } finally {
      if (this.pending?.promise === promise) this.pending = null;
    }
  }
}
