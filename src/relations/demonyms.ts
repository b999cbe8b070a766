/**
 * Country adjectives (data/relations/demonyms.tsv): "Israeli soldiers" names Israel, "Iran-backed"
 * and "Tehran-backed" name Iran. Used where a report names a country only as an adjective.
 */
import { readRows, badRow } from '../nlp/data-files.ts';
import { alternation } from '../dates/words.ts';

/** Adjective → country name, and one regular expression matching any adjective as a word. */
export interface Demonyms {
  country: Map<string, string>;
  /** Matches an adjective as a whole word (group 1), case-sensitive. */
  pattern: string;
  /** The bare alternation of every adjective, longest first. */
  words: string;
}

const FILE = 'relations/demonyms.tsv';
let cached: Demonyms | null = null;

/** Loads and validates data/relations/demonyms.tsv (once). */
export function loadDemonyms(): Demonyms {
  if (cached) return cached;
  const country = new Map<string, string>();
  for (const row of readRows(FILE)) {
    const [adj, name] = row.cells;
    if (!adj || !name) throw badRow(FILE, row, 'expected: adjective<TAB>country name');
    if (country.has(adj)) throw badRow(FILE, row, `"${adj}" is listed twice`);
    country.set(adj, name);
  }
  const words = alternation(country.keys());
  cached = { country, words, pattern: `(?<![\\w.-])(${words})(?![\\w])` };
  return cached;
}

const PEOPLE_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|troops?|forces?|officials?|personnel|military|army|navy|government|leaders?|officers?|commanders?|militias?|militia|group|citizens?|civilians?|drones?|jets?|warplanes?|aircraft|delegation|diplomats?|generals?|ministers?|lawmakers?|politicians?)\b/i;
let adjectiveRe: RegExp | null = null;

/** Country names given by adjectives inside `s` that qualify a person or force noun after them. */
export function countriesQualifying(s: string, nouns: RegExp = PEOPLE_AFTER): string[] {
  const d = loadDemonyms();
  const re = (adjectiveRe ??= new RegExp(d.pattern, 'g'));
  re.lastIndex = 0;
  const out: string[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (nouns.test(s.slice(m.index + m[0].length))) out.push(d.country.get(m[1])!);
  }
  return [...new Set(out)];
}
