/**
 * The extractive TL;DR: two or three whole sentences of the article, in article order, about 60 words
 * (120 characters in Chinese and Japanese) at most: a passage of consecutive sentences from the lead (or from a
 * well-ranked sentence when the headline says the lead is an anecdote), scored by rank.ts.
 */
import type { Article, Tldr } from '../types';
import { contentTerms } from '../text/terms';
import { isDependent, opensOnConnective, standalone } from './standalone';
import { candidates, countsCharacters } from './candidates';
import { DEFAULT_WEIGHTS, rankSentences, termSet, type Weights } from './rank';

export interface SummaryOptions {
  /** Budget in words, or in characters for Chinese/Japanese. */
  budget?: number;
  maxSentences?: number;
  weights?: Weights;
  /** Weight of covering the article's frequent terms against the sentences' own scores. */
  coverage?: number;
  /** Exponent favouring longer sentences (up to 40 units) in a passage's value. */
  lengthBias?: number;
  /** Sentences scoring below this share of the best are not taken as a detour (and half of it ends a passage). */
  minRatio?: number;
  /** Open the TL;DR at the lead (true) or let the ranking choose where (false); by default the headline decides. */
  keepLead?: boolean;
}

/** Only the top of very long pages is read: the graph is quadratic in sentences, the page is not. */
const MAX_CANDIDATES = 200;
/** Two sentences this alike say the same thing twice. */
const REDUNDANT = 0.5;
/** A sentence may overshoot what is left of the budget by this share, so the TL;DR is not cut to one. */
const SLACK = 1.15;
/** The best-ranked sentences a detour may be taken from. */
const POOL = 10;
const COVERAGE = 3;
const LENGTH_BIAS = 1;
const MIN_RATIO = 0.5;
/** The sentences after the lead that it is compared with when deciding whether it carries the news. */
const LEAD_RIVALS = 10;
/**
 * The lead carries the news unless a rival shares this many times more of the headline: a later sentence that
 * merely repeats more of the headline's words is often a detail, not the story.
 */
const LEAD_SHARE = 3;

/** Everything the selection reads about the candidates, computed once per article. */
interface Selection {
  sizes: number[];
  scores: number[];
  terms: string[][];
  sim: Float64Array;
  budget: number;
  maxSentences: number;
  coverage: number;
  lengthBias: number;
  minRatio: number;
  dependent: boolean[];
  /** How well each sentence stands alone (standalone.ts), 0..1. */
  standalones: number[];
  /** Candidate i comes right after candidate i - 1 in the article (only filtered sentences between them). */
  follows: boolean[];
  /** The first sentence opens on a connective ("However", "Dennoch"): it continues something not extracted. */
  connective0: boolean;
  /** The sentence answers a question heading not in the TL;DR: it cannot open a passage. */
  answers: boolean[];
  /** What the headline says of the lead: it carries the news, it is a scene or an anecdote, or no headline. */
  lead: 'news' | 'other' | 'unknown';
}

/**
 * A detour from the passage (a sentence further on in place of the passage's next one) must add this much more
 * than the passage's own next sentence: consecutive sentences carry their own context, a distant one does not.
 */
const DETOUR = 1.5;
/** Stand-alone sentences, best-ranked first, whose passages are tried when the lead does not carry the news. */
const STARTS = 3;
/**
 * A passage of one sentence (the next did not fit) may be completed by a weaker sentence (below MIN_RATIO of the
 * best) only this close after it: a nearby sentence still shares its context, a distant weak one is filler.
 */
const NEAR = 2;

/**
 * The TL;DR as a passage: a run of consecutive sentences, because each one carries the context of the next
 * ("those images", "しかし現在は" read fine after the sentence they follow). The run starts at the lead when it
 * carries the news, else at one of the best-ranked sentences that stand alone. A sentence further on replaces
 * the run's tail only when it stands alone and adds clearly more than the next sentence of the run would.
 */
function selectSentences(sel: Selection): number[] {
  const { sizes, scores, terms, sim, budget, maxSentences, coverage, lengthBias, minRatio, dependent, standalones, follows, answers, connective0 } = sel;
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
  const limit = budget * SLACK;
  // A sentence that opens a TL;DR must read without anything before it.
  // An answer whose question is not shown reads as a reply to nothing, and a first sentence opening on "Dennoch"
  // or "However" continues a sentence the page's extraction left out: neither opens a passage, the lead included.
  const opens = (i: number) => !answers[i] && (i === 0 ? !connective0 : !dependent[i] && standalones[i]! >= 1);

  /** The sentences' scores plus the weighted terms it covers, less overlap; -Infinity when redundant. */
  const value = (subset: number[]): number => {
    let v = 0;
    const covered = new Set<string>();
    let cov = 0;
    for (const i of subset) {
      v += scores[i]! * Math.pow(Math.min(sizes[i]!, 40) / 25, lengthBias);
      for (const t of terms[i]!) {
        if (covered.has(t)) continue;
        covered.add(t);
        cov += weight(t);
      }
    }
    v += (coverage * cov) / 10;
    for (let a = 0; a < subset.length; a++)
      for (let b = a + 1; b < subset.length; b++) {
        const s = sim[subset[a]! * n + subset[b]!]!;
        if (s > REDUNDANT) return -Infinity;
        v -= s;
      }
    return v;
  };
  const size = (subset: number[]) => subset.reduce((sum, i) => sum + sizes[i]!, 0);

  /** Consecutive sentences from `start` while they fit the budget; a sentence far below the best ends the run. */
  const run = (start: number): number[] => {
    const out = [start];
    let used = sizes[start]!;
    for (let i = start + 1; i < n && out.length < maxSentences && follows[i]; i++) {
      if (used + sizes[i]! > limit || scores[i]! < minRatio * top * 0.5) break;
      // A sentence repeating one already in the passage (a pull quote set in the text, a restated lead).
      if (out.some((j) => sim[j * n + i]! > REDUNDANT)) break;
      out.push(i);
      used += sizes[i]!;
    }
    return out;
  };

  // The lead opens the passage when it carries the news, or when nothing says it does not (no headline to
  // compare it with) and it stands alone; otherwise the passage starts at a well-ranked stand-alone sentence.
  const leadFirst = sel.lead === 'news' || (sel.lead === 'unknown' && opens(0) && standalones[0]! >= 1);
  const starts = leadFirst ? [0] : ranked.filter(opens).slice(0, STARTS);
  if (starts.length === 0) starts.push(0);
  let best: number[] = run(starts[0]!);
  let bestValue = value(best);
  for (const s of starts.slice(1)) {
    const r = run(s);
    const v = value(r);
    // One sentence is a headline, not a TL;DR: a longer passage wins over a single sentence.
    if ((best.length === 1 && r.length > 1) || (r.length > 1 === best.length > 1 && v > bestValue)) {
      best = r;
      bestValue = v;
    }
  }

  // A detour for the passage's last place: one stand-alone sentence from elsewhere instead of the passage's own
  // last sentence (or after it, when the budget ended the passage early), when it adds DETOUR times as much.
  // Only the last place: a detour in the middle would cut the passage's thread.
  const k = Math.min(best.length, maxSentences - 1);
  const head = best.slice(0, k);
  const base = value(head);
  const next = best[k];
  const nextGain = next !== undefined ? value([...head, next]) - base : 0;
  let detourGain = Math.max(DETOUR * nextGain, 0);
  for (const j of ranked.slice(0, POOL)) {
    // A sentence far below the best is filler, but one may complete a pair: one sentence is a headline.
    if (j === 0 || head.includes(j) || j === next || !opens(j) || (scores[j]! < minRatio * top && (head.length > 1 || j - head[0]! > NEAR))) continue;
    const cand = [...head, j];
    if (size(cand) > limit) continue;
    const gain = value(cand) - base;
    if (gain > detourGain) {
      best = cand;
      detourGain = gain;
    }
  }
  return [...best].sort((a, b) => a - b);
}

/**
 * News puts the story in its first sentence, and an editor departs from it only on evidence. The lead carries
 * the news when the page has a headline, the lead names something the headline names (not far less of it than
 * the sentences after it), and it reads as a whole sentence of its own. A lead that shares nothing with the
 * headline is a scene or an anecdote ("Standing at a table in a lab...").
 */
function leadCarriesNews(terms: string[][], titleTerms: ReadonlySet<string>, leadStandalone: number, leadDependent: boolean): boolean {
  if (leadStandalone < 1 || leadDependent) return false;
  const shared = (ts: string[]) => {
    let n = 0;
    for (const t of new Set(ts)) if (titleTerms.has(t)) n++;
    return n;
  };
  const lead = shared(terms[0]!);
  let most = 0;
  for (let i = 1; i < Math.min(terms.length, LEAD_RIVALS); i++) most = Math.max(most, shared(terms[i]!));
  return lead >= 1 && lead * LEAD_SHARE >= most;
}

/**
 * What the lead is to the passage: the caller's choice; else not the news when it answers a question heading;
 * else the headline decides; with no headline (plain text) nothing does.
 */
function leadRole(
  keepLead: boolean | undefined,
  leadAnswers: boolean,
  terms: string[][],
  titleTerms: ReadonlySet<string>,
  leadStandalone: number,
  leadDependent: boolean,
): Selection['lead'] {
  if (keepLead !== undefined) return keepLead ? 'news' : 'other';
  if (leadAnswers) return 'other';
  if (titleTerms.size === 0) return 'unknown';
  return leadCarriesNews(terms, titleTerms, leadStandalone, leadDependent) ? 'news' : 'other';
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

  const chosen = selectSentences({
    sizes: cands.map((c) => c.size),
    scores,
    terms,
    sim,
    budget,
    maxSentences,
    coverage: options.coverage ?? COVERAGE,
    lengthBias: options.lengthBias ?? LENGTH_BIAS,
    minRatio: options.minRatio ?? MIN_RATIO,
    dependent,
    standalones,
    follows: cands.map((c) => c.follows),
    answers: cands.map((c) => c.answers),
    connective0: opensOnConnective(cands[0]!.text),
    lead: leadRole(options.keepLead, cands[0]!.answers, terms, titleTerms, standalones[0]!, dependent[0]!),
  });
  return { source: 'extractive', sentences: chosen.map((i) => cands[i]!.text) };
}
