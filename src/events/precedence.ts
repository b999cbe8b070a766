/**
 * Which code a sentence's sayings take when they tell one act: a letter or complaint to a body (the
 * UN Security Council, an ambassador) that accuses and also asks for something is an accusation or
 * a complaint (112, 114), not an appeal (02): the asking is part of the complaint.
 */
import type { EventMention } from '../core/types.ts';

/** A written or formal complaint told in the sentence ("in a letter to", "a complaint to", "wrote to"). */
const COMPLAINT_FRAME = /\b(?:letters?|complaints?|protest note|note of protest|(?:wrote|writes|written) to|memorandum)\b/i;
const APPEAL = (c: string) => c.startsWith('02');
const ACCUSATION = (c: string) => c === '112' || c === '114' || c.startsWith('11');

/**
 * In a sentence framed as a complaint, an appeal by the same speaker as an accusation is dropped (the
 * accusation is the event); with no accusation told, the appeal is the complaint itself (114).
 */
export function complaintOverAppeal(sentenceText: string, events: EventMention[]): EventMention[] {
  if (!COMPLAINT_FRAME.test(sentenceText) || !events.some((e) => APPEAL(e.cameo))) return events;
  const accusations = events.filter((e) => ACCUSATION(e.cameo));
  const out: EventMention[] = [];
  for (const e of events) {
    if (!APPEAL(e.cameo)) {
      out.push(e);
      continue;
    }
    const sameSpeaker = accusations.some((a) => !a.actors.length || !e.actors.length || a.actors.some((x) => e.actors.includes(x)));
    if (sameSpeaker) continue;
    out.push({ ...e, cameo: '114', type: 'official complaint', why: { ...e.why, note: `${e.why.note ?? ''}; told as a letter or complaint: a complaint (114), not an appeal` } });
  }
  return out;
}
