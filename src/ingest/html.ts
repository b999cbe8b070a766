/**
 * Article extraction: parses a page with linkedom (which runs no scripts and fetches nothing),
 * reads its hints, then takes the article with @mozilla/readability and turns it into readable
 * text. When Readability finds no article (a fragment, a bare page), the page body is used with
 * its navigation, header, footer and asides dropped.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ReportHints } from '../core/types.ts';
import { domToText } from './html-text.ts';
import { pageHints } from './html-hints.ts';

/** The readable text of a page and the hints its markup carries. */
export interface Extracted {
  text: string;
  hints: ReportHints;
  /** `readability` or `body` (the fallback). */
  method: 'readability' | 'body';
}

/** Readability text shorter than this share of the body text, or than CHAR_THRESHOLD, is a miss. */
const MIN_SHARE = 0.3;
const CHAR_THRESHOLD = 200;
/**
 * Pages beyond these bounds skip Readability (it recurses and rescans per level) and use the
 * body fallback: real news pages nest a few dozen levels and hold a few thousand elements.
 */
const MAX_DEPTH = 300;
const MAX_ELEMENTS = 30_000;
/** Page chrome dropped by the body fallback. */
const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

function parse(html: string) {
  // A fragment gets a document around it, so <html>/<body> always exist.
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document;
}

function bodyText(html: string): string {
  const doc = parse(html);
  doc.querySelectorAll(CHROME).forEach((el: { remove(): void }) => el.remove());
  return domToText(doc.body ?? doc);
}

interface El {
  children: ArrayLike<El>;
}

/** True when a tree is no deeper than MAX_DEPTH and holds no more than MAX_ELEMENTS elements. */
function withinBounds(root: El | null): boolean {
  if (!root) return false;
  const stack: Array<[El, number]> = [[root, 1]];
  let count = 0;
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > MAX_DEPTH || ++count > MAX_ELEMENTS) return false;
    // linkedom builds `children` afresh on each access: take it once.
    for (const kid of Array.from(el.children)) stack.push([kid, depth + 1]);
  }
  return true;
}

/** Extracts the article text and hints of an HTML page or fragment. */
export function extractArticle(html: string, pageUrl?: string): Extracted {
  const doc = parse(html);
  const hints = pageHints(doc as never, pageUrl);
  let readable = '';
  if (withinBounds(doc.documentElement)) {
    try {
      const article = new Readability(doc as never, { serializer: (n: unknown) => n, charThreshold: CHAR_THRESHOLD, maxElemsToParse: MAX_ELEMENTS }).parse();
      if (article?.content) readable = domToText(article.content);
    } catch {
      readable = '';
    }
  }
  const body = bodyText(html);
  if (readable.length >= CHAR_THRESHOLD && readable.length >= MIN_SHARE * body.length) return { text: readable, hints, method: 'readability' };
  return { text: body, hints, method: 'body' };
}

/** Plain text of an HTML fragment (a feed item's description), without article extraction. */
export function fragmentText(html: string): string {
  return domToText(parse(html).body);
}

/** True when text looks like HTML markup rather than prose (standard input, untyped files). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]/i.test(head) ||
    (/<\/(p|div|article|section|h[1-6]|li|span|a)>/i.test(head) && /^\s*</.test(head));
}
