/**
 * Within-report linking: acronyms defined in place ("Institute for the Study of War (ISW)") or
 * spelling out an earlier name's initials, surname and short forms after a full name ("Murrett"
 * after "Robert Murrett"), and appositive roles ("X, commander-in-chief of the Quds Force,").
 */
import type { Mention } from '../core/types.ts';
import type { DictEntry } from './dictionary.ts';
import { memoKeyWords, type EntityLexicon } from './lexicon.ts';
import type { TokenInfo } from './scan.ts';
import { acronymKey, foldWord, initials, isAcronym } from './fold.ts';

/** Folded "Abu" and "Umm": a kunya ("Abu Baqir", "Umm Hassan") is a short form of the full name it leads. */
export const KUNYA_WORDS = new Set(['abu', 'umm'].map(foldWord));

/** The kunya leading a person's folded name words ("abo bakir" of "Abu Baqir al-Saadi"), or null. */
export function kunyaOf(words: string[]): string | null {
  return words.length >= 2 && KUNYA_WORDS.has(words[0]) ? `${words[0]} ${words[1]}` : null;
}

/** Whether `acr` spells the initials of `name` (allowing the name's extra trailing words). */
export function spellsInitials(acr: string, name: string): boolean {
  const ini = initials(name);
  return ini.length >= 2 && (ini === acr || (acr.length >= 3 && ini.startsWith(acr)));
}

const APPOSITIVE_START = /^,\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?:commander|chief|head|director|leader|spokesman|spokeswoman|spokesperson|adviser|advisor|minister|secretary|president|lecturer|professor|analyst|official|founder|envoy|ambassador|general|member|fellow|researcher|expert|scholar|journalist|correspondent|editor|author)\b(?:[^,;:“".]|\.(?=\S)|(?<=[\s.]\p{Lu})\.){0,80}/iu;

/** Adds antecedents, person types for surnames, and appositive roles; returns the same list. */
export function linkWithinReport(text: string, ms: Mention[], _infos: TokenInfo[], lex: EntityLexicon): Mention[] {
  const lastWordOf = new Map<string, number>();
  const kunyaAt = new Map<string, number>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    const words = memoKeyWords(lex, m.name);
    // acronyms: defined in place, or spelling an earlier name
    if (!m.dictId && isAcronym(m.text)) {
      const acr = acronymKey(m.text);
      const prev = i > 0 ? ms[i - 1] : null;
      const between = prev ? text.slice(prev.end, m.start) : '';
      if (prev && /^\s*\($/.test(between) && (spellsInitials(acr, prev.name) || acr[0] === initials(prev.name)[0])) {
        link(m, i - 1, prev, 'acronym-defined');
      } else {
        for (let j = i - 1; j >= 0; j--) {
          if (!isAcronym(ms[j].text) && spellsInitials(acr, ms[j].name)) {
            link(m, j, ms[j], 'acronym-initials');
            break;
          }
        }
      }
    }
    // surname or short form after a full name of a person
    if (words.length === 1 && m.antecedent === undefined && (m.type === 'person' || m.type === 'other' || m.why.rule.startsWith('dictionary:surname'))) {
      const j = lastWordOf.get(words[0]);
      if (j !== undefined && j !== i) link(m, j, ms[j], 'surname');
    }
    // a kunya alone after the full name it leads: "Abu Baqir" after "Abu Baqir al-Saadi"
    const kunya = words.length === 2 ? kunyaOf(words) : null;
    if (kunya && m.antecedent === undefined && (m.type === 'person' || m.type === 'other')) {
      const j = kunyaAt.get(kunya);
      if (j !== undefined) link(m, j, ms[j], 'kunya');
    }
    if (m.type === 'person' && words.length > 1) {
      lastWordOf.set(words[words.length - 1], i);
      const own = words.length > 2 ? kunyaOf(words) : null;
      if (own) kunyaAt.set(own, i);
      if (m.dictId && lex.entries.get(m.dictId)?.type === 'person') {
        const full = memoKeyWords(lex, lex.entries.get(m.dictId)!.name);
        lastWordOf.set(full.filter((w) => w !== 'jr').at(-1)!, i);
        const fullKunya = full.length > 2 ? kunyaOf(full) : null;
        if (fullKunya) kunyaAt.set(fullKunya, i);
      }
    }
    if (m.type === 'person') {
      const ap = APPOSITIVE_START.exec(text.slice(m.end, m.end + 120));
      if (ap) m.roles = [...(m.roles ?? []), ap[0].replace(/^,\s+/, '').trim()];
    }
  }
  linkShortForms(text, ms, lex, link);
  return ms;

  function link(m: Mention, j: number, to: Mention, rule: string): void {
    const root = to.antecedent !== undefined ? to.antecedent : j;
    m.antecedent = root;
    const r = ms[root];
    m.type = r.type;
    if (r.dictId && !m.dictId) {
      m.dictId = r.dictId;
      m.code = r.code;
      m.subtype = r.subtype;
    }
    m.why = { rule: `within-report:${rule}`, note: r.name };
  }
}

/** The rule of a short form shared by two organisations of its report: it stays that report's own. */
export const AMBIGUOUS_SHORT_FORM = 'within-report:short-form-ambiguous';

/**
 * "the Kataib" after "Kataib Hezbollah", "the Observatory" after "Syrian Observatory for Human
 * Rights": one capitalised word after "the" that is the first word or the head word of exactly one
 * organisation named in the report by a longer name; with two such organisations it stays apart.
 */
function linkShortForms(text: string, ms: Mention[], lex: EntityLexicon, link: (m: Mention, j: number, to: Mention, rule: string) => void): void {
  for (const m of ms) {
    if (m.antecedent !== undefined || m.dictId || m.type === 'person' || m.type === 'location') continue;
    const words = memoKeyWords(lex, m.name);
    if (words.length !== 1 || !/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    const w = words[0];
    const owners = new Map<string, number>();
    ms.forEach((o, j) => {
      if (o.type !== 'organization' || o === m) return;
      const ws = memoKeyWords(lex, o.name);
      if (ws.length < 2 || !(ws[0] === w || (lex.orgHeads.has(w) && ws.includes(w)))) return;
      const root = o.antecedent ?? j;
      const key = ms[root].dictId ?? ms[root].name.toLowerCase();
      if (!owners.has(key)) owners.set(key, root);
    });
    if (owners.size === 1) {
      const j = [...owners.values()][0];
      link(m, j, ms[j], 'short-form');
    } else if (owners.size > 1) m.why = { rule: AMBIGUOUS_SHORT_FORM, note: [...owners.values()].map((j) => ms[j].name).join(' / ') };
    else {
      const e = dictionaryOwner(lex, w);
      if (!e) continue;
      m.type = e.type;
      m.dictId = e.id;
      if (e.code) m.code = e.code;
      if (e.subtype) m.subtype = e.subtype;
      m.why = { rule: 'dictionary:short-form', note: e.name };
    }
  }
}

const ownersByWord = new WeakMap<EntityLexicon, Map<string, Set<DictEntry>>>();

/** The one dictionary organisation whose longer name starts with, or has as its head, the folded word `w` ("Observatory"). */
function dictionaryOwner(lex: EntityLexicon, w: string): DictEntry | null {
  let idx = ownersByWord.get(lex);
  if (!idx) {
    idx = new Map();
    for (const e of lex.entries.values()) {
      if (e.type !== 'organization') continue;
      for (const name of [e.name, ...e.aliases]) {
        const ws = memoKeyWords(lex, name);
        if (ws.length < 2) continue;
        for (const x of ws) if (x === ws[0] || lex.orgHeads.has(x)) idx.set(x, (idx.get(x) ?? new Set()).add(e));
      }
    }
    ownersByWord.set(lex, idx);
  }
  const owners = idx.get(w);
  return owners?.size === 1 ? [...owners][0] : null;
}
