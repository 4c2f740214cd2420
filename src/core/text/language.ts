/**
 * The article's language as a primary subtag. The page's `lang` is trusted when the text's script agrees
 * with it (many sites ship `lang="en"` in a template whatever the article is written in); otherwise the
 * script decides (Han, kana, Hangul, Arabic, Hebrew, Cyrillic, Greek, Thai, Devanagari) and, for Latin and
 * Cyrillic text, stopword overlap with stopwords-iso chooses among common languages.
 */
import { LATIN_LANGUAGES, stopwordList } from './stopwords';

type Script = 'han' | 'kana' | 'hangul' | 'arabic' | 'hebrew' | 'cyrillic' | 'greek' | 'thai' | 'devanagari' | 'latin';

/** The scripts in the order their counts are compared (a tie goes to the first). */
const SCRIPTS: Script[] = ['kana', 'han', 'hangul', 'arabic', 'hebrew', 'cyrillic', 'greek', 'thai', 'devanagari', 'latin'];

/** The script of one UTF-16 code unit, by the block ranges below, or null (digits, punctuation, others). */
function scriptOf(c: number): Script | null {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 'latin' : null;
  if (c >= 0xc0 && c <= 0x24f) return 'latin';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0xe00 && c <= 0xe7f) return 'thai';
  if (c >= 0x1100 && c <= 0x11ff) return 'hangul';
  if (c >= 0x3040 && c <= 0x30ff) return 'kana';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return 'han';
  if (c >= 0xac00 && c <= 0xd7af) return 'hangul';
  return null;
}

/** Which script each language is written in; languages not listed are taken as Latin. */
const LANG_SCRIPT: Record<string, Script[]> = {
  zh: ['han'], ja: ['kana', 'han'], ko: ['hangul', 'han'], ar: ['arabic'], fa: ['arabic'], ur: ['arabic'],
  he: ['hebrew'], yi: ['hebrew'], ru: ['cyrillic'], uk: ['cyrillic'], bg: ['cyrillic'], sr: ['cyrillic', 'latin'],
  mk: ['cyrillic'], be: ['cyrillic'], kk: ['cyrillic'], el: ['greek'], th: ['thai'], hi: ['devanagari'],
  mr: ['devanagari'], ne: ['devanagari'],
};

const SCRIPT_DEFAULT: Record<Script, string> = {
  han: 'zh', kana: 'ja', hangul: 'ko', arabic: 'ar', hebrew: 'he', cyrillic: 'ru', greek: 'el', thai: 'th',
  devanagari: 'hi', latin: 'en',
};

/** Only the start of the text is read: a few thousand characters settle the question. */
const SAMPLE = 6000;

/** Letters of each script in the sample: one pass over character codes (this runs on every page). */
function scriptCounts(sample: string): Map<Script, number> {
  const tally: Record<Script, number> = {
    kana: 0, han: 0, hangul: 0, arabic: 0, hebrew: 0, cyrillic: 0, greek: 0, thai: 0, devanagari: 0, latin: 0,
  };
  for (let i = 0; i < sample.length; i++) {
    const script = scriptOf(sample.charCodeAt(i));
    if (script) tally[script]++;
  }
  return new Map(SCRIPTS.map((script) => [script, tally[script]]));
}

/** The text's script: Japanese when kana is a real share of CJK text, else the most frequent script. */
function dominantScript(counts: Map<Script, number>): Script | null {
  const kana = counts.get('kana') ?? 0;
  const han = counts.get('han') ?? 0;
  let best: Script | null = null;
  let bestCount = 0;
  for (const [script, c] of counts) {
    const n = script === 'han' ? han + kana : script === 'kana' ? 0 : c;
    if (n > bestCount) {
      best = script;
      bestCount = n;
    }
  }
  if (best === 'han' && kana >= 0.1 * (han + kana)) return 'kana';
  return bestCount >= 20 ? best : null;
}

const LANGS_BY_STOPWORDS: Record<'latin' | 'cyrillic', readonly string[]> = {
  latin: LATIN_LANGUAGES,
  cyrillic: ['ru', 'uk'],
};

/**
 * For each word on any candidate list, the languages (indexes into `langs`) whose list holds it, and each
 * list's size: one lookup per distinct word of the page instead of one per word and language.
 */
interface StopIndex {
  byWord: Map<string, number[]>;
  sizes: number[];
}

const stopIndexes = new Map<readonly string[], StopIndex>();
function stopIndex(langs: readonly string[]): StopIndex {
  let index = stopIndexes.get(langs);
  if (!index) {
    const byWord = new Map<string, number[]>();
    const sizes = langs.map((lang, li) => {
      const set = new Set(stopwordList(lang));
      for (const w of set) {
        let ls = byWord.get(w);
        if (!ls) byWord.set(w, (ls = []));
        ls.push(li);
      }
      return set.size;
    });
    stopIndexes.set(langs, (index = { byWord, sizes }));
  }
  return index;
}

/**
 * Ranks languages by the share of the text's word tokens that are their stopwords. The lists differ a lot in
 * length (English has 1,298), so each hit counts 1 / log(list size): a big list does not win by size.
 */
function byStopwords(sample: string, langs: readonly string[]): { lang: string; score: number }[] {
  const tokens = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const { byWord, sizes } = stopIndex(langs);
  const hits = new Array<number>(langs.length).fill(0);
  for (const t of tokens) {
    const ls = byWord.get(t);
    if (ls) for (const li of ls) hits[li]!++;
  }
  const ranked = langs.map((lang, li) => ({
    lang,
    score: tokens.length ? hits[li]! / tokens.length / Math.log(Math.max(sizes[li]!, 10)) : 0,
  }));
  return ranked.sort((a, b) => b.score - a.score);
}

/** Primary subtag of a BCP 47 tag, lower-cased; null when it is not a plausible language code. */
function primary(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const p = tag.trim().split(/[-_]/)[0]!.toLowerCase();
  return /^[a-z]{2,3}$/.test(p) ? p : null;
}

export function detectLanguage(text: string, declared: string | null | undefined): string {
  const decl = primary(declared);
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const script = dominantScript(scriptCounts(sample));
  if (!script) return decl ?? 'en';

  if (decl) {
    const scripts = LANG_SCRIPT[decl] ?? ['latin'];
    if (scripts.includes(script) || (script === 'han' && decl === 'ja')) {
      // Same script: keep the page's word unless its stopwords plainly say another language.
      if (script !== 'latin' && script !== 'cyrillic') return decl;
      const ranked = byStopwords(sample, LANGS_BY_STOPWORDS[script]);
      const own = ranked.find((r) => r.lang === decl);
      const top = ranked[0]!;
      const words = sample.split(/\s+/).length;
      if (own && top.lang !== decl && words >= 40 && top.score > 3 * own.score) return top.lang;
      return decl;
    }
  }
  if (script === 'latin' || script === 'cyrillic') {
    const top = byStopwords(sample, LANGS_BY_STOPWORDS[script])[0];
    if (top && top.score > 0) return top.lang;
  }
  return SCRIPT_DEFAULT[script];
}
