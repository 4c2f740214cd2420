import { describe, expect, it } from 'vitest';
import {
  HALF_LIFE_MS,
  addWeight,
  articleTopicKeys,
  currentWeight,
  interestKey,
  interestMix,
  learnedIncrements,
  visibleInterests,
  type Interest,
} from '../../../../src/core/interests/profile';

const DAY = 24 * 60 * 60 * 1000;
const topics = [
  { label: 'Large Language Models', kind: 'keyphrase' as const, score: 1 },
  { label: 'OpenAI', kind: 'entity' as const, score: 0.5 },
];

describe('interest profile', () => {
  it('halves a learned weight every 30 days', () => {
    const i = { weight: 8, updatedAt: 0 };
    expect(currentWeight(i, 0)).toBe(8);
    expect(currentWeight(i, HALF_LIFE_MS)).toBeCloseTo(4);
    expect(currentWeight(i, 3 * HALF_LIFE_MS)).toBeCloseTo(1);
  });

  it('decays the old weight before adding a new visit', () => {
    const first = addWeight(undefined, { key: 'ai', label: 'AI', kind: 'keyphrase' }, 2, 0);
    const second = addWeight(first, { key: 'ai', label: 'AI', kind: 'keyphrase' }, 1, HALF_LIFE_MS);
    expect(second.weight).toBeCloseTo(2);
    expect(second.updatedAt).toBe(HALF_LIFE_MS);
  });

  it('counts a save more than a visit, and a long read more than a short one', () => {
    const a = { topics, category: { label: 'technology', score: 0.8 }, readingMinutes: 3 };
    const visit = learnedIncrements(a, 'popup').get('large language models')!.amount;
    const save = learnedIncrements(a, 'saved').get('large language models')!.amount;
    const longRead = learnedIncrements(a, 'popup', 10 * 60_000).get('large language models')!.amount;
    expect(save).toBeGreaterThan(visit);
    expect(longRead).toBeGreaterThan(visit);
    // Side topics count less than the main one; the category is learned too.
    expect(learnedIncrements(a, 'popup').get('openai')!.amount).toBeLessThan(visit);
    expect(learnedIncrements(a, 'popup').has('category:technology')).toBe(true);
  });

  it('keeps categories apart from keyphrases of the same name and folds case and width', () => {
    expect(interestKey('category', 'science')).not.toBe(interestKey('keyphrase', 'science'));
    expect(interestKey('keyphrase', 'ＬＬＭ  Agents')).toBe(interestKey('entity', 'llm agents'));
    expect(articleTopicKeys(topics, { label: 'technology', score: 1 })).toEqual(['large language models', 'openai', 'category:technology']);
  });

  it('shows faded learned topics no more, but always shows explicit picks, strongest first', () => {
    const now = 365 * DAY;
    const all: Interest[] = [
      { key: 'old', label: 'Old', kind: 'keyphrase', explicit: null, weight: 1, updatedAt: 0 },
      { key: 'muted', label: 'Muted', kind: 'keyphrase', explicit: 'mute', weight: 0, updatedAt: 0 },
      { key: 'fresh', label: 'Fresh', kind: 'keyphrase', explicit: null, weight: 2, updatedAt: now },
      { key: 'fresh2', label: 'Fresh2', kind: 'keyphrase', explicit: null, weight: 1, updatedAt: now },
    ];
    expect(visibleInterests(all, now).map((i) => i.key)).toEqual(['fresh', 'fresh2', 'muted']);
    const mix = interestMix(all, now);
    expect(mix.map((m) => m.key)).toEqual(['fresh', 'fresh2']);
    expect(mix[0]!.share).toBeCloseTo(2 / 3);
  });
});
