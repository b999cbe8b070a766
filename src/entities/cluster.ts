/**
 * Clusters of mentions during cross-report resolution: a union-find over cluster ids where
 * every union keeps the rule and score that justified it.
 */
import type { EntityType, Mention } from '../core/types.ts';

/** One mention with where it came from. */
export interface Item {
  doc: string;
  index: number;
  m: Mention;
}

/** A group of mentions believed to name one actor. */
export interface Cluster {
  id: number;
  key: string;
  items: Item[];
  dictId?: string;
  /** A name only its own report can resolve ("the Kataib" beside two Kataibs): no spelling joins. */
  local?: boolean;
  /** Why this cluster joined its parent. */
  joined?: { rule: string; score?: number; note?: string };
}

/** Union-find over clusters; the survivor of a union is the one with a dictionary id, else the larger. */
export class Clusters {
  readonly all: Cluster[] = [];
  private parent: number[] = [];
  readonly byKey = new Map<string, Cluster>();

  get(key: string): Cluster {
    let c = this.byKey.get(key);
    if (!c) {
      c = { id: this.all.length, key, items: [] };
      this.all.push(c);
      this.parent.push(c.id);
      this.byKey.set(key, c);
    }
    return c;
  }

  find(c: Cluster): Cluster {
    let i = c.id;
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return this.all[i];
  }

  /** Joins b into a (or a into b when only b has a dictionary id); false if already one. */
  union(a: Cluster, b: Cluster, why: { rule: string; score?: number; note?: string }): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (ra.dictId && rb.dictId && ra.dictId !== rb.dictId) return false; // two known actors never merge by rule
    if (!ra.dictId && (rb.dictId || rb.items.length > ra.items.length)) [ra, rb] = [rb, ra];
    this.parent[rb.id] = ra.id;
    rb.joined = why;
    return true;
  }

  /** Force-joins (an analyst's decision), even two dictionary actors. */
  force(a: Cluster, b: Cluster, why: { rule: string; note?: string }): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.parent[rb.id] = ra.id;
    rb.joined = why;
  }

  /** Root clusters with every member cluster. */
  groups(): Map<Cluster, Cluster[]> {
    const out = new Map<Cluster, Cluster[]>();
    for (const c of this.all) {
      const r = this.find(c);
      const list = out.get(r) ?? [];
      list.push(c);
      out.set(r, list);
    }
    return out;
  }
}

/** The type most mentions agree on, with strong rules (dictionary, title, given name) weighing more. */
export function voteType(items: Item[]): EntityType {
  const score: Record<EntityType, number> = { person: 0, organization: 0, location: 0, other: 0 };
  for (const { m } of items) {
    const r = m.why.rule;
    const w = m.dictId ? 5 : /title|given-name|surname|head-word|acronym-defined/.test(r) ? 3 : r.includes('capitalised') ? 0.5 : 1;
    score[m.type] += w;
  }
  score.other *= 0.5;
  return (Object.keys(score) as EntityType[]).sort((a, b) => score[b] - score[a])[0];
}
