/**
 * The compiled entity lexicon, loaded once: the actor dictionary and gazetteer as a trie over
 * folded words, acronyms as written, titles, demonyms, first names and the word lists that type
 * unknown names. Lookups walk the trie from a token, so matching stays linear in the text.
 */
import { readRows, readWordList, badRow } from '../nlp/data-files.ts';
import { loadActors, type DictEntry } from './dictionary.ts';
import { loadGazetteer } from './gazetteer.ts';
import { acronymKey, foldWord, keyWords, nameWords } from './fold.ts';

/** How a dictionary entry was reached: its name, an alias, an acronym or a person's surname. */
export type MatchKind = 'name' | 'alias' | 'acronym' | 'surname';

/** One entry reached by a name, and how. */
export interface LexHit {
  entry: DictEntry;
  kind: MatchKind;
}

/** A trie node over folded words. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  hits: LexHit[];
}

/** Everything the mention stage and resolution read, compiled once. */
export interface EntityLexicon {
  entries: Map<string, DictEntry>;
  names: TrieNode;
  /** Aliases an analyst writes in lower case ("international coalition"), matched only after "the". */
  lowerLed: TrieNode;
  /** Acronym letters → entries ("US" → United States). */
  acronyms: Map<string, LexHit[]>;
  /** Titles over folded words; the value is the title's kind. */
  titles: TrieNode;
  titleKind: Map<TrieNode, 'person' | 'role'>;
  /** Lower-cased demonym → ISO2 country or '-'. */
  demonyms: Map<string, string>;
  firstNames: Set<string>;
  orgHeads: Set<string>;
  /** Organisation words that are common nouns ("Group", "Council"): alone they name nothing. */
  genericHeads: Set<string>;
  locInside: Set<string>;
  locAfter: Set<string>;
  /** Lower-case words after a place that belong to its name ("al-Tanf base", "Dover air base"): phrases of lower-case words. */
  locPart: Set<string>;
  /** Words before an unknown name that tell its kind ("told" → outlet, "visit to" → place), lower case. */
  contextCues: Map<string, 'outlet' | 'place'>;
  /** Words right after an unknown name that make it an outlet ("reported"), lower case. */
  outletAfter: Set<string>;
  /** Facility heads that mean the same ("air force base" = "air base"), as folded words → the folded words they stand for. */
  headSynonyms: Array<[string[], string[]]>;
  personCues: Set<string>;
  notNames: Set<string>;
  /** Memo of folded words by text, shared by every document (cleared when it grows past a bound). */
  foldMemo: Map<string, string[]>;
  /** Memo of a token's matching words (scan.ts tokenWords), bounded the same way. */
  tokenMemo: Map<string, string[]>;
}

const FOLD_MEMO_MAX = 200_000;

/** The folded words of a name or token, memoised on the lexicon. */
export function memoKeyWords(lex: EntityLexicon, text: string): string[] {
  let w = lex.foldMemo.get(text);
  if (!w) {
    if (lex.foldMemo.size >= FOLD_MEMO_MAX) lex.foldMemo.clear();
    w = keyWords(text);
    lex.foldMemo.set(text, w);
  }
  return w;
}

const node = (): TrieNode => ({ next: new Map(), hits: [] });

/** Adds a phrase (already split into folded words) to a trie. */
export function trieAdd(root: TrieNode, words: string[], hit?: LexHit): TrieNode {
  let n = root;
  for (const w of words) {
    let c = n.next.get(w);
    if (!c) n.next.set(w, (c = node()));
    n = c;
  }
  if (hit && !n.hits.some((h) => h.entry.id === hit.entry.id)) n.hits.push(hit);
  return n;
}

/** The folded matching words of a phrase. */
export const phraseWords = (s: string): string[] => nameWords(s).map(foldWord);

let cached: EntityLexicon | null = null;

/** Loads and compiles every entity data file (validated), once per process. */
export function loadEntityLexicon(): EntityLexicon {
  if (cached) return cached;
  const entries = new Map<string, DictEntry>();
  const names = node();
  const lowerLed = node();
  const acronyms = new Map<string, LexHit[]>();
  const addAcr = (a: string, hit: LexHit) => {
    const k = acronymKey(a);
    const list = acronyms.get(k) ?? [];
    if (!list.some((h) => h.entry.id === hit.entry.id)) list.push(hit);
    acronyms.set(k, list);
  };
  const all = [...loadActors(), ...loadGazetteer()];
  for (const e of all) {
    if (entries.has(e.id)) continue;
    entries.set(e.id, e);
    trieAdd(names, phraseWords(e.name), { entry: e, kind: 'name' });
    for (const a of e.aliases) {
      if (/^[A-Z]{2,}$/.test(a.replace(/\./g, ''))) addAcr(a, { entry: e, kind: 'acronym' });
      else trieAdd(/^\p{Ll}/u.test(a) ? lowerLed : names, phraseWords(a), { entry: e, kind: 'alias' });
    }
    for (const a of e.acronyms) addAcr(a, { entry: e, kind: 'acronym' });
    if (/^[A-Z]{2,}$/.test(e.name)) addAcr(e.name, { entry: e, kind: 'acronym' });
  }
  // a person's surname alone names them, unless it is also a given name ("Hussein", "Abbas")
  const given = new Set(readWordList('actors/first-names.txt').map((w) => phraseWords(w).join(' ')));
  for (const e of entries.values()) {
    if (e.type !== 'person') continue;
    const w = phraseWords(e.name).filter((x) => x !== 'jr' && x !== 'sr' && x !== 'iii');
    if (w.length > 1 && !given.has(w[w.length - 1])) trieAdd(names, [w[w.length - 1]], { entry: e, kind: 'surname' });
  }

  const titles = node();
  const titleKind = new Map<TrieNode, 'person' | 'role'>();
  for (const row of readRows('actors/titles.tsv')) {
    const [t, kind] = row.cells;
    if (kind !== 'person' && kind !== 'role') throw badRow('actors/titles.tsv', row, `kind "${kind}" must be person or role`);
    titleKind.set(trieAdd(titles, phraseWords(t)), kind);
  }
  const demonyms = new Map<string, string>();
  for (const row of readRows('actors/demonyms.tsv')) {
    const [w, c] = row.cells;
    if (!w || !c || !(c === '-' || /^[A-Z]{2}$/.test(c))) throw badRow('actors/demonyms.tsv', row, 'expected a word and an ISO2 country or -');
    demonyms.set(w.toLowerCase().replace(/[’']/g, ''), c);
  }
  const locInside = new Set<string>();
  const locAfter = new Set<string>();
  const locPart = new Set<string>();
  for (const row of readRows('actors/location-heads.txt')) {
    const [w, where] = row.cells;
    if (!['inside', 'after', 'both', 'part'].includes(where)) throw badRow('actors/location-heads.txt', row, `"${where}" must be inside, after, both or part`);
    if (where === 'inside' || where === 'both') locInside.add(phraseWords(w).join(' '));
    if (where !== 'inside') locAfter.add(w.toLowerCase());
    if (where === 'part') locPart.add(w.toLowerCase());
  }
  const contextCues = new Map<string, 'outlet' | 'place'>();
  const outletAfter = new Set<string>();
  for (const row of readRows('actors/context-cues.tsv')) {
    const [w, kind] = row.cells;
    if (!w || (kind !== 'outlet' && kind !== 'place' && kind !== 'outlet-after')) throw badRow('actors/context-cues.tsv', row, 'expected: words<TAB>outlet, place or outlet-after');
    if (kind === 'outlet-after') outletAfter.add(w.toLowerCase());
    else contextCues.set(w.toLowerCase(), kind);
  }
  const headSynonyms: Array<[string[], string[]]> = [];
  for (const row of readRows('actors/head-synonyms.tsv')) {
    const [w, same] = row.cells;
    if (!w || !same) throw badRow('actors/head-synonyms.tsv', row, 'expected: words<TAB>the words they mean');
    headSynonyms.push([phraseWords(w), phraseWords(same)]);
  }
  const folded = (rel: string) => new Set(readWordList(rel).map((w) => phraseWords(w).join(' ')));
  const genericHeads = new Set<string>();
  for (const row of readRows('actors/org-heads.txt')) {
    const [w, kind = 'generic'] = row.cells;
    if (kind !== 'generic' && kind !== 'name') throw badRow('actors/org-heads.txt', row, `kind "${kind}" must be generic or name`);
    if (kind === 'generic') genericHeads.add(phraseWords(w).join(' '));
  }
  cached = {
    entries,
    names,
    lowerLed,
    acronyms,
    titles,
    titleKind,
    demonyms,
    firstNames: given,
    orgHeads: folded('actors/org-heads.txt'),
    genericHeads,
    locInside,
    locAfter,
    locPart,
    contextCues,
    outletAfter,
    headSynonyms,
    personCues: new Set(readWordList('actors/person-cues.txt')),
    notNames: new Set(readWordList('actors/not-names.txt').map((w) => w.toLowerCase())),
    foldMemo: new Map(),
    tokenMemo: new Map(),
  };
  return cached;
}
