/**
 * The party an entity stands for in a dispute: a capital speaks and is accused for its country
 * ("Tehran denied any role" answers "Washington holds Iran responsible"), and so does a state's
 * official or body by its actor code (IRNGOV, IRNMIL → Iran); anything else for itself.
 * A claim's sides add what its speaker phrase says: "Iran's foreign ministry spokesman",
 * "Iraqi government spokesman", "Tehran's envoy".
 */
import type { SituationClaim, SituationEntity } from '../core/types.ts';
import type { ClaimWords } from './lexicon.ts';
import { loadDemonyms } from '../relations/demonyms.ts';

/** Actor codes of a state's own people and bodies: country code + government or armed forces. */
const STATE_CODE = /^([A-Z]{3})(?:GOV|MIL)$/;

/** Maps entity ids to the id of the party they stand for. */
export function partyOf(entities: SituationEntity[], W: Pick<ClaimWords, 'capitals'>): (id: string) => string {
  const byName = new Map<string, string>();
  const byCode = new Map<string, string>();
  for (const e of entities) if (e.type === 'location') for (const a of [e.name, ...e.aliases]) byName.set(a.toLowerCase(), e.id);
  for (const e of entities) if (e.type === 'location' && e.subtype === 'country' && e.code && /^[A-Z]{3}$/.test(e.code)) byCode.set(e.code, e.id);
  const stand = new Map<string, string>();
  for (const e of entities) {
    const country = e.type === 'location' ? W.capitals.get(e.name.toLowerCase()) : undefined;
    const state = STATE_CODE.exec(e.code ?? '')?.[1];
    const id = country ? byName.get(country) : state ? byCode.get(state) : undefined;
    if (id && id !== e.id) stand.set(e.id, id);
  }
  return (id) => stand.get(id) ?? id;
}

/** Country ids named in a speaker phrase by name, capital or adjective ("Iraqi government spokesman"). */
export function countriesInPhrase(phrase: string, entities: SituationEntity[], W: Pick<ClaimWords, 'capitals'>): string[] {
  const byName = new Map<string, string>();
  for (const e of entities) if (e.type === 'location' && e.subtype === 'country') for (const a of [e.name, ...e.aliases]) byName.set(a.toLowerCase(), e.id);
  const adjectives = loadDemonyms().country;
  const out = new Set<string>();
  for (const m of phrase.matchAll(/[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)?/gu)) {
    for (const w of [m[0], m[0].split(/\s+/)[0]].map((x) => x.replace(/['’]s$/, ''))) {
      const name = adjectives.get(w)?.toLowerCase() ?? W.capitals.get(w.toLowerCase()) ?? w.toLowerCase();
      const id = byName.get(name);
      if (id) out.add(id);
    }
  }
  return [...out];
}

/** The parties a claim speaks for: its speaker's and affiliation's, and countries its speaker phrase names. */
export function sidesOf(c: SituationClaim, party: (id: string) => string, phraseCountries: (phrase: string) => string[]): Set<string> {
  const ids = [...(c.speaker ? [c.speaker] : []), ...(c.affiliation ?? [])].map(party);
  return new Set([...ids, ...phraseCountries(c.speakerText ?? '')]);
}
