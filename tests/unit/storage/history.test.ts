import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordOpened, saveArticle } from '../../../src/storage/library';
import { getArticle } from '../../../src/storage/articles';
import { clearHistory } from '../../../src/storage/history';
import { forgetInterest, getInterests, setExplicit } from '../../../src/storage/interests';
import { listVisits } from '../../../src/storage/visits';
import { currentWeight } from '../../../src/core/interests/profile';
import { analysis, content, freshDb, kp } from './helpers';

beforeEach(freshDb);

const HOUR = 60 * 60 * 1000;
const NOW = 100 * 24 * HOUR;

async function fill() {
  // Read three days ago, re-read 10 minutes ago; one read only 10 minutes ago; one saved 10 minutes ago.
  await recordOpened(content('https://a.com/old'), analysis([kp('Gardening')]), null, { now: NOW - 3 * 24 * HOUR });
  await recordOpened(content('https://a.com/old'), analysis([kp('Gardening')]), null, { now: NOW - 10 * 60_000 });
  await recordOpened(content('https://a.com/recent'), analysis([kp('Football')]), null, { now: NOW - 10 * 60_000 });
  await saveArticle({ content: content('https://a.com/saved'), analysis: analysis([kp('Football')]), html: '<p>s</p>' }, { now: NOW - 10 * 60_000 });
}

describe('clearing history', () => {
  it('the last hour: removes recent visits and articles only read then; older ones and saved ones stay', async () => {
    await fill();
    const res = await clearHistory('hour', NOW);
    expect(res).toEqual({ visits: 3, articles: 1 });
    expect(await getArticle('https://a.com/recent')).toBeUndefined();
    expect((await getArticle('https://a.com/old'))!.visitedAt).toBe(NOW - 3 * 24 * HOUR);
    expect((await getArticle('https://a.com/saved'))!.saved).toBe(true);
    expect((await listVisits()).map((v) => v.url)).toEqual(['https://a.com/old']);
    // What the cleared hour taught is gone; what older reading taught stays, decayed from three days ago.
    const weights = Object.fromEntries((await getInterests()).map((i) => [i.key, currentWeight(i, NOW)]));
    expect(weights['football']).toBeUndefined();
    expect(weights['gardening']).toBeGreaterThan(0.9);
    expect(weights['gardening']).toBeLessThan(1);
  });

  it('a week covers all of it; saved articles stay', async () => {
    await fill();
    await clearHistory('week', NOW);
    expect(await getArticle('https://a.com/old')).toBeUndefined();
    expect(await getArticle('https://a.com/saved')).toMatchObject({ saved: true, visitedAt: null });
  });

  it('all: every visit and learned weight goes, explicit picks stay', async () => {
    await fill();
    await setExplicit({ label: 'Football', kind: 'keyphrase' }, 'mute', NOW);
    await clearHistory('all', NOW);
    expect(await listVisits()).toEqual([]);
    expect(await getArticle('https://a.com/old')).toBeUndefined();
    expect(await getArticle('https://a.com/saved')).toBeDefined();
    expect(await getInterests()).toEqual([expect.objectContaining({ key: 'football', explicit: 'mute', weight: 0 })]);
  });

  it('a forgotten topic is not brought back by a partial clear', async () => {
    await fill();
    await forgetInterest('gardening');
    await clearHistory('hour', NOW);
    expect((await getInterests()).map((i) => i.key)).not.toContain('gardening');
  });
});
