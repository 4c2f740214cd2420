/**
 * The one table of writing scripts and the character classes built from it. Every module that asks "is this
 * Chinese/Japanese?", "does this need a dictionary to find words?" or "is this right-to-left?" asks here, so
 * the answers agree across the TL;DR, FAQ, topics, reading time and the library's search index.
 *
 * Ranges are UTF-16 code units (BMP blocks): the expressions have no u flag and the scanners read
 * charCodeAt, so both see the same units.
 */

export type Script = 'han' | 'kana' | 'hangul' | 'arabic' | 'hebrew' | 'cyrillic' | 'greek' | 'thai' | 'devanagari' | 'latin';

type Range = readonly [number, number];

/** Han ideographs: CJK Unified (with Extension A) and the compatibility block. */
export const HAN: readonly Range[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];
/** Hiragana and Katakana. */
export const KANA: readonly Range[] = [[0x3040, 0x30ff]];
/** Hangul syllables (the jamo block counts for script detection only, see scriptOf). */
export const HANGUL: readonly Range[] = [[0xac00, 0xd7af]];
/** Scripts other than Han and kana written without spaces between words: Thai and Lao, Myanmar, Khmer. */
export const SOUTHEAST_ASIAN_UNSPACED: readonly Range[] = [
  [0x0e00, 0x0eff],
  [0x1000, 0x109f],
  [0x1780, 0x17ff],
];
/** Hebrew, Arabic, Syriac, Thaana, NKo... and their presentation forms: text that runs right to left. */
export const RTL: readonly Range[] = [
  [0x0590, 0x08ff],
  [0xfb1d, 0xfdff],
  [0xfe70, 0xfefc],
];

/** Han, kana and Hangul syllables: text read by characters (CJK). */
export const CJK: readonly Range[] = [...KANA, ...HAN, ...HANGUL];
/** Han and kana: the characters a reader takes in at a Chinese/Japanese rate (Hangul is spaced, read by words). */
export const HAN_KANA: readonly Range[] = [...KANA, ...HAN];
/** Scripts written without spaces between words: only these need Intl.Segmenter's dictionaries. */
export const UNSPACED: readonly Range[] = [...SOUTHEAST_ASIAN_UNSPACED, ...KANA, ...HAN];

function hex(c: number): string {
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

/** A bracket expression's body for the ranges ("\u3040-\u30ff..."), to build larger expressions from. */
export function classBody(ranges: readonly Range[]): string {
  return ranges.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('');
}

/** `[...]` for the ranges, as a source string for new RegExp. */
export function charClass(ranges: readonly Range[]): string {
  return `[${classBody(ranges)}]`;
}

function inRanges(c: number, ranges: readonly Range[]): boolean {
  for (const [a, b] of ranges) if (c >= a && c <= b) return true;
  return false;
}

/** One character (code unit) of Han, kana or Hangul syllables. */
export const CJK_RE = new RegExp(charClass(CJK));
/** The whole string is CJK characters. */
export const CJK_ONLY_RE = new RegExp(`^${charClass(CJK)}+$`);
/** One Han ideograph. */
export const HAN_RE = new RegExp(charClass(HAN));
/** One character of a script written without spaces (Han, kana, Thai, Lao, Myanmar, Khmer). */
export const UNSPACED_RE = new RegExp(charClass(UNSPACED));
/** One right-to-left character. */
export const RTL_RE = new RegExp(charClass(RTL));

/**
 * Global expressions are stateful (lastIndex), so each caller gets its own rather than sharing one: these
 * are for match(), matchAll() and replace(), which reset it.
 */
export function cjkRunRe(): RegExp {
  return new RegExp(`${charClass(CJK)}+`, 'g');
}
export function cjkCharRe(): RegExp {
  return new RegExp(charClass(CJK), 'g');
}
export function rtlCharRe(): RegExp {
  return new RegExp(charClass(RTL), 'g');
}

export function isCjkUnit(c: number): boolean {
  return c >= 0x3040 && inRanges(c, CJK);
}
export function isHanOrKanaUnit(c: number): boolean {
  return c >= 0x3040 && inRanges(c, HAN_KANA);
}
export function isHanUnit(c: number): boolean {
  return c >= 0x3400 && inRanges(c, HAN);
}

/** The script of one UTF-16 code unit, or null (digits, punctuation, scripts Lede does not tell apart). */
export function scriptOf(c: number): Script | null {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 'latin' : null;
  if (c >= 0xc0 && c <= 0x24f) return 'latin';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0xe00 && c <= 0xe7f) return 'thai';
  if (c >= 0x1100 && c <= 0x11ff) return 'hangul';
  if (inRanges(c, KANA)) return 'kana';
  if (inRanges(c, HAN)) return 'han';
  if (inRanges(c, HANGUL)) return 'hangul';
  return null;
}
