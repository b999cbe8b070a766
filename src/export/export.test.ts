import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCSV, csvCell, CSV_COLUMNS } from './csv.ts';
import { toGraphML } from './graphml.ts';
import { toGEXF } from './gexf.ts';
import { actorNetwork } from './network.ts';
import { fixtureSituation } from '../../test/browser/fixture.ts';

test('CSV has ACLED-like columns, one row per event, located and sourced', () => {
  const rows = toCSV(fixtureSituation()).trim().split('\n');
  assert.equal(rows[0], CSV_COLUMNS.join(','));
  assert.equal(rows[0], 'event_date,event_type,actor1,actor2,location,latitude,longitude,fatalities,source,notes');
  assert.equal(rows.length, 4);
  assert.match(rows[1], /^2025-03-02,drone strike,Harbour Brigade,,Northgate outpost,33.4,44.1,2,Plains Courier,/);
});

test('CSV quotes commas and quotes and defuses spreadsheet formulas', () => {
  assert.equal(csvCell('a, "b"'), '"a, ""b"""');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell(-3), '-3');
  assert.equal(csvCell(null), '');
});

test('actor network: relations and actor→target events as edges', () => {
  const s = fixtureSituation();
  s.events[0].targets = ['e2'];
  const net = actorNetwork(s);
  assert.ok(net.edges.some((e) => e.kind === 'backs' && e.source === 'e2' && e.target === 'e1'));
  assert.ok(net.edges.some((e) => e.kind === 'event' && e.label === 'drone strike' && e.source === 'e1' && e.target === 'e2'));
  assert.equal(net.nodes.find((n) => n.id === 'e1')!.mentions, 4);
});

test('GraphML and GEXF are well-formed XML with escaped labels', () => {
  const s = fixtureSituation();
  s.entities[0].name = 'A <b>&"Brigade"';
  for (const xml of [toGraphML(s), toGEXF(s)]) {
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>/);
    assert.doesNotMatch(xml, /<b>/);
    assert.match(xml, /A &lt;b&gt;&amp;&quot;Brigade&quot;/);
    const opens = (xml.match(/<(node|edge)[ >]/g) ?? []).length;
    const closes = (xml.match(/<\/(node|edge)>/g) ?? []).length;
    assert.equal(opens, closes);
  }
  assert.match(toGraphML(s), /<edge id="r1" source="e2" target="e1"><data key="kind">backs<\/data>/);
  assert.match(toGEXF(s), /<edge id="r1" source="e2" target="e1" label="backs"/);
});
