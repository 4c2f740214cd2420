/**
 * The extractive TL;DR: two or three whole sentences of the article, in article order, about 60 words
 * (120 characters in Chinese and Japanese) at most, chosen by rank.ts and kept apart from each other so the
 * second sentence adds something the first did not say.
 */
import type { Article, Tldr } from '../types';
import { contentTerms } from '../text/terms';
import { isDependent, standalone } from './standalone';
import { candidates, countsCharacters } from './candidates';
import { DEFAULT_WEIGHTS, rankSentences, termSet, type Weights } from './rank';

export interface SummaryOptions {
  /** Budget in words, or in characters for Chinese/Japanese. */
  budget?: number;
  maxSentences?: number;
  weights?: Weights;
  /** Weight of covering the article's frequent terms against the sentences' own scores. */
  coverage?: number;
  /** Exponent favouring longer sentences (up to 40 units) in the subset value. */
  lengthBias?: number;
  /** Sentences scoring below this share of the best are not considered. */
  minRatio?: number;
  keepLead?: boolean;
}

/** Only the top of very long pages is read: the graph is quadratic in sentences, the page is not. */
const MAX_CANDIDATES = 200;
/** Two sentences this alike say the same thing twice. */
const REDUNDANT = 0.5;
/** A sentence may overshoot what is left of the budget by this share, so the TL;DR is not cut to one. */
const SLACK = 1.15;
/** The pool of best-ranked sentences whose subsets are tried. */
const POOL = 10;
const COVERAGE = 3;
const LENGTH_BIAS = 1;
const MIN_RATIO = 0.5;
/** The sentences after the lead that it is compared with when deciding whether it carries the news. */
const LEAD_RIVALS = 10;

/**
 * Picks the subset of at most `maxSentences` from the best-ranked pool that fits the budget and maximises its
 * sentences' scores plus how much of the article's recurring vocabulary it covers, minus overlap between its
 * sentences. Exhaustive over C(10, <=3) = 175 subsets: small, and unlike greedy it can trade one long
 * sentence for two short ones that say more.
 */
function selectSentences(
  sizes: number[],
  scores: number[],
  terms: string[][],
  sim: Float64Array,
  budget: number,
  maxSentences: number,
  coverage: number,
  lengthBias: number,
  minRatio: number,
  dependent: boolean[],
  follows: boolean[],
  keepLead: boolean,
): number[] {
  const n = sizes.length;
  const tf = new Map<string, number>();
  for (const ts of terms) for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
  let maxTf = 1;
  for (const v of tf.values()) maxTf = Math.max(maxTf, v);
  // Terms said once carry no evidence of being the topic.
  const weight = (t: string) => {
    const f = tf.get(t) ?? 0;
    return f >= 2 ? f / maxTf : 0;
  };
  const ranked = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const top = scores[ranked[0]!] ?? 0;
  const pool = ranked.slice(0, POOL);
  if (keepLead && !pool.includes(0)) pool[pool.length - 1] = 0;
  // The pool's terms as small integers with their weights, so the 175 subsets count coverage with a stamp
  // array instead of building a Set each (same terms, summed in the same order).
  const termIds = new Map<string, number>();
  const poolIds = new Map<number, { ids: number[]; weights: number[] }>();
  for (const i of pool) {
    const ids: number[] = [];
    const weights: number[] = [];
    for (const t of terms[i]!) {
      let id = termIds.get(t);
      if (id === undefined) termIds.set(t, (id = termIds.size));
      ids.push(id);
      weights.push(weight(t));
    }
    poolIds.set(i, { ids, weights });
  }
  const seen = new Int32Array(termIds.size);
  let stamp = 0;
  const limit = budget * SLACK;
  // When every subset leans on a sentence left out, the lead alone: it refers to nothing before it.
  let best: number[] = [0];
  let bestValue = -Infinity;
  let bestSingle = true;
  const consider = (subset: number[]) => {
    if (keepLead && !subset.includes(0)) return;
    // A sentence that refers back ("She said...", "But...") comes only with the sentence it refers to.
    for (const i of subset) if (dependent[i] && i > 0 && !(follows[i] && subset.includes(i - 1))) return;
    let size = 0;
    for (const i of subset) size += sizes[i]!;
    if (subset.length > 1 && size > limit) return;
    // A sentence far below the best is filler, however well it fits: one may complete a pair, not more.
    const low = subset.filter((i) => scores[i]! < minRatio * top).length;
    if (low > (subset.length === 2 ? 1 : 0)) return;
    let value = 0;
    let cov = 0;
    stamp++;
    for (const i of subset) {
      value += scores[i]! * Math.pow(Math.min(sizes[i]!, 40) / 25, lengthBias);
      const { ids, weights } = poolIds.get(i)!;
      for (let k = 0; k < ids.length; k++) {
        if (seen[ids[k]!] === stamp) continue;
        seen[ids[k]!] = stamp;
        cov += weights[k]!;
      }
    }
    value += coverage * cov / 10;
    for (let a = 0; a < subset.length; a++)
      for (let b = a + 1; b < subset.length; b++) {
        const s = sim[subset[a]! * n + subset[b]!]!;
        if (s > REDUNDANT) return;
        value -= s;
      }
    // Two or three sentences whenever the article has them: one sentence is a headline, not a TL;DR.
    const single = subset.length === 1;
    if ((bestSingle && !single) || (single === bestSingle && value > bestValue)) {
      bestValue = value;
      best = subset;
      bestSingle = single;
    }
  };
  const walk = (start: number, subset: number[]) => {
    if (subset.length > 0) consider(subset);
    if (subset.length === maxSentences) return;
    for (let k = start; k < pool.length; k++) walk(k + 1, [...subset, pool[k]!]);
  };
  walk(0, []);
  return [...best].sort((a, b) => a - b);
}

/**
 * News puts the story in its first sentence, and an editor departs from it only on evidence. The lead is kept
 * when the page has a headline and the lead names something the headline names, and it reads as a whole
 * sentence of its own. A lead that shares nothing with the headline is a scene or an anecdote ("Standing at a
 * table in a lab..."), and without a headline (plain text) there is no such evidence either way: the ranking
 * decides.
 */
function leadCarriesNews(terms: string[][], titleTerms: ReadonlySet<string>, leadStandalone: number, leadDependent: boolean): boolean {
  if (titleTerms.size === 0 || leadStandalone < 1 || leadDependent) return false;
  const shared = (ts: string[]) => {
    let n = 0;
    for (const t of new Set(ts)) if (titleTerms.has(t)) n++;
    return n;
  };
  const lead = shared(terms[0]!);
  let most = 0;
  for (let i = 1; i < Math.min(terms.length, LEAD_RIVALS); i++) most = Math.max(most, shared(terms[i]!));
  return lead >= 1 && lead >= most;
}

export function summarize(article: Article, lang: string, options: SummaryOptions = {}): Tldr {
  const chars = countsCharacters(lang);
  const budget = options.budget ?? (chars ? 110 : 55);
  const maxSentences = options.maxSentences ?? 3;
  const cands = candidates(article, lang, MAX_CANDIDATES);
  if (cands.length === 0) return { source: 'extractive', sentences: [] };

  const keywordText = article.signals.keywords.join(' ');
  const terms = cands.map((c) => contentTerms(c.text, lang));
  const titleTerms = termSet(article.titleDerived ? '' : article.title, lang);
  const standalones = cands.map((c) => standalone(c.text));
  const dependent = cands.map((c) => isDependent(c.text));
  const { scores, sim } = rankSentences(
    {
      terms,
      standalone: standalones,
      sizes: cands.map((c) => c.size),
      // A title made from the first line is not a headline: ranking against it favours sentences like the
      // first one and drops the lead's neighbours.
      titleTerms,
      keywordTerms: termSet(keywordText, lang),
    },
    options.weights ?? DEFAULT_WEIGHTS,
  );

  const chosen = selectSentences(
    cands.map((c) => c.size),
    scores,
    terms,
    sim,
    budget,
    maxSentences,
    options.coverage ?? COVERAGE,
    options.lengthBias ?? LENGTH_BIAS,
    options.minRatio ?? MIN_RATIO,
    dependent,
    cands.map((c, i) => i > 0 && cands[i - 1]!.raw === c.raw - 1),
    options.keepLead ?? leadCarriesNews(terms, titleTerms, standalones[0]!, dependent[0]!),
  );
  chosen.sort((a, b) => a - b);
  return { source: 'extractive', sentences: chosen.map((i) => cands[i]!.text) };
}
