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
    // No section learned yet: the strongest topic stands for the whole reading.
    expect(mix[0]!.share).toBeCloseTo(1);
    expect(mix[1]!.share).toBeCloseTo(1 / 2);
  });

  it('lists a followed topic above every learned one, however little it was read', () => {
    const now = DAY;
    const all: Interest[] = [
      { key: 'heavy', label: 'Heavy', kind: 'entity', explicit: null, weight: 50, updatedAt: now },
      { key: 'nfl', label: 'NFL', kind: 'entity', explicit: 'follow', weight: 0, updatedAt: now },
    ];
    expect(visibleInterests(all, now).map((i) => i.key)).toEqual(['nfl', 'heavy']);
  });

  it('charts the followed and the top learned, with the rest of the reading as a small "other"', () => {
    const now = DAY;
    const cat = (id: string, weight: number): Interest => ({ key: `category:${id}`, label: id, kind: 'category', explicit: null, weight, updatedAt: now });
    const all: Interest[] = [
      cat('sports', 6),
      cat('politics', 3),
      cat('technology', 0.5),
      cat('health', 0.5),
      { key: 'tottenham', label: 'Tottenham', kind: 'entity', explicit: null, weight: 4, updatedAt: now },
      // Followed, never read yet: still in the chart.
      { key: 'nasa', label: 'NASA', kind: 'entity', explicit: 'follow', weight: 0, updatedAt: now },
      // Many small learned topics must not swell "other": it counts reading, not topics.
      ...Array.from({ length: 40 }, (_, i): Interest => ({ key: `t${i}`, label: `Topic ${i}`, kind: 'entity', explicit: null, weight: 0.2, updatedAt: now })),
    ];
    const mix = interestMix(all, now, 4);
    expect(mix[0]).toMatchObject({ key: 'nasa', followed: true, share: 0 });
    expect(mix.slice(1, 4).map((m) => m.key)).toEqual(['category:sports', 'tottenham', 'category:politics']);
    expect(mix[1]!.share).toBeCloseTo(0.6);
    const other = mix.at(-1)!;
    expect(other.key).toBe('');
    expect(other.share).toBeCloseTo(0.1);
  });

  it('learns names and themes, never particles, generic words, side words or numbers', () => {
    const a = {
      topics: [
        { label: 'Tottenham Hotspur', kind: 'entity' as const, score: 1 },
        { label: 'impeachment inquiry', kind: 'keyphrase' as const, score: 0.8 },
        { label: 'って', kind: 'keyphrase' as const, score: 0.9 },
        { label: 'levels', kind: 'keyphrase' as const, score: 0.9 },
        { label: 'fear', kind: 'keyphrase' as const, score: 0.3 },
        { label: 'climate', kind: 'keyphrase' as const, score: 0.95 },
        { label: '2024', kind: 'keyphrase' as const, score: 0.9 },
        { label: '東京都', kind: 'entity' as const, score: 0.7 },
      ],
      category: { label: 'sports', score: 0.9 },
      readingMinutes: 2,
    };
    expect([...learnedIncrements(a, 'popup').keys()].sort()).toEqual(['category:sports', 'climate', 'impeachment inquiry', 'tottenham hotspur', '東京都']);
  });
});
