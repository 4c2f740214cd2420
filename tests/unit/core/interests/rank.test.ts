import { describe, expect, it } from 'vitest';
import { indexProfile, interestScore, matchesFollowed, rankForMe } from '../../../../src/core/interests/rank';
import type { Interest } from '../../../../src/core/interests/profile';

const now = 1_000_000_000;
const interest = (key: string, weight: number, explicit: Interest['explicit'] = null): Interest => ({
  key,
  label: key,
  kind: 'keyphrase',
  explicit,
  weight,
  updatedAt: now,
});

describe('ranking for me', () => {
  const profile = indexProfile([interest('climate', 5), interest('football', 1), interest('rust', 0, 'follow'), interest('celebrity', 3, 'mute')], now);
  const items = [
    { id: 'newest-unrelated', topics: ['gardening'], t: 5 },
    { id: 'football', topics: ['football'], t: 4 },
    { id: 'climate', topics: ['climate'], t: 3 },
    { id: 'followed', topics: ['rust'], t: 2 },
    { id: 'muted-climate', topics: ['climate', 'celebrity'], t: 6 },
  ];

  it('puts followed topics first, then learned weight, then the rest by date; muted sink to the bottom', () => {
    expect(rankForMe(items, profile, (a) => a.t).map((a) => a.id)).toEqual([
      'followed',
      'climate',
      'football',
      'newest-unrelated',
      'muted-climate',
    ]);
  });

  it('without any interests, is newest first', () => {
    expect(rankForMe(items, indexProfile([], now), (a) => a.t).map((a) => a.id)[0]).toBe('muted-climate');
  });

  it('"My topics" keeps followed items that carry no muted topic', () => {
    expect(matchesFollowed({ topics: ['rust', 'x'] }, profile)).toBe(true);
    expect(matchesFollowed({ topics: ['climate'] }, profile)).toBe(false);
    expect(interestScore({ topics: ['celebrity'] }, profile)).toBeLessThan(0);
  });

  it('ranks one followed topic above any number of strongly learned ones', () => {
    const many = Array.from({ length: 40 }, (_, i) => interest(`learned-${i}`, 9));
    const p = indexProfile([...many, interest('nasa', 0, 'follow')], now);
    const crowded = { id: 'crowded', topics: many.map((i) => i.key), t: 9 };
    const followed = { id: 'followed', topics: ['nasa'], t: 1 };
    expect(rankForMe([crowded, followed], p, (a) => a.t).map((a) => a.id)).toEqual(['followed', 'crowded']);
  });
});
