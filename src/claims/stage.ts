/** The claims stage: assigns `claims` (ClaimMention[]) from the text and the `mentions` layer. */
import type { Stage } from '../core/pipeline.ts';
import { extractClaims } from './extract.ts';
import { loadClaimsLexicon } from './lexicon.ts';

/** Stage `50-claims`: quotes, reported speech and the outlet's assessments, speakers resolved. */
export const claimsStage: Stage = {
  name: '50-claims',
  version: 13,
  requires: ['mentions'],
  assigns: 'claims',
  run: (doc) => extractClaims(doc, loadClaimsLexicon()),
};
