/** The kind of a claim, from its verb and its words (statement, accusation, denial, threat...). */
import type { ClaimKind } from '../core/types.ts';
import type { ClaimWords, SpeechVerb } from './lexicon.ts';

const compiled = new WeakMap<string[], RegExp>();

/** Whether `text` holds one of the cue phrases (lower case, matched at word starts). */
export function hasCue(text: string, cues: string[]): string | null {
  let re = compiled.get(cues);
  if (!re) {
    const alts = cues.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
    re = new RegExp(`(?:^|\\s)(${alts.join('|')})`, 'i');
    compiled.set(cues, re);
  }
  const m = re.exec(text.replace(/’/g, "'"));
  return m ? m[1].toLowerCase() : null;
}

const FUTURE = /\b(will|would|shall|going to|'ll|’ll|vow|vowed|threaten|must|ready to)\b/i;

/** The claim kind: the verb's kind, refined by what the claim says. */
export function claimKind(verb: SpeechVerb | null, content: string, W: ClaimWords): { kind: ClaimKind; why: string } {
  const violent = hasCue(content, W.violenceCues);
  if (verb && verb.kind !== 'statement') {
    if (verb.kind === 'threat' && verb.violentOnly && !(violent && (FUTURE.test(content) || /^to\s/i.test(content))))
      return { kind: 'statement', why: `verb "${verb.lemma}" without a threat of violence` };
    return { kind: verb.kind, why: `verb "${verb.lemma}"` };
  }
  const acc = hasCue(content, W.accusationCues);
  if (acc) return { kind: 'accusation', why: `cue "${acc}"` };
  const den = hasCue(content, W.denialCues);
  if (den) return { kind: 'denial', why: `cue "${den}"` };
  if (violent && FUTURE.test(content)) return { kind: 'threat', why: `future + cue "${violent}"` };
  const ann = hasCue(content, W.announcementCues);
  if (ann) return { kind: 'announcement', why: `cue "${ann}"` };
  const ass = hasCue(content, W.assessmentCues) ?? (/\b(our assessment|we assess|we believe)\b/i.test(content) ? 'assessment' : null);
  if (ass) return { kind: 'assessment', why: `cue "${ass}"` };
  return { kind: 'statement', why: verb ? `verb "${verb.lemma}"` : 'default' };
}
