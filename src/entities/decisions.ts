/**
 * An analyst's merge and split decisions (Store.addDecision), applied after the rules on every
 * build, so they survive re-ingestion. A merge names two entities by name or alias; a split
 * names an entity and the alias to take out of it, which becomes its own entity.
 */
import type { Decision } from '../store/store.ts';
import { Clusters, type Cluster } from './cluster.ts';
import { normText } from './fold.ts';

/** Names a dictionary id goes by (canonical name and aliases). */
export type DictNames = (dictId: string) => string[];

/** The root clusters holding a name (a mention's name or text, or a dictionary name), by folded text. */
function rootsNamed(cl: Clusters, name: string, dictNames: DictNames): Cluster[] {
  const want = normText(name);
  const out = new Set<Cluster>();
  for (const c of cl.all) {
    if (!c.items.length && !c.dictId) continue;
    const hit = c.items.some((i) => normText(i.m.name) === want || normText(i.m.text) === want) ||
      (c.dictId !== undefined && c.items.length > 0 && dictNames(c.dictId).some((n) => normText(n) === want));
    if (hit) out.add(cl.find(c));
  }
  return [...out];
}

/** Applies merges (forced unions) and splits (an alias's mentions moved to a new cluster), in order. */
export function applyDecisions(cl: Clusters, decisions: Decision[], dictNames: DictNames = () => []): void {
  for (const d of decisions) {
    if (d.kind === 'merge') {
      const a = rootsNamed(cl, d.a, dictNames);
      const b = rootsNamed(cl, d.b, dictNames);
      if (a.length && b.length) for (const x of [...a.slice(1), ...b]) cl.force(a[0], x, { rule: 'analyst-merge', note: d.note ?? `${d.a} = ${d.b}` });
    } else {
      const want = normText(d.b);
      const ent = rootsNamed(cl, d.a, dictNames);
      for (const root of ent) {
        const moved = [];
        for (const c of cl.all) {
          if (cl.find(c) !== root) continue;
          const keep = c.items.filter((i) => normText(i.m.name) !== want);
          if (keep.length !== c.items.length) moved.push(...c.items.filter((i) => normText(i.m.name) === want));
          c.items = keep;
        }
        if (!moved.length) continue;
        const fresh = cl.get(`split:${d.id ?? ''}:${want}:${root.id}`);
        fresh.items.push(...moved);
        fresh.joined = { rule: 'analyst-split', note: `${d.b} split from ${d.a}` };
      }
    }
  }
}
