/**
 * Points every duplicate at the original of its group: the earliest-published document when
 * every member has a date, else the earliest ingested (an undated copy cannot be placed). A copy ingested before its original
 * (files read out of order) is turned round here, when the situation is built.
 */
import type { Document } from '../core/types.ts';
import type { DuplicateLink } from '../store/store.ts';

/** Duplicate links regrouped so that each copy points at its group's original. */
export function orientDuplicates(docs: Document[], links: DuplicateLink[]): DuplicateLink[] {
  if (!links.length) return links;
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const published = new Map(docs.map((d) => [d.id, d.meta?.published?.value ?? null]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const l of links) {
    for (const x of [l.docId, l.ofId]) if (!parent.has(x)) parent.set(x, x);
    parent.set(find(l.docId), find(l.ofId));
  }
  const groups = new Map<string, string[]>();
  for (const x of parent.keys()) {
    const r = find(x);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(x);
  }
  const ingested = (a: string, b: string) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity);
  const byDate = (a: string, b: string) => {
    const pa = published.get(a)!;
    const pb = published.get(b)!;
    return pa !== pb ? (pa < pb ? -1 : 1) : ingested(a, b);
  };
  const asCopy = new Map(links.map((l) => [l.docId, l]));
  const asOriginal = new Map(links.map((l) => [l.ofId, l]));
  const linkOf = (id: string) => asCopy.get(id) ?? asOriginal.get(id)!;
  const out: DuplicateLink[] = [];
  for (const members of groups.values()) {
    const allDated = members.every((m) => published.get(m));
    const original = [...members].sort(allDated ? byDate : ingested)[0];
    for (const m of members) {
      if (m === original) continue;
      const l = linkOf(m);
      const turned = l.docId !== m || l.ofId !== original;
      out.push({ docId: m, ofId: original, score: l.score, rule: turned ? `${l.rule}, pointed at the earliest published` : l.rule });
    }
  }
  return out;
}
