/**
 * Loads cleaning data from data/clean/ once, validating every entry: furniture patterns
 * (furniture.tsv), known outlets (outlets.tsv) and date words (dates.json). A bad entry throws a
 * `bad-data-file` error naming the file and the line.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { SitrepError } from '../core/errors.ts';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'clean');

/** Where a furniture pattern applies (see data/clean/furniture.tsv). */
export type RuleScope = 'line' | 'heading' | 'tail' | 'suffix' | 'inline';
const SCOPES: RuleScope[] = ['line', 'heading', 'tail', 'suffix', 'inline'];

/** One furniture pattern: what it removes and why. */
export interface FurnitureRule {
  id: string;
  /** The removal reason (subscription, photo-credit, read-more...). */
  kind: string;
  scope: RuleScope;
  /** Line scopes only: the rule applies to lines of at most this many words (0 = any). */
  maxWords: number;
  re: RegExp;
  /**
   * Text every match contains (lower-cased when the pattern ignores case), or null: a text
   * without it is passed over without running the pattern (see `requiredLiteral`).
   */
  needs: string | null;
}

/** A known outlet: its name, other names and web domains. */
export interface Outlet {
  name: string;
  aliases: string[];
  domains: string[];
}

/** Words for reading dates (data/clean/dates.json). */
export interface DateWords {
  months: Record<string, number>;
  weekdays: string[];
  publishedWords: string[];
  updatedWords: string[];
  fillerWords: string[];
}

const bad = (file: string, where: string, why: string): SitrepError =>
  new SitrepError('bad-data-file', `${file} ${where}: ${why}`, join(DATA_DIR, file));

/** Parses furniture.tsv text; exported for tests of the validation. */
export function parseFurniture(text: string, file = 'furniture.tsv'): FurnitureRule[] {
  const rules: FurnitureRule[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t');
    const where = `line ${i + 1}`;
    if (cols.length < 6) throw bad(file, where, `expected 7 tab-separated columns, found ${cols.length}`);
    const [id, kind, scope, maxWords, flags, pattern] = cols;
    if (!/^[a-z0-9-]+$/.test(id)) throw bad(file, where, `rule id "${id}" must be lower-case words joined by -`);
    if (ids.has(id)) throw bad(file, where, `rule id "${id}" repeats`);
    ids.add(id);
    if (!/^[a-z-]+$/.test(kind)) throw bad(file, where, `kind "${kind}" must be lower-case words joined by -`);
    if (!SCOPES.includes(scope as RuleScope)) throw bad(file, where, `scope "${scope}" is not one of ${SCOPES.join(', ')}`);
    if (!/^\d+$/.test(maxWords)) throw bad(file, where, `maxWords "${maxWords}" is not a whole number`);
    if (!/^[imsu]*$/.test(flags)) throw bad(file, where, `flags "${flags}" may only hold i, m, s, u`);
    let re: RegExp;
    try {
      re = new RegExp(pattern, flags);
    } catch (e) {
      throw bad(file, where, `pattern does not compile: ${(e as Error).message}`);
    }
    rules.push({ id, kind, scope: scope as RuleScope, maxWords: Number(maxWords), re, needs: requiredLiteral(pattern, flags) });
  });
  return rules;
}

/** Escapes that stand for one literal character (punctuation). */
const ESCAPED_LITERAL = /[.*+?^${}()|[\]\\/\-'"!#%&,:;<=>@`~]/;

/**
 * A piece of text every match of the pattern contains, or null when none is found: the longest
 * run (3 or more) of plain characters outside any group, class or alternative and not made
 * optional by a quantifier. For a case-insensitive pattern it is returned lower-cased and kept to
 * ASCII (such a pattern matches an ASCII letter only in its two ASCII cases); patterns with both
 * i and u, whose case folding maps some other letters onto ASCII ones, get none. Conservative:
 * any escape it does not know ends the run, and a top-level | gives none.
 */
export function requiredLiteral(source: string, flags: string): string | null {
  const ignoreCase = flags.includes('i');
  if (ignoreCase && flags.includes('u')) return null;
  let best = '';
  let run = '';
  let depth = 0;
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    let literal: string | null = null;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (ESCAPED_LITERAL.test(next)) literal = next;
      else if (/[xuckpP0-9]/.test(next)) return null; // escapes with a payload: not worth reading
    } else if (c === '[') {
      // a class: skip to its closing bracket
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '{') {
      // a counted quantifier: skip its numbers
      while (i < source.length && source[i] !== '}') i++;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
    } else if (c === '|') {
      if (depth === 0) return null;
    } else if (!'.^$*+?}'.includes(c)) {
      literal = c;
    }
    const after = source[i + 1];
    const quantified = after !== undefined && '*+?{'.includes(after);
    if (depth > 0 || literal === null || (ignoreCase && literal.charCodeAt(0) > 0x7e) || quantified) {
      end(); // a quantified character may be absent
      continue;
    }
    run += ignoreCase ? literal.toLowerCase() : literal;
  }
  end();
  return best.length >= 3 ? best : null;
}

/** Parses outlets.tsv text; exported for tests of the validation. */
export function parseOutlets(text: string, file = 'outlets.tsv'): Outlet[] {
  const out: Outlet[] = [];
  const split = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#') || line.startsWith('name\t')) return;
    const cols = line.split('\t');
    const where = `line ${i + 1}`;
    if (!cols[0]?.trim()) throw bad(file, where, 'the outlet has no name');
    const domains = split(cols[2]);
    for (const d of domains) if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(d)) throw bad(file, where, `"${d}" is not a domain`);
    out.push({ name: cols[0].trim(), aliases: split(cols[1]), domains });
  });
  return out;
}

function readData(file: string): string {
  try {
    return readFileSync(join(DATA_DIR, file), 'utf8');
  } catch (e) {
    throw bad(file, '', `cannot be read: ${(e as Error).message}`);
  }
}

let furniture: FurnitureRule[] | null = null;
let outletWordSet: Set<string> | null = null;
let outlets: Outlet[] | null = null;
let dates: DateWords | null = null;

/** The furniture rules of data/clean/furniture.tsv (loaded once). */
export function furnitureRules(): FurnitureRule[] {
  return (furniture ??= parseFurniture(readData('furniture.tsv')));
}

/** The known outlets of data/clean/outlets.tsv (loaded once). */
export function knownOutlets(): Outlet[] {
  return (outlets ??= parseOutlets(readData('outlets.tsv')));
}

/** Month, weekday and label words of data/clean/dates.json (loaded once). */
export function dateWords(): DateWords {
  if (dates) return dates;
  let d: DateWords;
  try {
    d = JSON.parse(readData('dates.json'));
  } catch (e) {
    throw bad('dates.json', '', `is not valid JSON: ${(e as Error).message}`);
  }
  for (const k of ['weekdays', 'publishedWords', 'updatedWords', 'fillerWords'] as const) {
    if (!Array.isArray(d[k])) throw bad('dates.json', `"${k}"`, 'must be a list of words');
  }
  for (const [m, n] of Object.entries(d.months ?? {})) {
    if (!Number.isInteger(n) || n < 1 || n > 12) throw bad('dates.json', `months["${m}"]`, 'must be 1..12');
  }
  return (dates = d);
}

/** Words that mark a name as an outlet's (data/clean/outlet-words.txt, loaded once). */
export function outletWords(): Set<string> {
  if (outletWordSet) return outletWordSet;
  const words = new Set<string>();
  readData('outlet-words.txt').split('\n').forEach((line, i) => {
    const w = line.trim();
    if (!w || w.startsWith('#')) return;
    if (!/^[A-Z][A-Za-z]*$/.test(w)) throw bad('outlet-words.txt', `line ${i + 1}`, `"${w}" is not one capitalised word`);
    words.add(w);
  });
  return (outletWordSet = words);
}
