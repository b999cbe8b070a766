/**
 * Gathers the relations read in each report into one list over resolved entities: the same
 * subject, predicate and object from several reports is one relation with evidence from each.
 * A subject or object named only by an adjective ("Iran-backed") is found in the entity list by name.
 * A symmetric relation (allied_with) is one relation whichever way a report told it, written with
 * the more often named actor first ("Kataib Hezbollah allied_with al-Nujaba" for "its ally Kataib Hezbollah").
 */
import type { RelationMention, SituationEntity, SituationRelation } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';
import { entityNameIndex } from '../events/cluster.ts';

/** Predicates that read the same both ways. */
const SYMMETRIC = new Set(['allied_with']);

/** Subject and object of a symmetric relation in a fixed order: most mentions first, then by name. */
function ordered(a: string, b: string, byId: Map<string, SituationEntity>): [string, string] {
  const x = byId.get(a);
  const y = byId.get(b);
  const nx = x?.mentions.length ?? 0;
  const ny = y?.mentions.length ?? 0;
  if (nx !== ny) return nx > ny ? [a, b] : [b, a];
  return (x?.name ?? a) <= (y?.name ?? b) ? [a, b] : [b, a];
}

/** One relation per (subject, predicate, object), evidence and reasons from every report. */
export function collectRelations(ctx: BuildContext, ents: EntityResolution): SituationRelation[] {
  const byName = entityNameIndex(ents);
  const byId = new Map(ents.entities.map((e) => [e.id, e]));
  const out = new Map<string, SituationRelation>();
  for (const d of ctx.docs) {
    for (const r of (d.layers.relations as RelationMention[] | undefined) ?? []) {
      let subject = r.subject >= 0 ? ents.entityOf(d.id, r.subject) : byName.get((r.subjectName ?? '').toLowerCase()) ?? null;
      let object = r.object >= 0 ? ents.entityOf(d.id, r.object) : byName.get((r.objectName ?? '').toLowerCase()) ?? null;
      if (!subject || !object || subject === object) continue;
      if (SYMMETRIC.has(r.predicate)) [subject, object] = ordered(subject, object, byId);
      const key = `${subject}|${r.predicate}|${object}`;
      let rel = out.get(key);
      if (!rel) {
        rel = { id: `rel${out.size + 1}`, subject, predicate: r.predicate, object, evidence: [], why: [] };
        out.set(key, rel);
      }
      for (const e of r.evidence) if (!rel.evidence.some((x) => x.doc === d.id && x.start === e.start && x.end === e.end)) rel.evidence.push({ doc: d.id, ...e });
      if (!rel.why!.some((w) => w.rule === r.why.rule)) rel.why!.push(r.why);
    }
  }
  return [...out.values()];
}
