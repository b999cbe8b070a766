/** Stage `45-relations`: relations read in each report by the data patterns (version 4: heads of state by title and dictionary code, "its allies in", neighbourhoods and regions). */
import type { Stage } from '../core/pipeline.ts';
import type { Mention, Span } from '../core/types.ts';
import { extractRelations } from './extract.ts';

/** Assigns `relations`. */
export const relationsStage: Stage = {
  name: '45-relations',
  version: 4,
  requires: ['sentences', 'mentions'],
  assigns: 'relations',
  run: (doc) => extractRelations(doc.text, doc.layers.sentences as Span[], (doc.layers.mentions as Mention[]) ?? []),
};
