/**
 * Whether an event is told as having happened: negation ("has not announced any suspension"),
 * condition ("if", "whether"), modal verbs ("would", "could"), plans and intentions ("plans to",
 * "vowed to", "to prevent ... attacks") all keep an event from being asserted.
 */
import type { Modality, Span } from '../core/types.ts';

const NEGATION = /\b(?:not|never|no|without|neither|nor|n['’]t|cannot|refrained from|barred from|avoided|avoid|stopped short of)\s+(?:[\w'’-]+\s+){0,2}$/i;
const MODAL = /\b(?:would|could|may|might|can|should|must|will|shall|['’]ll|likely to|to be)\s+(?:[\w'’-]+\s+){0,2}$/i;
const PLANNED = /\b(?:plans?|planned|planning|intends?|intended|intending|prepares?|prepared|preparing|seeks?|sought|seeking|wants?|wanted|aims?|aimed|decided|agreed|ready|going|expected|set|scheduled|due|tried|trying|attempted|threatens?|threatened|threatening|vows?|vowed|pledged?|promised?|continue|continued|resume|resumed|prepare for|prepared for)\s+(?:for\s+)?to\s+(?:[\w'’-]+\s+){0,1}$/i;
const INFINITIVE = /\bto\s+$/i;
const OBJECT_AFTER = /^\s+(?:the|a|an|its|their|his|her|our|US|U\.S\.|American|Israeli|Iranian|\p{Lu})/u;
const PREVENT = /\b(?:prevent|preventing|avoid|avoiding|deter|deterring|stop|stopping|halt|any|possible|potential|future|further|more|planned|expected|new|another|imminent|retaliatory)\s+(?:[\w'’-]+\s+){0,3}$/i;
const CONDITION = /\b(?:if|unless|whether|in case|should)\b/i;
const CLAUSE_START = /[;:"“”]|\b(?:but|and|while|because|as|which|that|who)\s/gi;

/** The modality of a trigger at `head`, read from the words before it in its sentence. */
export function modalityAt(text: string, sentence: Span, head: Span, pos: 'verb' | 'noun'): { modality: Modality; note?: string } {
  const before = text.slice(Math.max(sentence.start, head.start - 60), head.start);
  if (NEGATION.test(before)) return { modality: 'negated', note: 'negated' };
  if (MODAL.test(before)) return { modality: 'hypothetical', note: 'modal verb' };
  if (PLANNED.test(before)) return { modality: 'planned', note: 'intended, not done' };
  if (INFINITIVE.test(before) && (pos === 'verb' || OBJECT_AFTER.test(text.slice(head.end, head.end + 12)))) return { modality: 'planned', note: 'infinitive, not done' };
  if (pos === 'noun' && PREVENT.test(before)) return { modality: 'hypothetical', note: 'possible or prevented, not done' };
  let clause = text.slice(sentence.start, head.start);
  let last = 0;
  for (const m of clause.matchAll(CLAUSE_START)) last = m.index! ;
  clause = clause.slice(last);
  if (CONDITION.test(clause)) return { modality: 'hypothetical', note: 'conditional clause' };
  return { modality: 'asserted' };
}
