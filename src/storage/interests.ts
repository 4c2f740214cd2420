/** Interests repository: explicit follow/mute picks and learned weights (decayed lazily on read). */
import { getDb } from './db';
import { guard } from './errors';
import {
  addWeight,
  interestKey,
  learnedIncrements,
  visibleInterests,
  type Explicit,
  type Interest,
  type VisitHow,
} from '../core/interests/profile';
import type { Analysis, TopicKind } from '../core/types';

export function getInterests(): Promise<Interest[]> {
  return guard(() => getDb().interests.toArray());
}

/** Interests to show in the options page: decayed to `now`, strongest first, explicit picks always included. */
export async function listInterests(now = Date.now()): Promise<(Interest & { current: number })[]> {
  return visibleInterests(await getInterests(), now);
}

/** Follow, mute, or clear the explicit pick (null) of a topic or category; creates the row when needed. */
export function setExplicit(topic: { label: string; kind: TopicKind }, explicit: Explicit | null, now = Date.now()): Promise<Interest> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.interests, async () => {
      const key = interestKey(topic.kind, topic.label);
      const existing = await db.interests.get(key);
      const row: Interest = existing
        ? { ...existing, explicit }
        : { key, label: topic.label, kind: topic.kind, explicit, weight: 0, updatedAt: now };
      await db.interests.put(row);
      return row;
    }),
  );
}

/** Forget a topic: its learned weight and any explicit pick. */
export function forgetInterest(key: string): Promise<void> {
  return guard(async () => {
    await getDb().interests.delete(key);
  });
}

/**
 * Adds what one visit or save teaches about the reader. Call inside the caller's transaction (it joins it) so
 * the article, the visit and the weights are written together or not at all.
 */
export async function learnFrom(
  analysis: Pick<Analysis, 'topics' | 'category' | 'readingMinutes'>,
  how: VisitHow,
  now: number,
  dwellMs: number | null = null,
): Promise<void> {
  const db = getDb();
  const inc = learnedIncrements(analysis, how, dwellMs);
  if (inc.size === 0) return;
  const keys = [...inc.keys()];
  const existing = await db.interests.bulkGet(keys);
  const rows = keys.map((key, i) => {
    const t = inc.get(key)!;
    return addWeight(existing[i], { key, label: t.label, kind: t.kind }, t.amount, now);
  });
  await db.interests.bulkPut(rows);
}
