/** A letter is judged as a whole once it has a closing (catalog pattern 'closing'), or this many words. */
export const LETTER_READY = { words: 150, pattern: 'closing' };
