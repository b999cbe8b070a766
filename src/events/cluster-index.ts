/**
 * Where the event clusterer looks for the events a mention could join, so grouping stays
 * near-linear on large stores: by kind and date, by report, and for undated mentions by specific
 * participant (or toll and participant) within the months an undated retelling may reach back.
 */
import type { Cluster, EventRef } from './cluster.ts';
import { dayNumber, fromDayNumber } from '../dates/calendar.ts';

/** The kind of event a CAMEO root belongs to for merging: the violent roots 18-20 go together. */
export const family = (root: string) => (root === '18' || root === '19' || root === '20' ? 'violence' : root);

/** How far apart (days) the reports of two undated tellings may be to tell one event. */
export const UNDATED_SPAN = 14;

const participantCache = new WeakMap<EventRef, string[]>();
/** Actors, targets and places of a mention (computed once per mention). */
export function participantsOf(r: EventRef): string[] {
  let out = participantCache.get(r);
  if (!out) participantCache.set(r, (out = [...r.actors, ...r.targets, ...r.locations]));
  return out;
}
/** The month (`YYYY-MM`) of a day. */
const monthOf = (day: string) => day.slice(0, 7);

/**
 * Where to look for the clusters a mention or cluster could join, so grouping stays near-linear:
 * by kind and date (day, month, year), by report, and, for undated mentions, by specific
 * participant (or toll and any participant) within the time an undated retelling may reach back
 * (the months around its report's: see retellsRecent). Only a mention from a report of unknown
 * date looks at every event of its kind.
 */
export class ClusterIndex {
  private readonly maps = new Map<string, Set<Cluster>>();
  /** Every cluster by kind: what a mention from a report of unknown date may join (rare). */
  private readonly byFamily = new Map<string, Set<Cluster>>();
  /** Time buckets by publication date, computed once each. */
  private readonly buckets = new Map<string, string[]>();
  constructor(private readonly strong: Set<string>) {}
  /** The time buckets an undated mention of a report published on `published` may join events in. */
  private bucketsBefore(published: string): string[] {
    const cached = this.buckets.get(published);
    if (cached) return cached;
    const n = dayNumber(published);
    const months = new Set<string>();
    for (let d = n - 45; d <= n + UNDATED_SPAN; d += 7) months.add(monthOf(fromDayNumber(d)));
    months.add(monthOf(fromDayNumber(n + UNDATED_SPAN)));
    const y = +published.slice(0, 4);
    const out = [...months, `y${y}`, `y${y - 1}`, 'none'];
    this.buckets.set(published, out);
    return out;
  }
  private put(key: string, c: Cluster): void {
    const set = this.maps.get(key);
    if (!set) this.maps.set(key, new Set([c]));
    else set.add(c);
  }
  /** The time bucket a cluster is found under by undated mentions: its date's month or year, else its report's month. */
  private bucket(c: Cluster, r: EventRef): string {
    if (c.date) return c.date.length >= 7 ? monthOf(c.date) : `y${c.date}`;
    return r.published ? monthOf(r.published) : 'none';
  }
  /** Files a cluster under its date (every precision it implies) and the names, report and toll of `r`. */
  file(c: Cluster, r: EventRef | null): void {
    const f = family(c.root);
    for (const x of r ? [r] : c.refs) {
      if (c.date) {
        for (const n of [4, 7, 10]) {
          if (c.date.length < n) continue;
          for (const p of participantsOf(x)) this.put(`${f}|d|${c.date.slice(0, n)}|${p}`, c);
          this.put(`${f}|d|${c.date.slice(0, n)}|doc|${x.doc}`, c);
        }
      }
      const b = this.bucket(c, x);
      for (const p of participantsOf(x)) {
        if (this.strong.has(p) || (f !== 'violence' && x.actors.includes(p))) this.put(`${f}|p|${p}|${b}`, c);
        // the same toll lets a shared place of any kind do (see fit)
        if (x.ev.killed != null) this.put(`${f}|k|${x.ev.killed}|${p}|${b}`, c);
      }
      this.put(`doc|${x.doc}`, c);
    }
    const all = this.byFamily.get(f);
    if (all) all.add(c);
    else this.byFamily.set(f, new Set([c]));
  }
  /** Clusters worth testing for a mention of kind `root`, dated `date`, with these names. */
  candidates(root: string, date: string | null, refs: EventRef[]): Cluster[] {
    const f = family(root);
    const keys: string[] = [];
    const days = date && date.length === 10 ? [-1, 0, 1].map((d) => fromDayNumber(dayNumber(date) + d)) : date ? [date] : [];
    for (const day of days) {
      for (const x of refs) {
        for (const p of participantsOf(x)) keys.push(`${f}|d|${day}|${p}`);
        keys.push(`${f}|d|${day}|doc|${x.doc}`);
      }
    }
    const out = new Set<Cluster>();
    if (!date) {
      for (const x of refs) {
        if (!x.published) {
          for (const c of this.byFamily.get(f) ?? []) out.add(c);
          continue;
        }
        for (const b of this.bucketsBefore(x.published)) {
          for (const p of participantsOf(x)) {
            if (this.strong.has(p) || (f !== 'violence' && x.actors.includes(p))) keys.push(`${f}|p|${p}|${b}`);
            if (x.ev.killed != null) keys.push(`${f}|k|${x.ev.killed}|${p}|${b}`);
          }
        }
        keys.push(`doc|${x.doc}`);
      }
    }
    for (const k of keys) for (const c of this.maps.get(k) ?? []) out.add(c);
    return [...out];
  }
}
