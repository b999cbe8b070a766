/** Stage `45-relations`: relations read in each report by the data patterns (version 5: membership lists, successors after a death, ministers' departments, org sponsors, groups' declared campaigns against states, military units, places by province). */
import type { Stage } from '../core/pipeline.ts';
import type { Mention, Span } from '../core/types.ts';
import { extractRelations } from './extract.ts';

/** Assigns `relations`. */
export const relationsStage: Stage = {
  name: '45-relations',
  version: 5,
  requires: ['sentences', 'mentions'],
  assigns: 'relations',
  run: (doc) => extractRelations(doc.text, doc.layers.sentences as Span[], (doc.layers.mentions as Mention[]) ?? []),
};
