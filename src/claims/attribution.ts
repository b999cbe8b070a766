/**
 * Attributions inside one sentence of the masked text: who is said to have said what.
 *   trailing  "<content>, <speaker> said."  /  "<quote>," said <speaker>.  /  "<content>, according to <X>."
 *   leading   "<speaker>[, apposition,] said [on Tuesday] [that] <content>."  /  "According to <X>, <content>."
 *   split     "<quote>," <speaker> added, "<quote>."
 *   inside    "X, which <speaker> said killed three, ..."  /  "X, <speaker> said, killed three."
 *   quoted    "<speaker> was quoted as saying ..."  /  "media quoted <speaker> as saying ..."
 * A trailing attribution may hold a leading one in its content ("X announced that ..., the sources
 * said"): both are returned, outer first.
 */
import type { Span } from '../core/types.ts';
import type { ClaimWords, ClaimsLexicon, SpeechVerb } from './lexicon.ts';
import { type SpeakerPhrase, type Word, isSpeakerNP, leftSpeaker, rightSpeaker, stripLeadIns, wordsOf } from './speaker.ts';
import { contentAfter, isMask, spanOf, tailStart } from './attribution-words.ts';

/** One attribution read in a sentence: the speaker phrase, the verb, the claim's words and the rule. */
export interface Attribution {
  speaker: SpeakerPhrase;
  verb: SpeechVerb | null;
  /** The attribution words (speaker + verb, or "according to X"). */
  cue: Span;
  /** The claim's words: one span, or two for a quote split around its attribution. */
  parts: Span[];
  form: 'quote' | 'reported' | 'according-to' | 'split-quote' | 'parenthetical';
  rule: string;
}

const PARTICIPLE = /^(?:as|quoting|citing|adding|according|who|which|whose|while|when|because|without|saying|noting|describing)$|ing$/;
const SUBORDINATORS = new Set(['since', 'after', 'before', 'when', 'while', 'because', 'although', 'though', 'until', 'once', 'if', 'unless', 'whether']);
/** What a speaker may call another's words without quoting them: "called the reports baseless". */
const REJECTION = /\b(?:a lie|lies|baseless|groundless|unfounded|false|fabricated|a fabrication|absurd|a pretext|untrue)\b/;

/** Words that may follow a trailing attribution's verb without opening new content. */
const CLOSING_TAIL = /^(?:quoting|citing|adding|according|who|which|because|saying|noting|speaking|referring)$/;
const RELATIVE = new Set(['which', 'what', 'whom']);
const NEG = new Set(['not', "n't", 'never', 'no']);
function negated(ws: Word[], v: number, lex: ClaimsLexicon): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    if (NEG.has(ws[k].lower) || ws[k].lower.endsWith("n't")) return true;
    if (!lex.words.adverbs.has(ws[k].lower)) return false;
  }
  return false;
}

/** "X, which|who <speaker> <verb> <words>,": the speaker says the words of X (the antecedent back
 *  to the clause start), up to the comma or sentence end that closes the relative clause. */
function relativeAttribution(masked: string, ws: Word[], from: number, v: number, W: ClaimWords): Omit<Attribution, 'verb'> | null {
  const rel = v - 1 - [...ws.slice(from, v)].reverse().findIndex((x) => x.lower === 'which' || x.lower === 'who');
  if (rel >= v || rel < from + 2 || ws[rel - 1].text !== ',') return null;
  const np = ws.slice(rel + 1, v);
  if (!np.length || !isSpeakerNP(np, W) || np.some(isMask)) return null;
  let a = rel - 1;
  while (a > from && ![',', ';', ':'].includes(ws[a - 1].text)) a--;
  const close = ws.findIndex((x, k) => k > v && [',', ';'].includes(x.text));
  const head = spanOf(ws, a, rel - 1);
  let e = close > 0 ? close : ws.length;
  while (e > v + 1 && /^[.!?]$/.test(ws[e - 1].text)) e--;
  const tail = spanOf(ws, v + 1, e);
  if (!head || !tail) return null;
  const speaker = { start: np[0].start, end: np[np.length - 1].end, text: masked.slice(np[0].start, np[np.length - 1].end), appositions: [] };
  return { speaker, cue: { start: speaker.start, end: ws[v].end }, parts: [head, tail], form: 'reported', rule: 'relative-clause' };
}

/** "<subject>, <speaker> <verb>, <predicate>": a speaker set between a subject and its verb. */
function asideSpeaker(ws: Word[], left: SpeakerPhrase, v: number, contentStart: number, end: number, W: ClaimWords): Omit<Attribution, 'verb'> | null {
  const ap = left.appositions[left.appositions.length - 1];
  const after = ws[v + 2];
  if (!ap || ap.end !== ws[v - 1]?.end || ws[v + 1]?.text !== ',' || !after) return null;
  const finite = /^\p{Ll}+ed$/u.test(after.text) || W.irregularPast.has(after.text) || /^(?:is|was|were|are|has|had|have|will|would|could|may|might|did|does)$/.test(after.text);
  const apWords = ws.filter((x) => x.start >= ap.start && x.end <= ap.end);
  if (!finite || !isSpeakerNP(apWords, W)) return null;
  const comma = ws.findIndex((x) => x.end <= ap.start && ws[ws.indexOf(x) + 1]?.start === ap.start);
  const head = comma > contentStart ? spanOf(ws, contentStart, comma) : null;
  const rest = contentAfter(ws, v + 1, null, end, W);
  if (!head || !rest) return null;
  const speaker = { start: ap.start, end: ap.end, text: apWords.map((x) => x.text).join(' '), appositions: [] };
  return { speaker, cue: { start: ap.start, end: ws[v].end }, parts: [head, rest], form: 'parenthetical', rule: 'aside-speaker' };
}

/** The speech verb of a participle ("saying", "calling", "describing"), or null. */
function participleVerb(w: Word, lex: ClaimsLexicon): SpeechVerb | null {
  if (!/ing$/.test(w.lower)) return null;
  const stem = w.lower.slice(0, -3);
  return lex.verbByForm.get(w.lower) ?? lex.verbByForm.get(stem) ?? lex.verbByForm.get(`${stem}e`) ?? null;
}

/** ", with <speaker> saying|calling ... ": a second voice joined to the sentence. */
function withParticiples(masked: string, ws: Word[], end: number, lex: ClaimsLexicon): Attribution[] {
  const W = lex.words;
  const out: Attribution[] = [];
  for (let k = 1; k < ws.length; k++) {
    if (ws[k].lower !== 'with' || ws[k - 1].text !== ',') continue;
    const at = ws.findIndex((x, i) => i > k + 1 && i <= k + 12 && participleVerb(x, lex) != null);
    if (at < 0) continue;
    const verb = participleVerb(ws[at], lex)!;
    const np = ws.slice(k + 1, at);
    // the one speaking is a person or body: a name, or a role or source noun ("the war threatening to spill over" is not)
    const head = np[np.length - 1];
    const speaks = /^\p{Lu}/u.test(head.text) || W.anonymousHeads.has(head.lower) || W.roleWords.has(head.lower) || W.orgHeads.includes(head.lower);
    if (!speaks || !isSpeakerNP(np, W) || np.some(isMask)) continue;
    if (verb.quoteObject && !ws.slice(at + 1, at + 5).some(isMask)) continue;
    if (verb.asObject && !ws.slice(at + 1, at + 8).some((x) => x.lower === 'as')) continue;
    const parts = contentAfter(ws, at, verb, end, W);
    if (!parts) continue;
    const speaker = { start: np[0].start, end: np[np.length - 1].end, text: masked.slice(np[0].start, np[np.length - 1].end), appositions: [] };
    out.push({ speaker, verb, cue: { start: speaker.start, end: ws[at].end }, parts: [parts], form: ws.some((x) => isMask(x) && x.start >= parts.start) ? 'quote' : 'reported', rule: 'with-participle' });
  }
  return out;
}

/** Every attribution of the sentence `[start, end)` of the masked text, outer first. */
export function attributions(masked: string, start: number, end: number, lex: ClaimsLexicon, leadingOnly = false, headline = false): Attribution[] {
  const W = lex.words;
  const ws = wordsOf(masked, start, end, W.abbreviations);
  // a headline "Washington to Baghdad: We'll help" (speaker, optional listener, colon, words)
  if (headline && !ws.some(isMask)) {
    const colon = ws.findIndex((x) => x.text === ':');
    const to = ws.findIndex((x, k) => k < colon && x.lower === 'to');
    const who = ws.slice(0, to > 0 ? to : colon);
    if (colon > 0 && colon <= 8 && colon < ws.length - 3 && who.every((x) => /^\p{Lu}/u.test(x.text)) && isSpeakerNP(who, W)) {
      const sp = { start: who[0].start, end: who[who.length - 1].end, text: masked.slice(who[0].start, who[who.length - 1].end), appositions: [] };
      return [{ speaker: sp, verb: null, cue: { start: sp.start, end: ws[colon].end }, parts: [{ start: ws[colon + 1].start, end: ws[ws.length - 1].end }], form: 'reported', rule: 'headline-colon' }];
    }
  }
  const trailing: Attribution[] = [];
  const leading: Attribution[] = [];
  /** Attributions inside a relative clause, told alongside the sentence's own. */
  const embedded: Attribution[] = [];
  // headlines: "'Stop the escalation': ISW" and "ISW: 'Stop the escalation'"
  if (headline && ws.length >= 3) {
    const colon = ws.findIndex((x) => x.text === ':');
    if (colon > 0 && isMask(ws[colon - 1])) {
      const sp = rightSpeaker(masked, ws.slice(colon + 1), W);
      const q = ws[colon - 1];
      if (sp && sp.end === ws[ws.length - 1].end)
        return [{ speaker: sp, verb: null, cue: { start: ws[colon].start, end: sp.end }, parts: [{ start: q.start, end: q.end }], form: 'quote', rule: 'headline-quote' }];
    }
    if (colon > 0 && colon === ws.length - 2 && isMask(ws[ws.length - 1])) {
      const left = leftSpeaker(masked, ws.slice(0, colon), W);
      if (left?.whole) {
        const q = ws[ws.length - 1];
        return [{ speaker: left.speaker, verb: null, cue: { start: left.speaker.start, end: ws[colon].end }, parts: [{ start: q.start, end: q.end }], form: 'quote', rule: 'headline-quote' }];
      }
    }
  }
  const firstContent = stripLeadIns(ws, W)[0];
  const contentStart = firstContent ? ws.indexOf(firstContent) : 0;

  for (let v = 0; v < ws.length; v++) {
    const w = ws[v];
    const accordingTo = w.lower === 'according' && ws[v + 1]?.lower === 'to';
    const quotedAs = w.lower === 'quoted' && ['was', 'were', 'is', 'are', 'been'].includes(ws[v - 1]?.lower ?? '');
    if (quotedAs && !leadingOnly) {
      const as = ws.findIndex((x, k) => k > v && k <= v + 8 && x.lower === 'as' && ws[k + 1]?.lower === 'saying');
      let aux = v - 1;
      while (aux > 0 && ['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been'].includes(ws[aux - 1].lower)) aux--;
      const left = as > 0 ? leftSpeaker(masked, ws.slice(0, aux), W) : null;
      const parts = as > 0 ? contentAfter(ws, as + 1, null, end, W) : null;
      if (left && parts) leading.push({ speaker: left.speaker, verb: lex.verbByForm.get('said') ?? null, cue: { start: left.speaker.start, end: ws[as + 1].end }, parts: [parts], form: ws.some((x) => isMask(x) && x.start >= parts.start) ? 'quote' : 'reported', rule: 'quoted-as-saying' });
      continue;
    }
    // "state media quoted the spokesman as saying ...": the one quoted is the speaker
    if (w.lower === 'quoted' || w.lower === 'quotes') {
      const as = ws.findIndex((x, k) => k > v + 1 && k <= v + 12 && x.lower === 'as' && ws[k + 1]?.lower === 'saying');
      const sp = as > 0 ? rightSpeaker(masked, ws.slice(v + 1, as), W) : null;
      const parts = as > 0 ? contentAfter(ws, as + 1, null, end, W) : null;
      if (sp && parts && !leadingOnly) leading.push({ speaker: sp, verb: lex.verbByForm.get('said') ?? null, cue: { start: w.start, end: ws[as + 1].end }, parts: [parts], form: ws.some((x) => isMask(x) && x.start >= parts.start) ? 'quote' : 'reported', rule: 'quoted-as-saying' });
      continue;
    }
    const verb = accordingTo ? null : lex.verbByForm.get(w.lower);
    if (!verb && !accordingTo) continue;
    if (verb && (/ing$/.test(w.lower) || w.text !== w.lower)) continue;
    if (verb && ws[v - 1]?.lower === 'to' && w.lower !== verb.base) continue;
    if (verb && negated(ws, v, lex)) continue;
    // "described the site as ...", "called it a '...'": these verbs report words only with their object
    // ("what Tehran calls the axis", "which Reuters described as" only name a thing)
    if ((verb?.asObject || verb?.quoteObject) && ws.slice(Math.max(0, v - 4), v).some((x) => RELATIVE.has(x.lower))) continue;
    if (verb?.asObject && !ws.slice(v + 1, v + 8).some((x) => x.lower === 'as')) continue;
    // "called it a 'grave mistake'", or without quotes a rejection: "called the accusations a lie"
    if (verb?.quoteObject && !ws.slice(v + 1, v + 5).some(isMask) && !REJECTION.test(ws.slice(v + 1, v + 9).map((x) => x.lower).join(' '))) continue;
    // "media reports said", "state television reported": a noun before the real verb
    const finite = (x: Word | undefined) => Boolean(x && x.text === x.lower && lex.verbByForm.get(x.lower)?.forms[2] === x.lower);
    if (verb && /s$/.test(w.lower) && finite(ws[v + 1])) continue;
    if (verb && w.lower === verb.base && ws.slice(v + 1, v + 4).some((x) => finite(x) || x.lower === 'quoted')) continue;
    // "on state TV", "the state": a base form after a preposition or determiner is a noun
    if (verb && w.lower === verb.base && ws[v - 1] && ((W.npPrepositions.has(ws[v - 1].lower) && ws[v - 1].lower !== 'to') || W.determiners.has(ws[v - 1].lower) || ws[v - 1].lower === 'the')) continue;
    if (accordingTo) {
      const after = ws.slice(v + 2).filter((x) => !isMask(x));
      const stop = after.findIndex((x) => x.text === '.' && x === ws[ws.length - 1]);
      const sp = rightSpeaker(masked, stop >= 0 ? after.slice(0, stop) : after, W);
      if (!sp) continue;
      const cue = { start: w.start, end: sp.end };
      let parts: Span | null = null;
      if (v > contentStart) parts = spanOf(ws, contentStart, v);
      else {
        const comma = ws.findIndex((x, k) => k > v && x.start >= sp.end && x.text === ',');
        if (comma >= 0) parts = contentAfter(ws, comma, null, end, W);
      }
      if (parts) (v > contentStart ? trailing : leading).push({ speaker: sp, verb: null, cue, parts: [parts], form: 'according-to', rule: 'according-to' });
      continue;
    }
    // the region between the last quote (or the sentence start) and the verb
    let r = 0;
    for (let k = v - 1; k >= 0; k--) if (isMask(ws[k])) {
      r = k + 1;
      break;
    }
    const region = ws.slice(r, v);
    const onlyPunct = region.every((x) => x.text === ',');
    // "..., said a source close to the group." without a quote: the speaker must end the sentence
    const unquoted = !onlyPunct && r === 0 && region[region.length - 1]?.text === ',' && !ws.slice(v + 1).some(isMask);
    if (verb!.inverts && (onlyPunct || unquoted) && v > contentStart) {
      const after = ws.slice(v + 1);
      const stop = after.findIndex((x) => isMask(x));
      const sp = rightSpeaker(masked, stop >= 0 ? after.slice(0, stop) : after, W);
      const parts = spanOf(ws, contentStart, r ? r : v);
      const lastWord = ws.filter((x) => x.text !== '.').pop();
      if (sp && parts && !leadingOnly && (!unquoted || (lastWord && sp.end >= lastWord.end))) {
        trailing.push({ speaker: sp, verb: verb!, cue: { start: w.start, end: sp.end }, parts: [parts], form: r ? 'quote' : 'reported', rule: 'inverted' });
        continue;
      }
    }
    if (onlyPunct) continue;
    // "The attack, which the Pentagon said killed three soldiers, ...": the speaker says it of the antecedent
    const rel = relativeAttribution(masked, ws, r, v, W);
    if (rel) {
      if (!leadingOnly) embedded.push({ ...rel, verb: verb! });
      continue;
    }
    const left = leftSpeaker(masked, region.filter((x) => x.text !== ',' || region.indexOf(x) > 0), W);
    if (!left) continue;
    // "The story, reported out of Baghdad, ...": a participle after a comma, not a speech act
    if (region[region.length - 1]?.text === ',' && !left.speaker.appositions.length && !left.aside) continue;
    // "The strike, the Pentagon said, killed three soldiers": the aside speaks, the claim is both halves
    const aside = asideSpeaker(ws, left.speaker, v, contentStart, end, W);
    if (aside) {
      if (!leadingOnly) leading.push({ ...aside, verb: verb! });
      continue;
    }
    const spIdx = ws.findIndex((x) => x.start === left.speaker.start);
    const before = ws[spIdx - 1];
    // "Since the group announced a halt, Washington struck ...": the claim ends with its clause
    const subordinate = Boolean(before && SUBORDINATORS.has(before.lower));
    if (subordinate && spIdx - 1 === contentStart) {
      const parts = contentAfter(ws, v, verb!, end, W);
      const comma = ws.findIndex((x, k) => k > v && x.text === ',');
      if (!parts || comma < 0) continue;
      const cut = { start: parts.start, end: ws[comma].start };
      if (cut.end > cut.start) leading.push({ speaker: left.speaker, verb: verb!, cue: { start: left.speaker.start, end: w.end }, parts: [cut], form: 'reported', rule: 'subordinate-clause' });
      continue;
    }
    const asBefore = before?.lower === 'as' && ws[spIdx - 2]?.text === ',';
    const t = tailStart(ws, v, verb!, W);
    // after a quote, "..., X said as the missiles fell", "X wrote on social media": what follows is circumstance
    const circumstance = isMask(before) && ws[t] && /^\p{Ll}/u.test(ws[t].text);
    const openTail = ws[t] && ![',', '.', ';', '!', '?'].includes(ws[t].text) && !isMask(ws[t]) && !CLOSING_TAIL.test(ws[t].lower) && !circumstance;
    const isTrailing = spIdx > contentStart && !openTail && (before?.text === ',' || isMask(before) || asBefore || (left.whole && r > 0));
    const cue = { start: left.speaker.start, end: w.end };
    if (isTrailing && !leadingOnly) {
      const cEnd = asBefore ? spIdx - 2 : spIdx;
      const first = spanOf(ws, contentStart, cEnd);
      if (!first) continue;
      const after = ws.slice(v + 1);
      const nextQuote = after.findIndex((x) => isMask(x));
      const parts = [first];
      let form: Attribution['form'] = ws.slice(contentStart, cEnd).some(isMask) ? 'quote' : 'reported';
      if (nextQuote >= 0 && form === 'quote' && after.slice(0, nextQuote).every((x) => x.text === ',' || /^\p{Ll}/u.test(x.text) || /^\p{Lu}/u.test(x.text)) && after[nextQuote - 1]?.text === ',') {
        const q = after[nextQuote];
        parts.push({ start: q.start, end: after.slice(nextQuote).filter((x) => x.text !== '.').pop()!.end });
        form = 'split-quote';
      }
      // a parenthetical attribution: "Since the strikes, U.S. officials say, there have been no attacks"
      const rest = ws.slice(t + 1).filter((x) => x.text !== '.');
      if (form === 'reported' && ws[t]?.text === ',' && cEnd - contentStart < 10 && rest.length >= 5 && !PARTICIPLE.test(rest[0].lower)) {
        parts.push({ start: rest[0].start, end: rest[rest.length - 1].end });
        form = 'parenthetical' as Attribution['form'];
      }
      trailing.push({ speaker: left.speaker, verb: verb!, cue, parts, form, rule: `trailing-${left.whole ? 'phrase' : 'walk'}` });
      // '"...," X told reporters, adding that ...': the participle says more in the same voice
      const adding = ws.findIndex((x, k) => k > v && ws[k - 1].text === ',' && /ing$/.test(x.lower) && lex.verbByForm.has(x.lower));
      const more = adding > 0 && !leadingOnly ? contentAfter(ws, adding, lex.verbByForm.get(ws[adding].lower)!, end, W) : null;
      if (more && ws[adding + 1]?.lower === 'that')
        embedded.push({ speaker: left.speaker, verb: lex.verbByForm.get(ws[adding].lower)!, cue: { start: ws[adding].start, end: ws[adding].end }, parts: [more], form: 'reported', rule: 'adding-participle' });
    } else if (!isTrailing && !verb!.trailingOnly) {
      const parts = contentAfter(ws, v, verb!, end, W);
      if (!parts) continue;
      const hasQuote = ws.some((x) => isMask(x) && x.start >= parts.start);
      leading.push({ speaker: left.speaker, verb: verb!, cue, parts: [parts], form: hasQuote ? 'quote' : 'reported', rule: `leading-${left.whole ? 'phrase' : 'walk'}` });
    }
  }
  if (!leadingOnly) embedded.push(...withParticiples(masked, ws, end, lex));
  if (trailing.length && !leadingOnly) {
    const outer = trailing[0];
    const inner = attributions(masked, outer.parts[0].start, outer.parts[0].end, lex, true);
    return [outer, ...inner.slice(0, 1), ...embedded];
  }
  // coordinated clauses: "X reported that ... and the group announced ..."
  const out = leading.slice(0, 1);
  for (const a of leading.slice(1)) {
    const prev = out[out.length - 1];
    const k = ws.findIndex((x) => x.start === a.speaker.start);
    if (a.speaker.start < prev.parts[0].start || !['and', 'but', 'while', 'whereas'].includes(ws[k - 1]?.lower)) continue;
    // "the banner under which both groups and several factions have claimed ...": one noun phrase, not two clauses
    if (ws.some((x) => x.start >= prev.cue.end && x.start < a.speaker.start && ['which', 'who', 'whom', 'whose'].includes(x.lower))) continue;
    const cut = ws[k - 1].start;
    const last = prev.parts[prev.parts.length - 1];
    if (cut > last.start && cut < last.end) {
      let e = cut;
      while (e > last.start && /[\s,;]/.test(masked[e - 1])) e--;
      prev.parts[prev.parts.length - 1] = { start: last.start, end: e };
    }
    out.push(a);
  }
  // the sentence's own claim ends where a ", with X saying" voice begins
  for (const w of embedded.filter((x) => x.rule === 'with-participle'))
    for (const a of out) {
      const last = a.parts[a.parts.length - 1];
      const comma = ws.findIndex((x) => x.end <= w.speaker.start && ws[ws.indexOf(x) + 1]?.lower === 'with' && ws[ws.indexOf(x) + 2]?.start === w.speaker.start);
      if (comma >= 0 && ws[comma].start > last.start && ws[comma].start < last.end) a.parts[a.parts.length - 1] = { start: last.start, end: ws[comma].start };
    }
  return [...out, ...embedded];
}
