/**
 * Reading the speaker phrase of an attribution: the noun phrase left of a speech verb (with
 * appositions: "Sina Azodi, a lecturer at ..., said") or right of an inverted one ("said John
 * Kirby, White House spokesman"), and what kind of phrase it is: a pronoun, a description
 * ("a senior Iraqi security official", "the group") or a name.
 */
import type { Span } from '../core/types.ts';
import type { ClaimWords } from './lexicon.ts';
import { MASK } from './text.ts';

/** A word (or punctuation mark, or masked quote) with its offsets in the text. */
export interface Word extends Span {
  text: string;
  lower: string;
}

/** Words and single punctuation marks of `s[from, to)`; a masked quote is one MASK token. A
 *  period joins its word only inside it ("U.S") or for initials and listed abbreviations. */
export function wordsOf(s: string, from: number, to: number, abbreviations: Set<string> = new Set()): Word[] {
  const out: Word[] = [];
  const re = new RegExp(`[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’&-]|\\.(?=[\\p{L}\\p{N}]))*|${MASK}+|[^\\s\\p{L}\\p{N}]`, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) {
    let end = Math.min(m.index + m[0].length, to);
    let text = s.slice(m.index, end);
    if (s[end] === '.' && end < to && (/^\p{Lu}$/u.test(text) || text.includes('.') || abbreviations.has(text.toLowerCase()))) {
      end++;
      text += '.';
      re.lastIndex = end;
    }
    out.push({ start: m.index, end, text, lower: text.toLowerCase() });
  }
  return out;
}

const FINITE_AUX = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'did', 'does']);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our']);
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;
const isCap = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) || /^(al|el|bin|ibn|abu|van|von|de|da)-/.test(w);
const TIME =
  /^(?:on |late |early |earlier |later |last |this |next |the (?:previous|following|next|same) )*(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weekend|month|year|day|night|morning|evening|afternoon|january|february|march|april|may|june|july|august|september|october|november|december|then|earlier|later|meanwhile|previously|recently)\b/;

const TIME_SPAN = /^(?:(?:a|one|two|three|several) (?:days?|weeks?|months?|hours?) (?:earlier|later|before|after|ago)|so far|to date)\b/;
const isTime = (s: string) => TIME.test(s) || TIME_SPAN.test(s);

/** Whether a lower-case word can sit inside a speaker noun phrase. */
function npWord(w: Word, W: ClaimWords): boolean {
  const l = w.lower.replace(/['’]s$/, '');
  if (W.npStop.has(l)) return false;
  if (isCap(w.text)) return true;
  if (W.npParticiples.has(l) || W.determiners.has(l) || W.npPrepositions.has(l) || l === 'the' || l === 'and') return true;
  if (/ed$/.test(l) && !W.roleWords.has(l)) return false;
  return /^[\p{Ll}\p{N}][\p{L}\p{N}'’.-]*$/u.test(w.text);
}

/** Whether words form a noun phrase that can name a speaker. */
export function isSpeakerNP(all: Word[], W: ClaimWords): boolean {
  const ws = all.filter((w, i) => !(w.text === ',' && all[i + 1] && INITIALS.test(all[i + 1].text)));
  if (ws.length === 1 && W.pronouns[ws[0].lower]) return true;
  if (!ws.length || ws.length > 14) return false;
  if (/['’]s?$/.test(ws[ws.length - 1].text)) return false; // a possessive: "Tehran's claim"

  if (ws.some((w) => !/[\p{L}\p{N}]/u.test(w.text[0]) && w.text !== '’' && w.text !== "'")) return false;
  // "Its spokesman", "their leader": a possessive pronoun before a role
  const body = POSSESSIVES.has(ws[0].lower) && ws.length >= 2 && W.anonymousHeads.has(ws[ws.length - 1].lower) ? ws.slice(1) : ws;
  if (!body.every((w) => npWord(w, W))) return false;
  if (W.npPrepositions.has(ws[0].lower) || ws[0].lower === 'and') return false;
  if (ws.some((w) => ['no', 'none', 'nobody', 'neither'].includes(w.lower))) return false;
  if (ws[ws.length - 1].lower === 'and' || ws[ws.length - 1].lower === 'the') return false;
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].lower !== 'and') continue;
    if (!(i > 0 && i + 1 < ws.length && isCap(ws[i - 1].text) && isCap(ws[i + 1].text))) return false;
  }
  // "The halt came at the request of ...", "The pause was made ...": a clause, not a noun phrase
  if (ws.some((w, i) => i > 0 && w.text === w.lower && (W.irregularPast.has(w.lower) || FINITE_AUX.has(w.lower)))) return false;
  const text = ws.map((w) => w.lower).join(' ');
  if (isTime(text)) return false;
  if (ws.length === 1 && W.pronouns[ws[0].lower]) return true;
  return ws.some((w) => isCap(w.text)) || ws.some((w) => W.anonymousHeads.has(w.lower) || W.orgHeads.includes(w.lower));
}

/** A speaker phrase and the appositions that describe it. */
export interface SpeakerPhrase extends Span {
  text: string;
  appositions: Span[];
}

function phrase(s: string, ws: Word[], appositions: Span[] = []): SpeakerPhrase {
  const start = ws[0].start;
  const end = ws[ws.length - 1].end;
  return { start, end, text: s.slice(start, end), appositions };
}

/** Splits words at commas, except inside "Washington, D.C.". */
function commaSegments(ws: Word[]): Word[][] {
  const segs: Word[][] = [[]];
  ws.forEach((w, i) => {
    if (w.text === ',' && !(ws[i + 1] && INITIALS.test(ws[i + 1].text))) segs.push([]);
    else segs[segs.length - 1].push(w);
  });
  return segs.filter((g) => g.length);
}

/** Whether words before a comma set the scene of a statement: "In a statement posted online",
 *  "At a news conference in Baghdad", "Speaking to reporters on Monday". */
function sceneSetting(ws: Word[], W: ClaimWords): boolean {
  if (!ws.length || ws.some((w) => w.text.startsWith(MASK))) return false;
  if (W.openingParticiples.has(ws[0].lower)) return true;
  return ['in', 'at', 'during'].includes(ws[0].lower) && ws.slice(1, 6).some((w) => W.settingNouns.has(w.lower));
}

/** Strips lead-ins ("But", "Meanwhile,", "On Tuesday,", "In a statement on Telegram,") from the
 *  front of a sentence's words. */
export function stripLeadIns(ws: Word[], W: ClaimWords): Word[] {
  let i = 0;
  for (;;) {
    const rest = ws.slice(i);
    const setting = rest.findIndex((w) => w.text === ',');
    if (setting > 1 && setting <= 12 && sceneSetting(rest.slice(0, setting), W)) {
      i += setting + 1;
      continue;
    }
    const joined = rest.map((w) => w.lower).join(' ');
    const lead = W.leadIns.find((l) => joined === l || joined.startsWith(l + ' ') || joined.startsWith(l + ' ,'));
    if (lead) {
      i += lead.split(' ').length;
      if (ws[i]?.text === ',') i++;
      continue;
    }
    const comma = rest.findIndex((w) => w.text === ',');
    if (comma > 0 && comma <= 6 && isTime(rest.slice(0, comma).map((w) => w.lower).join(' '))) {
      i += comma + 1;
      continue;
    }
    return ws.slice(i);
  }
}

/** The words without short bracketed asides: "US Central Command (CENTCOM) said". */
function withoutBracketed(ws: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < ws.length; i++) {
    const close = ws[i].text === '(' ? ws.findIndex((w, k) => k > i && k <= i + 4 && w.text === ')') : -1;
    if (close > i + 1) i = close;
    else out.push(ws[i]);
  }
  return out;
}

/** A phrase without the time told between it and its verb: "Kataib Hezbollah on Thursday", "The ministry late on Sunday". */
function withoutTime(np: Word[]): Word[] {
  const when = np.findIndex((w, k) => k > 0 && ['on', 'late', 'early', 'earlier', 'last', 'this'].includes(w.lower) && isTime(np.slice(k).map((x) => x.lower).join(' ')));
  return when > 0 ? np.slice(0, when) : np;
}

/**
 * The speaker left of a verb: `region` holds the words between the region start (sentence
 * start, a quote or a clause) and the verb. Returns the phrase and whether it starts the region.
 */
export function leftSpeaker(s: string, region: Word[], W: ClaimWords): { speaker: SpeakerPhrase; whole: boolean; aside?: boolean } | null {
  let ws = withoutBracketed(region);
  while (ws.length && (W.adverbs.has(ws[ws.length - 1].lower) || ws[ws.length - 1].lower === 'to')) ws = ws.slice(0, -1);
  if (!ws.length) return null;
  const lead = stripLeadIns(ws, W);
  // "Iran, for its part, denied": an aside between the speaker and the verb is no apposition
  const aside = (g: Word[]) => {
    const t = g.map((w) => w.lower).join(' ');
    return W.leadIns.includes(t) || isTime(t) || sceneSetting(g, W);
  };
  const all = commaSegments(lead.filter((w) => w.text !== MASK[0]));
  const segs = all.filter((g, i) => i === 0 || !aside(g));
  if (segs.length >= 1 && segs.length <= 4 && lead.length && lead[0].text !== ',' && isSpeakerNP(segs[0], W) && segs.slice(1).every((g) => isApposition(g, W))) {
    const apps = segs.slice(1).map((g) => ({ start: g[0].start, end: g[g.length - 1].end }));
    return { speaker: phrase(s, segs.length === 1 ? withoutTime(segs[0]) : segs[0], apps), whole: true, aside: segs.length < all.length };
  }
  // "a US official who spoke on condition of anonymity said": the phrase before a short relative clause
  const relative = ws.findIndex((w, k) => k > 0 && (w.lower === 'who' || w.lower === 'which'));
  if (relative > 0 && ws.length - relative <= 10 && !ws.slice(relative).some((w) => w.text === ',' || w.text.startsWith(MASK))) {
    const head = leftSpeaker(s, ws.slice(0, relative), W);
    if (head) return head;
  }
  // walk left from the verb over noun-phrase words
  let i = ws.length;
  while (i > 0 && ws[i - 1].text !== ',' && !ws[i - 1].text.startsWith(MASK) && npWord(ws[i - 1], W) && ws.length - i < 14) {
    if (ws[i - 1].lower === 'and' && !(i - 2 >= 0 && isCap(ws[i - 2].text) && isCap(ws[i].text))) break;
    i--;
  }
  while (i < ws.length && (W.npPrepositions.has(ws[i].lower) || ws[i].lower === 'and')) i++;
  const np = withoutTime(ws.slice(i));
  if (!np.length || !isSpeakerNP(np, W)) return null;
  const named =
    np.some((w) => isCap(w.text)) ||
    (np.length === 1 && W.pronouns[np[0].lower]) ||
    W.determiners.has(np[0].lower) ||
    np[0].lower === 'the' ||
    (np.length <= 3 && W.anonymousHeads.has(np[np.length - 1].lower) && np[np.length - 1].lower.endsWith('s')) ||
    // "sources familiar with the talks", "officials briefed on the meeting"
    (W.anonymousHeads.has(np[0].lower) && np[0].lower.endsWith('s') && np.length <= 6);
  if (!named) return null;
  return { speaker: phrase(s, np), whole: false };
}

/** Whether words read as an apposition ("a lecturer at George Washington University"). */
export function isApposition(ws: Word[], W: ClaimWords): boolean {
  if (!ws.length || ws.length > 16) return false;
  const first = ws[0].lower;
  if (['who', 'which', 'whose'].includes(first)) return ws.length <= 12;
  return ws.every((w) => npWord(w, W) || w.lower === 'and' || w.text === '’' || w.text === "'");
}

/** The speaker right of an inverted verb ("said John Kirby, White House spokesman"). */
export function rightSpeaker(s: string, after: Word[], W: ClaimWords): SpeakerPhrase | null {
  const segs = commaSegments(after.filter((w) => w.text !== '.'));
  if (!segs.length) return null;
  const first = segs[0];
  // stop the phrase at a time expression or a preposition that starts a circumstance
  let n = first.length;
  for (let i = 1; i < first.length; i++) {
    if (['on', 'in', 'at', 'last', 'this', 'during', 'after'].includes(first[i].lower) && TIME.test(first.slice(i).map((w) => w.lower).join(' '))) {
      n = i;
      break;
    }
  }
  const np = first.slice(0, n);
  if (!isSpeakerNP(np, W)) return null;
  const apps = segs.slice(1).filter((g) => isApposition(g, W)).map((g) => ({ start: g[0].start, end: g[g.length - 1].end }));
  return phrase(s, np, apps);
}

/** What a speaker phrase is. */
export type PhraseKind = 'pronoun' | 'description' | 'name';

/** What a speaker phrase is: a pronoun, a description of an unnamed source or group, or a name. */
export function phraseKind(p: SpeakerPhrase, W: ClaimWords): { kind: PhraseKind; head: string; definite: boolean } {
  const ws = p.text.split(/\s+/);
  const lower = ws.map((w) => w.toLowerCase());
  if (ws.length === 1 && W.pronouns[lower[0]]) return { kind: 'pronoun', head: lower[0], definite: true };
  // the head: the last word before a preposition ("one of the sources" → sources)
  let end = ws.length;
  for (let i = 1; i < ws.length; i++) {
    if (W.npPrepositions.has(lower[i]) || W.npParticiples.has(lower[i])) {
      end = i;
      break;
    }
  }
  let head = lower[end - 1];
  if (lower[0] === 'one' && lower[1] === 'of') head = lower[lower.length - 1];
  const two = lower.slice(Math.max(0, end - 2), end).join(' ');
  const orgHead = W.orgHeads.find((h) => h === two || h === head);
  // "Officials in Baghdad", "Sources close to the group": a common noun capitalised only because it opens the sentence
  const capHead = isCap(ws[end - 1]) && !(end === 1 && W.anonymousHeads.has(head));
  const determined = W.determiners.has(lower[0]) || lower[0] === 'the';
  const described = W.anonymousHeads.has(head) && (determined || !capHead);
  if (described || (!capHead && orgHead && (determined || ws.slice(0, end).some((w) => !isCap(w)))))
    return { kind: 'description', head: orgHead ?? head, definite: lower[0] === 'the' };
  return { kind: 'name', head, definite: lower[0] === 'the' };
}
