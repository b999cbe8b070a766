/**
 * Finds where sources disagree: opposing claims on one proposition (a group says its decision was
 * its own, sources say it came at Iran's request) and incompatible figures, dates or places for
 * one event. Each contradiction names its items and explains itself in one line.
 */
import type { SituationClaim, SituationContradiction, SituationEvent } from '../core/types.ts';
import type { BuildContext } from '../situation/context.ts';
import { loadClaimsLexicon } from './lexicon.ts';
import { eventConflicts } from './event-conflicts.ts';

const entitiesOf = (c: SituationClaim) => new Set([...(c.speaker ? [c.speaker] : []), ...c.about, ...(c.affiliation ?? [])]);
const speakerKey = (c: SituationClaim) => c.speaker ?? `text:${(c.speakerText ?? '').toLowerCase()}`;
const docsOf = (ctx: BuildContext, c: SituationClaim) => new Set(c.evidence.map((e) => ctx.originalOf.get(e.doc) ?? e.doc));

/** Opposing claims: for each claim, the best-matching claims on the other pole of its proposition. */
export function opposingClaims(ctx: BuildContext, claims: SituationClaim[]): SituationContradiction[] {
  const lex = loadClaimsLexicon().stance;
  const out: SituationContradiction[] = [];
  const seen = new Set<string>();
  for (const prop of lex.propositions) {
    const on = claims.filter((c) => c.stances?.some((s) => s.proposition === prop.id));
    const poleOf = (c: SituationClaim) => c.stances!.find((s) => s.proposition === prop.id)!;
    for (const c of on) {
      const ec = entitiesOf(c);
      let best: Array<{ d: SituationClaim; score: number }> = [];
      for (const d of on) {
        if (poleOf(d).pole === poleOf(c).pole || speakerKey(d) === speakerKey(c)) continue;
        const shared = [...entitiesOf(d)].filter((x) => ec.has(x)).length;
        const dc = docsOf(ctx, c);
        const sameReport = [...docsOf(ctx, d)].some((x) => dc.has(x));
        // two sides set against each other in one report need no shared name
        if (!shared && !sameReport) continue;
        const score = shared + (sameReport ? 0.5 : 0);
        if (!best.length || score > best[0].score) best = [{ d, score }];
        else if (score === best[0].score) best.push({ d, score });
      }
      for (const { d } of best) {
        const [a, b] = c.id < d.id ? [c, d] : [d, c];
        const key = `${a.id}|${b.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const pa = poleOf(a);
        const pb = poleOf(b);
        out.push({
          id: '',
          items: [a.id, b.id],
          kind: 'opposing-claims',
          note: `${prop.label}: ${a.speakerText ?? 'a source'} (${pa.pole}: "${pa.cue}") against ${b.speakerText ?? 'a source'} (${pb.pole}: "${pb.cue}")`,
        });
      }
    }
  }
  return out;
}

/** Every disagreement between sources, numbered `x1`, `x2`, ... */
export function findContradictions(ctx: BuildContext, events: SituationEvent[], claims: SituationClaim[]): SituationContradiction[] {
  const all = [...opposingClaims(ctx, claims), ...eventConflicts(ctx, events)];
  return all.map((c, i) => ({ ...c, id: `x${i + 1}` }));
}
