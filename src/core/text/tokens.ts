/**
 * Words and punctuation marks of spaced-script text with their offsets, as the regular expression
 * `/[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu` finds them (a word joined across an
 * apostrophe or a full stop, or one character that is neither a letter, a mark, a digit nor a space), found
 * by a scan over character codes. The keyphrase collector tokenises every sentence of the page: matchAll
 * allocates a match object per token, and the Unicode classes are looked up once per character instead of
 * once per token position.
 */

const WORDISH_RE = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_RE = /^\s$/u;

const WORD = 1;
const SPACE = 2;
const OTHER = 3;

/** Classes of the Basic Multilingual Plane's code points, filled on first sight (0 = not yet known). */
const bmp = new Uint8Array(0x10000);
// The no-break space and the typographic punctuation of ordinary prose (dashes, curly quotes, ellipsis,
// guillemets) are known in advance: English text with these never compiles the Unicode classes above.
bmp[0xa0] = SPACE;
for (const c of [0xab, 0xbb, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]) bmp[c] = OTHER;

function classify(ch: string): number {
  if (WORDISH_RE.test(ch)) return WORD;
  return SPACE_RE.test(ch) ? SPACE : OTHER;
}

function classOf(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return WORD;
    return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) ? SPACE : OTHER;
  }
  if (cp < 0x10000) {
    let k = bmp[cp]!;
    if (k === 0) bmp[cp] = k = classify(String.fromCharCode(cp));
    return k;
  }
  return classify(String.fromCodePoint(cp));
}

/** End of the run of word characters starting at `i`. */
function runEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    if (classOf(cp) !== WORD) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

export interface ScannedTokens {
  texts: string[];
  /** UTF-16 offset of each token in the text. */
  starts: number[];
}

export function scanTokens(text: string): ScannedTokens {
  const texts: string[] = [];
  const starts: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k === SPACE) {
      i += width;
      continue;
    }
    if (k === OTHER) {
      texts.push(text.slice(i, i + width));
      starts.push(i);
      i += width;
      continue;
    }
    const start = i;
    i = runEnd(text, i);
    // ' ’ . join two runs ("don't", "U.S"), only when a word character follows.
    while (i + 1 < n) {
      const j = text.charCodeAt(i);
      if ((j !== 0x27 && j !== 0x2019 && j !== 0x2e) || classOf(text.codePointAt(i + 1)!) !== WORD) break;
      i = runEnd(text, i + 1);
    }
    texts.push(text.slice(start, i));
    starts.push(start);
  }
  return { texts, starts };
}
