/**
 * Casualty counts read from the words after (or before) a trigger: "killed three US soldiers
 * and wounded about 40", "the killing of three soldiers", "Three US troops killed", "injured
 * dozens" (no number: the words are kept, the count stays null).
 */
import { loadCalendarWords, readNumber } from '../dates/words.ts';

/** Killed and wounded counts with the words read when no number could be. */
export interface Casualties {
  killed: number | null;
  wounded: number | null;
  /** Casualty words that gave no exact number ("injured dozens"). */
  text: string | null;
}

const QUAL = '(?:at least |about |around |approximately |roughly |more than |over |nearly |almost |some |up to |an estimated |as many as )?';
const NUMWORD = "([\\w,]+(?:-[a-z]+)?|a dozen|a number of|a few)";
const KILL_AFTER = new RegExp(`\\b(?:killing of|deaths of|death of|killed|killing|kills|left)\\s+${QUAL}${NUMWORD}`, 'i');
const WOUND_AFTER = new RegExp(`\\b(?:wounded|injured|wounding|injuring|wounds|injures)\\s+${QUAL}${NUMWORD}`, 'i');
/** A short aside between a count and its verb: "16 people, including civilians, were killed". */
const ASIDE = '(?:[\\w-]+,[^,.;]{1,40},\\s+)?';
const KILL_BEFORE = new RegExp(`\\b${QUAL}${NUMWORD}\\s+(?:[\\w-]+\\s+){0,3}${ASIDE}(?:were |was |have been |had been |are )?(?:killed|dead)\\b`, 'i');
const WOUND_BEFORE = new RegExp(`\\b${QUAL}${NUMWORD}\\s+(?:[\\w-]+\\s+){0,3}${ASIDE}(?:were |was |have been |had been |are )?(?:wounded|injured)\\b`, 'i');
/** A toll put as a figure: "put the death toll at 16 dead", "the toll rose to 12". */
const TOLL_AT = new RegExp(`\\btoll\\b(?:\\s+[\\w'’-]+){0,5}?\\s+(?:at|to|of)\\s+${QUAL}${NUMWORD}(?:\\s+(?:dead|killed|people|deaths))?`, 'i');

/** A running count: "a second member, X, was also killed" tells two dead in all. */
const ALSO_KILLED = /\b(?:a|the)\s+([a-z]+)\s+(?:[\w'’-]+,?\s+){0,6}?(?:was|were)\s+also\s+(?:killed|dead)\b/i;

/** The total an ordinal "also killed" gives, or null. */
function alsoKilled(s: string): number | null {
  const m = ALSO_KILLED.exec(s);
  return m ? loadCalendarWords().ordinals.get(m[1].toLowerCase()) ?? null : null;
}

/** A count from a number word or digits; hyphenated tens ("twenty-five") add up. */
export function countOf(word: string): number | 'approx' | null {
  const words = loadCalendarWords();
  const w = word.toLowerCase();
  if (words.approx.has(w)) return 'approx';
  const direct = readNumber(w, words);
  if (direct != null) return direct;
  const parts = w.split('-');
  if (parts.length === 2) {
    const a = readNumber(parts[0], words);
    const b = readNumber(parts[1], words);
    if (a != null && b != null && a >= 20 && b < 10) return a + b;
  }
  return null;
}

/** The first match whose count word reads as a number ("al-Awadi said 16 people ... were killed" reads 16). */
function take(re: RegExp, s: string): { n: number | 'approx' | null; words: string } | null {
  for (let from = 0; from < s.length; ) {
    const m = re.exec(s.slice(from));
    if (!m) return null;
    const n = countOf(m[1]);
    if (n != null) return { n, words: m[0].trim() };
    from += m.index + Math.max(1, m[1].length);
  }
  return null;
}

/**
 * Reads casualties in `after` (the words from the trigger on) and, for passive forms, the words
 * just `before` it ("three soldiers were killed").
 */
export function readCasualties(after: string, before = ''): Casualties {
  const out: Casualties = { killed: null, wounded: null, text: null };
  const kept: string[] = [];
  const k = take(KILL_AFTER, after) ?? take(KILL_BEFORE, before + after.slice(0, 40)) ?? take(TOLL_AT, before + after.slice(0, 60));
  const w = take(WOUND_AFTER, after) ?? take(WOUND_BEFORE, before + after.slice(0, 40));
  if (k) {
    if (k.n === 'approx') kept.push(k.words);
    else out.killed = k.n;
  } else out.killed = alsoKilled(before + after.slice(0, 20));
  if (w) {
    if (w.n === 'approx') kept.push(w.words);
    else out.wounded = w.n;
  }
  if (kept.length) out.text = kept.join('; ');
  return out;
}
