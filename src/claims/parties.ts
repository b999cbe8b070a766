/**
 * The party an entity stands for in a dispute: a capital speaks and is accused for its country
 * ("Tehran denied any role" answers "Washington holds Iran responsible"); anything else for itself.
 */
import type { SituationEntity } from '../core/types.ts';
import type { ClaimWords } from './lexicon.ts';

/** Maps entity ids to the id of the party they stand for. */
export function partyOf(entities: SituationEntity[], W: Pick<ClaimWords, 'capitals'>): (id: string) => string {
  const byName = new Map<string, string>();
  for (const e of entities) if (e.type === 'location') for (const a of [e.name, ...e.aliases]) byName.set(a.toLowerCase(), e.id);
  const stand = new Map<string, string>();
  for (const e of entities) {
    const country = e.type === 'location' ? W.capitals.get(e.name.toLowerCase()) : undefined;
    const id = country ? byName.get(country) : undefined;
    if (id) stand.set(e.id, id);
  }
  return (id) => stand.get(id) ?? id;
}
