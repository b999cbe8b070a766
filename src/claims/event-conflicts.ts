/**
 * Event-level disagreements: incompatible casualty figures, dates or countries for what reads as
 * the same event, compared source by source (republished copies fold into their original) and
 * never flagging a figure that only grows in later reports.
 */
import type { EventMention, Mention, SituationContradiction, SituationEvent, Span } from '../core/types.ts';
import type { BuildContext } from '../situation/context.ts';
import { compatible, figureRange, isGrowth, showRange, type Range } from './figures.ts';

/** What one independent source says about an event. */
export interface Reading {
  source: string;
  published: string | null;
  killed: Range | null;
  wounded: Range | null;
  date: string | null;
  countries: string[];
}

/** CAMEO roots of events that happen at a place and time (assault, fight, mass violence). */
const PHYSICAL = /^(18|19|20)/;
const touches = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Per-source readings of a merged event, from the `events` layer of each report it cites. */
export function readingsOf(ctx: BuildContext, ev: SituationEvent): Reading[] {
  const out = new Map<string, Reading>();
  for (const sp of ev.evidence) {
    const doc = ctx.docById.get(sp.doc);
    if (!doc) continue;
    const source = ctx.originalOf.get(doc.id) ?? doc.id;
    if (out.has(source)) continue;
    const ms = (doc.layers.events ?? []) as EventMention[];
    const mentions = (doc.layers.mentions ?? []) as Mention[];
    const em = ms.find((m) => m.evidence.some((e) => touches(e, sp)) || touches(m.trigger, sp));
    if (!em) continue;
    const cas = em.casualtyText ?? null;
    out.set(source, {
      source,
      published: doc.meta.published.value,
      killed: em.killed != null ? figureRange(/kill|dead|death|die/i.test(cas ?? '') ? cas : null, em.killed) : null,
      wounded: em.wounded != null ? figureRange(/wound|injur|hurt/i.test(cas ?? '') ? cas : null, em.wounded) : null,
      date: em.date,
      countries: em.locations.map((i) => mentions[i]).filter((m) => m && m.subtype === 'country').map((m) => m.name),
    });
  }
  return [...out.values()];
}

/** Orders two readings by publication; null when they share a day or one is undated. */
function chronological(a: Reading, b: Reading): [Reading, Reading] | null {
  if (!a.published || !b.published || a.published === b.published) return null;
  return a.published < b.published ? [a, b] : [b, a];
}

/** Whether two figures disagree: incompatible, and not a later report raising the figure. */
export function figuresDisagree(a: Reading, b: Reading, fa: Range, fb: Range): boolean {
  if (compatible(fa, fb)) return false;
  const order = chronological(a, b);
  if (order) {
    const [early, late] = order;
    const fe = early === a ? fa : fb;
    const fl = late === a ? fa : fb;
    if (isGrowth(fe, fl)) return false;
  }
  return true;
}

function compare(a: Reading, b: Reading, what: 'killed' | 'wounded'): string | null {
  const fa = a[what];
  const fb = b[what];
  if (!fa || !fb || !figuresDisagree(a, b, fa, fb)) return null;
  return `${what} ${showRange(fa)} (${a.source}) vs ${showRange(fb)} (${b.source})`;
}

/** Disagreements inside merged events and between events that read as the same one. */
export function eventConflicts(ctx: BuildContext, events: SituationEvent[]): SituationContradiction[] {
  const out: SituationContradiction[] = [];
  const readings = new Map(events.map((e) => [e.id, readingsOf(ctx, e)]));
  for (const ev of events) {
    const rs = readings.get(ev.id)!;
    const physical = PHYSICAL.test(ev.cameo);
    for (let i = 0; i < rs.length; i++)
      for (let j = i + 1; j < rs.length; j++) {
        const [a, b] = [rs[i], rs[j]];
        for (const what of ['killed', 'wounded'] as const) {
          const note = compare(a, b, what);
          if (note) out.push({ id: '', items: [ev.id], kind: 'count', note: `${ev.type}: ${note}` });
        }
        if (!physical) continue;
        if (a.date && b.date && a.date.length === 10 && b.date.length === 10 && a.date !== b.date)
          out.push({ id: '', items: [ev.id], kind: 'date', note: `${ev.type}: dated ${a.date} (${a.source}) vs ${b.date} (${b.source})` });
        if (a.countries.length && b.countries.length && !a.countries.some((c) => b.countries.includes(c)))
          out.push({ id: '', items: [ev.id], kind: 'place', note: `${ev.type}: in ${a.countries.join('/')} (${a.source}) vs ${b.countries.join('/')} (${b.source})` });
      }
  }
  // separate events that read as one: same kind, same day, a shared place or target, other sources
  for (let i = 0; i < events.length; i++)
    for (let j = i + 1; j < events.length; j++) {
      const [e, f] = [events[i], events[j]];
      if (e.cameo.slice(0, 2) !== f.cameo.slice(0, 2) || e.type !== f.type || !e.date || !f.date || e.date !== f.date) continue;
      const shared = [...e.locations, ...e.targets].some((x) => f.locations.includes(x) || f.targets.includes(x));
      if (!shared) continue;
      const se = new Set(e.sources ?? []);
      if ((f.sources ?? []).some((s) => se.has(s))) continue;
      const ra = readings.get(e.id)!;
      const rb = readings.get(f.id)!;
      for (const what of ['killed', 'wounded'] as const) {
        const a = ra.find((r) => r[what]) ?? fallback(ctx, e, what);
        const b = rb.find((r) => r[what]) ?? fallback(ctx, f, what);
        if (!a || !b) continue;
        const note = compare(a, b, what);
        if (note) out.push({ id: '', items: [e.id, f.id], kind: 'count', note: `${e.type} on ${e.date}: ${note}` });
      }
    }
  return out;
}

/** A reading from the merged event alone, when no report layer could be matched. */
function fallback(ctx: BuildContext, ev: SituationEvent, what: 'killed' | 'wounded'): Reading | null {
  const n = ev[what];
  if (n == null) return null;
  const doc = ctx.docById.get(ev.evidence[0]?.doc ?? '');
  const source = doc ? ctx.originalOf.get(doc.id) ?? doc.id : ev.id;
  const r: Range = [n, n];
  return { source, published: doc?.meta.published.value ?? null, killed: what === 'killed' ? r : null, wounded: what === 'wounded' ? r : null, date: ev.date, countries: [] };
}
