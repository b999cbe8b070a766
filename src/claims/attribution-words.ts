/**
 * The words around an attribution's verb: adverbials ("on Tuesday", "in a statement"), a
 * listener after "told", and where the claim's own words begin and end.
 */
import type { Span } from '../core/types.ts';
import type { ClaimWords, SpeechVerb } from './lexicon.ts';
import { MASK } from './text.ts';
import type { Word } from './speaker.ts';

/** Whether a word is a masked quote. */
export const isMask = (w: Word | undefined) => Boolean(w && w.text[0] === MASK);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|weekend|month|year|night|morning|evening|afternoon|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.)$/;

/** Skips "on Tuesday", "last week", "in a statement", "in an interview with X" after a verb. */
function skipAdverbials(ws: Word[], j: number, settings: Set<string>): number {
  for (;;) {
    const w = ws[j]?.lower;
    if (!w) return j;
    if (TIME_WORD.test(w)) {
      j++;
      continue;
    }
    if (['on', 'late', 'early', 'earlier', 'later', 'previously', 'recently', 'last', 'this', 'next', 'during', 'in', 'at', 'via', 'publicly', 'privately', 'again', 'also', 'repeatedly', 'the'].includes(w)) {
      let k = j + 1;
      while (ws[k] && ['previous', 'following', 'same', 'next', 'day', 'week'].includes(ws[k].lower) && w === 'the' && !TIME_WORD.test(ws[k].lower)) k++;
      while (ws[k] && ['on', 'a', 'an', 'the', 'this', 'last', 'televised', 'separate', 'written', 'joint', 'news', 'press', 'brief'].includes(ws[k].lower)) k++;
      if (ws[k] && (TIME_WORD.test(ws[k].lower) || settings.has(ws[k].lower))) {
        k++;
        while (ws[k] && /^\d/.test(ws[k].text)) k++;
        if (ws[k]?.lower === 'with' || ws[k]?.lower === 'on') {
          k++;
          while (ws[k] && /^\p{Lu}/u.test(ws[k].text)) k++;
        }
        j = k;
        if (ws[j]?.text === ',') j++;
        continue;
      }
      if (w === 'on' && ws[j + 1]?.lower === 'condition' && ws[j + 2]?.lower === 'of' && ws[j + 3]?.lower === 'anonymity') {
        j += 4;
        if (ws[j]?.text === ',') j++;
        continue;
      }
      if (['publicly', 'privately', 'again', 'also', 'repeatedly', 'earlier', 'later', 'previously', 'recently'].includes(w)) {
        j++;
        continue;
      }
    }
    if (w === 'more' && ws[j + 1]?.lower === 'than' && ['once', 'twice'].includes(ws[j + 2]?.lower)) {
      j += 3;
      continue;
    }
    return j;
  }
}

/** Skips a listener after "told": "Newsweek", "The National", "reporters at the Pentagon". */
function skipAddressee(ws: Word[], j: number): number {
  for (let k = j; k < Math.min(ws.length, j + 10); k++) {
    if (ws[k].lower === 'that' || ws[k].text === ':' || isMask(ws[k])) return k;
    // "told reporters he held Iran responsible": the clause has begun before any quote
    if (SUBJECT_PRONOUNS.has(ws[k].lower)) break;
  }
  let k = j;
  if (ws[k]?.lower === 'the' || ws[k]?.lower === 'a') k++;
  const capStart = k;
  while (ws[k] && /^\p{Lu}/u.test(ws[k].text)) k++;
  if (k === capStart) while (ws[k] && /^\p{Ll}/u.test(ws[k].text) && k - capStart < 3 && !/s$/.test(ws[k - 1]?.lower ?? '')) k++;
  if (['at', 'in'].includes(ws[k]?.lower) && ws[k + 1]) {
    let m = k + 1;
    if (ws[m]?.lower === 'the') m++;
    if (ws[m] && /^\p{Lu}/u.test(ws[m].text)) {
      while (ws[m] && /^\p{Lu}/u.test(ws[m].text)) m++;
      k = m;
    }
  }
  return k;
}

/** Where the words after a verb begin once the listener and adverbials are skipped. */
export function tailStart(ws: Word[], v: number, verb: SpeechVerb | null, W: ClaimWords): number {
  let j = v + 1;
  if (verb?.addressee) j = skipAddressee(ws, j);
  return skipAdverbials(ws, j, W.settingNouns);
}

/** A word that reads as a finite verb ("said", "was"): a clause has begun, not a place. */
const lexVerbLike = (w: Word) => /^(?:is|was|were|are|has|had|have|said|says)$/.test(w.lower);

/** The content after a leading attribution's verb, up to the sentence end. */
export function contentAfter(ws: Word[], v: number, verb: SpeechVerb | null, end: number, W: ClaimWords): Span | null {
  let j = tailStart(ws, v, verb, W);
  // "said on Telegram that", "wrote in a post on X that": where it was said, then the claim
  if (['on', 'in', 'via'].includes(ws[j]?.lower ?? '')) {
    const that = ws.findIndex((x, k) => k > j && k <= j + 6 && x.lower === 'that');
    if (that > 0 && ws.slice(j + 1, that).every((x) => /^[\p{L}\d]/u.test(x.text) && !lexVerbLike(x))) j = that;
  }
  while (ws[j] && (ws[j].lower === 'that' || ws[j].text === ':' || ws[j].text === ',' || (W.leadIns.includes(ws[j].lower) && ws[j + 1]?.text === ','))) j++;
  if (j >= ws.length) return null;
  let e = end;
  const last = ws[ws.length - 1];
  if (last && /^[.!?]$/.test(last.text)) e = last.start;
  // a list of clauses: "X declared a halt on Jan. 30, Washington struck 85 targets ..." ends at the next subject
  const next = ws.findIndex((x, k) => k > j + 1 && ws[k - 1].text === ',' && /^\p{Lu}\p{Ll}/u.test(x.text) && [ws[k + 1], ws[k + 2]].some((y) => y && (/^\p{Ll}+ed$/u.test(y.text) || W.irregularPast.has(y.text))));
  if (next > 0) e = ws[next - 1].start;
  const start = ws[j].start;
  return e > start ? { start, end: e } : null;
}

/** The span of words `ws[a..b)`, without a trailing comma. */
export function spanOf(ws: Word[], a: number, b: number): Span | null {
  while (b > a && /^[,;:—–-]$/.test(ws[b - 1].text)) b--;
  return b > a ? { start: ws[a].start, end: ws[b - 1].end } : null;
}
