/**
 * Whether a code point is a letter (\p{L}), a digit (\p{N}) or a mark (\p{M}), as the engine's regular expressions with the u
 * flag see it, for the scanners that replace those expressions on hot paths (a match object per word, and a
 * \p{...} class compiled on a fresh service worker's first click, cost more than the scan). Answers for BMP
 * characters are asked of the regular expressions once per character and kept.
 */

const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const MARK_RE = /^\p{M}$/u;

const LETTER = 1;
const NUMBER = 2;
const MARK = 8;
const KNOWN = 4;

/** Classes of BMP code points, filled on first sight (0 = not yet known). */
const bmp = new Uint8Array(0x10000);

/**
 * Punctuation and spaces of ordinary prose outside ASCII (no-break space, dashes, curly quotes, ellipsis,
 * guillemets): neither letters nor digits in any Unicode version, so English text with typographic quotes
 * never compiles the \p{...} expressions.
 */
for (const c of [0xa0, 0xab, 0xbb, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]) bmp[c] = KNOWN;

/** The general category group of a character: LETTER, NUMBER, MARK or 0 (the groups do not overlap). */
function groupOf(ch: string): number {
  return LETTER_RE.test(ch) ? LETTER : NUMBER_RE.test(ch) ? NUMBER : MARK_RE.test(ch) ? MARK : 0;
}

/** LETTER, NUMBER, MARK or 0. */
function fullClassOf(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return LETTER;
    return cp >= 0x30 && cp <= 0x39 ? NUMBER : 0;
  }
  if (cp < 0x10000) {
    let k = bmp[cp]!;
    if (k === 0) bmp[cp] = k = KNOWN | groupOf(String.fromCharCode(cp));
    return k & (LETTER | NUMBER | MARK);
  }
  return groupOf(String.fromCodePoint(cp));
}

/** LETTER, NUMBER or 0 (marks count as neither). */
function classOf(cp: number): number {
  return fullClassOf(cp) & (LETTER | NUMBER);
}

/** \p{L} */
export function isLetter(cp: number): boolean {
  return (classOf(cp) & LETTER) !== 0;
}

/** [\p{L}\p{N}] */
export function isLetterOrNumber(cp: number): boolean {
  return classOf(cp) !== 0;
}

/** Index of the first letter or digit (a whole code point) at or after `i`, or the text's length. */
export function nextLetterOrNumber(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (classOf(cp) !== 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** End of the run of letters and digits (whole code points) starting at `i`. */
export function letterOrNumberRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (classOf(cp) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** End of the run of letters (whole code points) starting at `i`. */
export function letterRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if ((classOf(cp) & LETTER) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** End of the run of letters, marks and digits (whole code points) starting at `i`. */
export function wordCharRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (fullClassOf(cp) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** [\p{L}\p{M}\p{N}] */
export function isWordChar(cp: number): boolean {
  return fullClassOf(cp) !== 0;
}
