/**
 * The event lexicon (data/cameo/verbs.tsv): trigger words and phrases mapped to CAMEO codes,
 * loaded once and validated, and the trigger finder that runs it over a text.
 */
import type { Span } from '../core/types.ts';
import { readRows, badRow } from '../nlp/data-files.ts';
import { escapeRe } from '../dates/words.ts';

export type TriggerRole = 'event' | 'light' | 'announce' | 'intent' | 'speech';

/** One lexicon line. */
export interface LexiconEntry {
  cameo: string;
  type: string;
  pos: 'verb' | 'noun';
  role: TriggerRole;
  forms: string[];
  /** What the following words must match, when set. */
  needs: RegExp | null;
  line: number;
  /** All forms as one regular expression (word-bounded, case-insensitive). */
  re: RegExp;
}

/** A trigger found in a text: the entry that fired and its words. */
export interface Trigger extends Span {
  entry: LexiconEntry;
  text: string;
}

const FILE = 'cameo/verbs.tsv';
const ROLES = new Set(['event', 'light', 'announce', 'intent', 'speech']);
let cached: LexiconEntry[] | null = null;

const formRe = (form: string): string =>
  form
    .split(/\s+/)
    .map((w) => (w === '…' ? '(?:[\\w\'’-]+\\s+){0,4}?' : escapeRe(w) + '\\s+'))
    .join('')
    .replace(/\\s\+$/, '')
    .replace(/\?\\s\+$/, '?');

/** Loads and validates data/cameo/verbs.tsv (once). */
export function loadLexicon(): LexiconEntry[] {
  if (cached) return cached;
  const out: LexiconEntry[] = [];
  for (const row of readRows(FILE)) {
    const [cameo, type, pos, role, forms, needs] = row.cells;
    if (!/^\d{2,4}$/.test(cameo ?? '')) throw badRow(FILE, row, `CAMEO code "${cameo}" must be 2-4 digits`);
    if (role !== 'speech' && !(+cameo.slice(0, 2) >= 1 && +cameo.slice(0, 2) <= 20)) throw badRow(FILE, row, `CAMEO root ${cameo.slice(0, 2)} is not 01-20`);
    if (!type) throw badRow(FILE, row, 'missing type');
    if (pos !== 'verb' && pos !== 'noun') throw badRow(FILE, row, `pos "${pos}" must be verb or noun`);
    if (!ROLES.has(role)) throw badRow(FILE, row, `role "${role}" must be one of ${[...ROLES].join(', ')}`);
    const list = (forms ?? '').split('|').map((f) => f.trim().toLowerCase()).filter(Boolean);
    if (!list.length) throw badRow(FILE, row, 'no forms');
    let needsRe: RegExp | null = null;
    if (needs) {
      try {
        needsRe = new RegExp(needs, 'i');
      } catch (e) {
        throw badRow(FILE, row, `needs is not a valid regular expression: ${(e as Error).message}`);
      }
    }
    const alt = list.sort((a, b) => b.length - a.length).map(formRe).join('|');
    out.push({ cameo, type, pos, role: role as TriggerRole, forms: list, needs: needsRe, line: row.line, re: new RegExp(`(?<![\\w'’-])(?:${alt})(?![\\w'’-])`, 'gi') });
  }
  cached = out;
  return out;
}

/** All plain forms (no gap) as one expression, and the entries of each form in file order. */
interface Combined {
  re: RegExp;
  byForm: Map<string, LexiconEntry[]>;
  gapped: LexiconEntry[];
}
const combinedCache = new WeakMap<LexiconEntry[], Combined>();

function combined(lexicon: LexiconEntry[]): Combined {
  let c = combinedCache.get(lexicon);
  if (c) return c;
  const byForm = new Map<string, LexiconEntry[]>();
  const gapped: LexiconEntry[] = [];
  for (const e of lexicon) {
    if (e.forms.some((f) => f.includes('…'))) gapped.push(e);
    for (const f of e.forms) if (!f.includes('…')) byForm.set(f, [...(byForm.get(f) ?? []), e]);
  }
  const alt = [...byForm.keys()].sort((a, b) => b.length - a.length).map(formRe).join('|');
  c = { re: new RegExp(`(?<![\\w'’-])(?:${alt})(?![\\w'’-])`, 'gi'), byForm, gapped };
  combinedCache.set(lexicon, c);
  return c;
}

const formKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/**
 * Every trigger in `text` from `from` to `to`: the longest match wins where matches overlap,
 * then the earliest lexicon line whose `needs` is met by the next 120 characters.
 */
export function findTriggers(text: string, from = 0, to = text.length, lexicon: LexiconEntry[] = loadLexicon()): Trigger[] {
  const slice = text.slice(from, to);
  const cands: Trigger[] = [];
  const { re, byForm, gapped } = combined(lexicon);
  const fire = (entries: LexiconEntry[], start: number, end: number, words: string) => {
    const entry = entries.find((e) => !e.needs || e.needs.test(text.slice(end, end + 120)));
    if (entry) cands.push({ start, end, entry, text: words });
  };
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) fire(byForm.get(formKey(m[0])) ?? [], from + m.index, from + m.index + m[0].length, m[0]);
  for (const entry of gapped) {
    entry.re.lastIndex = 0;
    for (let m = entry.re.exec(slice); m; m = entry.re.exec(slice)) fire([entry], from + m.index, from + m.index + m[0].length, m[0]);
  }
  cands.sort((a, b) => a.start - b.start || b.end - a.end || a.entry.line - b.entry.line);
  const out: Trigger[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}
