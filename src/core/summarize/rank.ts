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

/** Sparse tf-idf vectors, unit length. */
function vectors(terms: string[][]): { vecs: Map<string, number>[]; df: Map<string, number> } {
  const df = new Map<string, number>();
  for (const ts of terms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = terms.length;
  const vecs = terms.map((ts) => {
    const v = new Map<string, number>();
    for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, tf] of v) {
      const w = tf * Math.log(1 + n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  return { vecs, df };
}

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

function overlap(terms: string[], target: ReadonlySet<string>): number {
  if (target.size === 0 || terms.length === 0) return 0;
  let hit = 0;
  for (const t of new Set(terms)) if (target.has(t)) hit++;
  return hit / target.size;
}

/** One score per sentence, higher is better; also returns the similarity matrix for redundancy checks. */
export function rankSentences(input: RankInput, weights: Weights = DEFAULT_WEIGHTS): { scores: number[]; sim: Float64Array } {
  const n = input.terms.length;
  const { vecs } = vectors(input.terms);
  const sim = similarityMatrix(vecs);
  const lr = lexRank(sim, n);
  let maxLr = 0;
  for (const v of lr) maxLr = Math.max(maxLr, v);
  const scores = input.terms.map((ts, i) => {
    const centrality = maxLr > 0 ? lr[i]! / maxLr : 0;
    const position = Math.pow(1 + i, -weights.positionDecay);
    const size = input.sizes[i]!;
    // Very short sentences rarely state a gist; very long ones blow the budget alone.
    const shape = (size < 8 ? 0.6 : 1) * (input.standalone?.[i] ?? 1);
    const title = overlap(ts, input.titleTerms);
    // The lead is the gist in news, but a lead that shares nothing with the title is an anecdote or a scene.
    const lead = input.titleTerms.size > 0 ? 0.5 + 0.5 * Math.min(1, title * 2) : 1;
    return (
      shape *
      (weights.centrality * centrality +
        weights.position * position * lead +
        weights.title * title +
        weights.keywords * overlap(ts, input.keywordTerms))
    );
  });
  return { scores, sim };
}

/** Term set of a short text (title, keywords) for overlap features. */
export function termSet(text: string, lang: string): Set<string> {
  return new Set(contentTerms(text, lang));
}
