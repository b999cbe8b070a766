/**
 * Markdown to readable text: markup dropped, words kept, one paragraph per block as in the file.
 * Headings lose their `#`, links keep their words and drop their URLs, images and reference
 * definitions go, list and quote markers go. YAML front matter supplies hints (title, date,
 * outlet, url) instead of text.
 */
import type { ReportHints } from '../core/types.ts';

/** Front-matter keys read for each hint, in order of preference. */
const FRONT_MATTER: Record<'title' | 'published' | 'outlet' | 'url', string[]> = {
  title: ['title', 'headline'],
  published: ['published', 'date', 'pubdate'],
  outlet: ['outlet', 'source', 'publisher', 'site'],
  url: ['url', 'link', 'canonical'],
};

/** Splits YAML front matter (`---` … `---` at the very top) from the body, reading flat `key: value` pairs. */
function frontMatter(md: string): { hints: ReportHints; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(md);
  if (!m) return { hints: {}, body: md };
  const fields = new Map<string, string>();
  for (const line of m[1].split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.+?)\s*$/.exec(line);
    if (kv) fields.set(kv[1].toLowerCase(), kv[2].replace(/^(["'])(.*)\1$/, '$2'));
  }
  const hints: ReportHints = { how: {} };
  for (const key of Object.keys(FRONT_MATTER) as Array<keyof typeof FRONT_MATTER>) {
    const field = FRONT_MATTER[key].find((f) => fields.get(f));
    if (field) {
      hints[key] = fields.get(field);
      hints.how![key] = `front-matter:${field}`;
    }
  }
  return { hints, body: md.slice(m[0].length) };
}

/** One line of markdown without its inline markup. */
function inline(line: string): string {
  // Every pattern stops at the next bracket or marker of its kind, so none can backtrack across a line.
  return line
    .replace(/!\[[^[\]]*\]\([^()\s]*(?:\s+"[^"]*")?\)/g, '')
    .replace(/!\[[^[\]]*\]\[[^[\]]*\]/g, '')
    .replace(/\[([^[\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '$1')
    .replace(/__(?=\S)([^_]*?\S)__/g, '$1')
    .replace(/(?<![\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1')
    .replace(/(?<!\w)_(?=\S)([^_]*?\S)_(?!\w)/g, '$1')
    .replace(/~~(?=\S)([^~]*?\S)~~/g, '$1');
}

/** An ATX heading's text (`## Title ##` → `Title`), or null when the line is not one. */
function atxHeading(line: string): string | null {
  const m = /^ {0,3}#{1,6}(?:[ \t]|$)/.exec(line);
  if (!m) return null;
  let t = line.slice(m[0].length).trimEnd();
  let end = t.length;
  while (end > 0 && t[end - 1] === '#') end--;
  if (end < t.length && (end === 0 || /\s/.test(t[end - 1]))) t = t.slice(0, end);
  return t.trim();
}

/** The readable text of a markdown document and the hints its front matter gives. */
export function markdownToText(md: string): { text: string; hints: ReportHints } {
  const { hints, body } = frontMatter(md);
  const out: string[] = [];
  let fence = false;
  for (const raw of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fence = !fence;
      continue;
    }
    if (fence) {
      out.push(raw);
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s+\S+/.test(raw)) continue; // reference definition
    const setext = /^\s{0,3}(=+|-+)\s*$/.test(raw) && out.length > 0 && out[out.length - 1].trim() !== '';
    if (setext || /^\s{0,3}((\*\s*){3,}|(-\s*){3,}|(_\s*){3,})$/.test(raw)) {
      out.push(''); // a setext heading's underline or a rule: a paragraph break
      continue;
    }
    let line = atxHeading(raw) ?? raw;
    line = line.replace(/^\s{0,3}(>\s?)+/, '');
    line = line.replace(/^(\s*)([-*+]|\d{1,9}[.)])\s+/, '$1');
    out.push(inline(line));
  }
  return { text: out.join('\n').replace(/\n{3,}/g, '\n\n'), hints };
}
