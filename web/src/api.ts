/**
 * The web app's view of the JSON API (docs/api.md): typed fetch helpers and the data every
 * view shares, loaded once per store version.
 */
import type {
  SituationClaim,
  SituationContradiction,
  SituationDocument,
  SituationEntity,
  SituationEvent,
  SituationRelation,
} from '../../src/core/types.ts';

export type { SituationClaim, SituationEntity, SituationEvent, SituationRelation, SituationDocument };

/** An entity as listed by /api/entities (the server's own type). */
export type { EntitySummary } from '../../src/server/situation-index.ts';
import type { EntitySummary } from '../../src/server/situation-index.ts';

export type DocumentSummary = Omit<SituationDocument, 'text'> & { length: number };

export interface ResolvedItem {
  kind: 'event' | 'claim' | 'unknown';
  id: string;
  label: string;
  docs: string[];
}

export type Contradiction = SituationContradiction & { resolved: ResolvedItem[] };

export interface Page<T> {
  total: number;
  items: T[];
}

/** Everything the overview views draw from. */
export interface SharedData {
  version: number;
  entities: EntitySummary[];
  events: SituationEvent[];
  relations: SituationRelation[];
  claims: SituationClaim[];
  contradictions: Contradiction[];
  documents: DocumentSummary[];
  entityById: Map<string, EntitySummary>;
  documentById: Map<string, DocumentSummary>;
}

/** A JSON error from the API, with its catalogue code. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** GETs or POSTs JSON; API errors become ApiError with the server's message. */
export async function api<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, body === undefined ? undefined : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, json?.error?.code ?? 'error', json?.error?.message ?? `HTTP ${res.status}`);
  return json as T;
}

/** Loads the shared lists in parallel. */
export async function loadShared(version: number): Promise<SharedData> {
  const L = '?limit=5000';
  const [entities, events, relations, claims, contradictions, documents] = await Promise.all([
    api<Page<EntitySummary>>('/api/entities' + L),
    api<Page<SituationEvent>>('/api/events' + L),
    api<Page<SituationRelation>>('/api/relations' + L),
    api<Page<SituationClaim>>('/api/claims' + L),
    api<Page<Contradiction>>('/api/contradictions' + L),
    api<Page<DocumentSummary>>('/api/documents' + L),
  ]);
  return {
    version,
    entities: entities.items,
    events: events.items,
    relations: relations.items,
    claims: claims.items,
    contradictions: contradictions.items,
    documents: documents.items,
    entityById: new Map(entities.items.map((e) => [e.id, e])),
    documentById: new Map(documents.items.map((d) => [d.id, d])),
  };
}

/** The documents an event or claim is told by. */
export const docsOf = (x: { evidence: Array<{ doc: string }>; sources?: string[] }): string[] => [
  ...new Set([...x.evidence.map((s) => s.doc), ...(x.sources ?? [])]),
];

/** An entity's name, or its id when unknown. */
export const nameOf = (d: SharedData, id: string | null | undefined): string => (id ? d.entityById.get(id)?.name ?? id : '');
