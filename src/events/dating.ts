/**
 * Which trigger a date expression belongs to, within one sentence:
 * - a possessive weekday or an adjectival date goes to the noun right after it ("Sunday's
 *   strike", "the Feb. 2 strikes", "an Oct. 4 assault");
 * - otherwise to the nearest trigger on its left: a verb or reporting verb at any distance, a
 *   noun only inside its own phrase ("an attack on a base in Jordan on Sunday");
 * - a date before every trigger ("On Saturday, Israel responded") goes to the first verb after it;
 * - a verb with no date of its own takes the date of the reporting verb that introduces it ("said
 *   on Wednesday that the group had vowed"), or of the announcement that reports it.
 */
import type { Span, Timex } from '../core/types.ts';
import type { Item } from './extract.ts';
import { wordsIn } from './words.ts';

/** A light verb that carries no event, used as a participle ("missiles fired by X struck"): its clause takes no date. */
const dangling = (text: string, it: Item, items: Item[]) => it.entry.role === 'light' && it.absorbed && !items.some((o) => o.governor === it) && /^\s+by\b/i.test(text.slice(it.trig.end, it.trig.end + 5));
const isVerbLike = (it: Item) => it.verbal || it.entry.role === 'speech' || it.entry.role === 'light';
/** The item a binding lands on: a light verb hands its date to the noun it carries. */
const target = (it: Item, items: Item[]): Item => (it.entry.role === 'light' ? items.find((o) => o.governor === it) ?? it : it);

/** Words that open a period rather than date an event: "since", "over the past", "throughout". */
const PERIOD_OPENER = /\b(?:since|ever since|over the (?:past|last)|in the (?:past|last)|throughout|for the (?:past|last))\s/gi;

/**
 * Where the period phrase holding a date expression begins ("since the start of the war in
 * October"), or null: the opener must be in the same clause (no punctuation between) and at most
 * a dozen words before the date.
 */
function periodOpening(text: string, tx: Timex, items: Item[]): number | null {
  const from = Math.max(0, tx.start - 90);
  const before = text.slice(from, tx.start);
  let at: number | null = null;
  for (const m of before.matchAll(PERIOD_OPENER)) at = from + m.index!;
  if (at == null) return null;
  const gap = text.slice(at, tx.start);
  if (/[,;:.!?]/.test(gap) || wordsIn(gap) > 13) return null;
  return at;
}

function bindOne(text: string, items: Item[], tx: Timex, i: number, others: Timex[], all: Timex[]): void {
  const set = (it: Item) => {
    const t = target(it, items);
    // a date said of the event itself beats one counted from another event ("two days after Sunday's strike")
    const counted = (x: Timex) => x.why.rule === 'event-anchored' || x.why.rule === 'relative-to-event';
    const had = t.timex == null ? null : all[t.timex];
    if (!had || (had.value == null && tx.value != null) || (counted(had) && !counted(tx))) t.timex = i;
  };
  const after = text.slice(tx.end, tx.end + 40);
  // "a day after a drone hit ...": the date belongs to the event named right after it
  if (tx.why.rule === 'event-anchored' || tx.why.rule === 'relative-to-event') {
    const named = items.find((it) => it.trig.start >= tx.end && wordsIn(text.slice(tx.end, it.trig.start)) <= 8);
    if (named) set(named);
    return;
  }
  const adjectival = /['’]s$/.test(tx.text) || (/^\w/.test(tx.text) && /\b(?:the|an?|this|last|that)\s+$/i.test(text.slice(Math.max(0, tx.start - 6), tx.start)));
  if (adjectival) {
    const noun = items.find((it) => it.trig.start >= tx.end && it.trig.start - tx.end <= after.length && it.entry.pos === 'noun');
    if (noun && wordsIn(text.slice(tx.end, noun.trig.start)) <= 3 && !/[,;:]/.test(text.slice(tx.end, noun.trig.start))) return set(noun);
    if (/['’]s$/.test(tx.text)) return;
  }
  // "since mid-October", "since the start of the war in October 2023", "for the first time since
  // March": the date bounds a period; it dates only an event named inside that phrase (its start)
  const period = periodOpening(text, tx, items);
  if (period != null) {
    const start = items.filter((it) => it.trig.start >= period && it.trig.end <= tx.start).pop();
    if (start) set(start);
    return;
  }
  const right = items.find((it) => it.trig.start >= tx.end && isVerbLike(it) && !dangling(text, it, items));
  const rightFree = right && !others.some((o) => o.start >= tx.end && o.end <= right.trig.start);
  // ", and earlier this month a drone killed ...": a date opening a new clause dates that clause's verb
  if (rightFree && /(?:,\s*(?:and|but|while|then)|;)\s+$/i.test(text.slice(Math.max(0, tx.start - 12), tx.start))) return set(right);
  const left = items.filter((it) => it.trig.end <= tx.start && !(it.absorbed && it.type === 'killing' && !it.tollOf)).reverse();
  const coarse = /^(?:this|last|next|earlier|later|late|early)\b/i.test(tx.text) && /\b(?:week|month|year)$/i.test(tx.text);
  for (const it of left) {
    // "one such attack killed two soldiers earlier this month": the toll's date is the attack's
    if (it.tollOf) return set(it.tollOf);
    if (isVerbLike(it)) return set(it);
    if (coarse) continue;
    const gap = text.slice(it.trig.end, tx.start);
    if (wordsIn(gap) <= 12 && !/[,;:]/.test(gap)) return set(it);
  }
  if (rightFree) set(right);
}

/** The verb a verbal item is coordinated with ("accused X of Y and called for Z", "met them, urging"): it has no subject of its own. */
export function coordinatedWith(text: string, it: Item, items: Item[]): Item | null {
  const before = items.filter((o) => o !== it && o.head.end <= it.head.start && o.verbal && o.entry.role !== 'speech' && o.entry.role !== 'light').pop();
  if (!before) return null;
  const gap = text.slice(before.head.end, it.head.start);
  if (/[;:]/.test(gap) || wordsIn(gap) > 20) return null;
  return /(?:^|\s)(?:and|but)\s+(?:(?:also|later|then|subsequently)\s+)?$/i.test(gap) || participleClause(text, it, gap) ? before : null;
}

/** ", urging them to stop": a participle opening a clause after a comma tells what the main clause's subject did then. */
export const participleClause = (text: string, it: Item, gap: string): boolean => /ing$/i.test(text.slice(it.head.start, it.head.end).split(/\s+/)[0]) && /,\s*$/.test(gap);

/** True when a subordinate clause ("after", "since", "when") opens between two points. */
const subordinate = (text: string, from: number, to: number) => /\b(?:after|before|since|when|while|because|following|until|as)\b/i.test(text.slice(from, to));

/** "X did A on Tuesday night as Y did B": a clause opened by as/when/while tells the same time. */
const SIMULTANEOUS = /(?:^|[\s,])(?:just\s+|even\s+)?(?:as|when|while)\s+(?:[\w'’.-]+\s+){0,5}?$/i;

/** Binds the sentence's date expressions to its items, then passes dates down to reported events. */
export function bindTimexes(text: string, sentence: Span, items: Item[], timexes: Timex[]): void {
  timexes.forEach((tx, i) => {
    if (tx.start >= sentence.start && tx.end <= sentence.end) bindOne(text, items, tx, i, timexes.filter((o) => o !== tx && o.start >= sentence.start && o.end <= sentence.end), timexes);
  });
  let speechTimex: number | null = null;
  let speechAt = sentence.start;
  const first = items.find(isVerbLike);
  for (const it of items) {
    if (it.entry.role === 'speech') {
      // "X on Monday released the names ..., and said": a reporting verb sharing the subject shares its date
      if (it.timex == null && first && first !== it && first.timex != null && /(?:^|[^\w'’-])and\s+$/i.test(text.slice(it.trig.start - 6, it.trig.start))) it.timex = first.timex;
      speechTimex = it.timex;
      speechAt = it.trig.end;
      continue;
    }
    if (it.timex == null && it.governor?.timex != null) it.timex = it.governor.timex;
    if (it.timex == null && it.verbal && speechTimex != null && !subordinate(text, speechAt, it.trig.start)) it.timex = speechTimex;
  }
  // "On Monday, Iraq accused X and called for Y": a date opening the clause dates the verbs joined by "and"
  for (const it of items) {
    const shared = it.verbal && it.timex == null ? coordinatedWith(text, it, items) : null;
    const tx = shared?.timex != null ? timexes[shared.timex] : null;
    const participle = !!shared && participleClause(text, it, text.slice(shared.head.end, it.head.start));
    if (tx && (participle || tx.end <= shared!.head.start)) it.timex = shared!.timex;
  }
  for (const it of items) {
    const t = target(it, items);
    if (t.timex != null || !isVerbLike(it) || it.entry.role === 'speech') continue;
    const conj = SIMULTANEOUS.exec(text.slice(Math.max(sentence.start, it.trig.start - 60), it.trig.start));
    if (!conj) continue;
    const at = it.trig.start - conj[0].length;
    // the clause it hangs on is the nearest verb before the conjunction, dated or not
    const main = items.filter((o) => o.trig.end <= at && isVerbLike(o) && o.entry.role !== 'speech').pop();
    if (main && target(main, items).timex != null) t.timex = target(main, items).timex;
  }
}
