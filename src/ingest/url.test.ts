import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readInputs, DEFAULT_READ_OPTIONS, type ReadOptions, type ReadItem } from './read.ts';
import type { RawReport } from '../core/types.ts';

const PARAS = [
  'Iraqi officials said on Thursday that talks with Washington on the future of the coalition would resume next week in Baghdad.',
  'The prime minister has said the foreign troops are no longer needed, while commanders warn the militias could step up attacks.',
  'A government adviser said both sides wanted a timetable, but that no date had yet been set for the withdrawal of the forces.',
];

let nonce = 0;
const page = (title: string, paras = PARAS) => `<!DOCTYPE html><html><head><title>${title} | River Post</title>
<meta property="og:site_name" content="River Post"><meta property="article:published_time" content="2024-02-15T09:00:00Z">
<meta name="csrf-token" content="${++nonce}"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>${title}</h1><p class="byline">By A. Reporter</p>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright River Post</footer></body></html>`;

const rss = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>River Post World</title>
<item><title>Talks to resume</title><link>${base}/page</link><pubDate>Thu, 15 Feb 2024 09:00:00 GMT</pubDate></item>
<item><title>Gone story</title><link>${base}/missing</link><pubDate>Fri, 16 Feb 2024 09:00:00 GMT</pubDate>
<description>&lt;p&gt;The story behind this link was removed, but the feed still carries its text.&lt;/p&gt;</description></item>
</channel></rss>`;

const atom = (base: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>River Post Atom</title>
<entry><title>Entry one</title><link href="${base}/page?one"/><published>2024-02-15T09:00:00Z</published></entry>
<entry><title>Entry two</title><link href="${base}/other"/><updated>2024-02-17T09:00:00Z</updated></entry></feed>`;

let server: http.Server;
const assetRequests: string[] = [];
let base = '';
let closedPort = 0;

before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    if (url.pathname.startsWith('/asset/')) assetRequests.push(url.pathname);
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : '/page' });
      return res.end();
    }
    switch (url.pathname) {
      case '/page':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(page('Talks to resume'));
      case '/other':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(page('Another story', [...PARAS].reverse()));
      case '/text':
        res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
        return res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]));
      case '/rss':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        return res.end(rss(base));
      case '/atom':
        res.writeHead(200, { 'content-type': 'text/html' }); // a wrong content-type: the root element decides
        return res.end(atom(base));
      case '/hang':
        return; // never answers
      case '/slow-body':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.write('The first half of a story that never ends');
      case '/big':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' });
        return res.end('x'.repeat(5000));
      case '/big-stream': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        let sent = 0;
        const timer = setInterval(() => {
          if (sent > 20 || res.destroyed) return clearInterval(timer), res.end();
          res.write('y'.repeat(500));
          sent++;
        }, 1);
        return;
      }
      case '/with-assets':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(`<html><head><link rel="stylesheet" href="/asset/style.css"><script src="/asset/app.js"></script>
          <script>fetch('/asset/inline')</script></head><body><article><p>${PARAS.join('</p><p>')}</p>
          <img src="/asset/photo.jpg"><iframe src="/asset/frame"></iframe></article></body></html>`);
      case '/slow-page':
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end(page('Slow story'));
        }, 150);
        return;
      case '/order-feed':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        return res.end(`<rss><channel><item><link>${base}/slow-page</link></item><item><link>${base}/other</link></item><item><link>${base}/page</link></item></channel></rss>`);
      case '/fake-rss':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        return res.end(page('Not really a feed'));
      case '/to-ftp':
        res.writeHead(301, { location: 'ftp://files.example/report.txt' });
        return res.end();
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not here');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((r) => closed.close(r));
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function read(inputs: string[], opts: Partial<ReadOptions> = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(inputs, { ...DEFAULT_READ_OPTIONS, timeoutMs: 3000, ...opts })) out.push(item);
  return out;
}
const only = async (url: string, opts: Partial<ReadOptions> = {}) => (await read([url], opts))[0];
const reasonOf = (item: ReadItem) => ('rejected' in item ? item.reason : `not rejected: ${item.raw.slice(0, 40)}`);

test('a page: the article text without navigation or footer, hints from its meta and the fetched URL', async () => {
  const r = (await only(`${base}/page`)) as RawReport;
  assert.equal(r.format, 'html');
  assert.equal(r.source, `${base}/page`);
  assert.ok(r.raw.includes(PARAS.join('\n\n')), 'paragraphs kept with blank lines between them');
  assert.ok(!/Subscribe|Copyright|Home/.test(r.raw), 'navigation and footer gone');
  assert.deepEqual([r.hints.outlet, r.hints.title, r.hints.published, r.hints.url],
    ['River Post', 'Talks to resume', '2024-02-15T09:00:00Z', `${base}/page`]);
  assert.equal(r.hints.how?.url, 'fetched-url');
  assert.equal(r.hints.how?.title, 'html-title:outlet-suffix-removed');
});

test('a fetched page is hashed on its article, not on markup that changes between fetches', async () => {
  const a = (await only(`${base}/page`)) as RawReport;
  const b = (await only(`${base}/page`)) as RawReport;
  assert.equal(a.contentHash, b.contentHash);
  assert.notEqual(a.contentHash, ((await only(`${base}/other`)) as RawReport).contentHash);
});

test('a plain-text URL is decoded with its declared charset', async () => {
  const r = (await only(`${base}/text`)) as RawReport;
  assert.equal(r.raw, 'café “q”');
  assert.equal(r.format, 'text');
});

test('redirects: followed within the limit, rejected beyond it or to another scheme', async () => {
  const ok = (await only(`${base}/hop/5`)) as RawReport;
  assert.ok(ok.raw.includes(PARAS[0]));
  assert.equal(ok.hints.url, `${base}/page`, 'the final URL is the hint');
  assert.equal(reasonOf(await only(`${base}/hop/6`)), 'too many redirects (more than 5)');
  assert.equal(reasonOf(await only(`${base}/hop/2`, { maxRedirects: 1 })), 'too many redirects (more than 1)');
  assert.match(reasonOf(await only(`${base}/to-ftp`)), /redirected to a ftp: URL/);
});

test('a server that never answers, or stops mid-body, is rejected after the timeout', async () => {
  assert.match(reasonOf(await only(`${base}/hang`, { timeoutMs: 200 })), /no complete answer within 0\.2s \(timeout/);
  assert.match(reasonOf(await only(`${base}/slow-body`, { timeoutMs: 200 })), /timeout/);
});

test('an oversized body is rejected, from its content-length or while streaming', async () => {
  assert.match(reasonOf(await only(`${base}/big`, { maxBytes: 1000 })), /too large: 4\.9 KB, over the limit of 1000 bytes/);
  assert.match(reasonOf(await only(`${base}/big-stream`, { maxBytes: 1000 })), /too large: more than the limit of 1000 bytes/);
});

test('HTTP errors and unreachable hosts are rejected with the status or the cause', async () => {
  assert.equal(reasonOf(await only(`${base}/nowhere`)), 'HTTP error 404 Not Found');
  assert.match(reasonOf(await only(`http://127.0.0.1:${closedPort}/x`)), /unreachable: connection refused \(ECONNREFUSED\)/);
  assert.equal(reasonOf(await only('file:///etc/passwd')), 'only http and https URLs are supported');
});

test('an RSS feed: items fetched as pages; an item whose link fails falls back to its description', async () => {
  const items = await read([`${base}/rss`]);
  assert.equal(items.length, 2);
  const [a, b] = items as RawReport[];
  assert.equal(a.source, `${base}/page`);
  assert.ok(a.raw.includes(PARAS[1]));
  assert.equal(a.hints.outlet, 'River Post', 'the page meta wins over the feed');
  assert.equal(a.hints.published, '2024-02-15T09:00:00Z');
  assert.equal(b.source, `${base}/missing`);
  assert.equal(b.raw, 'The story behind this link was removed, but the feed still carries its text.');
  assert.deepEqual([b.hints.title, b.hints.how?.title], ['Gone story', 'feed:rss:title']);
  assert.deepEqual([b.hints.published, b.hints.how?.published], ['Fri, 16 Feb 2024 09:00:00 GMT', 'feed:rss:pubDate']);
  assert.deepEqual([b.hints.outlet, b.hints.how?.outlet], ['River Post World', 'feed:feed-title']);
});

test('an Atom feed is recognised by its root element even under a wrong content-type', async () => {
  const items = (await read([`${base}/atom`])) as RawReport[];
  assert.deepEqual(items.map((i) => i.source), [`${base}/page?one`, `${base}/other`]);
  assert.ok(items.every((i) => !('rejected' in i) && i.raw.includes(PARAS[2])));
});

test('a feed item whose link fails and that carries no content is rejected alone', async () => {
  const { createServer } = http;
  const s = createServer((_q, res) => {
    res.writeHead(200, { 'content-type': 'application/atom+xml' });
    res.end(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><link href="${base}/gone"/></entry><entry><title>y</title><link href="${base}/page"/></entry></feed>`);
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  try {
    const items = await read([`http://127.0.0.1:${(s.address() as AddressInfo).port}/feed`]);
    assert.equal(items.length, 2);
    assert.match(reasonOf(items[0]), /^feed item: HTTP error 404 Not Found, and the item carries no content of its own$/);
    assert.equal((items[0] as { input: string }).input, `${base}/gone`);
    assert.ok(!('rejected' in items[1]));
  } finally {
    s.close();
  }
});

test('a URL given as a feed that is not one is rejected; as a plain input it is read as a page', async () => {
  assert.equal(reasonOf(await only(`${base}/page`, { feeds: [`${base}/page`] })), 'not an RSS or Atom feed (the root element is <html>)');
  assert.ok(!('rejected' in (await only(`${base}/page`))));
});

test('a page is read without fetching its scripts, styles, images or frames, and no script runs', async () => {
  const r = (await only(`${base}/with-assets`)) as RawReport;
  assert.ok(r.raw.includes(PARAS[0]));
  await new Promise((done) => setTimeout(done, 50));
  assert.deepEqual(assetRequests, []);
});

test('a body served as RSS that is not a feed is rejected as not a feed', async () => {
  assert.equal(reasonOf(await only(`${base}/fake-rss`)), 'not an RSS or Atom feed (the root element is <html>)');
});

test('feed items are fetched side by side but come out in feed order', async () => {
  const items = (await read([`${base}/order-feed`])) as RawReport[];
  assert.deepEqual(items.map((i) => i.source), [`${base}/slow-page`, `${base}/other`, `${base}/page`]);
  assert.equal(items[0].hints.title, 'Slow story');
});
