/**
 * From bytes to reports, whatever the container: refuses binary and empty input, decodes text,
 * and reads it by kind (plain text, an HTML page, JSON, JSON lines, or a feed whose items are
 * fetched as pages, falling back to the item's own content).
 */
import type { RawReport, ReportHints } from '../core/types.ts';
import { binaryReason, declaredCharset, decodeBytes } from './decode.ts';
import { extractArticle, looksLikeHtml } from './html.ts';
import { readJson, readJsonLines } from './json.ts';
import { markdownToText } from './markdown.ts';
import { feedKind, isFeedContentType, parseFeed, rootElement, type FeedItem } from './feed.ts';
import { fetchUrl, FetchFailure } from './url.ts';
import type { ContentKind } from './files.ts';
import { reject, sha256, isRejection, type ReadItem, type ReadOptions } from './types.ts';

/** Where some bytes came from and what is known about them. */
export interface ContentContext {
  /** The name used in sources and rejections: a path, a URL, `stdin`. */
  source: string;
  kind: ContentKind;
  /** The HTTP content-type, for fetched bytes. */
  contentType?: string;
  /** The final URL, for fetched bytes. */
  url?: string;
  /** Reject the input unless it is an RSS or Atom feed. */
  mustBeFeed?: boolean;
}

/** Decides the kind of untyped text: a feed by its root element, else HTML, JSON or plain text. */
export function sniffKind(text: string, contentType = ''): Exclude<ContentKind, 'sniff'> {
  if (feedKind(text)) return 'feed';
  const ct = contentType.toLowerCase();
  if (/html/.test(ct)) return 'html';
  if (isFeedContentType(ct)) return 'feed';
  if (/ndjson|jsonl|json-seq/.test(ct)) return 'jsonl';
  if (/json/.test(ct)) return 'json';
  if (/^text\/plain/.test(ct)) return 'text';
  return looksLikeHtml(text) ? 'html' : 'text';
}

/** Reads bytes into reports (several for JSON arrays, JSON lines and feeds) or Rejections. */
export async function* readContent(bytes: Uint8Array, ctx: ContentContext, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const { source } = ctx;
  if (!bytes.length) return yield reject(source, 'empty: 0 bytes');
  const binary = binaryReason(bytes);
  if (binary) return yield reject(source, binary);
  const decoded = decodeBytes(bytes, declaredCharset(bytes, ctx.contentType));
  if (decoded.encoding !== 'utf-8') opts.note?.(`${source}: not UTF-8, decoded as ${decoded.encoding}${decoded.guessed ? ' (a guess)' : ' (declared)'}`);
  const text = decoded.text;
  if (!text.trim()) return yield reject(source, 'empty: only whitespace');
  let kind = ctx.mustBeFeed ? 'feed' : ctx.kind === 'sniff' ? sniffKind(text, ctx.contentType) : ctx.kind;
  if (kind === 'text' && /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 512))) {
    opts.note?.(`${source}: a whole HTML page saved as text; read as HTML`);
    kind = 'html';
  }
  switch (kind) {
    case 'text':
      // Kept as written (no trim): a leading metadata line such as ` date 2024-02-01` is read by metadata.
      return yield { source, raw: text, contentHash: sha256(bytes), format: 'text', hints: urlHints(ctx.url) };
    case 'markdown': {
      const md = markdownToText(text);
      if (!md.text.trim()) return yield reject(source, 'empty: no text outside the markdown markup');
      return yield { source, raw: md.text, contentHash: sha256(bytes), format: 'text', hints: { ...urlHints(ctx.url), ...md.hints } };
    }
    case 'html':
      return yield htmlReport(source, text, bytes, ctx.url);
    case 'json':
      return yield* readJson(source, text);
    case 'jsonl':
      return yield* readJsonLines(source, text);
    case 'feed':
      return yield* readFeed(source, text, ctx.url, opts);
  }
}

const urlHints = (url?: string): ReportHints => (url ? { url, how: { url: 'fetched-url' } } : {});

/**
 * An HTML page as a report. A fetched page is hashed on its readable text and title, so that
 * rotating ads or tokens in the markup do not make the same article look new.
 */
function htmlReport(source: string, html: string, bytes: Uint8Array, url?: string): ReadItem {
  const page = extractArticle(html, url);
  if (!page.text.trim()) return reject(source, 'no readable text in the page');
  const contentHash = url ? sha256(`page\0${page.hints.title ?? ''}\0${page.text}`) : sha256(bytes);
  return { source, raw: page.text, contentHash, format: 'html', hints: page.hints };
}

/** Reads a feed: each item's link fetched as a page, or the item's own content when that fails. */
async function* readFeed(source: string, xml: string, base: string | undefined, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const feed = parseFeed(xml, base ?? (/^https?:/i.test(source) ? source : undefined));
  if (!feed) {
    const root = rootElement(xml);
    return yield reject(source, `not an RSS or Atom feed (${root ? `the root element is <${root}>` : 'no XML root element'})`);
  }
  if (!feed.items.length) return yield reject(source, `empty: the ${feed.kind === 'atom' ? 'Atom' : 'RSS'} feed has no items`);
  opts.note?.(`${source}: ${feed.kind} feed '${feed.title ?? ''}' with ${feed.items.length} items`);
  // Items are fetched a few at a time but yielded in feed order.
  const items = feed.items;
  const start = (i: number): Promise<ReadItem> =>
    feedItem(items[i], `${source}#${i + 1}`, opts).catch((e: Error) => reject(items[i].link ?? `${source}#${i + 1}`, `feed item could not be read: ${e.message}`));
  const pending: Promise<ReadItem>[] = [];
  let next = 0;
  while (next < items.length && pending.length < FEED_CONCURRENCY) pending.push(start(next++));
  while (pending.length) {
    const item = await pending.shift()!;
    if (next < items.length) pending.push(start(next++));
    yield item;
  }
}

/** Feed items whose links are fetched at the same time. */
const FEED_CONCURRENCY = 4;

async function feedItem(item: FeedItem, where: string, opts: ReadOptions): Promise<ReadItem> {
  let failure = 'the item has no link';
  if (item.link) {
    try {
      const got = await fetchUrl(item.link, opts);
      let report: ReadItem | undefined;
      for await (const r of readContent(got.bytes, { source: item.link, kind: 'sniff', contentType: got.contentType, url: got.url }, opts)) {
        report = r;
        break;
      }
      if (report && !isRejection(report) && report.raw.trim()) return withItemHints(report, item);
      failure = report && isRejection(report) ? report.reason : 'the page holds no report';
    } catch (e) {
      if (!(e instanceof FetchFailure)) throw e;
      failure = e.message;
    }
  }
  const name = item.link ?? where;
  if (!item.content) return reject(name, `feed item: ${failure}, and the item carries no content of its own`);
  opts.note?.(`${name}: ${failure}; using the item's ${item.how.content}`);
  const page = extractArticle(item.content, item.link);
  if (!page.text.trim()) return reject(name, `feed item: ${failure}, and its ${item.how.content} holds no text`);
  const hints: ReportHints = { how: {} };
  if (item.link) {
    hints.url = item.link;
    hints.how!.url = 'feed-link';
  }
  const report: RawReport = {
    source: name,
    raw: page.text,
    contentHash: sha256(`feed-item\0${item.link ?? ''}\0${item.title ?? ''}\0${item.content}`),
    format: 'html',
    hints,
  };
  return withItemHints(report, item);
}

/** The feed item's title, date and source fill whatever the page did not say. */
function withItemHints(report: RawReport, item: FeedItem): RawReport {
  const hints: ReportHints = { ...report.hints, how: { ...report.hints.how } };
  for (const key of ['title', 'published', 'outlet'] as const) {
    if (!hints[key] && item[key]) {
      hints[key] = item[key];
      hints.how![key] = `feed:${item.how[key]}`;
    }
  }
  if (!hints.url && item.link) {
    hints.url = item.link;
    hints.how!.url = 'feed-link';
  }
  return { ...report, hints };
}
