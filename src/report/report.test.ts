import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toHTML } from './html.ts';
import { toMarkdown } from './markdown.ts';
import { reportModel } from './model.ts';
import { forceLayout } from './layout.ts';
import { fixtureSituation } from '../../test/browser/fixture.ts';

test('HTML report: report text with <script> and <img onerror> shows as text, never as markup', () => {
  const html = toHTML(fixtureSituation());
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /<b>Brigade/);
  assert.match(html, /&lt;script&gt;window.__pwned=1&lt;\/script&gt;/);
  assert.match(html, /&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
});

test('HTML report: sections, inline SVG pictures, and statements linked to cited excerpts', () => {
  const html = toHTML(fixtureSituation());
  for (const h of ['Summary', 'Timeline', 'Actors and relations', 'Who said what', 'Contradictions', 'Single-source items', 'Sources']) {
    assert.match(html, new RegExp(`<h2[^>]*>${h}</h2>`));
  }
  assert.equal((html.match(/<svg /g) ?? []).length, 2, 'timeline and network drawn');
  assert.doesNotMatch(html, /(src|href)="https?:/, 'self-contained: nothing fetched');
  const links = [...html.matchAll(/href="#cite-(\d+)"/g)].map((m) => m[1]);
  assert.ok(links.length > 5);
  for (const n of links) assert.match(html, new RegExp(`id="cite-${n}"`));
  assert.match(html, /id="cite-\d+">\[\d+\] <span class="excerpt">“the Eastern Command backs the Harbour Brigade with money and arms”/);
  assert.match(html, /Plains Courier, 2025-03-02; <code>d1<\/code>/);
  assert.match(html, /contradiction<\/span>Death toll: 2 against 3/);
});

test('Markdown report: escapes markup and links citations', () => {
  const md = toMarkdown(fixtureSituation());
  assert.doesNotMatch(md, /<script|<img|<b>/i);
  assert.match(md, /&lt;script&gt;/);
  assert.match(md, /## Timeline[\s\S]*\*\*2025-03-02\*\*/);
  assert.match(md, /\[\\\[1\\\]\]\(#cite-1\)/);
  assert.match(md, /<a id="cite-1"><\/a>/);
});

test('report model: timeline in date order, speakers grouped, single-source items listed', () => {
  const m = reportModel(fixtureSituation());
  assert.deepEqual(m.timeline.map((t) => t.eventId), ['v1', 'v2', 'v3']);
  assert.ok(m.timeline[0].text.includes('Harbour Brigade: drone strike in Northgate outpost (2 killed)'));
  assert.ok(m.claims.some((c) => c.speaker === 'Eastern Command'));
  assert.equal(m.singleSource.length, 6);
  assert.equal(m.sources.find((s) => s.id === 'd2')!.citations.length > 0, true);
});

test('force layout is deterministic and keeps nodes inside the box', () => {
  const nodes = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const edges = [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }];
  const p1 = forceLayout(nodes, edges, 400, 300);
  const p2 = forceLayout(nodes, edges, 400, 300);
  assert.deepEqual([...p1], [...p2]);
  for (const { x, y } of p1.values()) assert.ok(x >= 0 && x <= 400 && y >= 0 && y <= 300);
  const d = (u: string, v: string) => Math.hypot(p1.get(u)!.x - p1.get(v)!.x, p1.get(u)!.y - p1.get(v)!.y);
  assert.ok(d('a', 'b') < d('a', 'd'), 'linked nodes sit closer than unlinked ones');
});
