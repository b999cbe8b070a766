/**
 * Casualty and tally figures as ranges, so that sources can be compared: "three" is [3, 3],
 * "about 40" is [32, 48], "more than 160" is [161, ∞), "dozens" is [24, 99]. Two figures agree
 * when their ranges meet; a later figure above an earlier one is an update, not a disagreement.
 */

export type Range = [number, number];

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1,
};
const VAGUE: Record<string, Range> = {
  dozens: [24, 99], scores: [40, 200], hundreds: [200, 999], thousands: [2000, 9999],
  'a dozen': [10, 14], several: [3, 9], 'a few': [2, 5], 'a handful': [2, 6], many: [5, Infinity],
  'a number': [3, 20], 'a couple': [2, 3],
};

/** The number at the start of `s` ("40", "forty", "twenty-four"), or null. */
export function numberAt(s: string): number | null {
  const m = /^(\d[\d,]*)/.exec(s);
  if (m) return Number(m[1].replace(/,/g, ''));
  const w = /^([a-z]+)(?:[- ]([a-z]+))?/.exec(s);
  if (!w || !(w[1] in WORDS) || w[1] === 'a' || w[1] === 'an') return null;
  let n = WORDS[w[1]];
  if (w[2] && w[2] in WORDS && WORDS[w[2]] < 10 && n >= 20) n += WORDS[w[2]];
  return n;
}

/** The range a figure stands for: `text` is the casualty words, `value` the number read. */
export function figureRange(text: string | null | undefined, value: number | null): Range | null {
  const t = (text ?? '').toLowerCase().replace(/\s+/g, ' ');
  for (const [w, r] of Object.entries(VAGUE)) if (new RegExp(`\\b${w}\\b`).test(t) && !/\d/.test(t)) return r;
  const q = /\b(about|around|approximately|roughly|some|nearly|almost|close to|more than|over|at least|upwards of|in excess of|up to|fewer than|less than|at most|under)\s+(?:the\s+)?(\S+(?:[- ]\S+)?)/.exec(t);
  const n = q ? numberAt(q[2]) ?? value : value;
  if (n == null) return null;
  switch (q?.[1]) {
    case 'about': case 'around': case 'approximately': case 'roughly': case 'some':
      return [Math.floor(n * 0.8), Math.ceil(n * 1.2)];
    case 'nearly': case 'almost': case 'close to':
      return [Math.floor(n * 0.85), n];
    case 'more than': case 'over': case 'upwards of': case 'in excess of':
      return [n + 1, Infinity];
    case 'at least':
      return [n, Infinity];
    case 'up to': case 'at most':
      return [0, n];
    case 'fewer than': case 'less than': case 'under':
      return [0, n - 1];
    default:
      return [n, n];
  }
}

/** Whether two figures can both be true. */
export function compatible(a: Range, b: Range): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Whether `later` (told after `earlier`) only raises the figure: an update, not a contradiction. */
export function isGrowth(earlier: Range, later: Range): boolean {
  return later[0] >= earlier[0] && later[1] >= earlier[1] && (later[0] > earlier[0] || later[1] > earlier[1]);
}

/** A readable figure: "3", "about 40 (32–48)", "more than 160". */
export function showRange(r: Range): string {
  if (r[0] === r[1]) return String(r[0]);
  if (r[1] === Infinity) return `${r[0]} or more`;
  return `${r[0]}–${r[1]}`;
}
