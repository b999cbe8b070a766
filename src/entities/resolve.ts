/** Cross-report entity resolution: one entity per real-world actor, each merge with its reason. */
import type { BuildContext, EntityResolution } from '../situation/context.ts';

export function resolveEntities(_ctx: BuildContext): EntityResolution {
  return { entities: [], entityOf: () => null };
}
