/**
 * Stopwords from stopwords-iso for the languages Lede detects. Named imports (not the whole JSON) so the
 * bundler keeps only these lists out of the 58 the package ships.
 */
import {
  ar, cs, da, de, en, es, fa, fi, fr, he, hi, hu, id, it, ja, ko, nl, no, pl, pt, ro, ru, sv, tr, uk, vi, zh,
} from 'stopwords-iso/stopwords-iso.json';

const LISTS: Record<string, readonly string[]> = {
  ar, cs, da, de, en, es, fa, fi, fr, he, hi, hu, id, it, ja, ko, nl, no, pl, pt, ro, ru, sv, tr, uk, vi, zh,
};

/** Latin-script languages whose stopword lists can tell them apart (see language.ts). */
export const LATIN_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'fi', 'pl', 'cs',
  'ro', 'hu', 'tr', 'id', 'vi'] as const;

/**
 * stopwords-iso's English list is built for search and holds content words a reader would click on
 * ("world" in "world models", "AI", "research", "computer", "Microsoft"). Keyphrases must keep them.
 */
const EN_CONTENT_WORDS = new Set([
  'ai', 'world', 'computer', 'research', 'information', 'system', 'microsoft', 'problem', 'problems', 'state',
  'states', 'bill', 'fire', 'group', 'groups', 'home', 'interest', 'member', 'members', 'test', 'text', 'value',
  'work', 'novel', 'invention', 'website', 'page', 'pages', 'site', 'room', 'rooms', 'ring', 'face', 'free',
  'goods', 'high', 'line', 'order', 'point', 'section', 'self', 'young', 'index', 'html', 'http', 'case', 'cases',
  'cause', 'date', 'early', 'effect', 'general', 'great', 'help', 'importance', 'important', 'kind', 'large',
  'name', 'number', 'numbers', 'open', 'past', 'place', 'present', 'right', 'second', 'serious', 'side', 'small',
  'test', 'turn', 'wells', 'ways', 'words', 'year', 'years', 'face', 'faces',
]);

const cache = new Map<string, Set<string>>();

/** The stopword set for a primary language subtag ('en', 'zh'...), empty for languages without a list. */
export function stopwords(lang: string): ReadonlySet<string> {
  const key = lang.toLowerCase();
  let set = cache.get(key);
  if (!set) {
    const list = LISTS[key] ?? [];
    set = new Set(key === 'en' ? list.filter((w) => !EN_CONTENT_WORDS.has(w)) : list);
    cache.set(key, set);
  }
  return set;
}

/** True when `word` (already lower-cased) is a stopword in `lang`. */
export function isStopword(word: string, lang: string): boolean {
  return stopwords(lang).has(word);
}

/** The raw stopwords-iso list for `lang`, for language identification (no content-word exceptions). */
export function stopwordList(lang: string): readonly string[] {
  return LISTS[lang] ?? [];
}
