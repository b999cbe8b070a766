/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: recognised by their root element, parsed with linkedom's
 * XML parser into items with a link, a title, a date, a source and any inline content.
 */
import { DOMParser } from 'linkedom';

/** RSS 2.0, Atom, or RSS 1.0 (RDF). */
export type FeedKind = 'rss' | 'atom' | 'rdf';

/** One entry of a feed, with how each hint was found. */
export interface FeedItem {
  link?: string;
  title?: string;
  published?: string;
  /** The item's own source (aggregators), else the feed's title. */
  outlet?: string;
  /** content:encoded, Atom content, description or summary (HTML). */
  content?: string;
  how: { title?: string; published?: string; outlet?: string; content?: string };
}

/** A parsed feed: its kind, its title and its items in document order. */
export interface Feed {
  kind: FeedKind;
  title?: string;
  items: FeedItem[];
}

interface El {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<El>;
  getAttribute(n: string): string | null;
}

/** The name of the first element of an XML or HTML text, skipping the prolog and comments. */
export function rootElement(text: string): string | null {
  const m = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z][\w:.-]*)/.exec(text.replace(/^\uFEFF/, ''));
  return m ? m[1] : null;
}

/** The feed kind a text's root element announces, or null when it is not a feed. */
export function feedKind(text: string): FeedKind | null {
  const root = rootElement(text)?.toLowerCase();
  if (root === 'rss') return 'rss';
  if (root === 'feed' || root?.endsWith(':feed')) return 'atom';
  if (root === 'rdf:rdf' || root?.endsWith(':rdf')) return 'rdf';
  return null;
}

/** True when a content-type names a feed or XML. */
export const isFeedContentType = (ct: string): boolean => /(rss|atom|rdf)\+xml|\/xml\b/i.test(ct);

const text = (el: El | undefined): string | undefined => {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t || undefined;
};
const child = (el: El, ...names: string[]): El | undefined => {
  // linkedom builds `children` afresh on each access: take it once.
  const kids = Array.from(el.children);
  for (const name of names) {
    const hit = kids.find((k) => k.tagName.toLowerCase() === name);
    if (hit) return hit;
  }
  return undefined;
};
const childrenNamed = (el: El, name: string): El[] =>
  Array.from(el.children).filter((c) => c.tagName.toLowerCase() === name);

function set(item: FeedItem, key: 'title' | 'published' | 'outlet' | 'content', value: string | undefined, how: string): void {
  if (!value || item[key]) return;
  item[key] = value;
  item.how[key] = how;
}

function rssItem(el: El, feedTitle: string | undefined): FeedItem {
  const item: FeedItem = { how: {} };
  item.link = text(child(el, 'link'));
  const guid = child(el, 'guid');
  if (!item.link && guid && guid.getAttribute('isPermaLink') !== 'false') item.link = text(guid);
  set(item, 'title', text(child(el, 'title')), 'rss:title');
  set(item, 'published', text(child(el, 'pubdate')), 'rss:pubDate');
  set(item, 'published', text(child(el, 'dc:date')), 'rss:dc:date');
  set(item, 'outlet', text(child(el, 'source')), 'rss:source');
  set(item, 'outlet', feedTitle, 'feed-title');
  set(item, 'content', child(el, 'content:encoded')?.textContent?.trim(), 'rss:content:encoded');
  set(item, 'content', child(el, 'description')?.textContent?.trim(), 'rss:description');
  return item;
}

function atomLink(el: El): string | undefined {
  const links = childrenNamed(el, 'link');
  const best = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return best?.getAttribute('href')?.trim() || undefined;
}

function atomItem(el: El, feedTitle: string | undefined): FeedItem {
  const item: FeedItem = { how: {} };
  item.link = atomLink(el);
  set(item, 'title', text(child(el, 'title')), 'atom:title');
  set(item, 'published', text(child(el, 'published')), 'atom:published');
  set(item, 'published', text(child(el, 'updated')), 'atom:updated');
  const source = child(el, 'source');
  set(item, 'outlet', source && text(child(source, 'title')), 'atom:source');
  set(item, 'outlet', feedTitle, 'feed-title');
  set(item, 'content', child(el, 'content')?.textContent?.trim(), 'atom:content');
  set(item, 'content', child(el, 'summary')?.textContent?.trim(), 'atom:summary');
  return item;
}

/** Parses a feed, or returns null when the text is not RSS or Atom. Links are resolved against `base`. */
export function parseFeed(xml: string, base?: string): Feed | null {
  const kind = feedKind(xml);
  if (!kind) return null;
  const doc = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml') as unknown as { documentElement: El | null };
  const root = doc.documentElement;
  if (!root) return null;
  const channel = kind === 'rss' ? child(root, 'channel') : kind === 'rdf' ? child(root, 'channel') : root;
  const title = channel ? text(child(channel, 'title')) : undefined;
  let items: FeedItem[];
  if (kind === 'atom') items = childrenNamed(root, 'entry').map((e) => atomItem(e, title));
  else {
    const holder = kind === 'rss' ? channel : root;
    items = holder ? childrenNamed(holder, 'item').map((e) => rssItem(e, title)) : [];
  }
  for (const item of items) item.link = resolve(item.link, base);
  return { kind, title, items };
}

function resolve(link: string | undefined, base?: string): string | undefined {
  if (!link) return undefined;
  try {
    return new URL(link, base).href;
  } catch {
    return undefined;
  }
}
