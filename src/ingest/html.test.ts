import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle, fragmentText, looksLikeHtml } from './html.ts';
import { domToText } from './html-text.ts';
import { parseHTML } from 'linkedom';

const para = (s: string) => `<p>${s}</p>`;
const STORY = [
  'Militia fighters fired a salvo of rockets at an air base in western Iraq late on Saturday, the garrison said in a short statement.',
  'Most of the rockets were stopped by air defences, but two landed inside the perimeter and damaged a hangar used for maintenance.',
  'A spokesman for the coalition said no one was killed and that four contractors were treated for minor injuries at the base clinic.',
  'The group that claimed the attack said it was answering air strikes carried out earlier in the week near the Syrian border.',
];

/** A news page with the usual furniture around the story. */
const PAGE = `<!DOCTYPE html><html><head>
<title>Rockets hit air base in western Iraq | The Desert Courier</title>
<meta property="og:site_name" content="The Desert Courier">
<meta name="date" content="2024-01-21">
<link rel="canonical" href="/world/rockets-hit-air-base">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
 {"@type":"NewsArticle","headline":"Rockets hit air base, no deaths","datePublished":"2024-01-20T22:10:00Z","publisher":{"@type":"Organization","name":"Desert Courier Media"}}]}</script>
<script>globalThis.__sitrepScriptRan = true; document.write('INJECTED');</script>
<style>.x{color:red}</style>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Rockets hit air base in western Iraq</h1>
<p class="byline">By Sam Writer</p>
${para(STORY[0])}${para(STORY[1])}
<h2>Claim of responsibility</h2>
${para(STORY[2])}<p>${STORY[3]}<br>Second line of the same paragraph.</p>
<img src="http://127.0.0.1:9/never-fetched.jpg" alt="a hangar">
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Another story entirely about football</a></li></ul></aside>
<footer>© 2024 The Desert Courier. All rights reserved.</footer>
</body></html>`;

test('extractArticle keeps the story with paragraph breaks and headings on their own line, drops chrome and scripts', () => {
  const { text, method } = extractArticle(PAGE);
  assert.equal(method, 'readability');
  for (const s of STORY) assert.ok(text.includes(s), `keeps: ${s.slice(0, 40)}`);
  assert.ok(text.includes(`${STORY[1]}\n\nClaim of responsibility\n\n${STORY[2]}`), 'blank lines between paragraphs, heading alone');
  assert.ok(text.includes(`${STORY[3]}\nSecond line`), '<br> is a line break');
  for (const gone of ['Home', 'Sport', 'football', 'All rights reserved', 'INJECTED', 'color:red', '__sitrep']) assert.ok(!text.includes(gone), `drops ${gone}`);
  assert.equal((globalThis as Record<string, unknown>).__sitrepScriptRan, undefined, 'no script ran');
});

test('extractArticle reads hints and says how each was found', () => {
  const { hints } = extractArticle(PAGE, 'https://courier.example/world/rockets-hit-air-base?ref=rss');
  assert.equal(hints.outlet, 'The Desert Courier');
  assert.equal(hints.how?.outlet, 'html-meta:og:site_name');
  assert.equal(hints.title, 'Rockets hit air base, no deaths');
  assert.equal(hints.how?.title, 'json-ld:NewsArticle.headline');
  assert.equal(hints.published, '2024-01-20T22:10:00Z', 'JSON-LD datePublished beats <meta name=date>');
  assert.equal(hints.how?.published, 'json-ld:NewsArticle.datePublished');
  assert.equal(hints.url, 'https://courier.example/world/rockets-hit-air-base', 'canonical resolved against the page URL');
  assert.equal(hints.how?.url, 'html-link:canonical');
});

test('hints: og tags first, <title> without its outlet suffix, <meta name=date>, JSON-LD publisher', () => {
  const og = extractArticle(`<html><head><meta property="og:title" content="OG title"><title>T | Site</title>
    <meta property="article:published_time" content="2024-02-01T10:00:00+03:00"></head><body>${para(STORY[0])}</body></html>`);
  assert.deepEqual([og.hints.title, og.hints.how?.title, og.hints.how?.published], ['OG title', 'html-meta:og:title', 'html-meta:article:published_time']);
  const t = extractArticle(`<html><head><title>Iraq asks for calm – Tigris Daily</title><meta property="og:site_name" content="Tigris Daily">
    <meta name="date" content="2024-10-10"></head><body>${para(STORY[1])}</body></html>`);
  assert.deepEqual([t.hints.title, t.hints.how?.title], ['Iraq asks for calm', 'html-title:outlet-suffix-removed']);
  assert.deepEqual([t.hints.published, t.hints.how?.published], ['2024-10-10', 'html-meta:date']);
  const ld = extractArticle(`<html><head><title>Plain</title><script type="application/ld+json">[{"@type":["ReportageNewsArticle"],"publisher":[{"name":"Wire One"}]}]</script>
    <script type="application/ld+json">{not json</script></head><body>${para(STORY[2])}</body></html>`);
  assert.deepEqual([ld.hints.outlet, ld.hints.how?.outlet, ld.hints.title, ld.hints.how?.title],
    ['Wire One', 'json-ld:ReportageNewsArticle.publisher.name', 'Plain', 'html-title']);
});

test('hints: a <time datetime> in the story header outside <article> gives the publication date', () => {
  const r = extractArticle(`<html><head><title>Plain</title></head><body><header><h1>Rockets hit air base</h1>
    <time datetime="2024-03-05T08:00:00Z">5 March</time></header><div>${para(STORY[0])}${para(STORY[1])}</div></body></html>`);
  assert.deepEqual([r.hints.published, r.hints.how?.published], ['2024-03-05T08:00:00Z', 'html-time:header']);
});

test('a fragment without an article falls back to the body text', () => {
  const r = extractArticle('<p>Short note one.</p><p>Short note two.</p>');
  assert.equal(r.text, 'Short note one.\n\nShort note two.');
  assert.equal(fragmentText('<div>a <b>bold</b> move</div><ul><li>x</li><li>y</li></ul>'), 'a bold move\n\nx\n\ny');
});

test('domToText keeps table cells on one line and <pre> line breaks', () => {
  const { document } = parseHTML('<html><body><table><tr><td>Site</td><td>Hits</td></tr><tr><td>Tower 22</td><td>1</td></tr></table><pre>a\n b</pre></body></html>');
  assert.equal(domToText(document.body), 'Site Hits\n\nTower 22 1\n\na\nb');
});

test('looksLikeHtml tells markup from prose', () => {
  assert.ok(looksLikeHtml('<!doctype html><html><body>x</body></html>'));
  assert.ok(looksLikeHtml('  <p>One paragraph.</p>'));
  assert.ok(!looksLikeHtml('BAGHDAD, Jan 30 - Officials said <nothing> of note.'));
});

test('domToText walks a page nested 20,000 levels deep without overflowing the stack', () => {
  const { document } = parseHTML(`<html><body>${'<div>'.repeat(20000)}deep inside</body></html>`);
  assert.equal(domToText(document.body), 'deep inside');
  assert.equal(extractArticle(`${'<div>'.repeat(20000)}deep inside`).text, 'deep inside');
});
