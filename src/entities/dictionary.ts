/**
 * The regional actor dictionary (data/actors/actors.tsv): canonical names, types, CAMEO-style
 * codes, aliases and acronyms, validated at load with errors naming the file and line.
 */
import type { EntityType } from '../core/types.ts';
import { readRows, badRow } from '../nlp/data-files.ts';

/** One known actor or place. */
export interface DictEntry {
  id: string;
  name: string;
  type: EntityType;
  subtype: string;
  /** CAMEO-style actor code (IRN, IRNMIL, USAMIL...), or ISO3 for a country; '' when none. */
  code: string;
  /** Other names, matched after folding (case, diacritics, particles, transliteration). */
  aliases: string[];
  /** Acronyms, matched as written (letters only: "U.S." and "US" are the same). */
  acronyms: string[];
  lat?: number;
  lon?: number;
  /** ISO2 country of a place. */
  country?: string;
}

const TYPES = new Set(['person', 'organization', 'location', 'other']);
const CODE = /^[A-Z]{3,12}$/;
const FILE = 'actors/actors.tsv';

/** Parses and validates actor rows; throws on the first bad line. */
export function loadActors(rel = FILE): DictEntry[] {
  const out: DictEntry[] = [];
  const seen = new Set<string>();
  for (const row of readRows(rel)) {
    const [id, name, type, subtype = '', code = '', aliases = '', acronyms = ''] = row.cells;
    if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id)) throw badRow(rel, row, `id "${id ?? ''}" must be lower-case letters, digits and hyphens`);
    if (seen.has(id)) throw badRow(rel, row, `id "${id}" is used twice`);
    seen.add(id);
    if (!name) throw badRow(rel, row, `actor ${id} has no name`);
    if (!TYPES.has(type)) throw badRow(rel, row, `type "${type}" of ${id} is not one of ${[...TYPES].join(', ')}`);
    if (code && !CODE.test(code)) throw badRow(rel, row, `code "${code}" of ${id} is not a CAMEO-style code (3-12 capitals)`);
    const acr = acronyms ? acronyms.split('|').map((a) => a.trim()).filter(Boolean) : [];
    for (const a of acr) if (!/^[A-Z][A-Za-z.\-]*$/.test(a)) throw badRow(rel, row, `acronym "${a}" of ${id} must start with a capital`);
    out.push({
      id,
      name,
      type: type as EntityType,
      subtype,
      code,
      aliases: aliases ? aliases.split('|').map((a) => a.trim()).filter(Boolean) : [],
      acronyms: acr,
    });
  }
  return out;
}
