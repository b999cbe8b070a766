/**
 * Who did what to whom, where: actors from the subject side of a trigger (or after "by" in the
 * passive), targets and locations from the words after it, for nouns from their own phrase
 * ("Iran's attack", "the U.S. strikes", "an attack on Tower 22 in Jordan"). Pronouns and
 * definite descriptions ("it", "the group") take the nearest earlier name of the right kind.
 */
import type { Mention, Span } from '../core/types.ts';

/** Participants of one event, as indices into the mentions layer. */
export interface Participants {
  actors: number[];
  targets: number[];
  locations: number[];
}

/** What the argument finder needs to know about a document. */
export interface ArgContext {
  text: string;
  mentions: Mention[];
  sentence: Span;
  /** Spans of the other triggers in the sentence: arguments are not looked for across them. */
  barriers: Span[];
}

const PREP_BEFORE = /\b(?:in|at|on|of|from|to|for|against|with|near|inside|into|toward|towards|across|over|than|between|around|outside|within|under|via|through)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}$/i;
const PRONOUN_SUBJECT = /\b(it|they|he|she|its|their|his|her|the\s+(?:group|militia|militias|network|collective|organi[sz]ation|movement|faction|factions|coalition|umbrella group|force|forces|commander|general))\s+(?:[\w'’-]+\s+){0,3}$/i;
/** The words before a name that make it the addressee of a reporting verb ("told Al Jazeera"), not a subject. */
const ADDRESSEE_BEFORE = /\b(?:told|tells|telling|informed|briefed|assured)\s+(?:the\s+)?$/i;
const addressee = (ctx: ArgContext, m: Mention) => ADDRESSEE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 20), m.start));
const isActorType = (m: Mention) => m.type === 'person' || m.type === 'organization';
const isPlace = (m: Mention) => m.type === 'location';

const crosses = (barriers: Span[], a: number, b: number): boolean => barriers.some((s) => s.start >= a && s.end <= b);

/** Mentions (indices) lying inside a span, in text order. */
export function mentionsWithin(mentions: Mention[], span: Span): number[] {
  // mentions are in text order: find the first starting at or after span.start, then walk
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < span.end; i++) if (mentions[i].end <= span.end) out.push(i);
  return out;
}

/** The nearest earlier mention (this sentence or before) fit for a pronoun. */
function antecedent(ctx: ArgContext, before: number, pronoun: string): number | null {
  const wantPerson = /^(he|she|his|her|the\s+(commander|general))$/i.test(pronoun);
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.end > before || before - m.end > 1500 || addressee(ctx, m)) continue;
    if (wantPerson ? m.type === 'person' : m.type === 'organization') return i;
  }
  return null;
}

/** Actors on the subject side of a verb whose head is at `head`. */
export function subjectOf(ctx: ArgContext, head: Span): number[] {
  const { text, mentions, sentence } = ctx;
  const before = text.slice(sentence.start, head.start);
  const pron = PRONOUN_SUBJECT.exec(before);
  if (pron && pron.index + pron[0].length === before.length) {
    const p = pron[1].replace(/\s+/g, ' ');
    const inSentence = mentionsWithin(mentions, { start: sentence.start + pron.index, end: head.start }).filter((i) => isActorType(mentions[i]));
    if (!inSentence.length) {
      const a = antecedent(ctx, sentence.start + pron.index, p);
      return a == null ? [] : [a];
    }
  }
  const cands = mentionsWithin(mentions, { start: sentence.start, end: head.start }).reverse();
  let fallback: number | null = null;
  for (const i of cands) {
    const m = mentions[i];
    if (crosses(ctx.barriers, m.end, head.start)) break;
    if (PREP_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))) continue;
    if (text[m.start - 1] === '(' && text[m.end] === ')') continue;
    if (addressee(ctx, m)) continue;
    if (isActorType(m)) return withCoordinated(ctx, i);
    if (fallback == null && isPlace(m)) fallback = i;
  }
  return fallback == null ? [] : [fallback];
}

/** The actor and names joined to it by "and" or a comma ("Kataib Hezbollah and al-Nujaba"). */
function withCoordinated(ctx: ArgContext, i: number): number[] {
  const out = [i];
  let cur = i;
  while (cur > 0) {
    const prev = ctx.mentions[cur - 1];
    if (prev.start < ctx.sentence.start || !isActorType(prev)) break;
    if (!/^\s*(?:,|and|, and)\s*$/.test(ctx.text.slice(prev.end, ctx.mentions[cur].start))) break;
    out.push(cur - 1);
    cur--;
  }
  return out;
}

/** Names after a trigger, up to the next trigger or clause edge: targets and places. */
export function objectsAfter(ctx: ArgContext, head: Span, maxChars: number): Participants & { byActor: number[] } {
  const { text, mentions, sentence } = ctx;
  let end = Math.min(sentence.end, head.end + maxChars);
  const edge = text.slice(head.end, end).search(/[;:—]|,\s+(?:which|who|where|while|but|as|according)\b|,\s+(?:[\w'’.-]+\s+){0,5}(?:said|told|added|reported|says)\b|,\s+(?:prompting|raising|drawing|sparking|triggering|fuelling|fueling|days?|weeks?|months?|hours?|a day|a week)\b/);
  if (edge >= 0) end = head.end + edge;
  for (const b of ctx.barriers) if (b.start >= head.end && b.start < end) end = b.start;
  const out = { actors: [] as number[], targets: [] as number[], locations: [] as number[], byActor: [] as number[] };
  // "killed by X", "killed on Sunday by X", "struck overnight by X"
  const by = /^\s+(?:(?:(?:late |early )?on|overnight on|at|in)\s+[\w'’-]+(?:\s+(?:morning|afternoon|evening|night))?\s+|[\w-]+ly\s+|overnight\s+)?by\s+(?:the\s+|a\s+|an\s+)?/i.exec(text.slice(head.end, end));
  for (const i of mentionsWithin(mentions, { start: head.end, end })) {
    const m = mentions[i];
    if (by && m.start >= head.end + by[0].length - 5 && m.start <= head.end + by[0].length + 12 && !out.byActor.length && !PREP_BEFORE.test(text.slice(head.end + by[0].length, m.start))) out.byActor.push(i);
    else if (isPlace(m)) out.locations.push(i);
    else out.targets.push(i);
  }
  return out;
}

/** For a noun trigger: its possessor or modifier before it ("Iran's attack", "the U.S. strikes"). */
export function modifierBefore(ctx: ArgContext, head: Span): number[] {
  const { text, mentions, sentence } = ctx;
  for (const i of mentionsWithin(mentions, { start: Math.max(sentence.start, head.start - 40), end: head.start }).reverse()) {
    const gap = text.slice(mentions[i].end, head.start);
    if (crosses(ctx.barriers, mentions[i].end, head.start) || /\b(?:in|at|on|of|from|to|for|against|with|during|by|and|or|after|before|that|which)\b/i.test(gap)) continue;
    // a determiner or a past-tense verb after the name puts it outside the noun's phrase ("X discussed the attack")
    if (!/^['’]/.test(gap) && /\b(?:the|a|an|this|that|these|those|its|their|his|her)\b|\w+ed\b/i.test(gap)) continue;
    if (/^(?:['’]s?)?\s+(?:[\w.'’-]+\s+){0,3}$|^(?:['’]s?)?\s*$/.test(gap) && !/[,;:]/.test(gap)) return [i];
  }
  return [];
}
