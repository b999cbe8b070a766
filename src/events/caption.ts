/**
 * Photo captions: "Mourners carry the coffin of a commander killed in a drone strike, in Baghdad,
 * Iraq, February 8, 2024." describes a picture in the present tense. It tells no event of its own:
 * the people in the picture are not the actors of what it mentions, and its date is the picture's.
 */
import type { Span } from '../core/types.ts';
import { readWordList } from '../nlp/data-files.ts';

let sceneVerbs: Set<string> | null = null;
const scene = (): Set<string> => (sceneVerbs ??= new Set(readWordList('cameo/scene-verbs.txt').map((w) => w.toLowerCase())));

/** Words that show the subject's clause is already past or reported before a scene verb could come. */
const NOT_A_SCENE = /^(?:was|were|is|are|has|have|had|said|says|will|would|did|does|do|who|which|that)$|ed$/i;

const NOT_A_SUBJECT = /^(?:\d.*|in|at|on|for|with|to|from|by|after|before|during|into|over|near)$/i;

/**
 * True when the sentence reads as a photo caption: within its first eight words, before any past
 * tense, auxiliary, number or preposition, its first verb is a present-tense verb of a scene (data/cameo/scene-verbs.txt)
 * after a subject of at least one word.
 */
export function isCaption(text: string, sentence: Span): boolean {
  const words = text.slice(sentence.start, sentence.end).split(/\s+/).slice(0, 12).map((w) => w.replace(/^[^\w]+|[^\w]+$/g, ''));
  for (let i = 1; i < Math.min(words.length, 8); i++) {
    const w = words[i];
    if (scene().has(w)) return /^[A-Z]/.test(words[0]) && !/^(?:the|a|an)$/i.test(words[i - 1]);
    // the subject of a caption is a plain noun phrase: no number, no preposition before its verb
    if (NOT_A_SCENE.test(w) || NOT_A_SUBJECT.test(w)) return false;
  }
  return false;
}
