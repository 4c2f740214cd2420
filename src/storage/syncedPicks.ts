/**
 * Followed and muted topics through `storage.sync`, so they follow the reader to their other browsers. The
 * interests table stays the truth on each device; this packs its explicit picks into sync items
 * (core/sync/packPicks.ts) and merges the other devices' changes back, three-way against the set this device
 * last agreed on (kept in `storage.local`).
 */
import { interestKey } from '../core/interests/profile';
import { mergePicks, packPicks, pickKeys, unpackPicks, PICKS_PREFIX, type Pick, type PickKind } from '../core/sync/packPicks';
import { getInterests, setExplicit } from './interests';

export interface AreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface PicksReport {
  /** Picks on this device. */
  total: number;
  /** Of which did not fit the sync quota (kept here only). */
  dropped: number;
  bytes: number;
  /** Why the last write to sync failed, if it did. */
  error?: string;
}

const BASE_KEY = 'picks.base';
export const REPORT_KEY = 'picks.report';

const keyOf = (p: Pick) => interestKey(p.kind, p.label);

async function localPicks(): Promise<Pick[]> {
  return (await getInterests())
    .filter((i) => i.explicit !== null)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((i) => ({ label: i.label, kind: i.kind, explicit: i.explicit! }));
}

/** Writes this device's picks to sync (when they differ from what is there) and remembers them as the base. */
export async function pushPicks(sync: AreaLike, local: AreaLike): Promise<PicksReport> {
  const picks = await localPicks();
  const packed = packPicks(picks);
  const report: PicksReport = { total: picks.length, dropped: packed.dropped.length, bytes: packed.bytes };
  try {
    const stored = await sync.get(null);
    const oldN = typeof stored[`${PICKS_PREFIX}n`] === 'number' ? (stored[`${PICKS_PREFIX}n`] as number) : 0;
    const same = Object.entries(packed.items).every(([k, v]) => stored[k] === v) && oldN === packed.items[`${PICKS_PREFIX}n`];
    if (!same) {
      await sync.set(packed.items);
      const stale = pickKeys(oldN).filter((k) => !(k in packed.items));
      if (stale.length) await sync.remove(stale);
    }
    const kept = picks.filter((p) => !packed.dropped.includes(p));
    await local.set({ [BASE_KEY]: Object.fromEntries(kept.map((p) => [keyOf(p), p.explicit])) });
  } catch (err) {
    // Quota or sync trouble: the picks are safe in the database; the options page says what happened.
    report.error = err instanceof Error ? err.message : String(err);
  }
  await local.set({ [REPORT_KEY]: report });
  return report;
}

/** Applies other devices' changes from sync, then pushes what only this device has. */
export async function pullPicks(sync: AreaLike, local: AreaLike): Promise<PicksReport> {
  const remote = unpackPicks(await sync.get(null));
  if (remote) {
    const base = new Map(Object.entries(((await local.get(BASE_KEY))[BASE_KEY] ?? {}) as Record<string, PickKind>));
    const interests = await getInterests();
    const mine = new Map(interests.filter((i) => i.explicit).map((i) => [i.key, i.explicit!]));
    const { set, clear } = mergePicks(base, new Map(remote.map((p) => [keyOf(p), p])), mine);
    for (const p of set) await setExplicit({ label: p.label, kind: p.kind }, p.explicit);
    const byKey = new Map(interests.map((i) => [i.key, i]));
    for (const key of clear) {
      const row = byKey.get(key);
      if (row) await setExplicit({ label: row.label, kind: row.kind }, null);
    }
  }
  return pushPicks(sync, local);
}

export async function lastPicksReport(local: AreaLike): Promise<PicksReport | null> {
  return ((await local.get(REPORT_KEY))[REPORT_KEY] as PicksReport | undefined) ?? null;
}
