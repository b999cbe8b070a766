/**
 * Mention finding (stage `20-mentions`): every named person, organisation and place in a report,
 * with character offsets. Dictionary and gazetteer names are matched first (longest match over
 * folded words); other capitalised runs become candidate names typed by heuristics. Titles and
 * roles before a name are stripped into `roles`; demonyms and sentence-initial common words are
 * not names; a headline's unknown words count only when the body names them too.
 */
import type { Mention, Span, Token } from '../core/types.ts';
import type { EntityLexicon, LexHit } from './lexicon.ts';
import { ageAfter, matchNames, matchTitle, runEnd, tokenInfo, type Match, type TokenInfo } from './scan.ts';
import { typeUnknown } from './typing.ts';
import { linkWithinReport } from './link.ts';
import { foldWord, normText } from './fold.ts';

interface Cand {
  a: number;
  b: number;
  hit?: LexHit;
  mention: Mention;
}

const TENTATIVE = 'unknown:tentative';
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', ':']);
const CONNECTORS = new Set(['of', 'for', 'in', 'the', 'al', 'el', 'bin', 'ibn', 'abu', 'and']);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** Picks among entries sharing a matched name, using the context; null for a surname several people share. */
function pickHit(hits: LexHit[], titled: boolean, cue: boolean, seen: Set<string>): LexHit | null {
  const known = hits.find((h) => seen.has(h.entry.id));
  if (known) return known;
  const rank = { name: 0, alias: 1, acronym: 2, surname: 3 };
  const sorted = [...hits].sort((x, y) => rank[x.kind] - rank[y.kind]);
  const persons = sorted.filter((h) => h.entry.type === 'person');
  const surnames = persons.filter((h) => h.kind === 'surname');
  if (sorted[0].kind === 'surname' && surnames.length > 1) return null; // "Barzani": Masoud, Nechirvan or Masrour?
  if ((titled || cue) && persons.length) return persons[0];
  return sorted[0];
}

/** "Tehran-backed", "Jordanian-Syrian", "Israel-Gaza": hyphenated adjectives, not names. */
function isCompoundAdjective(t: TokenInfo, lex: EntityLexicon): boolean {
  if (!/[-–]/.test(t.tok.text) || /^(al|el)[-–]/i.test(t.tok.text)) return false;
  const parts = t.tok.text.split(/[-–]/).map((p) => p.replace(/\./g, '')); // "U.S.-led" as "US-led"
  if (/^\p{Ll}/u.test(parts[parts.length - 1])) return true;
  return parts.every((p) => lex.demonyms.has(p.toLowerCase()) || lex.names.next.has(foldWord(p.toLowerCase())));
}

/**
 * The end of an organisation led by a word that is no name by itself: an ordinal ("718th Engineer
 * Company"), a nationality ("Kurdish Voice Daily") or a hyphenated pair ("US-Iraq Higher Military
 * Commission"), followed by unknown capitalised words holding an organisation word; else -1.
 */
function ledOrganizationEnd(ts: TokenInfo[], i: number, lex: EntityLexicon, stop: (t: TokenInfo) => boolean): number {
  const t = ts[i];
  const pair = isCompoundAdjective(t, lex) && /[-–]\p{Lu}/u.test(t.tok.text);
  if (!ORDINAL.test(t.tok.text) && !lex.demonyms.has(t.lower.replace(/[’']/g, '')) && !pair) return -1;
  if (!ts[i + 1]?.cap || knownName(ts, i + 1, lex) || matchTitle(ts, i + 1, lex)) return -1;
  const re = runEnd(ts, i + 1, stop);
  const b = chunkEnd(ts, i + 1, re, true, lex);
  return ts.slice(i + 1, b).some((x) => x.words.some((w) => lex.orgHeads.has(w))) ? b : -1;
}

/** The end of the words after a place that belong to its name ("base", "air base", "Airbase"), or `b`. */
function placePartEnd(ts: TokenInfo[], b: number, lex: EntityLexicon): number {
  let end = b;
  let phrase = '';
  for (let k = b; k < Math.min(ts.length, b + 3) && /^\p{L}+$/u.test(ts[k].tok.text); k++) {
    phrase = phrase ? `${phrase} ${ts[k].lower}` : ts[k].lower;
    if (lex.locPart.has(phrase)) end = k + 1;
  }
  return end;
}

/** Whether every capitalised word of ts[a..b) is outside the dictionary and gazetteer. */
function unknownWords(ts: TokenInfo[], a: number, b: number, lex: EntityLexicon): boolean {
  for (let k = a; k < b; k++) if (ts[k].cap && knownName(ts, k, lex)) return false;
  return true;
}

/**
 * The dictionary or gazetteer name at token k, except an outlet named by one common word inside a
 * longer capitalised name: "National" (The National) in "National Security Service".
 */
function knownName(ts: TokenInfo[], k: number, lex: EntityLexicon): Match | null {
  const m = matchNames(ts, k, lex);
  if (m && m.end - m.start === 1 && ts[m.end]?.cap && m.hits.every((h) => h.entry.subtype === 'media')) return null;
  return m;
}

/** Whether a surface form is one of the entry's listed forms up to case, accents and punctuation. */
function asListed(surface: string, e: { name: string; aliases: string[]; acronyms: string[] }): boolean {
  const k = normText(surface);
  return [e.name, ...e.aliases, ...e.acronyms].some((x) => normText(x) === k);
}

function isHeadline(ts: TokenInfo[]): boolean {
  const last = ts[ts.length - 1].tok.text;
  if (/[.!?”"]$/.test(last)) return false;
  let words = 0;
  let long = 0;
  let capLong = 0;
  for (const t of ts) {
    if (!t.words.length) continue;
    words++;
    if (t.tok.text.length < 4) continue;
    long++;
    if (t.cap) capLong++;
  }
  return words >= 2 && long > 0 && capLong / long >= 0.7;
}

/** Where a title ends once "of State for Near Eastern Affairs" and the like are read into it. */
function titleEnd(ts: TokenInfo[], end: number, lex: EntityLexicon): number {
  let k = end;
  const n = ts.length;
  while (k + 1 < n && (ts[k].lower === 'of' || ts[k].lower === 'for') && (ts[k + 1].cap || (ts[k + 1].lower === 'the' && ts[k + 2]?.cap))) {
    k += ts[k + 1].lower === 'the' ? 2 : 1;
    while (k < n && ts[k].cap && !lex.firstNames.has(ts[k].words[0] ?? '') && !matchNames(ts, k, lex)) k++;
  }
  return k;
}

/**
 * The end of an unknown name starting at i inside the capitalised run [i, re): cut before a
 * multi-word known name, an acronym or a title; "of"/"for" stay only after an organisation or
 * place word ("Institute for the Study of War"), "in" never; trailing connectors are dropped.
 */
function chunkEnd(ts: TokenInfo[], i: number, re: number, orgTail: boolean, lex: EntityLexicon): number {
  let b = re;
  if (!orgTail) {
    for (let q = i + 1; q < re; q++) {
      const mq = ts[q].cap ? matchNames(ts, q, lex) : null;
      if ((mq && (mq.end - mq.start > 1 || ts[q].acronym)) || (ts[q].cap && matchTitle(ts, q, lex))) {
        b = q;
        break;
      }
    }
  }
  let kept = false;
  for (let k = i + 1; k < b; k++) {
    const w = ts[k].lower;
    if (w !== 'of' && w !== 'for' && w !== 'in') continue;
    const prevWord = ts[k - 1].words.at(-1) ?? '';
    if (w !== 'in' && (kept || lex.orgHeads.has(prevWord) || lex.locInside.has(prevWord))) kept = true;
    else {
      b = k;
      break;
    }
  }
  while (b > i + 1 && CONNECTORS.has(ts[b - 1].lower)) b--;
  return b;
}

/** Finds the mentions of one sentence's tokens. */
function scanSentence(text: string, ts: TokenInfo[], lex: EntityLexicon, lowerWords: Set<string>, seen: Set<string>): Cand[] {
  const out: Cand[] = [];
  let pending: { roles: string[]; end: number } | null = null;
  const slice = (a: number, b: number) => text.slice(ts[a].tok.start, ts[b - 1].tok.end);
  const emit = (a: number, b: number, base: Omit<Mention, 'start' | 'end' | 'text' | 'name'>, hit?: LexHit) => {
    const start = ts[a].tok.start;
    const end = ts[b - 1].tok.end;
    const surface = text.slice(start, end);
    const m: Mention = { start, end, text: surface, name: surface, type: base.type, why: base.why };
    if (base.subtype) m.subtype = base.subtype;
    if (base.dictId) m.dictId = base.dictId;
    if (base.code) m.code = base.code;
    if (pending && pending.end === a && base.type === 'person' && pending.roles.length) m.roles = [...pending.roles];
    out.push({ a, b, hit, mention: m });
  };
  const n = ts.length;
  let i = 0;
  while (i < n) {
    const t = ts[i];
    if (!t.cap && !/^\d/.test(t.tok.text)) {
      const lower = ts[i - 1]?.lower === 'the' ? matchNames(ts, i, lex, lex.lowerLed) : null;
      if (lower) {
        const e = lower.hits[0].entry;
        emit(i, lower.end, { type: e.type, subtype: e.subtype || undefined, dictId: e.id, code: e.code || undefined, why: { rule: 'dictionary:alias-lower-case', note: e.name } }, lower.hits[0]);
        i = lower.end;
        continue;
      }
      const tt = matchTitle(ts, i, lex);
      if (tt && tt.kind === 'role') {
        pending = { roles: [slice(i, tt.end)], end: tt.end };
        i = tt.end;
      } else i++;
      continue;
    }
    const initial = i === 0 || (i === 1 && OPENERS.has(ts[0].tok.text)) || OPENERS.has(ts[i - 1].tok.text);
    let m = knownName(ts, i, lex);
    if (m && m.end === i + 1 && !t.acronym && (lex.notNames.has(t.lower) || (initial && lowerWords.has(t.lower)))) m = null;
    const tt = matchTitle(ts, i, lex);
    const k = tt ? titleEnd(ts, tt.end, lex) : i;
    if (tt && k < n && ts[k].cap && !(m && m.end > tt.end)) {
      const prev = pending && pending.end === i ? pending.roles : [];
      pending = { roles: [...prev, slice(i, k)], end: k };
      i = k;
      continue;
    }
    if (tt && tt.end > (m ? m.end : i)) {
      i = tt.end; // a title naming no one: "the President"
      continue;
    }
    const stop = (x: TokenInfo) => x.cap && (lex.demonyms.has(x.lower) || lex.notNames.has(x.lower));
    const led = m ? -1 : ledOrganizationEnd(ts, i, lex, stop);
    if (led > i + 1) {
      emit(i, led, { type: 'organization', why: { rule: 'unknown:led-organization' } });
      i = led;
      continue;
    }
    if (!m && lex.demonyms.has(t.lower.replace(/[’']/g, ''))) {
      if (pending && pending.end === i) pending.end = i + 1;
      i++;
      continue;
    }
    const adverb = initial && /^\p{Lu}\p{Ll}+ly$/u.test(t.tok.text);
    if (!m && (lex.notNames.has(t.lower.replace(/\.$/, '')) || (initial && lowerWords.has(t.lower)) || adverb || !/^\p{L}[^\d]*$/u.test(t.tok.text) || !t.words.length || isCompoundAdjective(t, lex))) {
      i++;
      continue;
    }
    const titled = !!pending && pending.end === i;
    const re = runEnd(ts, i, stop);
    // after a person's title or before an age, a one-word place followed by more unknown words is a given name: "Sgt. Tal Dror", "Tal Dror, 19,"
    if (m && (titled || ageAfter(ts, re)) && m.end === i + 1 && m.end < re && m.hits.every((h) => h.entry.type === 'location') && unknownWords(ts, m.end, re, lex)) m = null;
    const lastWord = ts[re - 1]?.words.at(-1) ?? '';
    // a place leading an organisation's name: "Basra Institute for Strategic Studies", "Levant Dispatch", "Middle East Eye reported"
    const placeLed = !!m && m.end < re && m.hits.every((h) => h.entry.type === 'location') && unknownWords(ts, m.end, re, lex) && (ts.slice(m.end, re).some((x) => x.words.some((w) => lex.orgHeads.has(w))) || lex.outletAfter.has(ts[re]?.lower ?? ''));
    const orgTail = (!m && re - i > 1 && lex.orgHeads.has(lastWord)) || placeLed;
    if (m && (m.end >= re || !orgTail)) {
      const after = ts[m.end];
      const cue = !!after && lex.personCues.has(after.lower);
      const hit = pickHit(m.hits, titled, cue, seen);
      if (!hit) {
        emit(m.start, m.end, { type: 'person', subtype: 'person', why: { rule: 'dictionary:surname-shared', note: m.hits.map((h) => h.entry.name).join(' / ') } });
        i = m.end;
        continue;
      }
      const e = hit.entry;
      seen.add(e.id);
      const lead = ts[m.start];
      const stripDemonym = m.end - m.start > 1 && lex.demonyms.has(lead.lower) && ts[m.start + 1].cap && !normText(e.name).startsWith(normText(lead.tok.text));
      const end = e.type === 'location' && e.subtype === 'facility' ? placePartEnd(ts, m.end, lex) : m.end;
      emit(m.start, end, {
        type: e.type,
        subtype: e.subtype || undefined,
        dictId: e.id,
        code: e.code || undefined,
        why: { rule: `${e.type === 'location' && e.lat !== undefined ? 'gazetteer' : 'dictionary'}:${hit.kind}${asListed(slice(m.start, m.end), e) ? '' : '-folded'}`, note: e.name },
      }, hit);
      if (stripDemonym) out[out.length - 1].mention.name = slice(m.start + 1, end);
      i = end;
      continue;
    }
    let b = chunkEnd(ts, i, re, orgTail, lex);
    if (ts.slice(i, b).every((x) => /^\p{Lu}\.$/u.test(x.tok.text))) {
      i = b;
      continue; // stray initials: "U." "S."
    }
    const allHeads = ts.slice(i, b).every((x) => x.words.every((w) => lex.genericHeads.has(w) || lex.locInside.has(w)) || lex.notNames.has(x.lower));
    const typed = typeUnknown(ts, i, b, lex, titled);
    if (typed.type === 'location') b = placePartEnd(ts, b, lex);
    const afterName = out.length > 0 && out[out.length - 1].b === i && out[out.length - 1].hit !== undefined;
    const loneInitial = (initial || afterName) && b === i + 1 && typed.type === 'other'; // or right after a name: Red Sea Shipping
    const theHead = allHeads && b === i + 1 && ts[i - 1]?.lower === 'the'; // "the Observatory": kept if it shortens a name
    if ((!allHeads || theHead) && !/^\d+$/.test(ts[i].tok.text)) {
      // a lone capitalised word at a sentence start is kept only if it shortens an earlier name
      emit(i, b, { type: theHead ? 'other' : typed.type, subtype: typed.subtype, why: { rule: loneInitial || theHead ? TENTATIVE : `unknown:${typed.rule}` } });
    }
    i = Math.max(b, i + 1);
  }
  return out;
}

/** Finds every mention in a document's text, given its sentences and tokens. */
export function findMentions(text: string, sentences: Span[], tokens: Token[], lex: EntityLexicon): Mention[] {
  if (lex.tokenMemo.size > 200_000) lex.tokenMemo.clear();
  const infos = tokens.map((t) => tokenInfo(t, lex.tokenMemo));
  const lowerWords = new Set<string>();
  for (const t of infos) {
    const c = t.tok.text.charCodeAt(0);
    if (!t.cap && ((c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(t.tok.text)))) lowerWords.add(t.lower); // "al-Rawi" is a name
  }
  const bySentence: TokenInfo[][] = sentences.map(() => []);
  for (const t of infos) bySentence[t.tok.sentence]?.push(t);
  const seen = new Set<string>();
  const body: Mention[] = [];
  const heads: Mention[] = [];
  for (const ts of bySentence) {
    if (!ts.length) continue;
    const headline = isHeadline(ts);
    for (const c of scanSentence(text, ts, lex, lowerWords, seen)) (headline && !c.hit ? heads : body).push(c.mention);
  }
  const bodyNames = new Set(body.filter((m) => m.why.rule !== TENTATIVE).map((m) => m.name.toLowerCase()));
  for (const m of heads) {
    // the longest leading part of the headline chunk that the body names
    const words = m.name.split(' ');
    let known = '';
    for (let w = words.length; w > 0 && !known; w--) {
      const part = words.slice(0, w).join(' ');
      if (bodyNames.has(part.toLowerCase())) known = part;
    }
    if (!known) continue;
    const end = m.start + known.length;
    body.push({ ...m, end, text: text.slice(m.start, end), name: text.slice(m.start, end), why: { rule: `${m.why.rule}+named-in-body` } });
  }
  body.sort((x, y) => x.start - y.start);
  return dropUnlinked(linkWithinReport(text, body, infos, lex));
}

/** Drops tentative mentions that no within-report link confirmed, renumbering antecedents. */
function dropUnlinked(ms: Mention[]): Mention[] {
  const index = new Map<number, number>();
  const out: Mention[] = [];
  ms.forEach((m, i) => {
    if (m.why.rule === TENTATIVE) return;
    index.set(i, out.length);
    out.push(m);
  });
  for (const m of out) if (m.antecedent !== undefined) m.antecedent = index.get(m.antecedent);
  return out;
}
