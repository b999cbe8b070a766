/**
 * News-style resolution of date expressions against the report's publication date, each value
 * with the rule that produced it:
 * - a weekday in the past tense is the most recent such day on or before publication (the day
 *   itself allowed); in the future tense ("will", "next") the first one on or after it;
 * - a month (with or without a day) and no year takes the year that puts it on or before
 *   publication ("December" in a January report is last year's), or after it in the future tense;
 * - "the previous day", "a day earlier", "two days later" count from the most recent day-precise
 *   date told before them, not one told in passing ("Sunday's strike", "two days after the raid");
 *   an offset glossing a date ("on Oct. 1, over three weeks earlier") is
 *   that date;
 * - "the last Tuesday of January", "the first Monday of the month": counted within that month;
 * - "yesterday", "three days ago", "last week", "this month", "at the weekend" count from publication;
 *   inside a direct quotation "today", "tonight", "yesterday" are the speaker's and stay unresolved.
 * Without a publication date only absolute dates resolve (a month without a year takes the story
 * year when one is given).
 */
import type { Timex } from '../core/types.ts';
import type { TimexCandidate } from './extract.ts';
import { addDays, isDay, makeDay, makeMonth, weekdayOf, weekdayOnOrAfter, weekdayOnOrBefore } from './calendar.ts';

/** What relative dates are counted from. */
export interface DateAnchor {
  /** The publication date (`YYYY-MM-DD`), or null when unknown. */
  published: string | null;
  /** A year to give month-day dates when the publication date is unknown. */
  storyYear?: number | null;
}

const monthShift = (iso: string, months: number): string => {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7) - 1 + months;
  return makeMonth(y + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1);
};

type Resolved = { value: string | null; rule: string; note?: string };

function resolveMonthDay(c: TimexCandidate, a: DateAnchor): Resolved {
  const build = (y: number) => (c.day ? makeDay(y, c.month!, c.day) : makeMonth(y, c.month!));
  if (c.year) return { value: build(c.year), rule: c.day ? 'absolute-date' : 'absolute-month' };
  const P = a.published;
  if (!P) {
    if (a.storyYear) return { value: build(a.storyYear), rule: 'story-year', note: `no publication date; the story's year ${a.storyYear}` };
    return { value: null, rule: 'no-year-no-anchor' };
  }
  const y = +P.slice(0, 4);
  const v = build(y);
  if (!v) return { value: null, rule: 'invalid-date' };
  const cmp = c.day ? v : v + '-01';
  const pubCmp = c.day ? P : P.slice(0, 7) + '-01';
  if (!c.future && cmp > pubCmp) return { value: build(y - 1), rule: 'month-before-publication', note: 'no year; the last one on or before publication' };
  if (c.future && cmp < pubCmp) return { value: build(y + 1), rule: 'month-after-publication', note: 'no year, future tense; the next one' };
  return { value: v, rule: 'month-publication-year', note: 'no year; the publication year' };
}

function resolveWeekday(c: TimexCandidate, P: string): Resolved {
  const wd = c.weekday!;
  if (c.modifier === 'last') return { value: weekdayOnOrBefore(addDays(P, -1), wd), rule: 'last-weekday' };
  if (c.modifier === 'next') return { value: weekdayOnOrAfter(addDays(P, 1), wd), rule: 'next-weekday' };
  if (c.future) return { value: weekdayOnOrAfter(P, wd), rule: 'weekday-future', note: 'future tense: the first such day on or after publication' };
  return { value: weekdayOnOrBefore(P, wd), rule: 'weekday-past', note: 'past tense: the most recent such day on or before publication' };
}

/** "the last Tuesday of January", "the first Monday of the month": that weekday counted within its month. */
function resolveNthWeekday(c: TimexCandidate, a: DateAnchor): Resolved {
  let month: string | null;
  if (c.month) month = resolveMonthDay({ ...c, day: undefined }, a).value;
  else month = a.published ? monthShift(a.published, c.modifier === 'last' ? -1 : c.modifier === 'next' ? 1 : 0) : null;
  if (!month) return { value: null, rule: 'nth-weekday-no-month' };
  const first = `${month}-01`;
  const nextFirst = `${monthShift(first, 1)}-01`;
  const day = c.nth! > 0 ? addDays(weekdayOnOrAfter(first, c.weekday!), 7 * (c.nth! - 1)) : weekdayOnOrBefore(addDays(nextFirst, -1), c.weekday!);
  if (!day.startsWith(month)) return { value: null, rule: 'nth-weekday-outside-month' };
  return { value: day, rule: 'nth-weekday-of-month', note: `${c.nth! > 0 ? `weekday number ${c.nth}` : 'the last such weekday'} of ${month}` };
}

function resolveWeekend(c: TimexCandidate, P: string): Resolved {
  if (c.modifier === 'next' || c.future) return { value: weekdayOnOrAfter(addDays(P, c.modifier === 'next' ? 1 : 0), 6), rule: 'weekend-future', note: 'Saturday taken' };
  const wd = weekdayOf(P);
  if (wd === 6 && c.modifier !== 'last') return { value: P, rule: 'weekend-current', note: 'published on the Saturday' };
  const sunday = weekdayOnOrBefore(c.modifier === 'last' ? addDays(P, -1) : P, 0);
  return { value: sunday, rule: 'weekend-past', note: 'the most recent weekend; Sunday taken (Saturday possible)' };
}

function resolvePeriod(c: TimexCandidate, P: string): Resolved {
  const step = c.modifier === 'last' ? -1 : c.modifier === 'next' ? 1 : 0;
  if (c.unit === 'year') return { value: String(+P.slice(0, 4) + step), rule: `${c.modifier}-year` };
  if (c.unit === 'month') return { value: monthShift(P, step), rule: `${c.modifier}-month` };
  return { value: addDays(P, 7 * step).slice(0, 7), rule: `${c.modifier}-week`, note: 'a week: its month kept' };
}

function offsetFrom(base: string, c: TimexCandidate): string {
  const n = c.offset ?? 0;
  if (c.unit === 'week') return addDays(base, 7 * n);
  if (c.unit === 'month') return monthShift(base, n);
  if (c.unit === 'year') return String(+base.slice(0, 4) + n);
  return addDays(base, n);
}

/** True when the text between two expressions is only a comma ("Oct. 1, over three weeks earlier"). */
const glosses = (text: string, prev: TimexCandidate | undefined, c: TimexCandidate): boolean =>
  !!prev && prev.kind === 'date' && /^\s*,\s*$/.test(text.slice(prev.end, c.start));

/**
 * Resolves candidates in text order. `previous` chaining uses the most recent day-precise
 * value already resolved (in this sentence or an earlier one).
 */
export function resolveTimexes(text: string, cands: TimexCandidate[], anchor: DateAnchor): Timex[] {
  const out: Timex[] = [];
  let lastDay: string | null = null;
  const P = anchor.published;
  cands.forEach((c, i) => {
    let r: Resolved;
    switch (c.kind) {
      case 'date':
      case 'month':
        r = resolveMonthDay(c, anchor);
        break;
      case 'nth-weekday':
        r = resolveNthWeekday(c, anchor);
        break;
      case 'year':
        r = { value: String(c.year), rule: 'absolute-year' };
        break;
      case 'chain':
        if (c.eventAnchored) {
          const main = [...out].reverse().find((t, j) => cands[out.length - 1 - j].sentence === c.sentence && isDay(t.value));
          r = main && c.unit === 'day'
            ? { value: addDays(main.value!, -(c.offset ?? 0)), rule: 'event-anchored', note: `the event it names is ${Math.abs(c.offset ?? 0)} day(s) from ${main.value}, the date of its sentence` }
            : { value: null, rule: 'relative-to-event', note: 'counted from an event, not a date' };
        }
        else if (glosses(text, cands[i - 1], c) && out[i - 1].value) r = { value: out[i - 1].value, rule: 'offset-gloss', note: 'restates the date before it' };
        else if (lastDay) r = { value: offsetFrom(lastDay, c), rule: 'chain-previous', note: `counted from ${lastDay}, the date told just before` };
        else r = { value: null, rule: 'chain-no-antecedent' };
        break;
      default:
        if (!P) r = { value: null, rule: 'relative-no-publication-date' };
        else if (c.kind === 'deictic' && c.quoted) r = { value: null, rule: 'deictic-in-quote', note: "a speaker's today or tonight, not the report's" };
        else if (c.kind === 'weekday' && cands[i + 1]?.kind === 'date' && /^\s*,?\s*$/.test(text.slice(c.end, cands[i + 1].start))) {
          const d = resolveMonthDay(cands[i + 1], anchor);
          r = d.value ? { value: d.value, rule: 'weekday-with-date', note: `the date given with it (${cands[i + 1].text})` } : resolveWeekday(c, P);
        } else if (c.kind === 'weekday') r = resolveWeekday(c, P);
        else if (c.kind === 'weekend') r = resolveWeekend(c, P);
        else if (c.kind === 'period') r = resolvePeriod(c, P);
        else r = { value: offsetFrom(P, c), rule: c.kind === 'ago' ? 'ago-from-publication' : 'deictic-from-publication' };
    }
    if (r.value && c.approximate && r.rule !== 'offset-gloss' && isDay(r.value)) r = { ...r, value: r.value.slice(0, 7), note: `${r.note ? r.note + '; ' : ''}approximate: month kept` };
    // a day told in passing ("after Sunday's strike", "two days after the raid") is no anchor for the story's next step
    if (isDay(r.value) && !c.possessive && !c.eventAnchored) lastDay = r.value;
    out.push({ start: c.start, end: c.end, text: c.text, value: r.value, why: { rule: r.rule, ...(r.note ? { note: r.note } : {}) } });
  });
  return out;
}
