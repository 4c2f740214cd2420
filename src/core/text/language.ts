/**
 * The article's language as a primary subtag. The page's `lang` is trusted when the text's script agrees
 * with it (many sites ship `lang="en"` in a template whatever the article is written in); otherwise the
 * script decides (Han, kana, Hangul, Arabic, Hebrew, Cyrillic, Greek, Thai, Devanagari) and, for Latin and
 * Cyrillic text, stopword overlap with stopwords-iso chooses among common languages.
 */
import { LATIN_LANGUAGES, hasStopwordList, stopwordList } from './stopwords';
import { isLetter } from './charClass';
import { scriptOf, type Script } from './scripts';


/** The scripts in the order their counts are compared (a tie goes to the first). */
const SCRIPTS: Script[] = ['kana', 'han', 'hangul', 'arabic', 'hebrew', 'cyrillic', 'greek', 'thai', 'devanagari', 'latin'];


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
 * The candidate languages' stopword sets, and for each word seen so far the languages (a bit per index into
 * `langs`) whose set holds it. Only the words pages actually use are ever looked up in the 18 sets: indexing
 * every word of every list up front (11,000 of them) cost a fresh service worker ~20 ms on its first click.
 */
interface StopIndex {
  sets: ReadonlySet<string>[];
  /** Word -> bitmask of the languages listing it; filled on first sight, bounded by MAX_CACHED_WORDS. */
  masks: Map<string, number>;
}

/** Words whose language bitmask is remembered across pages; past this the cache starts over. */
const MAX_CACHED_WORDS = 20_000;

const stopIndexes = new Map<readonly string[], StopIndex>();
function stopIndex(langs: readonly string[]): StopIndex {
  let index = stopIndexes.get(langs);
  if (!index) {
    const sets = langs.map((lang) => new Set(stopwordList(lang)));
    stopIndexes.set(langs, (index = { sets, masks: new Map() }));
  }
  return index;
}

function maskOf(index: StopIndex, word: string): number {
  let mask = index.masks.get(word);
  if (mask === undefined) {
    mask = 0;
    for (let li = 0; li < index.sets.length; li++) if (index.sets[li]!.has(word)) mask |= 1 << li;
    if (index.masks.size >= MAX_CACHED_WORDS) index.masks.clear();
    index.masks.set(word, mask);
  }
  return mask;
}

/**
 * Ranks languages by the share of the text's word tokens that are their stopwords. The lists differ a lot in
 * length (English has 1,298), so each hit counts 1 / log(list size): a big list does not win by size.
 */
function byStopwords(sample: string, langs: readonly string[]): { lang: string; score: number }[] {
  const index = stopIndex(langs);
  const hits = new Array<number>(langs.length).fill(0);
  // The tokens are the matches of /[\p{L}']+/gu in the lower-cased sample, found by a scan over code points.
  const lower = sample.toLowerCase();
  let tokens = 0;
  const count = (t: string) => {
    tokens++;
    let mask = maskOf(index, t);
    for (let li = 0; mask !== 0; li++, mask >>>= 1) if (mask & 1) hits[li]!++;
  };
  let start = -1;
  for (let i = 0; i < lower.length; ) {
    const cp = lower.codePointAt(i)!;
    if (cp === 0x27 || isLetter(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      count(lower.slice(start, i));
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) count(lower.slice(start));
  const ranked = langs.map((lang, li) => ({
    lang,
    score: tokens ? hits[li]! / tokens / Math.log(Math.max(index.sets[li]!.size, 10)) : 0,
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
      // The word count is only needed when another language leads (split() copies the whole sample).
      if (own && top.lang !== decl && sample.split(/\s+/).length >= 40 && top.score > 3 * own.score) return top.lang;
      return decl;
    }
  }
  if (script === 'latin' || script === 'cyrillic') {
    const top = byStopwords(sample, LANGS_BY_STOPWORDS[script])[0];
    if (top && top.score > 0) return top.lang;
  }
  return SCRIPT_DEFAULT[script];
}

/**
 * The stop-word lists that detecting this text's language and analysing it may read (loadStopwords them first
 * where lists load on demand): the candidates of its script, the declared language, the script's default, and
 * English, whose list every analysis reads for Latin names inside other scripts (terms.ts).
 */
export function stopwordLanguagesFor(text: string, declared: string | null | undefined): string[] {
  const decl = primary(declared);
  const script = dominantScript(scriptCounts(text.length > SAMPLE ? text.slice(0, SAMPLE) : text));
  const langs = new Set<string>(['en']);
  if (decl) langs.add(decl);
  if (script) {
    langs.add(SCRIPT_DEFAULT[script]);
    if (script === 'latin' || script === 'cyrillic') for (const lang of LANGS_BY_STOPWORDS[script]) langs.add(lang);
  }
  return [...langs].filter(hasStopwordList);
}
