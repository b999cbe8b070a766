/** Stage `45-relations`: relations read in each report by the data patterns (version 3: people's posts are roles, not member_of). */
import type { Stage } from '../core/pipeline.ts';
import type { Mention, Span } from '../core/types.ts';
import { extractRelations } from './extract.ts';

/** Assigns `relations`. */
export const relationsStage: Stage = {
  name: '45-relations',
  version: 3,
  requires: ['sentences', 'mentions'],
  assigns: 'relations',
  run: (doc) => extractRelations(doc.text, doc.layers.sentences as Span[], (doc.layers.mentions as Mention[]) ?? []),
};
