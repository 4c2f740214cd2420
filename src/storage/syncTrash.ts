/**
 * Items a bookmark removal took out of the reading list (on another device, or by hand in the bookmark
 * manager). The reader never loses one silently: the library page offers Undo for them, and they are kept for
 * 30 days.
 */
import { getDb } from './db';
import { guard } from './errors';
import type { ArticleRecord } from './types';

export interface SyncTrashRow {
  url: string;
  /** The row as it was before the removal: Undo puts it back. */
  row: ArticleRecord;
  removedAt: number;
  /** The reader dismissed the notice (the items stay restorable until they expire). */
  seen: boolean;
}

export const SYNC_TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Removed items the reader has not yet dismissed, newest first. */
export function listUnseenSyncTrash(): Promise<SyncTrashRow[]> {
  return guard(async () => {
    const rows = await getDb().syncTrash.orderBy('removedAt').reverse().toArray();
    return rows.filter((r) => !r.seen);
  });
}

/**
 * Puts the removed items back in the list. An item saved again since (the bookmark came back) keeps its newer
 * row. Returns the URLs restored, for the mirror to bookmark them again.
 */
export function restoreSyncTrash(urls: readonly string[]): Promise<string[]> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.articles, db.syncTrash, async () => {
      const entries = (await db.syncTrash.bulkGet(urls.slice())).filter((e): e is SyncTrashRow => e !== undefined);
      const current = await db.articles.bulkGet(entries.map((e) => e.url));
      const restored = entries.filter((_, i) => !current[i]?.saved);
      await db.articles.bulkPut(restored.map((e) => ({ ...e.row, updatedAt: Date.now() })));
      await db.syncTrash.bulkDelete(entries.map((e) => e.url));
      return restored.map((e) => e.url);
    }),
  );
}

export function dismissSyncTrash(urls: readonly string[]): Promise<void> {
  return guard(async () => {
    await getDb().syncTrash.where('url').anyOf(urls.slice()).modify({ seen: true });
  });
}

/** Forgets removed items older than the keeping time. */
export function pruneSyncTrash(now = Date.now()): Promise<number> {
  return guard(() => getDb().syncTrash.where('removedAt').below(now - SYNC_TRASH_DAYS * DAY_MS).delete());
}
