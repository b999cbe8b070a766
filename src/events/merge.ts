/** Merges the events told by several reports into one event with evidence from each. */
import type { SituationEvent } from '../core/types.ts';
import type { BuildContext, EntityResolution } from '../situation/context.ts';

export function mergeEvents(_ctx: BuildContext, _ents: EntityResolution): SituationEvent[] {
  return [];
}
