/**
 * Full-text search over the library with MiniSearch: title, TL;DR, topics and body text, prefix and fuzzy
 * matching, every query term required.
 *
 * Indexed incrementally: `sync` compares the rows it is given with what it indexed (by URL and `version`) and
 * only adds, replaces or removes the difference, so a change to one article never rebuilds the index. The
 * first build of a large library runs in slices that yield to the page between them, after the list is painted.
 *
 * Chinese and Japanese: words come from Intl.Segmenter (segment.ts). A dictionary segmenter may split the same
 * run of characters differently in a document and in a short query ("人工智能" vs "人工" + "智能"), so each CJK
 * run is also indexed as character bigrams, and a query's CJK runs are searched as bigrams: matching no longer
 * depends on where the segmenter put the boundaries.
 */
import MiniSearch from 'minisearch';
import { normalizeToken, words } from '../core/text/segment';
import { CJK_ONLY_RE, cjkRunRe, UNSPACED_RE } from '../core/text/scripts';
import { MAX_TEXT_CHARS, type LibraryItem } from './model';

const CJK_RUN_RE = cjkRunRe();

/** Shorter query words are matched as typed (or as a prefix), never with a typo. */
const MIN_FUZZY_LENGTH = 6;
/** Added to exact matches' scores (MiniSearch's BM25 scores stay far below it) so they sort above typo matches. */
const EXACT_TIER = 1e6;

function bigrams(run: string, out: string[]): void {
  const chars = Array.from(run);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

/** Letters, marks and digits, with inner apostrophes and dots ("don't", "U.S"), as ICU's word rules keep them. */
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Word tokens. Intl.Segmenter costs several microseconds a word, which made indexing 10,000 articles take a
 * minute; space-separated text is split with a regular expression instead, and only runs in scripts written
 * without spaces (Chinese, Japanese, Thai...) go through the Segmenter.
 */
export function fastWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0];
    if (UNSPACED_RE.test(w)) for (const x of words(w)) out.push(x);
    else out.push(w);
  }
  return out;
}

/** Case and width folding, with a fast path for plain ASCII (almost every term of an English library). */
export function foldTerm(term: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(term) ? term.toLowerCase() : normalizeToken(term);
}

/** Document tokens: words plus bigrams of every CJK run. */
export function tokenizeDocument(text: string): string[] {
  const out = fastWords(text);
  for (const m of text.matchAll(CJK_RUN_RE)) if (m[0].length > 1) bigrams(m[0], out);
  return out;
}

/** Query tokens: Latin-script words as they are; CJK runs as bigrams (a single character stays itself). */
export function tokenizeQuery(text: string): string[] {
  const out: string[] = [];
  for (const w of fastWords(text)) if (!CJK_ONLY_RE.test(w)) out.push(w);
  for (const m of text.matchAll(CJK_RUN_RE)) {
    if (Array.from(m[0]).length === 1) out.push(m[0]);
    else bigrams(m[0], out);
  }
  return out;
}

interface Doc {
  id: string;
  title: string;
  tldr: string;
  topics: string;
  text: string;
}

function toDoc(item: LibraryItem): Doc {
  return {
    id: item.url,
    title: item.title,
    tldr: item.tldr,
    topics: item.topics.map((t) => t.label).join(' \n '),
    text: item.text.length > MAX_TEXT_CHARS ? item.text.slice(0, MAX_TEXT_CHARS) : item.text,
  };
}

/** Gives the page a chance to paint and handle input between indexing slices. */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class LibrarySearch {
  private readonly mini = new MiniSearch<Doc>({
    fields: ['title', 'tldr', 'topics', 'text'],
    idField: 'id',
    tokenize: (text) => tokenizeDocument(text),
    processTerm: (term) => foldTerm(term),
    searchOptions: {
      tokenize: (text) => tokenizeQuery(text),
      processTerm: (term) => foldTerm(term),
      boost: { title: 3, topics: 2, tldr: 1.5 },
      // A one- or two-letter prefix matches a large part of the vocabulary and would score most of the library:
      // expand prefixes from three characters. Typos only on longer Latin words: one edit away from a short word
      // is another common word ("whale" / "while"), and fuzzy CJK bigrams find mostly noise.
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH && !CJK_ONLY_RE.test(term) ? 0.2 : false),
      maxFuzzy: 2,
      combineWith: 'AND',
    },
  });
  private readonly versions = new Map<string, string>();
  /** Bumped by each sync so a slower, older sync stops when a newer one starts. */
  private generation = 0;

  get size(): number {
    return this.versions.size;
  }

  /**
   * Brings the index in line with `items`: adds new rows, re-indexes changed ones, drops missing ones.
   * Works in slices of about `sliceMs` of work, yielding to the page between them so typing and scrolling stay
   * smooth while a large library is indexed. Resolves false if a newer sync took over.
   */
  async sync(items: readonly LibraryItem[], sliceMs = 12): Promise<boolean> {
    const gen = ++this.generation;
    const present = new Set<string>();
    const pending: LibraryItem[] = [];
    for (const item of items) {
      present.add(item.url);
      if (this.versions.get(item.url) !== item.version) pending.push(item);
    }
    for (const url of [...this.versions.keys()]) {
      if (!present.has(url)) this.remove(url);
    }
    let sliceStart = performance.now();
    for (const item of pending) {
      if (performance.now() - sliceStart > sliceMs) {
        await yieldToPage();
        if (gen !== this.generation) return false;
        sliceStart = performance.now();
      }
      this.upsert(item);
    }
    return gen === this.generation;
  }

  upsert(item: LibraryItem): void {
    if (this.versions.has(item.url)) this.mini.discard(item.url);
    this.mini.add(toDoc(item));
    this.versions.set(item.url, item.version);
  }

  remove(url: string): void {
    if (!this.versions.has(url)) return;
    this.mini.discard(url);
    this.versions.delete(url);
  }

  /** Scores by URL for a query; an empty map when nothing matches. */
  search(query: string): Map<string, number> {
    const out = new Map<string, number>();
    if (!query.trim()) return out;
    // Articles with the words as typed come first, whatever their score; typo matches follow.
    for (const r of this.mini.search(query, { fuzzy: false })) out.set(r.id as string, EXACT_TIER + r.score);
    for (const r of this.mini.search(query)) if (!out.has(r.id as string)) out.set(r.id as string, r.score);
    return out;
  }
}
