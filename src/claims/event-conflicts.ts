/**
 * Event-level disagreements: incompatible casualty figures, dates or countries for what reads as
 * the same event, compared source by source (republished copies fold into their original) and
 * never flagging a figure that only grows in later reports. Dates and places are compared only
 * between tellings that agree on everything else (kind, casualties), so that two different
 * strikes merged loosely are not reported as a disagreement.
 */
import type { EventMention, Mention, SituationContradiction, SituationEvent } from '../core/types.ts';
import type { BuildContext } from '../situation/context.ts';
import { compatible, figureRange, isGrowth, showRange, type Range } from './figures.ts';

/** What one independent source says about an event (one telling of it). */
export interface Reading {
  source: string;
  published: string | null;
  cameo: string;
  killed: Range | null;
  wounded: Range | null;
  date: string | null;
  countries: string[];
}

/** CAMEO roots of events that happen at a place and time (assault, fight, mass violence). */
export const PHYSICAL = /^(18|19|20)/;

/** The tellings of a merged event: each report's event mentions whose evidence it carries. */
export function readingsOf(ctx: BuildContext, ev: SituationEvent): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>();
  for (const sp of ev.evidence) {
    const doc = ctx.docById.get(sp.doc);
    if (!doc) continue;
    const mentions = (doc.layers.mentions ?? []) as Mention[];
    const ems = ((doc.layers.events ?? []) as EventMention[]).filter((m) => m.evidence.some((e) => e.start === sp.start && e.end === sp.end));
    const em = ems.find((m) => m.cameo === ev.cameo) ?? ems[0];
    if (!em) continue;
    const key = `${doc.id}:${em.trigger.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cas = em.casualtyText ?? null;
    out.push({
      source: ctx.originalOf.get(doc.id) ?? doc.id,
      published: doc.meta.published.value,
      cameo: em.cameo,
      killed: em.killed != null ? figureRange(/kill|dead|death|die/i.test(cas ?? '') ? cas : null, em.killed) : null,
      wounded: em.wounded != null ? figureRange(/wound|injur|hurt/i.test(cas ?? '') ? cas : null, em.wounded) : null,
      date: em.date,
      countries: [...new Set(em.locations.map((i) => mentions[i]).filter((m) => m && m.subtype === 'country').map((m) => m.name))],
    });
  }
  return out;
}

/** Whether two figures disagree: incompatible, and not a later report raising the figure. */
export function figuresDisagree(a: Reading, b: Reading, fa: Range, fb: Range): boolean {
  if (compatible(fa, fb)) return false;
  if (a.published && b.published && a.published !== b.published) {
    const [fe, fl] = a.published < b.published ? [fa, fb] : [fb, fa];
    if (isGrowth(fe, fl)) return false;
  }
  return true;
}

/** Sources that disagree on a figure: each source's values, when some pair of sources cannot agree. */
function figureConflict(rs: Reading[], what: 'killed' | 'wounded'): string | null {
  const bySource = new Map<string, Reading[]>();
  for (const r of rs) if (r[what]) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
  const sources = [...bySource.keys()];
  let conflict = false;
  for (let i = 0; i < sources.length && !conflict; i++)
    for (let j = i + 1; j < sources.length && !conflict; j++) {
      const A = bySource.get(sources[i])!;
      const B = bySource.get(sources[j])!;
      // the two sources disagree when none of their figures can agree
      conflict = A.every((a) => B.every((b) => figuresDisagree(a, b, a[what]!, b[what]!)));
    }
  if (!conflict) return null;
  return `${what} ${sources.map((s) => `${[...new Set(bySource.get(s)!.map((r) => showRange(r[what]!)))].join('/')} (${s})`).join(' vs ')}`;
}

/** Days a report may come after the event and still count as first-hand reporting of its toll. */
const FRESH_DAYS = 14;

/** Whether a telling speaks of the event itself, close to when it happened (not a later recap
 *  that a loose merge may have attached, nor a telling dated to another day). */
function fresh(r: Reading, eventDate: string | null): boolean {
  if (!eventDate) return true;
  if (r.date && r.date !== eventDate) return false;
  if (!r.published || eventDate.length !== 10) return true;
  return (Date.parse(r.published) - Date.parse(eventDate)) / 86_400_000 <= FRESH_DAYS;
}

const sameOtherwise = (a: Reading, b: Reading) =>
  a.cameo === b.cameo && a.killed != null && b.killed != null && compatible(a.killed, b.killed);

/** Disagreements inside merged events and between events that read as the same one. */
export function eventConflicts(ctx: BuildContext, events: SituationEvent[]): SituationContradiction[] {
  const out: SituationContradiction[] = [];
  const readings = new Map(events.map((e) => [e.id, readingsOf(ctx, e)]));
  for (const ev of events) {
    const rs = readings.get(ev.id)!;
    for (const what of ['killed', 'wounded'] as const) {
      const note = figureConflict(rs.filter((r) => fresh(r, ev.date)), what);
      if (note) out.push({ id: '', items: [ev.id], kind: 'count', note: `${ev.type}: ${note}` });
    }
    if (!PHYSICAL.test(ev.cameo)) continue;
    let dated = false;
    let placed = false;
    for (const a of rs)
      for (const b of rs) {
        if (a.source >= b.source || !sameOtherwise(a, b)) continue;
        if (!dated && a.date?.length === 10 && b.date?.length === 10 && a.date !== b.date) {
          dated = true;
          out.push({ id: '', items: [ev.id], kind: 'date', note: `${ev.type}: dated ${a.date} (${a.source}) vs ${b.date} (${b.source})` });
        }
        if (!placed && a.date === b.date && a.countries.length === 1 && b.countries.length === 1 && a.countries[0] !== b.countries[0]) {
          placed = true;
          out.push({ id: '', items: [ev.id], kind: 'place', note: `${ev.type}: in ${a.countries[0]} (${a.source}) vs ${b.countries[0]} (${b.source})` });
        }
      }
  }
  // separate events that read as one: same kind, same day, a shared place or target, other sources
  const byDay = new Map<string, SituationEvent[]>();
  for (const e of events) if (e.date?.length === 10) byDay.set(`${e.date}|${e.cameo}`, [...(byDay.get(`${e.date}|${e.cameo}`) ?? []), e]);
  for (const group of byDay.values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const [e, f] = [group[i], group[j]];
        if (![...e.locations, ...e.targets].some((x) => f.locations.includes(x) || f.targets.includes(x))) continue;
        const se = new Set(e.sources ?? []);
        if ((f.sources ?? []).some((s) => se.has(s))) continue;
        for (const what of ['killed', 'wounded'] as const) {
          const note = figureConflict([...readings.get(e.id)!, ...readings.get(f.id)!].filter((r) => fresh(r, e.date)), what);
          if (note) out.push({ id: '', items: [e.id, f.id], kind: 'count', note: `${e.type} on ${e.date}: ${note}` });
        }
      }
  return out;
}
