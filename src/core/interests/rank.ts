/**
 * "For me": how well an article matches the reader's interests. Followed topics lift an article clearly above
 * anything learned; muted topics sink it below everything that does not carry them, whatever else it matches.
 */
import { currentWeight, type Interest } from './profile';

/**
 * Worth more than any sum of learned weights an article can carry (each normalised to at most 1, and an
 * article has a few dozen topics at most): one followed topic ranks an article above every article without one.
 */
const FOLLOW_BONUS = 1000;
const MUTE_PENALTY = 1_000_000;

export interface RankableArticle {
  /** Interest keys (`articleTopicKeys`): topics plus the category. */
  topics: readonly string[];
}

/** Looked up once per ranking: decayed learned weights normalised by the strongest, and the explicit picks. */
export interface ProfileIndex {
  learned: Map<string, number>;
  followed: Set<string>;
  muted: Set<string>;
}

export function indexProfile(interests: readonly Interest[], now: number): ProfileIndex {
  const learned = new Map<string, number>();
  const followed = new Set<string>();
  const muted = new Set<string>();
  let max = 0;
  for (const i of interests) {
    const w = currentWeight(i, now);
    if (w > 0) learned.set(i.key, w);
    max = Math.max(max, w);
    if (i.explicit === 'follow') followed.add(i.key);
    if (i.explicit === 'mute') muted.add(i.key);
  }
  if (max > 0) for (const [k, w] of learned) learned.set(k, w / max);
  return { learned, followed, muted };
}

/** Interest score: higher is more "for me"; negative means it carries a muted topic. */
export function interestScore(article: RankableArticle, profile: ProfileIndex): number {
  let score = 0;
  let muted = false;
  for (const key of article.topics) {
    if (profile.muted.has(key)) muted = true;
    if (profile.followed.has(key)) score += FOLLOW_BONUS;
    score += profile.learned.get(key) ?? 0;
  }
  return muted ? score - MUTE_PENALTY : score;
}

/** True when the article carries at least one followed topic or category ("My topics"). */
export function matchesFollowed(article: RankableArticle, profile: ProfileIndex): boolean {
  return article.topics.some((k) => profile.followed.has(k)) && !article.topics.some((k) => profile.muted.has(k));
}

/**
 * Sorts articles "for me": by interest score, ties (e.g. no interests yet) broken by the newest first using
 * `time(article)`. Stable and does not mutate the input.
 */
export function rankForMe<T extends RankableArticle>(articles: readonly T[], profile: ProfileIndex, time: (a: T) => number): T[] {
  return articles
    .map((a, i) => ({ a, i, s: interestScore(a, profile), t: time(a) }))
    .sort((x, y) => y.s - x.s || y.t - x.t || x.i - y.i)
    .map((x) => x.a);
}
