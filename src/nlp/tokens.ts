/**
 * Tokens with character offsets, one sentence at a time. A token is a word (letters and digits
 * with inner apostrophes and hyphens: "Kata'ib", "Katai’b", "Co-ordination", "al-Nujaba"), a dotted
 * acronym ("U.S.", "D.C."), with what a hyphen joins to it ("U.S.-led", "U.S.-Iraq") as "US-led" is one word, an abbreviation or initial with its period ("Gen.", "F."), a possessive
 * ending split off ("Qaani" + "'s"), or one punctuation character.
 */
import type { Span, Token } from '../core/types.ts';
import { loadSentenceLexicon, type SentenceLexicon } from './sentences.ts';

const TOKEN = /(\p{Lu}(?:\.\p{Lu})+\.?(?:[\-–][\p{L}\p{N}]+)*)|([\p{L}\p{N}]+(?:['’ʼ‘\-–][\p{L}\p{N}]+)*)|(\S)/uy;
const POSSESSIVE = /^(.{2,}?)(['’]s)$/u;

/** Tokenizes every sentence; tokens outside sentences (whitespace) are not produced. */
export function tokenize(text: string, sentences: Span[], lex: SentenceLexicon = loadSentenceLexicon()): Token[] {
  const out: Token[] = [];
  sentences.forEach((sent, si) => {
    let pos = sent.start;
    while (pos < sent.end) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
        pos++;
        continue;
      }
      TOKEN.lastIndex = pos;
      const m = TOKEN.exec(text);
      if (!m) {
        pos++;
        continue;
      }
      let end = pos + m[0].length;
      if (end > sent.end) end = sent.end;
      if (m[2]) {
        const word = m[2];
        const n = word.length;
        const poss = n > 3 && (word[n - 1] === 's' || word[n - 1] === 'S') && (word[n - 2] === "'" || word[n - 2] === '’') ? POSSESSIVE.exec(word) : null;
        if (poss && !/\d/.test(poss[1])) {
          const cut = pos + poss[1].length;
          out.push({ start: pos, end: cut, text: poss[1], sentence: si });
          out.push({ start: cut, end, text: poss[2], sentence: si });
          pos = end;
          continue;
        }
        // an abbreviation or a capital initial keeps its period
        if (text[end] === '.' && end < sent.end && (lex.abbrev.has(`${word.toLowerCase()}.`) || /^\p{Lu}$/u.test(word))) end++;
      }
      out.push({ start: pos, end, text: text.slice(pos, end), sentence: si });
      pos = end;
    }
  });
  return out;
}
