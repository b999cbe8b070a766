/** The mention stage (`20-mentions`): names found, typed and linked within the report (version 5: kunyas and "the" + first or head word as short forms, lower-case dictionary aliases, a given name that is a place after a rank or before an age). */
import type { Stage } from '../core/pipeline.ts';
import type { Span, Token } from '../core/types.ts';
import { findMentions } from './mentions.ts';
import { loadEntityLexicon, type EntityLexicon } from './lexicon.ts';

/** Assigns `mentions` (see Mention in core/types.ts); reads the `entityLexicon` resource. */
export const mentionsStage: Stage = {
  name: '20-mentions',
  version: 5,
  requires: ['sentences', 'tokens'],
  assigns: 'mentions',
  run: (doc, resources) => {
    const lex = (resources.entityLexicon as EntityLexicon | undefined) ?? loadEntityLexicon();
    return findMentions(doc.text, doc.layers.sentences as Span[], doc.layers.tokens as Token[], lex);
  },
};
