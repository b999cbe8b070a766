/**
 * Government departments named by a minister's title (data/relations/departments.tsv):
 * "Defense Secretary X" leads the Pentagon when the dictionary codes X as a US actor. The
 * department is kept by its dictionary name, so the report need not name it.
 */
import type { Mention } from '../core/types.ts';
import { readRows, badRow } from '../nlp/data-files.ts';
import { loadEntityLexicon } from '../entities/lexicon.ts';

const FILE = 'relations/departments.tsv';
/** "USA|defense secretary" → "Pentagon". */
let cached: Map<string, string> | null = null;

const key = (country: string, title: string) => `${country}|${title.toLowerCase().replace(/\s+/g, ' ').trim()}`;

/** Loads and validates data/relations/departments.tsv (once); each department must be a dictionary ministry. */
export function loadDepartments(): Map<string, string> {
  if (cached) return cached;
  const ministries = new Set([...loadEntityLexicon().entries.values()].filter((e) => e.subtype === 'ministry').map((e) => e.name));
  const out = new Map<string, string>();
  for (const row of readRows(FILE)) {
    const [country, titles, department] = row.cells;
    if (!/^[A-Z]{3}$/.test(country ?? '') || !titles || !department) throw badRow(FILE, row, 'expected: country code<TAB>titles<TAB>department');
    if (!ministries.has(department)) throw badRow(FILE, row, `"${department}" is not a ministry in data/actors/actors.tsv`);
    for (const t of titles.split('|')) {
      if (out.has(key(country, t))) throw badRow(FILE, row, `"${t}" is listed twice for ${country}`);
      out.set(key(country, t), department);
    }
  }
  cached = out;
  return out;
}

/** The department a person's title names, by the country of the person's dictionary code; null if unknown. */
export function departmentOf(title: string | undefined, person: Mention | undefined): string | null {
  const country = /^[A-Z]{3}/.exec(person?.code ?? '')?.[0];
  if (!title || !country) return null;
  return loadDepartments().get(key(country, title)) ?? null;
}
