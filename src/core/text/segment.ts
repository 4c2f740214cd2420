/**
 * Sentences and words through Intl.Segmenter, so Chinese, Japanese, Thai and the rest split the way the
 * platform's ICU data says rather than on spaces. Works the same in the worker, the pages and Node.
 */

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

/** Han, Hiragana, Katakana, Hangul syllables: scripts read by characters rather than space-separated words. */
export const CJK_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const CJK_GLOBAL_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;

/** Share of letters in the text that are CJK characters (0..1). */
export function cjkRatio(text: string): number {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const cjk = sample.match(CJK_GLOBAL_RE)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 ? 0 : cjk / letters;
}

/**
 * Splits text into sentences, trimmed, without empty ones. ICU does not break after a closing CJK
 * full stop followed directly by a Latin letter in some versions, nor on newlines; paragraphs are split on
 * newlines first so a heading never merges with the sentence after it.
 */
export function sentences(text: string, lang?: string | null): string[] {
  const out: string[] = [];
  const seg = segmenter(lang, 'sentence');
  for (const para of text.split(/\n+/)) {
    const p = para.trim();
    if (!p) continue;
    for (const { segment } of seg.segment(p)) {
      const s = segment.trim();
      if (s) out.push(s);
    }
  }
  return out;
}

/** Word-like tokens (letters or digits), in order, as they appear (not lower-cased). */
export function words(text: string, lang?: string | null): string[] {
  const out: string[] = [];
  for (const s of segmenter(lang, 'word').segment(text)) {
    if (s.isWordLike) out.push(s.segment);
  }
  return out;
}

/** Words with their character offsets, for callers that need to map tokens back to the text. */
export function wordSpans(text: string, lang?: string | null): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  for (const s of segmenter(lang, 'word').segment(text)) {
    if (s.isWordLike) out.push({ word: s.segment, index: s.index });
  }
  return out;
}

/** Folds case and compatibility forms so "LLMs", "ＬＬＭｓ" and "llms" compare equal. */
export function normalizeToken(token: string): string {
  return token.normalize('NFKC').toLocaleLowerCase();
}
