/** Small text measures shared by the event rules. */

/** How many words a stretch of text holds (abbreviations and hyphenated words count once). */
export const wordsIn = (s: string): number => (s.match(/[\w'’.-]+/g) ?? []).length;
