/** The NLP stages: sentences (`10-sentences`) and tokens (`11-tokens`). */
import type { Stage } from '../core/pipeline.ts';
import type { Span } from '../core/types.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

/** Assigns `sentences`: trimmed sentence spans; a line break always ends one. */
export const sentencesStage: Stage = {
  name: '10-sentences',
  version: 1,
  requires: ['text'],
  assigns: 'sentences',
  run: (doc) => splitSentences(doc.text),
};

/** Assigns `tokens`: words, acronyms, abbreviations, possessive endings and punctuation. */
export const tokensStage: Stage = {
  name: '11-tokens',
  version: 2,
  requires: ['sentences'],
  assigns: 'tokens',
  transient: true,
  run: (doc) => tokenize(doc.text, doc.layers.sentences as Span[]),
};
