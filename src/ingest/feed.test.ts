import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedKind, parseFeed, rootElement } from './feed.ts';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<!-- a comment -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Border Wire</title><link>https://bw.example/</link>
<item><title>Drone hits outpost</title><link>/2024/01/28/drone</link><pubDate>Sun, 28 Jan 2024 18:00:00 GMT</pubDate>
  <description>Short &lt;b&gt;teaser&lt;/b&gt;</description>
  <content:encoded><![CDATA[<p>Full story of the drone.</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>Group pauses attacks</title><guid isPermaLink="true">https://bw.example/2024/01/30/pause</guid><dc:date>2024-01-30</dc:date>
  <source url="https://other.example/rss">Other Outlet</source></item>
</channel></rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Levant Notes</title>
<entry><title>Strikes on 85 targets</title><link rel="alternate" href="https://ln.example/strikes"/><link rel="edit" href="https://ln.example/edit/1"/>
  <published>2024-02-03T08:00:00Z</published><summary type="html">&lt;p&gt;Summary text.&lt;/p&gt;</summary></entry>
<entry><title>Commander killed</title><link href="https://ln.example/commander"/><updated>2024-02-08T07:00:00Z</updated>
  <content type="html">&lt;p&gt;Content text.&lt;/p&gt;</content><source><title>Origin Paper</title></source></entry>
</feed>`;

test('feedKind reads the root element past the prolog; HTML and prose are not feeds', () => {
  assert.equal(feedKind(RSS), 'rss');
  assert.equal(feedKind(ATOM), 'atom');
  assert.equal(feedKind('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"><item/></rdf:RDF>'), 'rdf');
  assert.equal(feedKind('<!DOCTYPE html><html><body>no</body></html>'), null);
  assert.equal(rootElement('<!DOCTYPE html><html>'), 'html');
  assert.equal(feedKind('Plain words.'), null);
});

test('parseFeed reads RSS items: link (or permalink guid) resolved, title, date, source, content', () => {
  const feed = parseFeed(RSS, 'https://bw.example/feed.xml')!;
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'Border Wire');
  const [a, b] = feed.items;
  assert.equal(a.link, 'https://bw.example/2024/01/28/drone');
  assert.equal(a.title, 'Drone hits outpost');
  assert.equal(a.published, 'Sun, 28 Jan 2024 18:00:00 GMT');
  assert.equal(a.content, '<p>Full story of the drone.</p><p>Second paragraph.</p>');
  assert.deepEqual(a.how, { title: 'rss:title', published: 'rss:pubDate', outlet: 'feed-title', content: 'rss:content:encoded' });
  assert.equal(b.link, 'https://bw.example/2024/01/30/pause');
  assert.equal(b.published, '2024-01-30');
  assert.equal(b.outlet, 'Other Outlet');
  assert.equal(b.how.outlet, 'rss:source');
  assert.equal(b.content, undefined);
});

test('parseFeed reads Atom entries: the alternate link, published or updated, content or summary, source title', () => {
  const feed = parseFeed(ATOM)!;
  assert.equal(feed.kind, 'atom');
  const [a, b] = feed.items;
  assert.equal(a.link, 'https://ln.example/strikes');
  assert.equal(a.content, '<p>Summary text.</p>');
  assert.equal(a.how.content, 'atom:summary');
  assert.equal(b.published, '2024-02-08T07:00:00Z');
  assert.equal(b.how.published, 'atom:updated');
  assert.equal(b.outlet, 'Origin Paper');
});

test('parseFeed returns null for a document that is not a feed', () => {
  assert.equal(parseFeed('<html><body><p>A page.</p></body></html>'), null);
});
