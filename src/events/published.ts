/**
 * Publication dates inferred from the story for reports that carry none, and the re-dating of
 * such reports. A report's weekdays are pinned by an event other reports date ("Sunday's strike
 * on Tower 22", told elsewhere as January 28, makes that Sunday January 28) or by a date glossed
 * with its distance ("on Oct. 1, over three weeks earlier" puts the sentence's Saturday at least
 * 21 days after October 1). Taking the weekdays a report mentions in the past tense to fall in the
 * week from that anchor on, it was published on the latest of them. Without an anchor, a report
 * is published on or after the latest date it gives; month-day dates take the story's year.
 */
import type { Document, Span } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';
import { findTimexes, type TimexCandidate } from '../dates/extract.ts';
import { resolveTimexes } from '../dates/resolve.ts';
import { addDays, dayNumber, isDay, makeDay, weekdayOf, weekdayOnOrAfter } from '../dates/calendar.ts';
import { collectRefs, clusterRefs, fit, strongEntities, type Cluster, type EventRef } from './cluster.ts';
import { readDateline } from '../clean/dateline.ts';

/** How many non-blank lines from the top of the raw report a dateline may stand at. */
const DATELINE_LINES = 12;

/** The month and day of the report's dateline ("BAGHDAD, Feb 26 (Wire) -"), read from the raw report (the text drops it). */
export function datelineMonthDay(raw: string): { month: number; day: number } | null {
  let seen = 0;
  for (const line of raw.split('\n')) {
    const l = line.replace(/<[^>]*>/g, ' ').trim();
    if (!l) continue;
    if (++seen > DATELINE_LINES) break;
    const md = readDateline(l)?.monthDay;
    if (md) return md;
  }
  return null;
}

/** The day of the report's dateline, when it is the publication day or at most two days before it. */
export function datelineDay(raw: string, published: string | null): string | null {
  const md = published ? datelineMonthDay(raw) : null;
  if (!md || !published) return null;
  const y = +published.slice(0, 4);
  for (const year of [y, y - 1]) {
    const day = makeDay(year, md.month, md.day);
    if (!day) continue;
    const gap = dayNumber(published) - dayNumber(day);
    if (gap >= 0 && gap <= 2) return day;
  }
  return null;
}

/** An inferred publication date with the reasoning. */
export interface InferredDate {
  value: string | null;
  storyYear: number | null;
  note: string;
}

const sentencesOf = (d: Document) => (d.layers.sentences as Span[] | undefined) ?? [{ start: 0, end: d.text.length }];

/** The year most dated reports were published in. */
export function storyYearOf(docs: Document[]): number | null {
  const counts = new Map<number, number>();
  for (const d of docs) {
    const p = d.meta.published.value;
    if (p) counts.set(+p.slice(0, 4), (counts.get(+p.slice(0, 4)) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best == null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

/** The day-dated events of the dated reports, in order, and where to find them by weekday and participant. */
export interface StoryEvents {
  clusters: Cluster[];
  /** `weekday|participant` → indices into `clusters`, ascending. */
  byWeekday: Map<string, number[]>;
}

/** The day-dated events of the dated reports, grouped once for every undated report to match. */
export function storyEvents(ctx: BuildContext, ents: EntityResolution): StoryEvents {
  const dated = ctx.docs.filter((x) => x.meta.published.value);
  const clusters = clusterRefs(collectRefs(ctx, ents, dated), strongEntities(ents)).filter((c) => c.date && isDay(c.date));
  const byWeekday = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    const wd = weekdayOf(c.date!);
    for (const p of c.participants) {
      const key = `${wd}|${p}`;
      const list = byWeekday.get(key);
      if (list) list.push(i);
      else byWeekday.set(key, [i]);
    }
  });
  return { clusters, byWeekday };
}

/** The story's events on a weekday that share a participant with `r` (a fit needs one), in story order. */
function storyCandidates(story: StoryEvents, weekday: number, r: EventRef): Cluster[] {
  const idx = new Set<number>();
  for (const p of [...r.actors, ...r.targets, ...r.locations]) for (const i of story.byWeekday.get(`${weekday}|${p}`) ?? []) idx.add(i);
  return [...idx].sort((a, b) => a - b).map((i) => story.clusters[i]);
}

/** Weekday anchors from other reports: this report's weekday-dated events matched to dated events. */
function anchorsFromStory(ctx: BuildContext, ents: EntityResolution, d: Document, cands: TimexCandidate[], story: StoryEvents): Array<{ weekday: number; date: string; why: string }> {
  const strong = strongEntities(ents);
  const timexes = d.layers.timexes as Array<{ start: number }> | undefined;
  const out: Array<{ weekday: number; date: string; why: string }> = [];
  for (const r of collectRefs(ctx, ents, [d])) {
    if (r.ev.timex == null || !timexes) continue;
    const start = timexes[r.ev.timex]?.start;
    const c = cands.find((x) => x.start === start);
    if (!c || c.kind !== 'weekday' || c.future || c.modifier) continue;
    for (const cl of storyCandidates(story, c.weekday!, r)) {
      if (!fit(cl, r, strong, true)) continue;
      out.push({ weekday: c.weekday!, date: cl.date!, why: `"${c.text}" ${r.ev.type} is the ${cl.date} event other reports tell` });
      break;
    }
  }
  return out;
}

/** Anchors from a date glossed with its distance in the same sentence as a weekday. */
function anchorsFromGloss(text: string, cands: TimexCandidate[], storyYear: number | null): Array<{ weekday: number; date: string; why: string }> {
  const resolved = resolveTimexes(text, cands, { published: null, storyYear });
  const out: Array<{ weekday: number; date: string; why: string }> = [];
  cands.forEach((c, i) => {
    if (resolved[i].why.rule !== 'offset-gloss' || !resolved[i].value || !isDay(resolved[i].value) || (c.offset ?? 0) >= 0) return;
    const days = -(c.offset ?? 0) * (c.unit === 'week' ? 7 : c.unit === 'day' ? 1 : 30);
    const wd = cands.find((w) => w.kind === 'weekday' && w.sentence === c.sentence && !w.future && !w.modifier);
    if (!wd) return;
    const date = weekdayOnOrAfter(addDays(resolved[i].value!, days), wd.weekday!);
    out.push({ weekday: wd.weekday!, date, why: `"${wd.text}" is ${c.text.trim()} than ${resolved[i].value}` });
  });
  return out;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** A length of time: "more than three weeks", "10 days", "nearly two months". */
const DURATION = /\b(more than |over |nearly |almost |about |some )?(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month|year)s?\b(?! (?:ago|later|earlier|before|from now))/gi;

/**
 * The earliest publication a duration counted from a date allows: "since 4 March … has lasted
 * more than two weeks" was written at least two weeks after 4 March (a day more for "more than").
 * Only a past-tense sentence holding "since <date>" and a length of time after it counts.
 */
function durationFloor(text: string, sentences: Span[], cands: TimexCandidate[], resolved: ReturnType<typeof resolveTimexes>): { date: string; why: string } | null {
  let best: { date: string; why: string } | null = null;
  cands.forEach((c, i) => {
    const from = resolved[i].value;
    const sentence = sentences[c.sentence];
    if (c.future || !sentence || !from || !isDay(from) || !/\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 12), c.start))) return;
    const after = text.slice(c.end, sentence.end);
    if (/\b(?:will|would|is expected to|are expected to|next)\b/i.test(after)) return;
    for (const m of after.matchAll(DURATION)) {
      const n = /^\d/.test(m[2]) ? Number(m[2]) : COUNT_WORDS[m[2].toLowerCase()];
      const date = addDays(from, n * UNIT_DAYS[m[3].toLowerCase()] + (/^(?:more than|over)/i.test(m[1] ?? '') ? 1 : 0));
      if (!best || date > best.date) best = { date, why: `"since ${c.text}" has lasted ${m[0].trim()}` };
    }
  });
  return best;
}

/** Infers the publication date of an undated report from the story and its own text. */
export function inferPublished(ctx: BuildContext, ents: EntityResolution, d: Document, storyYear: number | null, story: StoryEvents = storyEvents(ctx, ents)): InferredDate {
  const cands = findTimexes(d.text, sentencesOf(d));
  const past = cands.filter((c) => !c.future);
  const resolved = resolveTimexes(d.text, cands, { published: null, storyYear });
  const absolute = resolved
    .filter((t, i) => !cands[i].future && isDay(t.value) && ['absolute-date', 'story-year'].includes(t.why.rule))
    .map((t) => t.value!)
    .sort();
  const floor = durationFloor(d.text, sentencesOf(d), cands, resolved);
  const latest = [absolute[absolute.length - 1] ?? null, floor?.date ?? null].filter((x): x is string => !!x).sort().pop() ?? null;
  const md = storyYear ? datelineMonthDay(d.raw ?? '') : null;
  if (md && storyYear) {
    const on = (y: number) => `${y}-${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
    // a report is not published before the dates it tells: past them, the dateline is next year's
    const value = latest && on(storyYear) < latest ? on(storyYear + 1) : on(storyYear);
    return { value, storyYear, note: `the dateline's ${md.month}/${md.day} in the story's year` };
  }
  const anchors = [...anchorsFromStory(ctx, ents, d, cands, story), ...anchorsFromGloss(d.text, cands, storyYear)];
  if (anchors.length) {
    const a = anchors.sort((x, y) => x.date.localeCompare(y.date))[0];
    const spread = Math.max(0, ...past.filter((c) => c.kind === 'weekday' && !c.modifier).map((c) => (c.weekday! - a.weekday + 7) % 7));
    let value = addDays(a.date, spread);
    if (latest && latest > value && dayNumber(latest) - dayNumber(a.date) < 7) value = latest;
    return { value, storyYear, note: `${a.why}; the latest weekday it tells in the past tense falls ${spread} day(s) later` };
  }
  if (latest) return { value: latest, storyYear, note: latest === floor?.date ? `on or after ${latest}: ${floor.why}` : `on or after ${latest}, the latest date the report gives` };
  return { value: null, storyYear, note: storyYear ? `no date could be inferred; month-day dates take the story's year ${storyYear}` : 'no date could be inferred' };
}
