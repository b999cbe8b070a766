/**
 * Name normalisation and transliteration folding, shared by mention matching and cross-report
 * resolution. Three levels, from exact to loose:
 *   normText   case, diacritics, apostrophes, dashes and a leading "the" folded ("Kata’ib" → "kataib");
 *   nameKey    normText's words with particles (al-, el-) dropped and each word transliteration-
 *              folded: q/gh/kh/c/ck → k, dh → z, th → t, ph → f, ou → o, e → i, u → o, y → i,
 *              doubled letters collapsed ("Esmail Ghaani" and "Esmail Qaani" → "ismail kani");
 *   skeleton   nameKey with a/o folded too ("Hizballah" and "Hezbollah" → "hizbalah").
 */

/** Arabic article forms dropped from names when matching. */
export const PARTICLES = new Set(['al', 'el', 'ad', 'ud', 'ul', 'as', 'ash', 'ar', 'at', 'an', 'az', 'adh']);

/** Case, diacritics, apostrophes, dashes and a leading "the" folded; words joined by one space. */
export function normText(s: string): string {
  let t = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʼʻ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (t.startsWith('the ')) t = t.slice(4);
  return t;
}

/**
 * The words of a name for matching: a hyphen after a particle splits ("al-Nujaba" → "nujaba"),
 * any other hyphen joins ("Co-ordination" → "coordination"); stand-alone particles are dropped.
 */
export function nameWords(s: string): string[] {
  const t = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʼʻ.]/g, '')
    .replace(/\b(al|el|ad|ud|ul|as|ash|ar|at|an|az|adh)[-–]/g, '$1 ')
    .replace(/[-–]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const words = t ? t.split(' ') : [];
  let i = 0;
  if (words[0] === 'the' && words.length > 1) i = 1;
  const out: string[] = [];
  for (; i < words.length; i++) if (!PARTICLES.has(words[i]) || words.length === 1) out.push(words[i]);
  return out;
}

/** Transliteration-folds one lowercase word. */
export function foldWord(w: string): string {
  let t = w
    .replace(/ou/g, 'o')
    .replace(/gh/g, 'k')
    .replace(/kh/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/c/g, 'k')
    .replace(/dh/g, 'z')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/e/g, 'i')
    .replace(/u/g, 'o')
    .replace(/y/g, 'i');
  t = t.replace(/(.)\1+/g, '$1');
  return t;
}

/** The folded words of a name. */
export function keyWords(s: string): string[] {
  return nameWords(s).map(foldWord);
}

/** The folded key of a name: its folded words joined by spaces. */
export function nameKey(s: string): string {
  return keyWords(s).join(' ');
}

/** A looser key: vowels a/o also folded and doubled letters collapsed again. */
export function skeleton(key: string): string {
  return key.replace(/o/g, 'a').replace(/(.)\1+/g, '$1');
}

/** Jaro-Winkler similarity of two strings, 0..1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Array<boolean>(la).fill(false);
  const mb = new Array<boolean>(lb).fill(false);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(lb - 1, i + range);
    for (let j = lo; j <= hi; j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = mb[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let k = 0;
  let trans = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) trans++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - trans / 2) / m) / 3;
  let p = 0;
  while (p < 4 && p < la && p < lb && a[p] === b[p]) p++;
  return jaro + p * 0.1 * (1 - jaro);
}

/** Initials of a name for acronym matching: capitalised words, skipping of/for/the/in/and/al. */
export function initials(s: string): string {
  const words = s.replace(/[-–](?=\p{Lu})/gu, ' ').split(/\s+/);
  let out = '';
  for (const w of words) {
    if (/^(of|for|the|in|and|on|al|el|de|a)$/i.test(w)) continue;
    const c = w.replace(/^[^\p{L}]+/u, '')[0];
    if (c) out += c.toUpperCase();
  }
  return out;
}

/** The letters of an acronym as written: "U.S." → "US". */
export function acronymKey(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

/** True when a token looks like an acronym: two or more capitals, maybe dotted ("IRGC", "U.S."). */
export function isAcronym(s: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^(?:\p{Lu}\.)+\p{Lu}$|^\p{Lu}[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*(?:-\p{Lu}+)?$/u.test(s);
}
