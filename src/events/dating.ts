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

const wordsIn = (s: string) => (s.match(/[\w'’.-]+/g) ?? []).length;
const isVerbLike = (it: Item) => it.verbal || it.entry.role === 'speech' || it.entry.role === 'light';
/** The item a binding lands on: a light verb hands its date to the noun it carries. */
const target = (it: Item, items: Item[]): Item => (it.entry.role === 'light' ? items.find((o) => o.governor === it) ?? it : it);

function bindOne(text: string, items: Item[], tx: Timex, i: number): void {
  const set = (it: Item) => {
    const t = target(it, items);
    if (t.timex == null) t.timex = i;
  };
  const after = text.slice(tx.end, tx.end + 40);
  const adjectival = /['’]s$/.test(tx.text) || (/^\w/.test(tx.text) && /\b(?:the|an?|this|last|that)\s+$/i.test(text.slice(Math.max(0, tx.start - 6), tx.start)));
  if (adjectival) {
    const noun = items.find((it) => it.trig.start >= tx.end && it.trig.start - tx.end <= after.length && it.entry.pos === 'noun');
    if (noun && wordsIn(text.slice(tx.end, noun.trig.start)) <= 3 && !/[,;:]/.test(text.slice(tx.end, noun.trig.start))) return set(noun);
  }
  const left = items.filter((it) => it.trig.end <= tx.start && !(it.absorbed && it.type === 'killing')).reverse();
  const coarse = /^(?:this|last|next|earlier|later|late|early)\b/i.test(tx.text) && /\b(?:week|month|year)$/i.test(tx.text);
  for (const it of left) {
    if (isVerbLike(it)) return set(it);
    if (coarse) continue;
    const gap = text.slice(it.trig.end, tx.start);
    if (wordsIn(gap) <= 12 && !/[,;:]/.test(gap)) return set(it);
  }
  const right = items.find((it) => it.trig.start >= tx.end && isVerbLike(it));
  if (right) set(right);
}

/** Binds the sentence's date expressions to its items, then passes dates down to reported events. */
export function bindTimexes(text: string, sentence: Span, items: Item[], timexes: Timex[]): void {
  timexes.forEach((tx, i) => {
    if (tx.start >= sentence.start && tx.end <= sentence.end) bindOne(text, items, tx, i);
  });
  let speechTimex: number | null = null;
  for (const it of items) {
    if (it.entry.role === 'speech') {
      speechTimex = it.timex;
      continue;
    }
    if (it.timex == null && it.governor?.timex != null) it.timex = it.governor.timex;
    if (it.timex == null && it.verbal && speechTimex != null) it.timex = speechTimex;
  }
}
