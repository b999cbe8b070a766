/**
 * The per-line furniture pass: metadata prefixes, date lines, datelines, the patterns of
 * data/clean/furniture.tsv (whole lines, headings with their paragraph, tail blurbs, credits at
 * the end of captions, inline link artefacts).
 */
import type { Line } from './lines.ts';
import type { Mask } from './assemble.ts';
import { mark } from './assemble.ts';
import { furnitureRules, type FurnitureRule } from './data.ts';
import { readDateLine, readMetaPrefix } from './dates.ts';
import { readDateline } from './dateline.ts';

/** What the line pass found, for the structural pass that follows. */
export interface LineState {
  /** Per line: the reason it was removed whole, or null. */
  removed: (string | null)[];
  /** Per line: the body with credits and prefixes removed (what a reader still sees). */
  visible: string[];
}

/** How many non-blank lines from the top a dateline may stand at (after title, standfirst, caption). */
const DATELINE_WINDOW = 12;
/** How many non-blank lines at the top and at the end may hold a bare date line. */
const DATE_ZONE_TOP = 5;
const DATE_ZONE_END = 4;
/** How far from a line's end photo credits are looked for, in characters. */
const SUFFIX_WINDOW = 72;
/** Share of the lines, from the end, where author biographies are looked for. */
const TAIL_SHARE = 0.4;

const globals = new Map<RegExp, RegExp>();
/** The global-flag twin of a pattern, made once (a load-once cache). */
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return g;
}

const ruleReason = (r: FurnitureRule) => `${r.kind}/${r.id}`;

/** A text and its lower-cased form, made once for all the rules tried on it. */
interface Haystack {
  text: string;
  lower: string;
}
const haystack = (text: string): Haystack => ({ text, lower: text.toLowerCase() });

/** False when the text lacks what every match of the rule contains, so the pattern need not run. */
function mayMatch(r: FurnitureRule, h: Haystack): boolean {
  return !r.needs || (r.re.ignoreCase ? h.lower : h.text).includes(r.needs);
}

function lineRuleHit(rules: FurnitureRule[], line: Line, inTail: boolean): FurnitureRule | null {
  return textRuleHit(rules, line.body, line.words, inTail, true) ?? segmentsRuleHit(rules, line.body, line.words, inTail);
}

/** The first line rule matching a text (a heading rule only when the text is a whole line). */
function textRuleHit(rules: FurnitureRule[], text: string, words: number, inTail: boolean, wholeLine: boolean): FurnitureRule | null {
  const h = haystack(text);
  for (const r of rules) {
    if (r.scope === 'suffix' || r.scope === 'inline' || (r.scope === 'heading' && !wholeLine)) continue;
    if (r.scope === 'tail' && !inTail) continue;
    if (r.maxWords && words > r.maxWords) continue;
    if (mayMatch(r, h) && r.re.test(text)) return r;
  }
  return null;
}

/** A line joining several pieces of furniture has at most this many words. */
const JOINED_WORDS = 45;
/** Where a line joining furniture pieces is cut: after a sentence's end before a capital, or at a bar. */
const JOIN_CUT = /(?<=[.!?])\s+(?=[A-Z])|\s+\|\s+/;

/**
 * A line made of several pieces of furniture side by side ("Translated by machine. The
 * translation may contain errors.", "X © 2024 | Follow X on Telegram"): every piece must be
 * furniture on its own; the first piece's rule is the reason.
 */
function segmentsRuleHit(rules: FurnitureRule[], body: string, words: number, inTail: boolean): FurnitureRule | null {
  if (words > JOINED_WORDS || !(body.includes('. ') || body.includes(' | '))) return null;
  const parts = body.split(JOIN_CUT).filter(Boolean);
  if (parts.length < 2) return null;
  let first: FurnitureRule | null = null;
  for (const p of parts) {
    const hit = textRuleHit(rules, p, p.split(/\s+/).length, inTail, false);
    if (!hit) return null;
    first ??= hit;
  }
  return first;
}

/** Runs the line rules over every line, marking what goes in `mask`. */
export function lineRules(raw: string, lines: Line[], mask: Mask): LineState {
  const rules = furnitureRules();
  const state: LineState = { removed: lines.map(() => null), visible: lines.map((l) => l.body) };
  const removeLine = (i: number, reason: string) => {
    mark(mask, lines[i].start, lines[i].end, reason);
    state.removed[i] = reason;
  };
  const firstNonBlank = lines.findIndex((l) => !l.blank);
  const tailFrom = Math.floor(lines.length * (1 - TAIL_SHARE));
  let nonBlankSeen = 0;
  const nonBlankTotal = lines.filter((l) => !l.blank).length;
  let datelineDone = false;
  let proseSeen = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank || state.removed[i]) continue;
    nonBlankSeen++;
    let bodyStart = line.bodyStart;
    let body = line.body;
    if (i === firstNonBlank) {
      const meta = readMetaPrefix(raw.slice(line.start, line.end));
      if (meta) {
        mark(mask, line.start, line.start + meta.length, 'metadata-line/top-field');
        bodyStart = line.start + meta.length;
        body = raw.slice(bodyStart, line.end).trim();
        if (!body) {
          state.removed[i] = 'metadata-line/top-field';
          continue;
        }
      }
    }
    const dl = readDateLine(body);
    if (dl && (dl.some((d) => d.labelled) || inDateZone(nonBlankSeen, nonBlankTotal, proseSeen))) {
      removeLine(i, 'date-line/published-or-updated');
      continue;
    }
    const hit = lineRuleHit(rules, { ...line, body }, i >= tailFrom);
    if (hit) {
      removeLine(i, ruleReason(hit));
      if (hit.scope === 'heading') removeNextParagraph(lines, i, (j) => removeLine(j, ruleReason(hit)));
      continue;
    }
    if (!datelineDone && nonBlankSeen <= DATELINE_WINDOW) {
      const d = readDateline(body);
      if (d) {
        mark(mask, bodyStart, bodyStart + d.length, 'dateline/place-and-outlet');
        bodyStart += d.length;
        body = body.slice(d.length);
        datelineDone = true;
      }
    }
    let visibleEnd = bodyStart + body.length;
    // Credits are short: only the line's tail is searched (a `$`-anchored pattern scans every position).
    let from = Math.max(bodyStart, visibleEnd - SUFFIX_WINDOW);
    let tail = haystack(raw.slice(from, visibleEnd));
    for (const r of rules) {
      if (r.scope !== 'suffix' || !mayMatch(r, tail)) continue;
      r.re.lastIndex = 0;
      const m = r.re.exec(tail.text);
      if (!m || from + m.index === bodyStart) continue;
      mark(mask, from + m.index, visibleEnd, ruleReason(r));
      visibleEnd = from + m.index;
      from = Math.max(bodyStart, visibleEnd - SUFFIX_WINDOW);
      tail = haystack(raw.slice(from, visibleEnd));
    }
    const seg = haystack(raw.slice(bodyStart, visibleEnd));
    for (const r of rules) {
      if (r.scope !== 'inline' || !mayMatch(r, seg)) continue;
      const re = globalOf(r.re);
      re.lastIndex = 0;
      for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
        if (!m[0]) break;
        let start = m.index; // the separator before an inline artefact goes with it
        while (start > 0 && /[\s,;]/.test(seg.text[start - 1])) start--;
        mark(mask, bodyStart + start, bodyStart + m.index + m[0].length, ruleReason(r));
      }
    }
    state.visible[i] = raw.slice(bodyStart, visibleEnd).trim();
    proseSeen ||= isProse(state.visible[i]);
  }
  return state;
}

/**
 * Where a bare date line ("31 January 2024") is page metadata: near the top or the bottom, or
 * anywhere above the story's first sentence (a long page header). Elsewhere it may head a
 * timeline's entries and stays.
 */
export function inDateZone(nth: number, total: number, proseSeen = true): boolean {
  return nth <= DATE_ZONE_TOP || !proseSeen || nth > total - DATE_ZONE_END;
}

/** Fewest words of a line read as the story's prose. */
const PROSE_WORDS = 12;

/** A line of story prose: a dozen words or more, ending a sentence. */
export function isProse(text: string): boolean {
  return /[.!?"”’]$/.test(text) && text.split(/\s+/).length >= PROSE_WORDS;
}

/** Removes the paragraph after line `i` (blank lines skipped, then consecutive non-blank lines). */
function removeNextParagraph(lines: Line[], i: number, remove: (j: number) => void): void {
  let j = i + 1;
  while (j < lines.length && lines[j].blank) j++;
  while (j < lines.length && !lines[j].blank) remove(j++);
}
