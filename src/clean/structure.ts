/**
 * The structural furniture pass, after the line rules: repeated lines (related-article
 * headlines, promo lines, doubled captions), bullet lists made mostly of promotions, the short
 * header line of a removed list, and section headings left with nothing but furniture after them.
 * Sub-headings inside the story are kept: a short line is only removed for what surrounds it.
 */
import type { Line } from './lines.ts';
import { isHeadlineLike, lineKey } from './lines.ts';
import type { Mask } from './assemble.ts';
import { mark } from './assemble.ts';
import type { LineState } from './rules.ts';
import { readMasthead, readOutletLabel, readSignOff } from './outlets.ts';

/** A heading removed with the furniture after it has at most this many words. */
const HEADING_WORDS = 8;

/** Runs the structural rules after the line rules, marking what goes in `mask`. */
export function structureRules(lines: Line[], mask: Mask, state: LineState): void {
  const remove = (i: number, reason: string) => {
    if (state.removed[i]) return;
    mark(mask, lines[i].start, lines[i].end, reason);
    state.removed[i] = reason;
  };
  masthead(lines, state, remove);
  // the headline's place: the first line the line rules kept (navigation and labels above it are gone)
  let firstKept = lines.findIndex((l, i) => !l.blank && !state.removed[i] && !(l.words <= 8 && readOutletLabel(state.visible[i])));
  if (firstKept >= 0 && sectionAbove(lines, state, firstKept)) {
    remove(firstKept, 'section-label/above-headline');
    firstKept = lines.findIndex((l, i) => !l.blank && !state.removed[i] && !(l.words <= 8 && readOutletLabel(state.visible[i])));
  }
  authorBox(lines, state, firstKept, remove);
  signUpHeading(lines, state, firstKept, remove);
  repeatedLines(lines, state, firstKept, remove);
  bulletBlocks(lines, state, remove);
  linkLists(lines, state, remove);
  sandwiched(lines, state, firstKept, remove);
  outletLabels(lines, state, remove);
  authorNames(lines, state, firstKept, remove);
  signOff(lines, state, firstKept, remove);
  trailingTags(lines, state, remove);
  tailHeadings(lines, state, firstKept, remove);
}

/**
 * The headline-like lines after a bare "Read more about:" / "Related topics" / "Tags" heading are
 * its links or tags; they go up to the first line that reads as prose.
 */
function linkLists(lines: Line[], state: LineState, remove: (i: number, r: string) => void): void {
  for (let i = 0; i < lines.length; i++) {
    const why = state.removed[i];
    if (!(why?.startsWith('read-more/') || why?.startsWith('tag-list/')) || lines[i].words > 4) continue;
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j].blank || state.removed[j]) continue;
      if (!isHeadlineLike(lines[j].body)) break;
      remove(j, `${why.slice(0, why.indexOf('/'))}/link-list`);
    }
  }
}

/**
 * A short headline-like line between two furniture lines is part of that furniture (a
 * newsletter's name inside a sign-up box, a widget's title).
 */
function sandwiched(lines: Line[], state: LineState, firstKept: number, remove: (i: number, r: string) => void): void {
  const nonBlank = lines.map((l, i) => i).filter((i) => !lines[i].blank);
  for (let k = 1; k + 1 < nonBlank.length; k++) {
    const i = nonBlank[k];
    if (i === firstKept || state.removed[i]) continue;
    if (state.removed[nonBlank[k - 1]] && state.removed[nonBlank[k + 1]] && isHeadlineLike(state.visible[i], HEADING_WORDS)) {
      remove(i, 'promo/between-furniture');
    }
  }
}

/**
 * Lines that only name a known outlet ("Rudaw", "Al-Monitor Staff") are labels and bylines; at
 * the very top, the outlet's name printed above the headline.
 */
function outletLabels(lines: Line[], state: LineState, remove: (i: number, r: string) => void): void {
  lines.forEach((l, i) => {
    if (!l.blank && !state.removed[i] && l.words <= 8 && readOutletLabel(state.visible[i])) remove(i, 'byline/outlet-label');
  });
}

/** The page's first line, when it is the outlet's masthead named again by the page's furniture (its copyright line). */
function masthead(lines: Line[], state: LineState, remove: (i: number, r: string) => void): void {
  const i = lines.findIndex((l) => !l.blank);
  if (i < 0 || state.removed[i]) return;
  const furniture = lines.filter((l, j) => j !== i && state.removed[j] && !l.blank).map((l) => l.body);
  if (readMasthead(state.visible[i], furniture)) remove(i, 'byline/masthead');
}

/** Most words of a section's name printed above the headline. */
const SECTION_WORDS = 3;
/** A section's name: capitalised words without figures ("Middle East", "Nation & World"). */
const SECTION_NAME = /^[A-Z][\p{L}'’.-]*(?: (?:[A-Z][\p{L}'’.-]*|&))*$/u;
/** Fewest and most words of the headline under a section's name. */
const HEADLINE_WORDS = 5;
const TITLE_WORDS = 25;

/**
 * With only furniture above it, a short name without figures ("Nation & World") right above a
 * longer headline-like line is the page's section, not the headline.
 */
function sectionAbove(lines: Line[], state: LineState, k: number): boolean {
  const t = state.visible[k];
  if (lines[k].words > SECTION_WORDS || !SECTION_NAME.test(t)) return false;
  const j = nextNonBlank(lines, k);
  return j > 0 && !state.removed[j] && lines[j].words >= HEADLINE_WORDS && isHeadlineLike(state.visible[j], TITLE_WORDS);
}

/** The next non-blank line after `i`, or -1. */
function nextNonBlank(lines: Line[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (!lines[j].blank) return j;
  return -1;
}

/** "About" and a person's name: the heading of an author box. */
const ABOUT_NAME = /^About ([A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){1,3})\W*$/u;

/**
 * An "About Dana Reyes" heading whose next paragraph opens with that name is an author box:
 * the heading and the biography go ("About the war" or a paragraph about someone else stays).
 */
function authorBox(lines: Line[], state: LineState, firstKept: number, remove: (i: number, r: string) => void): void {
  lines.forEach((l, i) => {
    if (l.blank || state.removed[i] || i === firstKept || l.words > 5) return;
    const m = ABOUT_NAME.exec(state.visible[i]);
    const j = m ? nextNonBlank(lines, i) : -1;
    if (j < 0 || !state.visible[j].startsWith(m![1] + ' ')) return;
    remove(i, 'author-blurb/about-heading');
    for (let k = j; k < lines.length && !lines[k].blank; k++) remove(k, 'author-blurb/about-heading');
  });
}

/** A sign-up box's title: an invitation ("Get the …", "Sign up for …") or a product's name (… Brief, … Newsletter). */
const SIGN_UP_TITLE = /^(?:(?:Get|Receive|Try|Join|Subscribe to|Sign up for|Stay)\b.*|.*\b(?:Brief|Briefing|Newsletter|Digest|Bulletin|Roundup|Dispatch|Daily)\W*)$/;

/** A short headline-like title right above a newsletter or subscription line is the sign-up box's title. */
function signUpHeading(lines: Line[], state: LineState, firstKept: number, remove: (i: number, r: string) => void): void {
  lines.forEach((l, i) => {
    if (l.blank || state.removed[i] || i === firstKept || l.words > HEADING_WORDS) return;
    const j = nextNonBlank(lines, i);
    if (j < 0 || !/^(?:newsletter|subscription)\//.test(state.removed[j] ?? '')) return;
    if (SIGN_UP_TITLE.test(state.visible[i]) && isHeadlineLike(state.visible[i], HEADING_WORDS)) remove(i, 'newsletter/box-title');
  });
}

/** How many non-blank lines from the top an author's bare name may stand at. */
const AUTHOR_ZONE = 6;
/** A bare personal name: two to four capitalised words, perhaps two names joined by "and". */
const NAME_ONLY = /^[A-Z][\p{L}.'’-]+(?: (?:(?:and|&) )?[A-Z][\p{L}.'’-]+){1,3}$/u;
/** A place and the writer's name, as some outlets print their byline: "Baghdad: Dana Reyes". */
const PLACE_AND_NAME = /^[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?: [A-Z][\p{L}'’-]+(?: (?:(?:and|&) )?[\p{L}'’-]+){1,4}$/u;
/** A bare place line under a byline: "Baghdad, Iraq", "Erbil, Kurdistan Region". */
const PLACE_ONLY = /^[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?, [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?$/u;

/**
 * Near the top, a line that is only a person's name, a place, or a place and a name, within two lines of a byline or
 * a date line, is the author's name printed without "By" ("Dana Reyes" above "29 January 2024")
 * or the place the story was filed from.
 */
function authorNames(lines: Line[], state: LineState, firstKept: number, remove: (i: number, r: string) => void): void {
  const top = lines.map((l, i) => i).filter((i) => !lines[i].blank).slice(0, AUTHOR_ZONE);
  const metaAt = (k: number) => k >= 0 && k < top.length && /^(date-line|byline|metadata-line)\//.test(state.removed[top[k]] ?? '');
  const nameAt = (k: number) => {
    const i = top[k];
    if (i === undefined || i === firstKept || lines[i].words > 5) return null;
    if (NAME_ONLY.test(state.visible[i])) return 'byline/author-name';
    if (PLACE_AND_NAME.test(state.visible[i])) return 'byline/place-and-author';
    return PLACE_ONLY.test(state.visible[i]) ? 'dateline/place-line' : null;
  };
  top.forEach((i, k) => {
    const why = state.removed[i] ? null : nameAt(k);
    if (!why) return;
    // next to the metadata, or one name/place line away from it
    const near = metaAt(k - 1) || metaAt(k + 1) || (metaAt(k - 2) && nameAt(k - 1)) || (metaAt(k + 2) && nameAt(k + 1));
    if (near) remove(i, why);
  });
}

/** The smallest run of short headline-like lines at the very end that is read as a tag list. */
const TAG_RUN = 2;

/**
 * After the last prose line, a run of one- to three-word headline-like lines without figures
 * ("Iraq", "US", "Militias") is the page's tag list.
 */
function trailingTags(lines: Line[], state: LineState, remove: (i: number, r: string) => void): void {
  const run: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].blank || state.removed[i]) continue;
    if (lines[i].words > 3 || /\d/.test(state.visible[i]) || !isHeadlineLike(state.visible[i], 3)) break; // "40 wounded" is a fact, not a tag
    run.push(i);
  }
  const before = lines.slice(0, (run[run.length - 1] ?? 0)).some((l, i) => !l.blank && !state.removed[i]);
  if (run.length >= TAG_RUN && before) for (const i of run) remove(i, 'tag-list/trailing-tags');
}

/** The last kept line, when it only names outlets ("- Meridian Wire / The Euphrates Post"). */
function signOff(lines: Line[], state: LineState, firstKept: number, remove: (i: number, r: string) => void): void {
  for (let i = lines.length - 1; i > firstKept; i--) {
    if (lines[i].blank || state.removed[i]) continue;
    if (readSignOff(lines[i].body)) remove(i, 'contributor-credit/sign-off');
    return;
  }
}

/**
 * A short headline-like line seen twice or more anywhere is a related-article link or a promo:
 * every copy goes. A longer line repeated (a doubled caption or pull quote) loses its later copies.
 */
function repeatedLines(lines: Line[], state: LineState, firstKept: number, remove: (i: number, r: string) => void): void {
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.blank || state.removed[i]) return;
    const k = lineKey(state.visible[i] || l.body);
    if (!k) return;
    const list = seen.get(k);
    if (list) list.push(i);
    else seen.set(k, [i]);
  });
  for (const idx of seen.values()) {
    if (idx.length < 2) continue;
    const headline = isHeadlineLike(state.visible[idx[0]]);
    idx.forEach((i, n) => {
      if (headline && i !== firstKept) remove(i, 'repeated-line/short-headline');
      else if (n > 0) remove(i, 'repeated-line/later-copy');
    });
  }
}

/**
 * A bullet list whose items are mostly furniture (app, ad-free, comment prompts) goes whole,
 * with the short header line right above it ("<Outlet> cover", "Subscriber benefits").
 */
function bulletBlocks(lines: Line[], state: LineState, remove: (i: number, r: string) => void): void {
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].bullet) {
      i++;
      continue;
    }
    const from = i;
    while (i < lines.length && lines[i].bullet) i++;
    const items = i - from;
    let furniture = 0;
    for (let k = from; k < i; k++) if (state.removed[k]) furniture++;
    if (furniture === 0 || furniture * 2 < items) continue;
    for (let k = from; k < i; k++) remove(k, 'promo/list');
    const h = from - 1;
    if (h >= 0 && !lines[h].blank && !lines[h].bullet && isHeadlineLike(state.visible[h], HEADING_WORDS)) remove(h, 'promo/list-header');
  }
}

/**
 * Walking up from the end: short headings with nothing but furniture below them are site
 * sections ("Most read", "Uncommon Knowledge"), not story sub-headings.
 */
function tailHeadings(lines: Line[], state: LineState, firstKept: number, remove: (i: number, r: string) => void): void {
  let furnitureBelow = false;
  for (let i = lines.length - 1; i > firstKept; i--) {
    if (lines[i].blank) continue;
    if (state.removed[i]) {
      furnitureBelow = true;
      continue;
    }
    if (furnitureBelow && isHeadlineLike(state.visible[i], HEADING_WORDS)) {
      remove(i, 'section-heading/above-furniture');
      continue;
    }
    break;
  }
}
