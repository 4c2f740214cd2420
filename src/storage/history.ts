/**
 * Clearing history: visits in the range go, history-only articles with no visit left go, saved articles always
 * stay. Learned weights are what history taught, so they follow: clearing everything drops them (explicit picks
 * stay); clearing a range rebuilds them from the visits that remain.
 */
import { getDb } from './db';
import { guard } from './errors';
import { addWeight, learnedIncrements, type Interest } from '../core/interests/profile';
import type { ArticleRecord, VisitRecord } from './types';

export type ClearRange = 'hour' | 'day' | 'week' | 'all';

const RANGE_MS: Record<Exclude<ClearRange, 'all'>, number> = {
  hour: 60 * 60 * 1000,
  day: 24 * 60 * 60 * 1000,
  week: 7 * 24 * 60 * 60 * 1000,
};

export interface ClearResult {
  visits: number;
  articles: number;
}

export function clearHistory(range: ClearRange, now = Date.now()): Promise<ClearResult> {
  const db = getDb();
  const since = range === 'all' ? -Infinity : now - RANGE_MS[range];
  return guard(() =>
    db.transaction('rw', db.articles, db.visits, db.interests, async () => {
      const visits = range === 'all' ? await db.visits.count() : await db.visits.where('time').aboveOrEqual(since).count();
      if (range === 'all') await db.visits.clear();
      else await db.visits.where('time').aboveOrEqual(since).delete();

      let articles = 0;
      const touched = range === 'all' ? await db.articles.where('visitedAt').above(-Infinity).toArray() : await db.articles.where('visitedAt').aboveOrEqual(since).toArray();
      for (const row of touched) {
        const remaining = range === 'all' ? [] : await db.visits.where('url').equals(row.url).toArray();
        const last = remaining.reduce<number | null>((m, v) => (m === null || v.time > m ? v.time : m), null);
        if (!row.saved && last === null) {
          await db.articles.delete(row.url);
          articles++;
        } else {
          await db.articles.put({ ...row, visitedAt: last });
        }
      }

      if (range === 'all') {
        const explicit = await db.interests.filter((i) => i.explicit !== null).toArray();
        await db.interests.clear();
        await db.interests.bulkPut(explicit.map((i) => ({ ...i, weight: 0, updatedAt: now })));
      } else {
        await rebuildLearned(now);
      }
      return { visits, articles };
    }),
  );
}

/**
 * Learned weights recomputed from the visits that remain, each decayed from its own time. Only interests that
 * still exist are rebuilt: a topic the reader chose to forget stays forgotten.
 */
async function rebuildLearned(now: number): Promise<void> {
  const db = getDb();
  const current = new Map((await db.interests.toArray()).map((i) => [i.key, i]));
  const rebuilt = new Map<string, Interest>();
  for (const i of current.values()) rebuilt.set(i.key, { ...i, weight: 0, updatedAt: 0 });
  const visits: VisitRecord[] = await db.visits.orderBy('time').toArray();
  const rows = new Map<string, ArticleRecord | undefined>();
  for (const v of visits) {
    if (!rows.has(v.url)) rows.set(v.url, await db.articles.get(v.url));
    const analysis = rows.get(v.url)?.analysis;
    if (!analysis) continue;
    for (const [key, inc] of learnedIncrements(analysis, v.how, v.dwellMs)) {
      const prev = rebuilt.get(key);
      if (!prev) continue;
      rebuilt.set(key, addWeight(prev.updatedAt === 0 ? { ...prev, updatedAt: v.time } : prev, { key, label: inc.label, kind: inc.kind }, inc.amount, v.time));
    }
  }
  const out: Interest[] = [];
  for (const i of rebuilt.values()) {
    if (i.weight === 0 && i.explicit === null) continue;
    out.push({ ...i, updatedAt: i.updatedAt || now });
  }
  await db.interests.clear();
  await db.interests.bulkPut(out);
}
