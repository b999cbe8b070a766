/**
 * Finds where sources disagree: opposing claims on one proposition (a group says its decision was
 * its own, sources say it came at Iran's request) and incompatible figures, dates or places for
 * one event. Each contradiction names its items and explains itself in one line.
 */
import type { SituationClaim, SituationContradiction, SituationEntity, SituationEvent } from '../core/types.ts';
import type { BuildContext } from '../situation/context.ts';
import { loadClaimsLexicon } from './lexicon.ts';
import { eventConflicts } from './event-conflicts.ts';
import { claimConflicts } from './claim-conflicts.ts';
import { countriesInPhrase, partyOf, sidesOf } from './parties.ts';
import { rebuttals } from './rebuttals.ts';

const entitiesOf = (c: SituationClaim, party: (id: string) => string) =>
  new Set([...(c.speaker ? [c.speaker] : []), ...c.about, ...(c.affiliation ?? [])].map(party));
const speakerKey = (c: SituationClaim) => c.speaker ?? `text:${(c.speakerText ?? '').toLowerCase()}`;
const docsOf = (ctx: BuildContext, c: SituationClaim) => new Set(c.evidence.map((e) => ctx.originalOf.get(e.doc) ?? e.doc));

/** Whether `answer` is spoken by someone (or for a group) that `accusation` names. */
export function answersAccusation(
  accusation: SituationClaim,
  answer: SituationClaim,
  party: (id: string) => string = (x) => x,
  sides: (c: SituationClaim) => Set<string> = (c) => new Set([...(c.speaker ? [c.speaker] : []), ...(c.affiliation ?? [])].map(party)),
): boolean {
  const named = new Set(accusation.about.map(party));
  return [...sides(answer)].some((x) => named.has(x));
}

/** Opposing claims: for each claim, the best-matching claims on the other pole of its proposition. */
export function opposingClaims(
  ctx: BuildContext,
  claims: SituationClaim[],
  party: (id: string) => string = (x) => x,
  sides?: (c: SituationClaim) => Set<string>,
): SituationContradiction[] {
  const lex = loadClaimsLexicon().stance;
  const out: SituationContradiction[] = [];
  const seen = new Set<string>();
  for (const prop of lex.propositions) {
    const on = claims.filter((c) => c.stances?.some((s) => s.proposition === prop.id));
    const poleOf = (c: SituationClaim) => c.stances!.find((s) => s.proposition === prop.id)!;
    for (const c of on) {
      const ec = entitiesOf(c, party);
      let best: Array<{ d: SituationClaim; score: number }> = [];
      for (const d of on) {
        if (poleOf(d).pole === poleOf(c).pole || speakerKey(d) === speakerKey(c)) continue;
        const [accusing, answering] = poleOf(c).pole === prop.accusedAnswers ? [c, d] : [d, c];
        if (prop.accusedAnswers && !answersAccusation(accusing, answering, party, sides)) continue;
        const shared = [...entitiesOf(d, party)].filter((x) => ec.has(x)).length;
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

const measureOf = (note: string) => /\b(killed|wounded)\b/.exec(note)?.[1];

/** Folds claims giving incompatible tolls into the event's own toll disagreement, when there is one. */
function foldedInto(byEvents: SituationContradiction[], t: SituationContradiction): boolean {
  if (t.kind !== 'count') return false;
  const twin = byEvents.find((e) => e.kind === 'count' && e.items.length === 1 && e.items[0] === t.items[0] && measureOf(e.note) === measureOf(t.note));
  if (!twin) return false;
  twin.items.push(...t.items.slice(1));
  twin.note += `; ${t.note.slice(t.note.indexOf('claims give'))}`;
  return true;
}

/** Every disagreement between sources, numbered `x1`, `x2`, ... */
export function findContradictions(ctx: BuildContext, events: SituationEvent[], claims: SituationClaim[], entities: SituationEntity[] = []): SituationContradiction[] {
  const W = loadClaimsLexicon().words;
  const party = partyOf(entities, W);
  const phrases = new Map<string, string[]>();
  const phraseCountries = (p: string) => phrases.get(p) ?? (phrases.set(p, countriesInPhrase(p, entities, W)), phrases.get(p)!);
  const sides = (c: SituationClaim) => sidesOf(c, party, phraseCountries);
  const byEvents = eventConflicts(ctx, events);
  const byClaims = claimConflicts(ctx, events, claims, entities, party, sides).filter((t) => !foldedInto(byEvents, t));
  const opposing = opposingClaims(ctx, claims, party, sides);
  // a pair already set against each other (by a proposition or one event) is not repeated
  const paired = (x: SituationContradiction) => [...opposing, ...byClaims].some((o) => x.items.every((i) => o.items.includes(i)));
  const answered = rebuttals(ctx, claims, party, sides, phraseCountries).filter((x) => !paired(x));
  const all = [...opposing, ...byEvents, ...byClaims, ...answered];
  return all.map((c, i) => ({ ...c, id: `x${i + 1}` }));
}
