/** Gathers relations read in each report into one list over resolved entities. */
import type { SituationRelation } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';

export function collectRelations(_ctx: BuildContext, _ents: EntityResolution): SituationRelation[] {
  return [];
}
