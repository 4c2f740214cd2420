/**
 * Sentences and words through Intl.Segmenter, so Chinese, Japanese, Thai and the rest split the way the
 * platform's ICU data says rather than on spaces. Works the same in the worker, the pages and Node.
 */

import { cjkCharRe, isCjkUnit, UNSPACED_RE } from './scripts';
import { joinAbbreviations } from './sentenceJoins';

/** Re-exported for the modules that take their script tests with their sentences. */
export { CJK_RE, UNSPACED_RE } from './scripts';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string | null | undefined, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${lang ?? ''}|${granularity}`;
  let s = segmenters.get(key);
  if (!s) {
    let locale: string | undefined = lang ?? undefined;
    try {
      if (locale) Intl.getCanonicalLocales(locale);
    } catch {
      locale = undefined; // a malformed lang attribute must not break analysis
    }
    s = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, s);
  }
  return s;
}

const CJK_GLOBAL_RE = cjkCharRe();

const LETTER_RE = /\p{L}/gu;

/** Share of letters in the text that are CJK characters (0..1). */
export function cjkRatio(text: string): number {
  const n = Math.min(text.length, 20000);
  // Called per sentence by the TL;DR and once per page by the FAQ: most text has no CJK at all, which one
  // scan over character codes settles without building match arrays.
  let any = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && isCjkUnit(c)) {
      any = true;
      break;
    }
  }
  if (!any) return 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const cjk = sample.match(CJK_GLOBAL_RE)?.length ?? 0;
  const letters = sample.match(LETTER_RE)?.length ?? 0;
  return letters === 0 ? 0 : cjk / letters;
}

/** Sentence splits by language, then by text (see withSharedSentences). */
export type SentenceCache = Map<string, Map<string, string[]>>;

/**
 * Sentence splits shared by the stages of one analysis (see withSharedSentences): the TL;DR, the topics and
 * the FAQ each split the same blocks, and ICU sentence segmentation is the largest single cost of a page.
 */
let shared: SentenceCache | null = null;

/**
 * Runs `fn` with sentences() remembering its results, keyed by language and text, until `fn` returns. Scoped
 * to one analysis, not global: nothing is kept between analyses (no memory growth, no stale results), and a page
 * analysed twice costs twice. An analysis done in two steps passes the same `cache` to both.
 */
export function withSharedSentences<T>(fn: () => T, cache: SentenceCache = new Map()): T {
  if (shared) return fn();
  shared = cache;
  try {
    return fn();
  } finally {
    shared = null;
  }
}

/**
 * Splits text into sentences, trimmed, without empty ones. Full stops after abbreviations, initials and
 * ordinals do not end a sentence (see sentenceJoins). ICU does not break after a closing CJK
 * full stop followed directly by a Latin letter in some versions, nor on newlines; paragraphs are split on
 * newlines first so a heading never merges with the sentence after it.
 */
export function sentences(text: string, lang?: string | null): string[] {
  if (!shared) return splitSentences(text, lang);
  // By language, then by the text itself: a block's string is hashed once and the hash is kept on it.
  const l = lang ?? '';
  let byText = shared.get(l);
  if (!byText) shared.set(l, (byText = new Map()));
  let out = byText.get(text);
  if (!out) byText.set(text, (out = splitSentences(text, lang)));
  // A copy: callers own the array they get.
  return out.slice();
}

function splitSentences(text: string, lang?: string | null): string[] {
  const out: string[] = [];
  const seg = segmenter(lang, 'sentence');
  for (const para of text.split(/\n+/)) {
    const p = para.trim();
    if (!p) continue;
    // A cut in a long paragraph falls after a sentence end where there is one (see chunks()).
    for (const [a, b] of chunks(p)) {
      const pieces: string[] = [];
      for (const { segment } of seg.segment(a === 0 && b === p.length ? p : p.slice(a, b))) pieces.push(segment);
      for (const piece of joinCornerQuotes(joinAbbreviations(pieces, lang))) {
        const s = piece.trim();
        if (s) out.push(s);
      }
    }
  }
  return out;
}

/** Pieces of one 「」 quotation joined at most: a longer one is a speech, whose sentences stand as they are. */
const CORNER_SPAN = 4;
/** Characters a joined quotation may reach: a TL;DR line (Japanese says in 150 what English says in 450). */
const CORNER_CHARS = 200;
/**
 * What follows a closing 」 or 』 inside the same sentence: the quoting particle (と, って, との, という) or a
 * case particle (を, が, に, の, など). ところが, とはいえ, とにかく, ともかく, とても open a new sentence.
 */
const QUOTE_TAIL_RE = /^(?:と(?!ころ|は|にかく|もかく|ても)|って|を|が(?![、，])|に(?![、，])|の(?![でに])|など|や)/u;

/** Opening minus closing corner brackets. */
function cornerBalance(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x300c || c === 0x300e) open++;
    else if (c === 0x300d || c === 0x300f) open--;
  }
  return open;
}

/**
 * ICU ends a sentence at every 。 and ！, also inside 「…」, and again after the closing bracket, so
 * 「行く。でも帰る」と言った。 comes out as three pieces and a TL;DR quoting one reads as cut. A piece that leaves a
 * bracket open runs on to the piece that closes it (within CORNER_SPAN pieces and CORNER_CHARS), and a piece
 * that opens with what follows a quotation (と, って, を) continues the one ending in 」.
 */
function joinCornerQuotes(pieces: string[]): string[] {
  if (!pieces.some((p) => p.includes('\u300c') || p.includes('\u300e') || p.includes('\u300d') || p.includes('\u300f'))) return pieces;
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let cur = pieces[i]!;
    let bal = cornerBalance(cur);
    if (bal > 0) {
      let j = i + 1;
      let joined = cur;
      for (; j < pieces.length && j <= i + CORNER_SPAN && bal > 0; j++) {
        joined += pieces[j]!;
        bal += cornerBalance(pieces[j]!);
      }
      if (bal <= 0 && joined.length <= CORNER_CHARS) {
        cur = joined;
        i = j - 1;
      }
    }
    const prev = out[out.length - 1];
    if (prev !== undefined && /[」』]\s*$/u.test(prev) && QUOTE_TAIL_RE.test(cur.trimStart())) out[out.length - 1] = prev + cur;
    else out.push(cur);
  }
  return out;
}

// Only scripts written without spaces (UNSPACED_RE) need ICU's dictionary. Everything else (Latin, Cyrillic,
// Greek, Arabic, Hebrew, Hangul, Devanagari...) separates words with spaces and punctuation, which a regular
// expression finds about 20x faster than Intl.Segmenter (no segment objects for the spaces in between).

/**
 * ICU's word rules (UAX #29) for spaced scripts: letters, marks and digits, joined across an apostrophe, a
 * full stop or a middle dot ("don't", "U.S", "mg·L") and digits across a comma ("3,000"). Measured against
 * Intl.Segmenter on SQuAD's English paragraphs: the same tokens in 95% of paragraphs; the rest differ on
 * times ("12:00"), "1980's" and vulgar fractions.
 */
const SPACED_WORD_RE = /[\p{L}\p{M}\p{N}_]+(?:(?:['’.·]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;

/**
 * Intl.Segmenter's cost grows faster than the text (measured in V8: 18,000 Chinese characters in 0.1 s, 63,000
 * in 2.6 s), so long text is segmented in pieces cut where no word or sentence can straddle the cut.
 */
const CHUNK = 2000;

/** [start, end) pieces of at most about CHUNK characters, cut after a line break, a sentence end or a space. */
function chunks(text: string): [number, number][] {
  if (text.length <= CHUNK) return [[0, text.length]];
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const piece = text.slice(start, end);
      let cut = piece.lastIndexOf('\n');
      if (cut < CHUNK / 4) cut = Math.max(piece.lastIndexOf('。'), piece.lastIndexOf('！'), piece.lastIndexOf('？'), piece.lastIndexOf('. '));
      if (cut < CHUNK / 4) cut = piece.lastIndexOf(' ');
      if (cut >= CHUNK / 4) end = start + cut + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** Word-like tokens (letters or digits), in order, as they appear (not lower-cased). */
export function words(text: string, lang?: string | null): string[] {
  if (!UNSPACED_RE.test(text)) return text.match(SPACED_WORD_RE) ?? [];
  const out: string[] = [];
  const seg = segmenter(lang, 'word');
  for (const [a, b] of chunks(text)) {
    for (const s of seg.segment(a === 0 && b === text.length ? text : text.slice(a, b))) {
      if (s.isWordLike) out.push(s.segment);
    }
  }
  return out;
}

/** Words with their character offsets, for callers that need to map tokens back to the text. */
export function wordSpans(text: string, lang?: string | null): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  if (!UNSPACED_RE.test(text)) {
    for (const m of text.matchAll(SPACED_WORD_RE)) out.push({ word: m[0], index: m.index });
    return out;
  }
  const seg = segmenter(lang, 'word');
  for (const [a, b] of chunks(text)) {
    for (const s of seg.segment(text.slice(a, b))) {
      if (s.isWordLike) out.push({ word: s.segment, index: a + s.index });
    }
  }
  return out;
}

/**
 * toLocaleLowerCase() follows the runtime's locale: ASCII letters lower-case as toLowerCase() does except in
 * Turkish and Azeri ("I" -> "ı"). Asked once, so the ASCII fast path never changes a result.
 */
const ASCII_LOWER_IS_PLAIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.toLocaleLowerCase() === 'abcdefghijklmnopqrstuvwxyz';

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Folds case and compatibility forms so "LLMs", "ＬＬＭｓ" and "llms" compare equal. */
export function normalizeToken(token: string): string {
  // Most tokens are ASCII, which NFKC leaves as it is: skipping ICU there is most of this function's cost.
  if (ASCII_LOWER_IS_PLAIN && isAscii(token)) return token.toLowerCase();
  return token.normalize('NFKC').toLocaleLowerCase();
}


/**
 * The start of `text`, at most `max` characters, cut after the last sentence end (or else the last space)
 * before the limit, so what is kept is still whole sentences quoted verbatim. Engines read a bounded prefix
 * of very long pages with this: their cost must not grow with the page.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n'), head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  if (end > max / 2) return head.slice(0, end + 1).trimEnd();
  const space = head.lastIndexOf(' ');
  return space > max / 2 ? head.slice(0, space) : head;
}
