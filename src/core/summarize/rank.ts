/**
 * Sentence scores for the TL;DR: centrality in the article's similarity graph (LexRank: a sentence that
 * many others resemble states what the article is about), a lead-position prior (news puts the gist first,
 * but not always: the prior is one feature, not the answer), and overlap with the title and page keywords.
 */
import { contentTerms } from '../text/terms';

export interface RankInput {
  /** Content terms of each candidate sentence, in article order. */
  terms: string[][];
  /** Budget units of each sentence (words, or characters for CJK). */
  sizes: number[];
  /** Content terms of the title and of the page's keywords. */
  titleTerms: ReadonlySet<string>;
  keywordTerms: ReadonlySet<string>;
  /** How well each sentence stands alone (boilerplate.ts standalone()), 0..1. */
  standalone?: number[];
}

export interface Weights {
  centrality: number;
  position: number;
  title: number;
  keywords: number;
  /** Position prior is 1 / (1 + index)^positionDecay. */
  positionDecay: number;
}

/**
 * Position, centrality and the length/coverage settings in tldr.ts were tuned on CNN/DM and Newsroom (see
 * docs/engine.md); those texts have no titles, so the title weight is set by hand: strong, because a title
 * names the news even when the opening is an anecdote.
 */
export const DEFAULT_WEIGHTS: Weights = { centrality: 1, position: 2, title: 3, keywords: 0.2, positionDecay: 0.5 };

/** Cosine similarities through an inverted index: only pairs that share a term are ever touched. */
export function similarityMatrix(vecs: Map<string, number>[]): Float64Array {
  const n = vecs.length;
  const sim = new Float64Array(n * n);
  const postings = new Map<string, [number, number][]>();
  vecs.forEach((v, i) => {
    for (const [t, w] of v) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      p.push([i, w]);
    }
  });
  for (const p of postings.values()) {
    for (let a = 0; a < p.length; a++) {
      const [i, wi] = p[a]!;
      for (let b = a + 1; b < p.length; b++) {
        const [j, wj] = p[b]!;
        const d = wi * wj;
        sim[i * n + j]! += d;
        sim[j * n + i]! += d;
      }
    }
  }
  return sim;
}

/** LexRank with a similarity threshold, by power iteration; scores sum to 1. */
function lexRank(sim: Float64Array, n: number, threshold = 0.08, damping = 0.85, iterations = 30): Float64Array {
  // The edges above the threshold, row by row in column order: most pairs of sentences share nothing, so the
  // iterations walk these lists rather than the n x n matrix (same sums, in the same order).
  const rowStart = new Int32Array(n + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) {
      const v = sim[i * n + j]!;
      if (v > threshold) {
        s += v;
        cols.push(j);
        vals.push(v);
      }
    }
    rowSum[i] = s;
    rowStart[i + 1] = cols.length;
  }
  let rank = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      const ri = rank[i]!;
      const rs = rowSum[i]!;
      if (rs === 0) {
        // A sentence like no other spreads its rank evenly rather than losing it.
        for (let j = 0; j < n; j++) next[j]! += (damping * ri) / n;
        continue;
      }
      for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) next[cols[k]!]! += (damping * ri * vals[k]!) / rs;
    }
    rank = next;
  }
  return rank;
}

/**
 * The sentences' sparse tf-idf vectors (tf x log(1 + n / df), unit length) as flat arrays over interned
 * terms, without a Map per sentence. Term ids are given in the order the terms first appear (sentence by
 * sentence, each sentence's terms in first-occurrence order): the order similarityMatrix() meets them in on
 * the same vectors as Maps, so internedSimilarity() adds the same products in the same order (the same bits).
 */
interface Interned {
  /** Distinct terms of sentence i: entries rowStart[i] .. rowStart[i + 1] of `ids` / `weights`. */
  rowStart: Int32Array;
  ids: number[];
  /** Unit-length tf-idf weight of each entry. */
  weights: Float64Array;
  /** Sentences holding each term id. */
  df: number[];
  /** The term of each id. */
  terms: string[];
}

function interned(terms: string[][]): Interned {
  const n = terms.length;
  const idOf = new Map<string, number>();
  const idTerms: string[] = [];
  const df: number[] = [];
  // The last sentence each id was seen in, and its entry there (to count repeats).
  const seenIn: number[] = [];
  const entryOf: number[] = [];
  const rowStart = new Int32Array(n + 1);
  const ids: number[] = [];
  const tfs: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const t of terms[i]!) {
      let id = idOf.get(t);
      if (id === undefined) {
        id = idTerms.length;
        idOf.set(t, id);
        idTerms.push(t);
        df.push(0);
        seenIn.push(-1);
        entryOf.push(0);
      }
      if (seenIn[id] !== i) {
        seenIn[id] = i;
        entryOf[id] = ids.length;
        ids.push(id);
        tfs.push(1);
        df[id]!++;
      } else {
        tfs[entryOf[id]!]!++;
      }
    }
    rowStart[i + 1] = ids.length;
  }
  const weights = new Float64Array(ids.length);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
      const w = tfs[k]! * Math.log(1 + n / df[ids[k]!]!);
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) weights[k] = weights[k]! / norm;
  }
  return { rowStart, ids, weights, df, terms: idTerms };
}

/** similarityMatrix() over interned vectors: postings by term id, then every pair of sentences sharing a term. */
function internedSimilarity(v: Interned, n: number): Float64Array {
  const sim = new Float64Array(n * n);
  const T = v.df.length;
  // Postings of each term, in sentence order: entries postStart[t] .. postStart[t + 1].
  const postStart = new Int32Array(T + 1);
  for (let t = 0; t < T; t++) postStart[t + 1] = postStart[t]! + v.df[t]!;
  const fill = postStart.slice(0, T);
  const postDoc = new Int32Array(v.ids.length);
  const postW = new Float64Array(v.ids.length);
  for (let i = 0; i < n; i++) {
    for (let k = v.rowStart[i]!; k < v.rowStart[i + 1]!; k++) {
      const at = fill[v.ids[k]!]!++;
      postDoc[at] = i;
      postW[at] = v.weights[k]!;
    }
  }
  for (let t = 0; t < T; t++) {
    const end = postStart[t + 1]!;
    for (let a = postStart[t]!; a < end; a++) {
      const i = postDoc[a]!;
      const wi = postW[a]!;
      for (let b = a + 1; b < end; b++) {
        const j = postDoc[b]!;
        const d = wi * postW[b]!;
        sim[i * n + j]! += d;
        sim[j * n + i]! += d;
      }
    }
  }
  return sim;
}

/** Overlap of sentence i with a term set: its distinct terms found in `target`, over the target's size. */
function internedOverlap(v: Interned, i: number, target: ReadonlySet<string>): number {
  const from = v.rowStart[i]!;
  const to = v.rowStart[i + 1]!;
  if (target.size === 0 || from === to) return 0;
  let hit = 0;
  for (let k = from; k < to; k++) if (target.has(v.terms[v.ids[k]!]!)) hit++;
  return hit / target.size;
}

/** One score per sentence, higher is better; also returns the similarity matrix for redundancy checks. */
export function rankSentences(input: RankInput, weights: Weights = DEFAULT_WEIGHTS): { scores: number[]; sim: Float64Array } {
  const n = input.terms.length;
  const vecs = interned(input.terms);
  const sim = internedSimilarity(vecs, n);
  const lr = lexRank(sim, n);
  let maxLr = 0;
  for (const v of lr) maxLr = Math.max(maxLr, v);
  const scores = input.terms.map((_ts, i) => {
    const centrality = maxLr > 0 ? lr[i]! / maxLr : 0;
    const position = Math.pow(1 + i, -weights.positionDecay);
    const size = input.sizes[i]!;
    // Very short sentences rarely state a gist; very long ones blow the budget alone.
    const shape = (size < 8 ? 0.6 : 1) * (input.standalone?.[i] ?? 1);
    const title = internedOverlap(vecs, i, input.titleTerms);
    // The lead is the gist in news, but a lead that shares nothing with the title is an anecdote or a scene.
    const lead = input.titleTerms.size > 0 ? 0.5 + 0.5 * Math.min(1, title * 2) : 1;
    return (
      shape *
      (weights.centrality * centrality +
        weights.position * position * lead +
        weights.title * title +
        weights.keywords * internedOverlap(vecs, i, input.keywordTerms))
    );
  });
  return { scores, sim };
}

/** Term set of a short text (title, keywords) for overlap features. */
export function termSet(text: string, lang: string): Set<string> {
  return new Set(contentTerms(text, lang));
}
