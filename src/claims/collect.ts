/** Gathers the claims of each report, resolves speakers to entities and counts sources. */
import type { SituationClaim } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';

export function collectClaims(_ctx: BuildContext, _ents: EntityResolution): SituationClaim[] {
  return [];
}
