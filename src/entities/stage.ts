/** The mention stage (`20-mentions`): names found, typed and linked within the report (version 3: names led by an ordinal, nationality, pair or place; facility words; context cues). */
import type { Stage } from '../core/pipeline.ts';
import type { Span, Token } from '../core/types.ts';
import { findMentions } from './mentions.ts';
import { loadEntityLexicon, type EntityLexicon } from './lexicon.ts';

/** Assigns `mentions` (see Mention in core/types.ts); reads the `entityLexicon` resource. */
export const mentionsStage: Stage = {
  name: '20-mentions',
  version: 3,
  requires: ['sentences', 'tokens'],
  assigns: 'mentions',
  run: (doc, resources) => {
    const lex = (resources.entityLexicon as EntityLexicon | undefined) ?? loadEntityLexicon();
    return findMentions(doc.text, doc.layers.sentences as Span[], doc.layers.tokens as Token[], lex);
  },
};
