/**
 * The article's language as a primary subtag. The page's `lang` is trusted when the text's script agrees
 * with it (many sites ship `lang="en"` in a template whatever the article is written in); otherwise the
 * script decides (Han, kana, Hangul, Arabic, Hebrew, Cyrillic, Greek, Thai, Devanagari) and, for Latin and
 * Cyrillic text, stopword overlap with stopwords-iso chooses among common languages.
 */
import { LATIN_LANGUAGES, stopwordList } from './stopwords';

type Script = 'han' | 'kana' | 'hangul' | 'arabic' | 'hebrew' | 'cyrillic' | 'greek' | 'thai' | 'devanagari' | 'latin';

const SCRIPT_RES: [Script, RegExp][] = [
  ['kana', /[\u3040-\u30ff]/g],
  ['han', /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g],
  ['hangul', /[\uac00-\ud7af\u1100-\u11ff]/g],
  ['arabic', /[\u0600-\u06ff\u0750-\u077f]/g],
  ['hebrew', /[\u0590-\u05ff]/g],
  ['cyrillic', /[\u0400-\u04ff]/g],
  ['greek', /[\u0370-\u03ff]/g],
  ['thai', /[\u0e00-\u0e7f]/g],
  ['devanagari', /[\u0900-\u097f]/g],
  ['latin', /[A-Za-z\u00c0-\u024f]/g],
];

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

function scriptCounts(sample: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const [script, re] of SCRIPT_RES) counts.set(script, sample.match(re)?.length ?? 0);
  return counts;
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

const stopSets = new Map<string, Set<string>>();
function stopSet(lang: string): Set<string> {
  let s = stopSets.get(lang);
  if (!s) stopSets.set(lang, (s = new Set(stopwordList(lang))));
  return s;
}

/**
 * Ranks languages by the share of the text's word tokens that are their stopwords. The lists differ a lot in
 * length (English has 1,298), so each hit counts 1 / log(list size): a big list does not win by size.
 */
function byStopwords(sample: string, langs: readonly string[]): { lang: string; score: number }[] {
  const tokens = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  // Each distinct word is looked up once per language, weighted by how often it occurs.
  const freq = new Map<string, number>();
  for (const t of tokens) freq.set(t, (freq.get(t) ?? 0) + 1);
  const ranked = langs.map((lang) => {
    const set = stopSet(lang);
    let hits = 0;
    for (const [t, n] of freq) if (set.has(t)) hits += n;
    return { lang, score: tokens.length ? hits / tokens.length / Math.log(Math.max(set.size, 10)) : 0 };
  });
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
