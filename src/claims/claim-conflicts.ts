/**
 * Disagreements between claims about one event, read from the structure of what they say rather
 * than from listed propositions:
 *   - tolls: claims told with the event that give incompatible death or injury figures
 *     ("four service members were killed" against "the attack that killed three soldiers");
 *   - places: a claim that the event did not happen somewhere ("had not happened inside the
 *     kingdom") against claims by other speakers that place it in a country the first does not;
 *   - blame: an accusation naming someone against that one's own denial of the same event.
 * A claim is told with an event when its evidence overlaps the event's evidence.
 */
import type { DocSpan, SituationClaim, SituationContradiction, SituationEntity, SituationEvent } from '../core/types.ts';
import type { BuildContext } from '../situation/context.ts';
import { PHYSICAL } from './event-conflicts.ts';
import { loadDemonyms } from '../relations/demonyms.ts';
import { compatible, figureRange, isGrowth, numberAt, showRange, type Range } from './figures.ts';

/** "the attack", "the drone strike", "the base": a definite reference to the attack its report tells. */
const THE_ATTACK = /\bthe\s+(?:[\p{L}.-]+\s+){0,2}?(?:attack|strike|airstrike|air strike|raid|bombing|assault|base|outpost)\b(?!-)/iu;

/** The events each claim is told with: those whose evidence overlaps its own in the same document;
 *  a claim speaking of "the attack" or "the strike" is told with the first attack of its report
 *  when it overlaps no attack told on another day ("two of its members died in the strike"); a claim
 *  told with no attack is told with the one attack (by `same`) at a place or target it names, when
 *  `fine` says which places name one attack (a base: "the drone hit Tower 22"). */
export function eventsOfClaims(
  claims: SituationClaim[],
  events: SituationEvent[],
  fine?: (id: string) => boolean,
  same: (ev: SituationEvent) => SituationEvent = (ev) => ev,
): Map<string, SituationEvent[]> {
  const byDoc = new Map<string, Array<{ ev: SituationEvent; sp: DocSpan }>>();
  for (const ev of events) for (const sp of ev.evidence) byDoc.set(sp.doc, [...(byDoc.get(sp.doc) ?? []), { ev, sp }]);
  const out = new Map<string, SituationEvent[]>();
  for (const c of claims) {
    const hits = new Set<SituationEvent>();
    for (const e of c.evidence) for (const { ev, sp } of byDoc.get(e.doc) ?? []) if (e.start < sp.end && sp.start < e.end) hits.add(ev);
    const inReport = [...(byDoc.get(c.evidence[0]?.doc) ?? [])].sort((a, b) => a.sp.start - b.sp.start);
    const first = inReport[0]?.ev;
    if (first && THE_ATTACK.test(c.text) && [...hits].every((ev) => !ev.date || !first.date || ev.date === first.date)) out.set(c.id, [first]);
    else if (hits.size) out.set(c.id, [...hits]);
    else if (fine) {
      const named = new Set(c.about.filter(fine));
      const at = new Set(events.filter((ev) => [...ev.locations, ...ev.targets].some((x) => named.has(x))).map(same));
      if (at.size === 1) out.set(c.id, [...at]);
    }
  }
  return out;
}

/** A word giving a count of people: a number, not a year. */
const count = (w: string) => {
  const n = numberAt(w);
  return n != null && !(/^\d{4}$/.test(w) && n >= 1900 && n <= 2100);
};
const PASSIVE = new Set(['were', 'was', 'been', 'are', 'is', 'be', 'being']);
const QUALIFIER = /^(?:about|around|approximately|roughly|some|nearly|almost|more than|over|at least|up to|fewer than|less than)$/;

/** Death told in other words read as "killed": "the martyrdom of two of its members", "two
 *  martyrs", "were martyred", "lost their lives". */
export const deathWords = (text: string) =>
  text
    .replace(/\bmartyrdom\s+of\s+([\p{L}\d-]+)/giu, '$1 killed')
    .replace(/\bmartyrs\b/gi, 'killed')
    .replace(/\bmartyred\b/gi, 'killed')
    .replace(/\blost\s+(?:their|his|her)\s+lives?\b/gi, 'died');

/** The figure a claim gives for the dead or the wounded: "four ... were killed" (the number
 *  before a passive), "killed at least three" (the number after an active verb). */
export function claimFigure(text: string, what: 'killed' | 'wounded'): Range | null {
  const words = deathWords(text)
    .toLowerCase().replace(/[,;]/g, ' ').split(/\s+/).filter(Boolean);
  const verb = what === 'killed' ? /^(?:killed|killing|kills|kill|dead|died)$/ : /^(?:wounded|wounding|injured|injuring|hurt)$/;
  for (let i = 0; i < words.length; i++) {
    if (!verb.test(words[i])) continue;
    // the number right before the verb ("and 25 wounded"), else before a passive, else after
    let at = count(words[i - 1] ?? '') ? i - 1 : -1;
    const passive = PASSIVE.has(words[i - 1] ?? '') || PASSIVE.has(words[i - 2] ?? '') || words[i] === 'dead' || words[i] === 'died';
    if (at < 0 && passive) {
      for (let k = i - 1; k >= Math.max(0, i - 7) && at < 0; k--) if (count(words[k])) at = k;
    } else if (at < 0) {
      // only qualifiers between an active verb and its number: "killed at least three"
      let k = i + 1;
      while (k < i + 3 && /^(?:at|least|more|than|about|around|some|nearly|almost|over|up|to)$/.test(words[k] ?? '')) k++;
      if (count(words[k] ?? '')) at = k;
      // or a participle after its noun: "the three U.S. soldiers killed when ..."
      else if (/s$/.test(words[i - 1] ?? '')) for (k = i - 2; k >= Math.max(0, i - 4) && at < 0; k--) if (count(words[k])) at = k;
    }
    if (at < 0 || words[at - 1] === 'no') continue;
    const q2 = words.slice(Math.max(0, at - 2), at).join(' ');
    const q1 = words[at - 1] ?? '';
    const qualifier = QUALIFIER.test(q2) ? q2 : QUALIFIER.test(q1) ? q1 : '';
    return figureRange(`${qualifier} ${words[at]}`.trim(), numberAt(words[at]));
  }
  return null;
}

/** A claim's figure for an event, with what comparing sources needs. */
interface Told {
  claim: SituationClaim;
  source: string;
  speaker: string;
  published: string | null;
  figure: Range;
}

function disagree(a: Told, b: Told): boolean {
  // one report may set two speakers' tolls against each other, never one speaker's against itself
  if ((a.source === b.source && a.speaker === b.speaker) || compatible(a.figure, b.figure)) return false;
  if (a.published && b.published && a.published !== b.published) {
    const [early, late] = a.published < b.published ? [a, b] : [b, a];
    if (isGrowth(early.figure, late.figure)) return false;
  }
  return true;
}

/** Claims told with one event that give incompatible tolls: the claims on every side. */
function tollConflicts(ctx: BuildContext, ev: SituationEvent, claims: SituationClaim[]): SituationContradiction[] {
  const out: SituationContradiction[] = [];
  for (const what of ['killed', 'wounded'] as const) {
    const told: Told[] = [];
    for (const claim of claims) {
      const figure = claimFigure(claim.text, what);
      if (!figure) continue;
      const doc = claim.evidence[0].doc;
      told.push({ claim, source: ctx.originalOf.get(doc) ?? doc, speaker: claim.speaker ?? (claim.speakerText ?? '').toLowerCase(), published: ctx.docById.get(doc)?.meta.published.value ?? null, figure });
    }
    const involved = told.filter((a) => told.some((b) => disagree(a, b)));
    if (!involved.length) continue;
    const sides = [...new Set(involved.map((t) => showRange(t.figure)))];
    out.push({
      id: '',
      items: [ev.id, ...involved.map((t) => t.claim.id)],
      kind: 'count',
      note: `${ev.type}${ev.date ? ` on ${ev.date}` : ''}: claims give ${what} ${sides.join(' vs ')} (${involved.map((t) => `${t.claim.speakerText ?? 'a source'}: ${showRange(t.figure)}`).join('; ')})`,
    });
  }
  return out;
}

/** "had not happened inside the kingdom", "did not take place in Jordan", "was not on its soil",
 *  "happened outside Jordan": the words after it name the place denied. */
export const NEGATED_PLACE =
  /\b(?:(?:not|never|n['’]t)\s+(?:(?:have|has|had|been|be|was|were|happen|happened|take|taken|took|place|occur|occurred|land|landed|hit|struck|fall|fell|launched|come|came|originate|originated)\s+){0,3}(?:in|inside|on|within|at|from)|outside(?:\s+of)?)\s+((?:[\p{L}\d'’-]+\s*){1,4})/iu;

/** The speaker's own land, as a spokesman calls it: "the kingdom", "the country", "its territory". */
const OWN_LAND = /^(?:the\s+(?:kingdom|country|republic)|(?:its|our)\s+(?:own\s+)?(?:territory|territories|soil|land|borders))\b/i;

/** The countries a claim says something did not happen in (by name or adjective, or the speaker's own land). */
function deniedPlaces(c: SituationClaim, countries: Map<string, SituationEntity>, home: string[]): Set<string> {
  const words = NEGATED_PLACE.exec(c.text)?.[1] ?? '';
  const named = c.about.filter((id) => countries.has(id) && [countries.get(id)!.name, ...countries.get(id)!.aliases].some((a) => new RegExp(`\\b${escape(a)}\\b`, 'i').test(words)));
  // "did not take place on Jordanian soil"
  const adjectives = [...loadDemonyms().country];
  const byAdjective = [...countries.values()].filter((e) => adjectives.some(([adj, name]) => name.toLowerCase() === e.name.toLowerCase() && new RegExp(`^(?:the\\s+)?${escape(adj)}\\s+(?:territory|soil|side|land|borders?)\\b`, 'u').test(words)));
  return new Set([...named, ...byAdjective.map((e) => e.id), ...(OWN_LAND.test(words) ? home.filter((id) => countries.has(id)) : [])]);
}
const NEGATION = /\b(?:not|no|nothing|never|none)\b|n['’]t\b/i;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The countries a claim puts something in: a country it is about, named after "in", "at", "inside";
 *  or, in a claim without a negation, a country's adjective before "side" or "territory" ("on the
 *  Jordanian side of the border", "inside Syrian territory"). */
export function placedIn(c: SituationClaim, countries: Map<string, SituationEntity>): string[] {
  const named = c.about.filter((id) => {
    const e = countries.get(id);
    if (!e) return false;
    return [e.name, ...e.aliases].some((a) => new RegExp(`\\b(?:in|inside|at|near)\\s+(?:the\\s+)?(?:[\\p{L}\\d'’-]+\\s+){0,3}?${escape(a)}\\b`, 'iu').test(c.text));
  });
  const adjectives = loadDemonyms().country;
  const byAdjective = [...countries.values()].filter((e) =>
    [...adjectives].some(([adj, name]) => name.toLowerCase() === e.name.toLowerCase() && new RegExp(`(?:\\b(?:on|in|inside)\\s+the\\s+${escape(adj)}\\s+side\\b|\\b(?:inside|within)\\s+${escape(adj)}\\s+(?:territory|borders)\\b)`, 'u').test(c.text)),
  );
  // "nothing on Iranian territory was hit" places nothing there
  if (NEGATION.test(c.text)) return named;
  return [...new Set([...named, ...byAdjective.map((e) => e.id)])];
}

/** A claim that an event did not happen somewhere, against other speakers placing it elsewhere. */
function placeConflicts(ev: SituationEvent, claims: SituationClaim[], countries: Map<string, SituationEntity>, sides: (c: SituationClaim) => Set<string>): SituationContradiction[] {
  const out: SituationContradiction[] = [];
  for (const a of claims) {
    if (!NEGATED_PLACE.test(a.text)) continue;
    // where the claim puts it instead ("... and had instead hit a base in Syria"), the denied place aside
    const denied = deniedPlaces(a, countries, [...sides(a)]);
    const own = new Set(a.about.filter((id) => countries.has(id) && !denied.has(id)));
    const speaker = a.speaker ?? a.speakerText;
    // a claim placing it in one country the first does not name (a recap of strikes "in Iraq and Syria" places nothing)
    const elsewhere = (b: SituationClaim) => {
      const at = placedIn(b, countries);
      return at.length === 1 && !own.has(at[0]);
    };
    const others = claims.filter((b) => b !== a && (b.speaker ?? b.speakerText) !== speaker && elsewhere(b));
    if (!others.length) continue;
    const where = [...new Set(others.flatMap((b) => placedIn(b, countries).filter((id) => !own.has(id)).map((id) => countries.get(id)!.name)))];
    out.push({
      id: '',
      items: [ev.id, a.id, ...others.map((b) => b.id)],
      kind: 'place',
      note: `${ev.type}${ev.date ? ` on ${ev.date}` : ''}: ${a.speakerText ?? 'a source'} says it did not happen where others put it ("${a.text.slice(0, 80)}"), against ${others.map((b) => b.speakerText ?? 'a source').join(', ')} (in ${where.join(', ')})`,
    });
  }
  return out;
}

/** An accusation naming someone, against a denial by that one told with the same event. */
function blameConflicts(ev: SituationEvent, claims: SituationClaim[], party: (id: string) => string, sides: (c: SituationClaim) => Set<string>): SituationContradiction[] {
  const out: SituationContradiction[] = [];
  for (const d of claims) {
    if (d.kind !== 'denial') continue;
    const denier = sides(d);
    const accusers = claims.filter((a) => a.kind === 'accusation' && a.speaker !== d.speaker && a.about.some((x) => denier.has(party(x))) && ![...sides(a)].some((x) => denier.has(x)));
    if (!accusers.length) continue;
    out.push({
      id: '',
      items: [ev.id, d.id, ...accusers.map((a) => a.id)],
      kind: 'blame',
      note: `${ev.type}${ev.date ? ` on ${ev.date}` : ''}: ${d.speakerText ?? 'the accused'} denies ("${d.text.slice(0, 80)}") what ${accusers.map((a) => a.speakerText ?? 'a source').join(', ')} accuse it of`,
    });
  }
  return out;
}

/** Events that read as one attack, told by other reports and left apart by the event clusters: the
 *  same kind on the same day at a shared place or target finer than a country (a strike on a car
 *  in one district of Baghdad). Maps each event to the first of its attack. */
export function sameAttack(events: SituationEvent[], countries: Set<string>): (ev: SituationEvent) => SituationEvent {
  const first = new Map<SituationEvent, SituationEvent>(events.map((e) => [e, e]));
  const root = (e: SituationEvent): SituationEvent => (first.get(e) === e ? e : root(first.get(e)!));
  const places = (e: SituationEvent) => [...e.locations, ...e.targets].filter((x) => !countries.has(x));
  for (let i = 0; i < events.length; i++)
    for (let j = i + 1; j < events.length; j++) {
      const [e, f] = [events[i], events[j]];
      if (e.date?.length !== 10 || e.date !== f.date || e.cameo.slice(0, 2) !== f.cameo.slice(0, 2)) continue;
      const sources = new Set(e.sources ?? []);
      if ((f.sources ?? []).some((x) => sources.has(x))) continue;
      const fp = new Set(places(f));
      if (!places(e).some((x) => fp.has(x))) continue;
      const [a, b] = [root(e), root(f)];
      if (a !== b) first.set(events.indexOf(a) < events.indexOf(b) ? b : a, events.indexOf(a) < events.indexOf(b) ? a : b);
    }
  return root;
}

/** Disagreements between the claims told with each event. */
export function claimConflicts(
  ctx: BuildContext,
  events: SituationEvent[],
  claims: SituationClaim[],
  entities: SituationEntity[],
  party: (id: string) => string = (x) => x,
  sides: (c: SituationClaim) => Set<string> = (c) => new Set(c.speaker ? [party(c.speaker)] : []),
): SituationContradiction[] {
  const countries = new Map(entities.filter((e) => e.type === 'location' && e.subtype === 'country').map((e) => [e.id, e]));
  // only events that happen at a place and time, and only claims told with one such event: a
  // sentence recounting several attacks cannot say which of them its figure belongs to
  const physical = events.filter((e) => PHYSICAL.test(e.cameo));
  const same = sameAttack(physical, new Set(countries.keys()));
  // a base or an outpost names one attack; a city or a region names many
  const facilities = new Set(entities.filter((e) => e.type === 'location' && e.subtype === 'facility').map((e) => e.id));
  const told = new Map([...eventsOfClaims(claims, physical, (x) => facilities.has(x), same)].map(([id, evs]) => [id, [...new Set(evs.map(same))]]));
  const out: SituationContradiction[] = [];
  for (const ev of physical) {
    if (same(ev) !== ev) continue;
    const withIt = claims.filter((c) => told.get(c.id)?.length === 1 && told.get(c.id)![0] === ev);
    if (withIt.length < 2) continue;
    out.push(...tollConflicts(ctx, ev, withIt), ...placeConflicts(ev, withIt, countries, sides), ...blameConflicts(ev, withIt, party, sides));
  }
  return out;
}
