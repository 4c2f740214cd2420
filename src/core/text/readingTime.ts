/**
 * Word counts and reading time. Spaced scripts are read by words (~230 a minute); Chinese and Japanese by
 * characters (~400 a minute), where "words" come from Intl.Segmenter's dictionary and would make the estimate
 * depend on how ICU cuts compounds.
 */
import { words } from './segment';

const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 400;
/** Languages written without spaces: their word count needs a segmenter, not a regex. */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
const CJK_CHAR_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const WORD_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Words in the text: Intl.Segmenter words for unspaced scripts, runs of letters and digits otherwise. */
export function countWords(text: string, lang: string): number {
  if (UNSPACED.has(lang)) return words(text, lang).length;
  return countMatches(text, WORD_RE);
}

/** Minutes to read, at least 1: CJK characters at 400 a minute plus any other words at 230. */
export function readingMinutes(text: string, _lang: string): number {
  const cjk = countMatches(text, CJK_CHAR_RE);
  const otherWords = countMatches(cjk > 0 ? text.replace(CJK_CHAR_RE, ' ') : text, WORD_RE);
  // The script decides, not the tag: an English page quoting Chinese reads both at their speeds.
  const minutes = cjk / CJK_CHARS_PER_MINUTE + otherWords / WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
