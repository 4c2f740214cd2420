/**
 * "From your library": up to three articles from history and the saved list that are about the same thing as
 * the one in the popup. Two signals: the topics they share (Jaccard over interest keys) and how similar their
 * words are (tf-idf cosine over title, TL;DR and topic labels; idf from the candidates themselves).
 */
import { normalizeToken, words } from '../text/segment';
import { HAN_RE } from '../text/scripts';

export interface RelatedDoc {
  url: string;
  title: string;
  /** TL;DR sentences joined, or the excerpt when there is no analysis yet. */
  summary: string;
  /** Topic labels as shown (for the word vector) ... */
  topicLabels: readonly string[];
  /** ... and the interest keys (for the overlap). */
  topics: readonly string[];
  lang?: string | null;
}

export interface RelatedMatch<T extends RelatedDoc> {
  doc: T;
  score: number;
}

/** Below this, "related" would be a coincidence of common words. */
export const MIN_RELATED_SCORE = 0.12;
const TOPIC_SHARE = 0.5;

function tokens(doc: RelatedDoc): string[] {
  const text = `${doc.title}\n${doc.summary}\n${doc.topicLabels.join('\n')}`;
  // Single letters and digits say nothing about the subject; CJK characters do (one character is a word).
  return words(text, doc.lang).map(normalizeToken).filter((w) => w.length > 1 || HAN_RE.test(w));
}

function termFreq(list: string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of list) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}

function vector(tf: Map<string, number>, idf: (w: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [w, n] of tf) {
    const x = (1 + Math.log(n)) * idf(w);
    v.set(w, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
  return dot;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a);
  let inter = 0;
  const sb = new Set(b);
  for (const k of sb) if (sa.has(k)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/**
 * The best `limit` candidates for `current`, best first, never `current` itself (by `sameUrl`, which defaults to
 * string equality of the already-normalised URLs), and only those above MIN_RELATED_SCORE.
 */
export function relatedArticles<T extends RelatedDoc>(
  current: RelatedDoc,
  candidates: readonly T[],
  limit = 3,
): RelatedMatch<T>[] {
  const pool = candidates.filter((c) => c.url !== current.url);
  if (pool.length === 0) return [];
  const docTokens = pool.map(tokens);
  const df = new Map<string, number>();
  for (const list of docTokens) for (const w of new Set(list)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = pool.length + 1;
  const idf = (w: string) => Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1;
  const q = vector(termFreq(tokens(current)), idf);

  const scored: RelatedMatch<T>[] = [];
  pool.forEach((doc, i) => {
    const text = cosine(q, vector(termFreq(docTokens[i] ?? []), idf));
    const score = (1 - TOPIC_SHARE) * text + TOPIC_SHARE * jaccard(current.topics, doc.topics);
    if (score >= MIN_RELATED_SCORE) scored.push({ doc, score });
  });
  return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}
