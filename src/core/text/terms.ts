/**
 * Content terms for comparing sentences: what two sentences share when they talk about the same thing.
 * Spaced scripts give lower-cased words without stopwords or bare numbers (English plurals folded);
 * Chinese and Japanese give character bigrams of each CJK run, which overlap even where a dictionary
 * segmenter would cut two phrasings differently, and cost no segmenter call.
 */
import { stopwords } from './stopwords';
import { isLetter, letterOrNumberRunEnd, letterRunEnd, nextLetterOrNumber } from './charClass';
import { CJK_RE, cjkRunRe } from './scripts';

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const CJK_RUN_RE = cjkRunRe();
const HAS_CJK_RE = CJK_RE;
const NUMBER_RE = /^\p{N}+$/u;

/** NUMBER_RE.test(w), without the expression when `w` is ASCII (digits only). */
function isNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80) return NUMBER_RE.test(w);
    if (c < 0x30 || c > 0x39) return false;
  }
  return w.length > 0;
}

/** False when the word starts with an ASCII letter, which no number does (saves the Unicode test). */
function startsWithNonLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  return !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a));
}

/** Folds the English plural and possessive, so "models" meets "model" (never shortens short words). */
export function foldPlural(word: string): string {
  if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s')) {
    // Not after s, u or i (/(?:ss|us|is)$/, tested by character: this runs for every content word).
    const before = word.charCodeAt(word.length - 2);
    if (before !== 0x73 && before !== 0x75 && before !== 0x69) return word.slice(0, -1);
  }
  return word;
}

/** Content terms of `text` in `lang` (a primary subtag), in order, repeats kept. */
export function contentTerms(text: string, lang: string): string[] {
  const out: string[] = [];
  const stop = stopwords(lang);
  const latinStop = lang === 'en' ? stop : stopwords('en');
  const en = lang === 'en';
  if (HAS_CJK_RE.test(text)) {
    for (const m of text.matchAll(CJK_RUN_RE)) {
      const run = m[0];
      if (run.length === 1) {
        if (!stop.has(run)) out.push(run);
        continue;
      }
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    }
    // Latin names and acronyms inside CJK text ("OpenAI", "LLM") carry as much as any bigram.
    for (const m of text.replace(CJK_RUN_RE, ' ').matchAll(WORD_RE)) {
      const w = m[0].toLowerCase();
      if (w.length > 1 && !latinStop.has(w) && !NUMBER_RE.test(w)) out.push(w);
    }
    return out;
  }
  // The matches of WORD_RE, found by a scan over code points (no match object per word).
  const len = text.length;
  for (let i = nextLetterOrNumber(text, 0); i < len; i = nextLetterOrNumber(text, i)) {
    const start = i;
    i = letterOrNumberRunEnd(text, i);
    for (;;) {
      const j = text.charCodeAt(i);
      if ((j === 0x27 || j === 0x2019) && i + 1 < len && isLetter(text.codePointAt(i + 1)!)) i = letterRunEnd(text, i + 1);
      else break;
    }
    const w = text.slice(start, i).toLowerCase();
    if (w.length < 2 || stop.has(w) || (startsWithNonLetter(w) && isNumber(w))) continue;
    out.push(en ? foldPlural(w) : w);
  }
  return out;
}
