/**
 * Stop-word lists from stopwords-iso for the languages Lede detects, behind a synchronous API. In Node the lists
 * are bundled (stopwordLists.ts); in the extension each is fetched on first use (`loadStopwords` before the
 * analysis, see core/analyze.ts `prepareLead`), so the worker does not parse 27 lists it may never read at start.
 * Reading a list that exists but is not loaded throws: a missing `loadStopwords` must fail loudly, not quietly
 * analyse without stop words.
 */
import { BUNDLED_STOPWORDS } from './stopwordLists';
import { STOPWORD_LANGUAGES } from './stopwordLanguages';

export { STOPWORD_LANGUAGES };

const HAS_LIST: ReadonlySet<string> = new Set(STOPWORD_LANGUAGES);

/** Reads one language's list (the worker fetches the file the build packaged for it). */
export type StopwordLoader = (lang: string) => Promise<readonly string[]>;

const LISTS = new Map<string, readonly string[]>(Object.entries(BUNDLED_STOPWORDS ?? {}));
let loader: StopwordLoader | null = null;
const loading = new Map<string, Promise<boolean>>();

/** Installs how lists that are not bundled are read. */
export function setStopwordLoader(next: StopwordLoader): void {
  loader = next;
  loading.clear();
}

/** Whether `lang` has a stop-word list at all (most languages Lede can detect do; Greek or Thai do not). */
export function hasStopwordList(lang: string): boolean {
  return HAS_LIST.has(lang.toLowerCase());
}

/**
 * Loads the lists of `langs` that are not loaded yet, each once, in parallel; resolves true when all are there.
 * A failed read resolves false and is tried again on the next call, so one bad moment is not for good.
 */
export async function loadStopwords(langs: Iterable<string>): Promise<boolean> {
  const reads: Promise<boolean>[] = [];
  for (const raw of langs) {
    const lang = raw.toLowerCase();
    if (!HAS_LIST.has(lang) || LISTS.has(lang)) continue;
    let read = loading.get(lang);
    if (!read) {
      const load = loader;
      read = load
        ? load(lang).then(
            (list) => {
              LISTS.set(lang, list);
              return true;
            },
            () => {
              loading.delete(lang);
              return false;
            },
          )
        : Promise.resolve(false);
      if (load) loading.set(lang, read);
    }
    reads.push(read);
  }
  return (await Promise.all(reads)).every(Boolean);
}

/** The raw list of `lang`: empty for a language without one; throws when it has one that is not loaded yet. */
function listOf(lang: string): readonly string[] {
  const list = LISTS.get(lang);
  if (list) return list;
  if (HAS_LIST.has(lang)) throw new Error(`stop words: the ${lang} list is read before loadStopwords loaded it`);
  return [];
}

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
    const list = listOf(key);
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
  return listOf(lang.toLowerCase());
}
