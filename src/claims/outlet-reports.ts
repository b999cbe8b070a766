/**
 * The outlet's own word on a disputed event. When sources disagree about an attack (incompatible
 * tolls, or a claim that it did not happen where others put it), a report that states the toll or
 * the place in its own voice ("The attack on Tower 22 in Jordan killed three soldiers.") takes a
 * side too. Such unattributed sentences of the disputed event become claims by the outlet, so
 * the disagreement can name them.
 */
import type { DocSpan, SituationClaim, SituationEntity, SituationEvent } from '../core/types.ts';
import type { BuildContext } from '../situation/context.ts';
import { independentSources } from '../situation/context.ts';
import { claimFigure, eventsOfClaims, NEGATED_PLACE, placedIn } from './claim-conflicts.ts';
import { eventConflicts, PHYSICAL } from './event-conflicts.ts';
import { outletEntity } from './collect.ts';

const overlaps = (a: DocSpan, b: DocSpan) => a.doc === b.doc && a.start < b.end && b.start < a.end;

function groupByDoc<T extends DocSpan>(spans: T[]): Map<string, T[]> {
  const byDoc = new Map<string, T[]>();
  for (const sp of spans) {
    const list = byDoc.get(sp.doc);
    if (list) list.push(sp);
    else byDoc.set(sp.doc, [sp]);
  }
  return byDoc;
}

/** Claims by the outlet for the unattributed sentences that state a disputed event's toll or place. */
export function outletReports(ctx: BuildContext, events: SituationEvent[], claims: SituationClaim[], entities: SituationEntity[]): SituationClaim[] {
  const physical = events.filter((e) => PHYSICAL.test(e.cameo));
  const told = eventsOfClaims(claims, physical);
  const countByEvent = new Set(eventConflicts(ctx, physical).filter((x) => x.kind === 'count').map((x) => x.items[0]));
  const placeDenied = new Set(claims.filter((c) => NEGATED_PLACE.test(c.text)).flatMap((c) => (told.get(c.id) ?? []).map((e) => e.id)));
  const countries = new Map(entities.filter((e) => e.type === 'location' && e.subtype === 'country').map((e) => [e.id, e]));
  const claimSpansByDoc = groupByDoc(claims.flatMap((c) => c.evidence));
  const mentionsByDoc = groupByDoc(entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e.id }))));
  const entityOrder = new Map(entities.map((e, i) => [e.id, i]));
  const out: SituationClaim[] = [];
  const seen = new Set<string>();
  for (const ev of physical) {
    const disputedToll = countByEvent.has(ev.id);
    const disputedPlace = placeDenied.has(ev.id);
    if (!disputedToll && !disputedPlace) continue;
    for (const sp of ev.evidence) {
      const key = `${sp.doc}:${sp.start}`;
      const doc = ctx.docById.get(sp.doc);
      if (!doc || seen.has(key) || ctx.originalOf.has(sp.doc) || (claimSpansByDoc.get(sp.doc) ?? []).some((e) => overlaps(e, sp))) continue;
      seen.add(key);
      const text = doc.text.slice(sp.start, sp.end).replace(/\s+/g, ' ').trim();
      const inside = new Set((mentionsByDoc.get(sp.doc) ?? []).filter((m) => m.start >= sp.start && m.end <= sp.end).map((m) => m.entity));
      const about = [...inside].sort((a, b) => entityOrder.get(a)! - entityOrder.get(b)!);
      const outlet = doc.meta.outlet.value;
      const speaker = outletEntity(entities, outlet);
      const claim: SituationClaim = {
        id: '',
        speaker,
        speakerText: outlet ?? 'the report',
        text,
        about: about.filter((x) => x !== speaker),
        kind: 'statement',
        evidence: [{ ...sp }],
        form: 'outlet-report',
        why: [{ rule: 'claim:outlet-report', note: `the report's own sentence on a disputed ${ev.type} (${ev.id})` }],
      };
      const states = (disputedToll && (claimFigure(text, 'killed') || claimFigure(text, 'wounded'))) || (disputedPlace && placedIn(claim, countries).length === 1);
      if (!states) continue;
      claim.sources = independentSources(ctx, [sp.doc]);
      claim.singleSource = true;
      out.push(claim);
    }
  }
  return out.map((c, i) => ({ ...c, id: `c${claims.length + i + 1}` }));
}
