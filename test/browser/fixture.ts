/**
 * A small hand-made situation (our own sentences) for the server, report and browser tests:
 * three reports, a few actors, two events that disagree on the toll, a backing relation,
 * two claims that contradict each other, and one report whose text carries HTML payloads
 * that must only ever show as text.
 */
import type { DocSpan, Situation, SituationDocument } from '../../src/core/types.ts';

/** Markup that would run if any view rendered report text as HTML. */
export const XSS_TEXT = 'Beware <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=1"> in a report.';

const TEXTS = {
  d1: 'On 2 March a drone struck the Northgate outpost near Qaryat. The Harbour Brigade claimed the attack; two guards were killed. The Eastern Command said the brigade acts on its own.',
  d2: 'A drone hit the Northgate outpost on 2 March, killing three guards, officials said. Analysts say the Eastern Command backs the Harbour Brigade with money and arms.',
  d3: `Editor's note. ${XSS_TEXT} The Harbour Brigade denied any role.`,
};

const span = (doc: keyof typeof TEXTS, phrase: string, nth = 0): DocSpan => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXTS[doc].indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`fixture: '${phrase}' not in ${doc}`);
  return { doc, start: at, end: at + phrase.length };
};

const doc = (id: keyof typeof TEXTS, title: string, outlet: string, published: string, duplicateOf: string | null = null): SituationDocument => ({
  id,
  source: `${id}.txt`,
  title,
  outlet,
  published,
  duplicateOf,
  text: TEXTS[id],
});

/** A fresh copy of the fixture situation. */
export function fixtureSituation(): Situation {
  return {
    schema: 'sitrep.situation/1',
    generatedAt: '2026-01-01T00:00:00Z',
    documents: [
      doc('d1', 'Drone hits Northgate outpost', 'Plains Courier', '2025-03-02'),
      doc('d2', 'Three guards killed at Northgate', 'Valley Times', '2025-03-03'),
      doc('d3', '<b>Brigade</b> denies <script>alert(1)</script>', 'Night <i>Wire</i>', '2025-03-04'),
    ],
    entities: [
      {
        id: 'e1', name: 'Harbour Brigade', type: 'organization', subtype: 'militia', aliases: ['Harbour Brigade', 'the brigade'],
        mentions: [span('d1', 'Harbour Brigade'), span('d1', 'the brigade'), span('d2', 'Harbour Brigade'), span('d3', 'Harbour Brigade')],
        merges: [{ alias: 'the brigade', rule: 'short-form-in-report', score: 0.9 }],
        roles: ['armed group'],
      },
      {
        id: 'e2', name: 'Eastern Command', type: 'organization', aliases: ['Eastern Command'],
        mentions: [span('d1', 'Eastern Command'), span('d2', 'Eastern Command')],
      },
      {
        id: 'e3', name: 'Northgate outpost', type: 'location', subtype: 'facility', aliases: ['Northgate outpost', 'Northgate'],
        mentions: [span('d1', 'Northgate outpost'), span('d2', 'Northgate outpost')], lat: 33.4, lon: 44.1,
      },
      {
        id: 'e4', name: 'Qaryat', type: 'location', subtype: 'city', aliases: ['Qaryat'], mentions: [span('d1', 'Qaryat')], lat: 33.6, lon: 44.5,
      },
    ],
    relations: [
      { id: 'r1', subject: 'e2', predicate: 'backs', object: 'e1', evidence: [span('d2', 'the Eastern Command backs the Harbour Brigade with money and arms')], why: [{ rule: 'backs-verb' }] },
      { id: 'r2', subject: 'e3', predicate: 'located_in', object: 'e4', evidence: [span('d1', 'the Northgate outpost near Qaryat')] },
    ],
    events: [
      {
        id: 'v1', type: 'drone strike', cameo: '195', date: '2025-03-02', dateText: 'On 2 March', actors: ['e1'], targets: [], locations: ['e3'],
        killed: 2, wounded: null, evidence: [span('d1', 'On 2 March a drone struck the Northgate outpost near Qaryat.')], sources: ['d1'], singleSource: true,
      },
      {
        id: 'v2', type: 'drone strike', cameo: '195', date: '2025-03-02', dateText: 'on 2 March', actors: [], targets: [], locations: ['e3'],
        killed: 3, wounded: null, evidence: [span('d2', 'A drone hit the Northgate outpost on 2 March, killing three guards, officials said.')], sources: ['d2'], singleSource: true,
      },
      {
        id: 'v3', type: 'denial', cameo: '023', date: '2025-03-04', dateText: null, actors: ['e1'], targets: [], locations: [],
        killed: null, wounded: null, evidence: [span('d3', 'The Harbour Brigade denied any role.')], sources: ['d3'], singleSource: true,
      },
    ],
    claims: [
      {
        id: 'c1', speaker: 'e2', speakerText: 'The Eastern Command', text: 'the brigade acts on its own', about: ['e1'], kind: 'denial',
        evidence: [span('d1', 'The Eastern Command said the brigade acts on its own.')], singleSource: true,
      },
      {
        id: 'c2', speaker: null, speakerText: 'Analysts', text: 'the Eastern Command backs the Harbour Brigade with money and arms', about: ['e1', 'e2'], kind: 'assessment',
        evidence: [span('d2', 'Analysts say the Eastern Command backs the Harbour Brigade with money and arms.')], singleSource: true,
      },
      {
        id: 'c3', speaker: 'e1', speakerText: 'The Harbour Brigade', text: XSS_TEXT, about: ['e1'], kind: 'denial',
        evidence: [span('d3', XSS_TEXT)], singleSource: true,
      },
    ],
    contradictions: [
      { id: 'x1', items: ['v1', 'v2'], note: 'Death toll: 2 against 3 for the drone strike on Northgate outpost', kind: 'casualties' },
      { id: 'x2', items: ['c1', 'c2'], note: 'Whether the Eastern Command directs the Harbour Brigade', kind: 'claims' },
    ],
  };
}
