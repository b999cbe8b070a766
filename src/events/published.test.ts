/** Publication dates inferred for undated reports: a duration counted from a dated event bounds the date from below. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureDoc, fixtureContext, resolveByName, type NameTable } from './fixtures.ts';
import { redateDocuments } from './redate.ts';

const NAMES: NameTable = { 'Camp Delta': ['location', 'facility'], Iraq: ['location', 'country'] };

function publishedOf(text: string): { value: string | null; note?: string } {
  const ctx0 = fixtureContext(
    [fixtureDoc('a', 'A rocket attack on Camp Delta in Iraq on February 20 wounded two guards.', '2024-02-21', NAMES), fixtureDoc('u', text, null, NAMES)],
    {},
  );
  const ctx = redateDocuments(ctx0, resolveByName(ctx0, NAMES));
  const p = ctx.docById.get('u')!.meta.published;
  return { value: p.value, note: p.how?.note };
}

test('an undated report telling how long a calm has lasted since a date was written at least that long after it', () => {
  const p = publishedOf('Since 3 March, no rocket has struck Camp Delta, a calm that has now lasted more than two weeks. Commanders in Iraq credit the talks.');
  assert.equal(p.value, '2024-03-18');
  assert.match(p.note ?? '', /since 3 March/);
  assert.equal(publishedOf('Since 3 March, no rocket has struck Camp Delta, a calm of about two weeks that followed the talks in Iraq.').value, '2024-03-17');
});

test('a duration in a sentence without "since", or one still to come, sets no bound', () => {
  assert.equal(publishedOf('On 3 March the guards at Camp Delta were told the repairs would take two weeks. Commanders in Iraq agreed.').value, '2024-03-03');
  assert.equal(publishedOf('Since 3 March, officials say, the truce will hold for at least two weeks at Camp Delta in Iraq.').value, '2024-03-03');
});
