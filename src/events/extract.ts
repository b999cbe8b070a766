/**
 * Event mentions read from one document, a sentence at a time: triggers from the lexicon, light
 * verbs joined to their nouns ("launched a drone attack"), casualty verbs joined to the attack
 * they belong to ("an assault that killed two soldiers"), announcements and vows joined to what
 * they report, dates bound to the trigger they belong to, modality, participants and casualties.
 */
import type { EventMention, Mention, Span, Timex } from '../core/types.ts';
import { findTriggers, type Trigger, type LexiconEntry } from './lexicon.ts';
import { readCasualties, type Casualties } from './casualties.ts';
import { modalityAt } from './modality.ts';
import { subjectOf, objectsAfter, modifierBefore, type ArgContext } from './arguments.ts';
import { bindTimexes, coordinatedWith } from './dating.ts';
import { wordsIn } from './words.ts';
import { isCaption } from './caption.ts';
import { complaintOverAppeal } from './precedence.ts';
import { countriesQualifying } from '../relations/demonyms.ts';
import { leadSentence, datePerfectLead, dateReaction, leadStatement, newsPegDay } from './news-dates.ts';

/** A trigger being assembled into an event. */
export interface Item {
  trig: Trigger;
  entry: LexiconEntry;
  /** Where subject, modality and clause date are read: the light verb's span for its noun. */
  head: Span;
  verbal: boolean;
  cameo: string;
  type: string;
  instrument: string | null;
  cas: Casualties;
  governor: Item | null;
  inner: Item | null;
  /** Used up by another item (a casualty verb, a light verb, what a vow promises). */
  absorbed: boolean;
  /** Index into the document's timexes. */
  timex: number | null;
  /** For a casualty verb used up as an attack's toll: that attack. */
  tollOf?: Item;
}

const VIOLENT = (c: string) => /^(18|19|20)/.test(c);
const INSTRUMENT = /\b(drone|UAV|missile|rocket)s?\b/i;
/** What may stand between a verb and the noun it takes as object: a determiner and one word ("the deadly attack"). */
const OBJECT_GAP = /^\s+(?:(?:the|a|an|this|that|its|their|his|her|last|Sunday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s|Saturday['’]s)\s+)?(?:[\w'’-]+\s+)?$/i;
const SUBORDINATE = /\b(?:as|when|while|after|before|because|since|until)\s/i;
/** Nouns a country adjective qualifies as an actor ("Jordanian air defences intercepted ..."). */
const STATE_ACTOR = /^\s+(?:[\w-]+\s+){0,2}?(?:air defen[cs]es|defen[cs]es|authorities|ministry|police|security forces|forces?|soldiers?|troops?|officials?|military|army|navy|air force|government|militias?|jets?|warplanes?|aircraft|drones?|leaders?|commanders?)\b/i;

/** A form of "be" (with an adverb or two) right before a participle: the passive. */
const BE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:(?:reportedly|also|allegedly|all|both|later|then|badly|seriously|critically|fatally|mortally|not|never)\s+){0,2}$/i;

/** A counted noun phrase right before a participle ("three soldiers killed", "dozens of people wounded"): a reduced passive. */
const COUNTED_BEFORE = /(?:^|[^\w'’.-])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several)\s+(?:of\s+)?(?:[\w.'’-]+\s+){0,3}$/i;
/** Countries and states: named before a noun trigger they are its actor ("the U.S. strikes"). */
const STATE_SUBTYPES = new Set(['country', 'state']);

/**
 * How a verbal trigger is told in the passive: 'be' ("were killed", "had been struck", "the general
 * killed by a drone": its subject is the victim), 'reduced' ("named three soldiers killed": the subject before belongs to another
 * verb), or null for the active.
 */
function passiveForm(text: string, sentence: Span, it: Item): 'be' | 'reduced' | null {
  const head = text.slice(it.head.start, it.head.end);
  if (/ing$/i.test(head.split(/\s+/)[0])) return null;
  const before = text.slice(Math.max(sentence.start, it.head.start - 40), it.head.start);
  if (BE_BEFORE.test(before)) return 'be';
  // "a car hit by a drone", "a convoy struck overnight by rockets"
  if (/^\s+(?:[\w-]+ly\s+|overnight\s+)?by\s/i.test(text.slice(it.head.end, it.head.end + 30)) && !/\b(?:has|have|had)\s+$/i.test(before)) return 'be';
  return /ed$/i.test(head) && COUNTED_BEFORE.test(before) && !/\b(?:has|have|had)\s/i.test(before) ? 'reduced' : null;
}

function makeItem(t: Trigger): Item {
  return {
    trig: t,
    entry: t.entry,
    head: { start: t.start, end: t.end },
    verbal: t.entry.pos === 'verb',
    cameo: t.entry.cameo,
    type: t.entry.type,
    instrument: null,
    cas: { killed: null, wounded: null, text: null },
    governor: null,
    inner: null,
    absorbed: false,
    timex: null,
  };
}

function instrumentNear(text: string, it: Item): string | null {
  const m = INSTRUMENT.exec(text.slice(Math.max(0, it.trig.start - 25), it.trig.end + 30));
  return m ? m[1].toLowerCase().replace('uav', 'drone') : null;
}

const prev = (items: Item[], i: number): Item | undefined => (i > 0 ? items[i - 1] : undefined);

/** Joins light verbs, casualty verbs and governors to the items they belong to. */
function link(text: string, items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const next = items[i + 1];
    const gapNext = next ? text.slice(it.trig.end, next.trig.start) : '';
    if (it.entry.role === 'light') {
      it.absorbed = true;
      if (next && next.entry.pos === 'noun' && next.entry.role !== 'speech' && wordsIn(gapNext) <= 4 && !/[.,;:]/.test(gapNext)) {
        next.head = it.head;
        next.verbal = true;
        next.governor = it;
      } else if (prev(items, i) && /^\s*(?:(?:that|which)\s+(?:[\w'’.-]+\s+){0,4})?$/i.test(text.slice(prev(items, i)!.trig.end, it.trig.start)) && prev(items, i)!.entry.pos === 'noun') {
        const noun = prev(items, i)!;
        noun.verbal = true;
        noun.governor = it;
      } else {
        const m = /^\s+(?:\S+\s+){0,3}?(drones?|UAVs?|missiles?|rockets?)\b/i.exec(text.slice(it.trig.end, it.trig.end + 60));
        if (m) {
          const kind = m[1].toLowerCase().replace(/s$/, '').replace('uav', 'drone');
          it.absorbed = false;
          it.cameo = kind === 'rocket' ? '194' : '195';
          it.type = `${kind} attack`;
          it.instrument = kind;
        }
      }
    } else if ((it.entry.role === 'announce' || it.entry.role === 'intent') && next && next.entry.role !== 'speech') {
      if (wordsIn(gapNext) <= 14 && !/[.;]/.test(gapNext) && !/\b(?:after|before|since|following|when|while)\b/i.test(gapNext)) {
        next.governor = it;
        it.inner = next;
        if (it.entry.role === 'announce') {
          it.absorbed = true;
          next.verbal = true;
        } else next.absorbed = true;
      }
    }
  }
  // a verb right after a noun trigger is a participle describing it ("an attack blamed on X"); a
  // phrase is not ("the strike bore the hallmarks of X")
  for (let i = 1; i < items.length; i++) {
    const it = items[i];
    const before = items[i - 1];
    if (it.verbal && !it.governor && it.entry.role === 'event' && it.type !== 'killing' && !/\s/.test(it.trig.text) && before.entry.pos === 'noun' && /^\s+$/.test(text.slice(before.trig.end, it.trig.start))) it.absorbed = true;
  }
  // a casualty verb after an attack tells that attack's toll ("a drone attack blamed on X killed three")
  for (let i = 1; i < items.length; i++) {
    const it = items[i];
    const participle = /^killing$/i.test(it.trig.text) && /^\s+(?:at least |about |more than |over |some )?(?:\d+|[a-z]+)\s/i.test(text.slice(it.trig.end, it.trig.end + 20)) && /,\s*$/.test(text.slice(it.trig.start - 3, it.trig.start));
    if (it.type !== 'killing' || !(it.verbal || participle) || it.governor) continue;
    for (let j = i - 1; j >= 0; j--) {
      const prevItem = items[j];
      const gap = text.slice(prevItem.trig.end, it.trig.start);
      // ", and on Monday a drone killed two": a new clause tells its own event
      if (prevItem.entry.role === 'speech' || wordsIn(gap) > 12 || /[.;]|,\s+(?:and|but|while|whereas)\s/.test(gap)) break;
      if (VIOLENT(prevItem.cameo) && !prevItem.absorbed) {
        it.absorbed = true;
        it.tollOf = prevItem;
        prevItem.cas = readCasualties(text.slice(it.trig.start, it.trig.start + 160));
        break;
      }
    }
  }
}

/** Merges violent items of one sentence told as one ("the killing of three soldiers in a drone strike"). */
function joinViolent(text: string, events: Array<{ item: Item; ev: EventMention }>): Array<{ item: Item; ev: EventMention }> {
  const out: Array<{ item: Item; ev: EventMention }> = [];
  for (const cur of events) {
    const prev = out[out.length - 1];
    if (prev && VIOLENT(prev.ev.cameo) && VIOLENT(cur.ev.cameo) && prev.ev.modality === cur.ev.modality) {
      const gap = text.slice(prev.item.trig.end, cur.item.trig.start);
      const datesOk = !prev.ev.date || !cur.ev.date || prev.ev.date === cur.ev.date;
      const cause = /\b(?:for|after|before|following|over|in (?:response|retaliation) (?:to|for)|to avenge|since)\b/i.test(gap);
      if ((wordsIn(gap) <= 8 || (wordsIn(gap) <= 12 && /\bwhen\b/i.test(gap))) && !/[;:]/.test(gap) && datesOk && !cause) {
        const a = prev.ev;
        const b = cur.ev;
        const specific = b.cameo.length > a.cameo.length || (b.cameo !== '190' && a.cameo === '190') ? b : a;
        a.cameo = specific.cameo;
        a.type = specific.type;
        a.actors = [...new Set([...a.actors, ...b.actors])];
        a.targets = [...new Set([...a.targets, ...b.targets])].filter((x) => !a.actors.includes(x));
        a.locations = [...new Set([...a.locations, ...b.locations])];
        a.killed ??= b.killed;
        a.wounded ??= b.wounded;
        a.casualtyText ??= b.casualtyText;
        a.instrument ??= b.instrument;
        if (b.actorNames) a.actorNames = [...new Set([...(a.actorNames ?? []), ...b.actorNames])];
        if (b.targetNames) a.targetNames = [...new Set([...(a.targetNames ?? []), ...b.targetNames])];
        if (!a.date && b.date) [a.date, a.dateText, a.timex] = [b.date, b.dateText, b.timex];
        a.trigger = { start: a.trigger.start, end: b.trigger.end };
        continue;
      }
    }
    out.push(cur);
  }
  return out;
}

/**
 * Reads the events of one document; `published` dates the lead's present perfect, `newsDay` (the
 * dateline's day) the reactions told near the top.
 */
export function extractEvents(text: string, sentences: Span[], mentions: Mention[], timexes: Timex[], published: string | null = null, newsDay: string | null = null): EventMention[] {
  const out: EventMention[] = [];
  const lead = leadSentence(text, sentences);
  const leadIndex = lead ? sentences.indexOf(lead) : -1;
  const pegDay = newsDay ? null : newsPegDay(text, lead, timexes, published);
  const all = findTriggers(text);
  let k = 0;
  for (const [si, sentence] of sentences.entries()) {
    while (k < all.length && all[k].start < sentence.start) k++;
    if (isCaption(text, sentence)) continue;
    const items: Item[] = [];
    for (let j = k; j < all.length && all[j].end <= sentence.end; j++) items.push(makeItem(all[j]));
    if (!items.length) continue;
    link(text, items);
    bindTimexes(text, sentence, items, timexes);
    // an announcement that reports no event is a statement: left to the claims, not the timeline
    const live = items.filter((it) => !it.absorbed && it.entry.role !== 'speech' && !(it.entry.role === 'announce' && !it.inner));
    const built: Array<{ item: Item; ev: EventMention }> = [];
    for (const it of live) {
      const ev = buildEvent(text, sentence, it, items, mentions, timexes);
      if (ev) datePerfectLead(text, lead, ev, it.head, published);
      if (ev) dateReaction(text, ev, it.head, newsDay ?? pegDay, si, leadIndex, !newsDay);
      if (ev) built.push({ item: it, ev });
    }
    if (sentence === lead) {
      const said = leadStatement(text, sentence, items, built.map((b) => b.ev), mentions, timexes);
      if (said) built.push({ item: said.item, ev: said.ev });
    }
    out.push(...complaintOverAppeal(text.slice(sentence.start, sentence.end), joinViolent(text, built).map((b) => b.ev)));
  }
  return out;
}

function buildEvent(text: string, sentence: Span, it: Item, items: Item[], mentions: Mention[], timexes: Timex[]): EventMention | null {
  const tx = it.timex ?? it.governor?.timex ?? null;
  if (VIOLENT(it.cameo) && !it.cas.killed && !it.cas.wounded && !it.cas.text) {
    // the toll read stops where another event of the sentence begins ("struck 85 targets, and a drone killed one")
    const nextOwn = items.find((o) => o.trig.start > it.trig.end && o !== it.inner && o.governor !== it && !o.absorbed && o.verbal && o.entry.role === 'event');
    const after = text.slice(it.trig.start, Math.min(sentence.end, it.trig.start + 160, nextOwn ? nextOwn.trig.start : Infinity));
    it.cas = readCasualties(after.split(/;|\b(?:for|after|following|in response to|in retaliation for|since)\b/)[0], it.verbal ? text.slice(Math.max(sentence.start, it.trig.start - 64), it.trig.start) : '');
  }
  if (it.type === 'statement' && /\bin\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(sentence.start, it.trig.start - 25), it.trig.start))) return null;
  const hasCasualties = it.cas.killed != null || it.cas.wounded != null || it.cas.text != null;
  if (!it.verbal && tx == null && !hasCasualties) return null;
  // a saying's object naming an event is no edge: "blamed the attack on X", "condemned the strike by X"
  const objectNoun = it.verbal && !VIOLENT(it.cameo) ? items.find((o) => o.trig.start >= it.trig.end && o.entry.pos === 'noun' && OBJECT_GAP.test(text.slice(it.trig.end, o.trig.start))) : undefined;
  const barriers = items.filter((o) => o !== it && o !== it.governor && o !== objectNoun && o.entry.role !== 'light' && !(o.absorbed && o.type === 'killing')).map((o) => o.trig as Span);
  const ctx: ArgContext = { text, mentions, sentence, barriers };
  let { modality, note } = modalityAt(text, sentence, it.head, it.verbal ? 'verb' : 'noun');
  if (it.governor && modality === 'asserted') ({ modality, note } = modalityAt(text, sentence, it.governor.head, 'verb'));
  const obj = objectsAfter(ctx, it.trig, it.verbal ? 90 : 70);
  // "the Tower 22 attack", "the Jordan strike": a place naming a noun trigger is where, not who (a country is who)
  const placeModifier = (i: number) => mentions[i].type === 'location' && !STATE_SUBTYPES.has(mentions[i].subtype ?? '') && !/^['’]/.test(text.slice(mentions[i].end, mentions[i].end + 1));
  let actors = it.verbal && it.governor?.head !== undefined && it.head === it.governor.head ? subjectOf(ctx, it.head) : it.verbal && !it.governor ? subjectOf(ctx, it.head) : it.verbal ? subjectOf(ctx, it.governor!.head) : modifierBefore(ctx, it.trig);
  if (!it.verbal && actors.some(placeModifier)) {
    obj.locations.push(...actors.filter(placeModifier));
    actors = actors.filter((i) => !placeModifier(i));
  }
  let targets = obj.targets;
  if (!actors.length && it.governor) actors = subjectOf(ctx, it.governor.head);
  // "Iraq accused Iran of ... and called for restraint": a verb joined by "and" shares its subject
  const subjectOfChain = (x: Item): number[] => {
    const shared = coordinatedWith(text, x, items);
    return shared ? subjectOfChain(shared) : subjectOf({ ...ctx, barriers: items.filter((o) => o !== x && o.trig.end <= x.head.start).map((o) => o.trig) }, x.head);
  };
  if (it.verbal && coordinatedWith(text, it, items)) actors = subjectOfChain(it);
  const speech = items.filter((o) => o.entry.role === 'speech' && o.trig.end <= it.head.start).pop();
  // "X said it would ..." is X's saying; "X said as the missiles were intercepted" is not X's doing
  if (!actors.length && it.verbal && speech && !VIOLENT(it.cameo) && !SUBORDINATE.test(text.slice(speech.trig.end, it.head.start))) actors = subjectOf({ ...ctx, barriers: [] }, speech.head);
  // "three soldiers were killed": in the passive the subject is the victim; the actor is only the "by" agent
  const passive = it.verbal ? passiveForm(text, sentence, it) : null;
  if (obj.byActor.length || passive) {
    if (it.verbal && passive !== 'reduced') targets = [...actors, ...targets];
    actors = obj.byActor;
  }
  const instrument = it.instrument ?? (VIOLENT(it.cameo) ? instrumentNear(text, it) : null);
  let { cameo, type } = it;
  if (instrument && cameo === '190' && type === 'attack') [cameo, type] = instrument === 'rocket' ? ['194', 'rocket attack'] : ['195', `${instrument} attack`];
  const t = tx == null ? null : timexes[tx];
  const subjectSide = text.slice(Math.max(sentence.start, it.head.start - 70), it.head.start);
  const subjectNames = actors.length && !passive ? [] : countriesQualifying(subjectSide, STATE_ACTOR);
  const agent = passive ? /^\s+(?:[\w-]+\s+)?by\s+([^,;:]{0,60})/i.exec(text.slice(it.trig.end, sentence.end)) : null;
  const actorNames = passive ? (agent && !actors.length ? countriesQualifying(' ' + agent[1], STATE_ACTOR) : []) : subjectNames;
  const objectNames = countriesQualifying(text.slice(it.trig.end, Math.min(sentence.end, it.trig.end + 80)).split(/[;:]/)[0]);
  const targetNames = [...new Set([...(passive ? subjectNames : []), ...objectNames])].filter((n) => !actorNames.includes(n));
  return {
    trigger: { start: it.trig.start, end: it.trig.end },
    type,
    cameo,
    actors,
    targets: targets.filter((x) => !actors.includes(x)),
    locations: obj.locations.filter((x) => !actors.includes(x)),
    instrument,
    killed: it.cas.killed,
    wounded: it.cas.wounded,
    casualtyText: it.cas.text,
    timex: tx,
    date: t?.value ?? null,
    dateText: t ? t.text : null,
    modality,
    ...(actorNames.length ? { actorNames } : {}),
    ...(targetNames.length ? { targetNames } : {}),
    evidence: [{ start: sentence.start, end: sentence.end }],
    why: { rule: `lexicon:${it.entry.line}`, note: `"${it.trig.text}" → ${cameo} ${type}${it.governor ? ` (with "${it.governor.trig.text}")` : ''}${note ? `; ${note}` : ''}` },
  };
}
