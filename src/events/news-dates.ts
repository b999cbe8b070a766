/**
 * News-style dating of what a report's words leave undated, each firing with its reason: the
 * lead's present perfect ("Iraq has sent a protest") is news of the publication day; a reaction
 * in the simple past near the top of a datelined wire story was made on the dateline's day; a
 * lead that dates a named speaker's words and reports no event of its own is a statement.
 */
import type { EventMention, Mention, Span, Timex } from '../core/types.ts';
import type { Item } from './extract.ts';
import { wordsIn } from './words.ts';
import { dayNumber } from '../dates/calendar.ts';
import { subjectOf, type ArgContext } from './arguments.ts';
import { modalityAt } from './modality.ts';


/** The report's lead: its first sentence that reads as prose (a dozen words or more, ending in a full stop). */
export function leadSentence(text: string, sentences: Span[]): Span | null {
  return sentences.find((s) => wordsIn(text.slice(s.start, s.end)) >= 12 && /[.!?]["”’]?\s*$/.test(text.slice(s.start, s.end))) ?? null;
}

/** "has sent", "have asked", "has now vowed": the present perfect, told as news of the day. */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:(?:now|also|already|formally|reportedly|officially|publicly)\s+)?$/i;

/** A period the present perfect counts over: "since October", "over the past week", "so far this year". */
const TALLY_PERIOD = /\b(?:since|over the (?:past|last)|in the (?:past|last)|for the (?:past|last)|so far|to date|throughout)\b/i;

/**
 * News style: the lead's present perfect with no date of its own ("Iraq has sent a protest to the
 * UN") tells what happened on the day of publication (or just before it).
 */
export function datePerfectLead(text: string, lead: Span | null, ev: EventMention, head: Span, published: string | null): void {
  if (!published || !lead || ev.date || ev.modality !== 'asserted' || head.start < lead.start || head.end > lead.end) return;
  const perfect = /^(?:has|have)\s/i.test(text.slice(head.start, head.end)) || PRESENT_PERFECT.test(text.slice(Math.max(lead.start, head.start - 30), head.start));
  if (!perfect) return;
  // "have killed four soldiers since October", "has hit the base forty times over the past month": a tally over a period, not the day's news
  if (TALLY_PERIOD.test(text.slice(head.end, lead.end))) return;
  ev.date = published;
  ev.dateRule = 'present-perfect-lead';
  ev.why = { ...ev.why, note: `${ev.why.note ?? ''}; dated ${published}: present perfect in the lead, the day of publication` };
}

/** How many sentences from the lead on a wire story tells the day's reactions before its background. */
const REACTION_SENTENCES = 8;
/** Reactions: denials, accusations, rejections, threats and vows (CAMEO 012, 11-13). */
const REACTION = (c: string) => /^1[123]/.test(c) || c === '012';
/** Without a dateline, how many sentences from the lead count as the day's news. */
const PEG_SENTENCES = 5;
/** Answers to the day's news: denial (012), criticism (111), rejection (12x). */
const PEG_REACTION = (c: string) => c === '012' || c === '111' || c.startsWith('12');

/**
 * The day a news report's top tells of, when it has no dateline: its publication day, if its lead
 * dates what it reports within two days before publication (a news report on the day's events,
 * not an analysis looking back). Null otherwise.
 */
export function newsPegDay(text: string, lead: Span | null, timexes: Timex[], published: string | null): string | null {
  if (!published || !lead) return null;
  const recent = timexes.some((t) => t.start >= lead.start && t.end <= lead.end && t.value?.length === 10 && t.value <= published && dayNumber(published) - dayNumber(t.value) <= 2);
  return recent ? published : null;
}

/**
 * News style: near the top of a wire story under a dateline ("AMMAN, Oct 1 (Wire) -"), a reaction
 * told in the simple past with no date of its own ("Netanyahu vowed to retaliate") was made on
 * the dateline's day. The date is soft: it yields to a date other words give the same event.
 */
export function dateReaction(text: string, ev: EventMention, head: Span, newsDay: string | null, sentenceIndex: number, leadIndex: number, pegOnly = false): void {
  if (!newsDay || ev.date || ev.modality !== 'asserted' || !REACTION(ev.cameo) || leadIndex < 0) return;
  // without a dateline only answers to the day's news: denials, rejections, condemnations (an accusation or vow is often background)
  if (pegOnly && !PEG_REACTION(ev.cameo)) return;
  if (sentenceIndex < leadIndex || sentenceIndex >= leadIndex + (pegOnly ? PEG_SENTENCES : REACTION_SENTENCES)) return;
  const words = text.slice(head.start, head.end);
  if (/^(?:has|have|had)\s/i.test(words) || /\b(?:has|have|had)\s+(?:[\w'’-]+\s+){0,2}$/i.test(text.slice(Math.max(0, head.start - 30), head.start)) || !/ed\b|\b(?:threw|took|made|said|told)\b/i.test(words)) return;
  ev.date = newsDay;
  ev.dateRule = pegOnly ? 'news-peg-day' : 'dateline-day';
  ev.why = { ...ev.why, note: `${ev.why.note ?? ''}; dated ${newsDay}: a reaction in the simple past near the top of a ${pegOnly ? 'news report published that day whose lead tells recent events' : 'story datelined that day'}` };
}


/**
 * News style: a lead that dates a named speaker's words and reports no event of its own ("X said
 * on Sunday that the strikes should not be exaggerated") tells a statement (010) on that day.
 */
export function leadStatement(text: string, sentence: Span, items: Item[], built: EventMention[], mentions: Mention[], timexes: Timex[]): { item: Item; ev: EventMention } | null {
  const speech = items.find((it) => it.entry.role === 'speech' && it.timex != null && timexes[it.timex]?.value);
  if (!speech || built.some((e) => e.timex === speech.timex && e.modality === 'asserted')) return null;
  const ctx: ArgContext = { text, mentions, sentence, barriers: items.filter((o) => o !== speech).map((o) => o.trig) };
  const actors = subjectOf(ctx, speech.head).filter((i) => mentions[i].type === 'person' || mentions[i].type === 'organization');
  if (!actors.length || modalityAt(text, sentence, speech.head, 'verb').modality !== 'asserted') return null;
  const t = timexes[speech.timex!];
  const ev: EventMention = {
    trigger: { start: speech.trig.start, end: speech.trig.end },
    type: 'statement',
    cameo: '010',
    actors,
    targets: [],
    locations: [],
    instrument: null,
    killed: null,
    wounded: null,
    casualtyText: null,
    timex: speech.timex,
    date: t.value,
    dateText: t.text,
    modality: 'asserted',
    evidence: [{ start: sentence.start, end: sentence.end }],
    why: { rule: 'lead-statement', note: `"${speech.trig.text}" with its own date in the lead, reporting no event: a statement (010)` },
  };
  return { item: speech, ev };
}

