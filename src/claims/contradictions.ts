/** Finds where sources disagree: incompatible figures, dates or places, opposing claims. */
import type { SituationClaim, SituationContradiction, SituationEvent } from '../core/types.ts';
import type { BuildContext } from '../situation/context.ts';

export function findContradictions(_ctx: BuildContext, _events: SituationEvent[], _claims: SituationClaim[]): SituationContradiction[] {
  return [];
}
