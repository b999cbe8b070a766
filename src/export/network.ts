/**
 * The actor network as plain nodes and edges, shared by the GraphML and GEXF exports, the
 * report's drawing and the web app: actors and places as nodes (sized by mentions), relations
 * as typed edges, and events as edges from each actor to each target.
 */
import type { Situation, SituationEntity } from '../core/types.ts';

export interface NetworkNode {
  id: string;
  label: string;
  type: string;
  subtype: string;
  mentions: number;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  /** A relation predicate (`backs`, `member_of`...) or `event`. */
  kind: string;
  /** The predicate or the event type, readable. */
  label: string;
  /** How many pieces of evidence support it. */
  weight: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** What the network needs: entities (with their mentions or just a count), relations, events. */
export interface NetworkInput {
  entities: Array<Pick<SituationEntity, 'id' | 'name' | 'type' | 'subtype'> & { mentions?: unknown[]; mentionCount?: number }>;
  relations: Situation['relations'];
  events: Situation['events'];
}

/** Builds the network. Places join only when an edge touches them, so actors stay in front. */
export function actorNetwork(s: NetworkInput): Network {
  const edges: NetworkEdge[] = [];
  for (const r of s.relations) {
    edges.push({ id: r.id, source: r.subject, target: r.object, kind: r.predicate, label: r.predicate.replace(/_/g, ' '), weight: r.evidence.length || 1 });
  }
  const seen = new Map<string, NetworkEdge>();
  for (const ev of s.events) {
    for (const a of ev.actors) {
      for (const t of ev.targets) {
        if (a === t) continue;
        const key = `${a}>${t}>${ev.type}`;
        const have = seen.get(key);
        if (have) have.weight++;
        else {
          const e: NetworkEdge = { id: `${ev.id}:${a}:${t}`, source: a, target: t, kind: 'event', label: ev.type, weight: 1 };
          seen.set(key, e);
          edges.push(e);
        }
      }
    }
  }
  const ids = new Set(s.entities.map((e) => e.id));
  const kept = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const touched = new Set(kept.flatMap((e) => [e.source, e.target]));
  const nodes = s.entities
    .filter((e) => touched.has(e.id) || e.type === 'person' || e.type === 'organization')
    .map((e) => ({ id: e.id, label: e.name, type: e.type, subtype: e.subtype ?? '', mentions: e.mentionCount ?? e.mentions?.length ?? 0 }));
  return { nodes, edges: kept };
}

/** Colour of each edge kind, the same in the report, the web app and the exports' viz data. */
export const EDGE_COLOURS: Record<string, string> = {
  backs: '#c0392b',
  member_of: '#2e86c1',
  part_of: '#5dade2',
  leads: '#8e44ad',
  succeeded: '#7f8c8d',
  located_in: '#27ae60',
  allied_with: '#d68910',
  opposes: '#1c2833',
  event: '#e67e22',
};

/** Escapes text for XML content and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // characters XML 1.0 forbids even escaped
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
