/**
 * The gazetteer (data/gazetteer/gazetteer.tsv, built by scripts/build-gazetteer.mjs from GeoNames
 * data plus hand-kept places): countries, capitals, major cities, regions, waters and facilities
 * with coordinates, validated at load.
 */
import { readRows, badRow } from '../nlp/data-files.ts';
import type { DictEntry } from './dictionary.ts';

const KINDS = new Set(['country', 'capital', 'city', 'region', 'water', 'facility']);
const FILE = 'gazetteer/gazetteer.tsv';

/** Loads places as dictionary entries of type location (subtype = kind). */
export function loadGazetteer(rel = FILE): DictEntry[] {
  const out: DictEntry[] = [];
  for (const row of readRows(rel)) {
    const [name, kind, country, lat, lon, , code = '', aliases = ''] = row.cells;
    if (!name) throw badRow(rel, row, 'place has no name');
    if (!KINDS.has(kind)) throw badRow(rel, row, `kind "${kind}" of ${name} is not one of ${[...KINDS].join(', ')}`);
    const la = Number(lat);
    const lo = Number(lon);
    if (!Number.isFinite(la) || la < -90 || la > 90 || !Number.isFinite(lo) || lo < -180 || lo > 180) {
      throw badRow(rel, row, `coordinates "${lat}, ${lon}" of ${name} are not a latitude and longitude`);
    }
    const all = aliases ? aliases.split('|').map((a) => a.trim()).filter(Boolean) : [];
    const isAcr = (a: string) => /^(?:[A-Z]\.?){2,}$/.test(a);
    out.push({
      id: `${kind === 'country' ? 'c' : 'p'}-${name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${country === '-' ? 'x' : country.toLowerCase()}`,
      name,
      type: 'location',
      subtype: kind,
      code: kind === 'country' ? code : '',
      aliases: all.filter((a) => !isAcr(a)),
      acronyms: all.filter(isAcr),
      lat: la,
      lon: lo,
      country: country === '-' ? undefined : country,
    });
  }
  return out;
}
