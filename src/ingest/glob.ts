/**
 * A small glob matcher over the filesystem, for patterns quoted from the shell: `*` and `?`
 * within one path segment, `[abc]` / `[!abc]` character classes, and `**` for any number of
 * directories. Hidden entries match only a segment that starts with a dot. Files only, sorted.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** True when a path holds glob syntax. */
export const hasGlob = (s: string): boolean => /[*?[]/.test(s);

/** The regular expression for one path segment's pattern. */
export function segmentRegExp(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const kind = (p: string): 'dir' | 'file' | null => {
  try {
    const st = statSync(p);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : null;
  } catch {
    return null;
  }
};

const entries = (dir: string): string[] => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

function match(dir: string, segs: string[], out: Set<string>, seen: Set<string>): void {
  if (!segs.length) return;
  const [seg, ...rest] = segs;
  if (seg === '**') {
    const key = `${dir}\0${segs.length}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (rest.length) match(dir, rest, out, seen);
    for (const e of entries(dir)) {
      if (e.startsWith('.')) continue;
      const p = join(dir, e);
      const k = kind(p);
      if (k === 'dir') match(p, segs, out, seen);
      else if (k === 'file' && !rest.length) out.add(p);
    }
    return;
  }
  if (!hasGlob(seg)) {
    const p = join(dir, seg);
    const k = kind(p);
    if (rest.length ? k === 'dir' : k === 'file') rest.length ? match(p, rest, out, seen) : out.add(p);
    return;
  }
  const re = segmentRegExp(seg);
  for (const e of entries(dir)) {
    if (e.startsWith('.') && !seg.startsWith('.')) continue;
    if (!re.test(e)) continue;
    const p = join(dir, e);
    const k = kind(p);
    if (rest.length && k === 'dir') match(p, rest, out, seen);
    else if (!rest.length && k === 'file') out.add(p);
  }
}

/** The files a pattern matches, sorted; an empty list when none does. */
export function expandGlob(pattern: string): string[] {
  const norm = pattern.replace(/\\/g, '/');
  const absolute = norm.startsWith('/');
  const segs = norm.split('/').filter((s, i) => s !== '' && !(s === '.' && i > 0));
  const first = segs.findIndex(hasGlob);
  const baseSegs = first < 0 ? segs : segs.slice(0, first);
  const base = (absolute ? '/' : '') + (baseSegs.length ? baseSegs.join('/') : absolute ? '' : '.');
  const out = new Set<string>();
  if (first < 0) {
    if (kind(base) === 'file') out.add(base);
  } else match(base, segs.slice(first), out, new Set());
  return [...out].sort();
}
