/**
 * Word counts and reading time. Spaced scripts are read by words (~230 a minute); Chinese and Japanese by
 * characters (~400 a minute), where "words" come from Intl.Segmenter's dictionary and would make the estimate
 * depend on how ICU cuts compounds.
 *
 * Both run on every analysed page, whatever its length, so they are one pass over character codes (no regular
 * expression with Unicode classes, no allocation): a 400,000-word page costs a few milliseconds.
 */
import { words } from './segment';
import { isHanOrKanaUnit } from './scripts';

const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 400;
/** Languages written without spaces: their word count needs a segmenter, not a scan for spaces. */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
/**
 * ICU segments at most this many characters of an unspaced-script page exactly; the rest is estimated at the
 * same words-per-character rate. Any real article fits; a 400,000-word dump does not cost seconds.
 */
const SEGMENT_CHARS = 60_000;

/** Han and kana (the characters read at 400 a minute). Hangul is spaced and read by words. */
const isCjkChar = isHanOrKanaUnit;

/**
 * Letters and digits, approximately: ASCII alphanumerics, and any character from U+00C0 up except the
 * punctuation, symbol and space blocks a word never contains. Exact Unicode classes would need a regular
 * expression per character; the blocks excluded here are where non-letters live in running text.
 */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba || c === 0xb2 || c === 0xb3 || c === 0xb9;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, symbols, arrows, box drawing
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe4f) return false; // CJK compatibility forms
  if (c >= 0xff00 && c <= 0xff0f) return false; // full-width punctuation
  if (c >= 0xff1a && c <= 0xff20) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: emoji and rare scripts
  return true;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Characters that join two runs into one word: "don't", "U.S.", "world-class" (and a comma inside "3,000"). */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;
}

export interface TextCounts {
  /** Runs of letters and digits (joined across ' ’ . -), CJK characters included in runs. */
  words: number;
  /** Han and kana characters. */
  cjk: number;
  /** Words outside Han and kana runs. */
  otherWords: number;
}

/** One pass over the text: words for spaced scripts, and the split reading time needs. */
export function textCounts(text: string): TextCounts {
  let wordsN = 0;
  let cjk = 0;
  let other = 0;
  let inWord = false;
  let inOther = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      if (!inWord) wordsN++;
      inWord = true;
      if (isCjkChar(c)) {
        cjk++;
        inOther = false;
      } else {
        if (!inOther) other++;
        inOther = true;
      }
    } else if (inWord && i + 1 < n && (isJoiner(c) ? isWordChar(text.charCodeAt(i + 1)) : c === 0x2c && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) {
      // Stay inside the word.
    } else {
      inWord = false;
      inOther = false;
    }
  }
  return { words: wordsN, cjk, otherWords: other };
}

/**
 * Words in the text: Intl.Segmenter words for unspaced scripts, runs of letters and digits otherwise.
 * `counts`, when the caller already took them, saves the pass over the text.
 */
export function countWords(text: string, lang: string, counts?: TextCounts): number {
  if (!UNSPACED.has(lang)) return (counts ?? textCounts(text)).words;
  if (text.length <= SEGMENT_CHARS) return words(text, lang).length;
  // Cut at a space or line break when there is one nearby, so no word is split in two.
  let cut = text.lastIndexOf('\n', SEGMENT_CHARS);
  if (cut < SEGMENT_CHARS / 2) cut = SEGMENT_CHARS;
  const head = words(text.slice(0, cut), lang).length;
  return Math.round((head * text.length) / cut);
}

/** Minutes to read, at least 1: CJK characters at 400 a minute plus any other words at 230. */
export function readingMinutes(text: string, _lang: string): number {
  return minutesOf(textCounts(text));
}

/** Reading minutes from counts already taken (analyze() counts once for both figures). */
export function minutesOf(counts: TextCounts): number {
  // The script decides, not the tag: an English page quoting Chinese reads both at their speeds.
  const minutes = counts.cjk / CJK_CHARS_PER_MINUTE + counts.otherWords / WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
