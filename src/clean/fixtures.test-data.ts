/**
 * Test prose for cleaning, metadata and duplicate tests: a short story written for sitrep's
 * tests (not taken from any report), with page furniture to wrap around it.
 */

/** The story's paragraphs, including one sub-heading that must survive cleaning. */
export const STORY = [
  'Militia leaders in Baghdad agreed on Tuesday to halt drone launches against American bases, three officials familiar with the meeting said.',
  'The meeting followed a strike on a remote outpost near the Syrian border that killed three soldiers and wounded more than forty others.',
  '"We were told to stop, and we stopped," one commander said, asking not to be named because he was not authorised to speak to the press.',
  'Two smaller factions rejected the pause and said their operations would go on until foreign troops leave the country.',
  'Factions divided',
  'Analysts said the split showed the limits of outside pressure on groups that answer to their own leaders as much as to their patrons.',
  'A government spokesman welcomed the decision and urged every armed group to respect the authority of the state.',
];

/** Other furniture-free paragraphs, for duplicate tests. */
export const MORE_STORY = [
  'The outpost, a cluster of container housing behind sand berms, held about three hundred engineers and logistics staff.',
  'Officials in Washington said the drone had approached at the same moment as a returning American aircraft, which confused the air defences.',
  'The defence secretary promised a response at a time and place of his choosing and said it could come in several waves.',
  'Oil prices rose slightly on the news before settling by the end of the trading day in London.',
];

/** The same facts as STORY, written again in different words (not a duplicate). */
export const PARAPHRASE = [
  'On Tuesday the commanders of several armed groups, meeting in the Iraqi capital, decided to stop firing drones at US installations, according to three people who know what was discussed.',
  'Their decision came after an attack on a desert base close to Syria left three American troops dead and over forty injured.',
  'One of the commanders, speaking anonymously since he had no permission to talk to reporters, said the order to stand down had been obeyed at once.',
  'Not everyone agreed: two minor groups refused, vowing to keep fighting for as long as foreign forces remain.',
  'Experts read the division as proof that patrons abroad cannot fully dictate to groups whose own leaders still make the calls.',
  'The state welcomed the move through its spokesman, who called on all armed factions to accept government authority.',
];

/** An unrelated story. */
export const UNRELATED = [
  'The city council approved a new budget for road repairs on Thursday after a long debate about potholes in the northern districts.',
  'Residents had complained for years that buses could not reach some streets during the winter rains.',
  'The mayor said work would begin in the spring and finish before the school year starts in September.',
];

export const para = (ps: string[]): string => ps.join('\n\n');
