/** Articles repository: reads and single-row edits for the library page, the popup and import/export. */
import { getDb } from './db';
import { guard } from './errors';
import { normalizeUrl } from '../core/url';
import type { ArticleRecord, ArticleStatus, VisitRecord } from './types';
import type { ImageRow, ImageSetRow } from './images';

/** The key for any URL the reader or a page gives us; falls back to the input for non-http(s) strings. */
export function articleKey(url: string): string {
  return normalizeUrl(url) ?? url;
}

export function getArticle(url: string): Promise<ArticleRecord | undefined> {
  return guard(() => getDb().articles.get(articleKey(url)));
}

export async function isSaved(url: string): Promise<boolean> {
  const row = await getArticle(url);
  return row?.saved === true;
}

export interface ArticleQuery {
  /** true: the saved list (Saved + Archive tabs); false: history-only rows; undefined: both. */
  saved?: boolean;
  status?: ArticleStatus;
  /** An interest key (`interestKey(kind, label)`). */
  topic?: string;
  host?: string;
  lang?: string;
  /** Only rows the reader has opened (the History tab). */
  visited?: boolean;
}

/** When an item entered the list the reader is looking at: saved items by save time, history by last visit. */
export function listTime(row: ArticleRecord): number {
  return (row.saved ? row.savedAt : row.visitedAt) ?? row.visitedAt ?? row.updatedAt;
}

/**
 * Rows matching every field of `query`, newest first (by `listTime`). Uses the most selective index available
 * and filters the rest in memory.
 */
export function listArticles(query: ArticleQuery = {}): Promise<ArticleRecord[]> {
  return guard(async () => {
    const t = getDb().articles;
    let coll;
    if (query.topic !== undefined) coll = t.where('topics').equals(query.topic);
    else if (query.host !== undefined) coll = t.where('host').equals(query.host);
    else if (query.saved === true) coll = t.where('savedAt').above(-Infinity);
    else if (query.visited === true) coll = t.where('visitedAt').above(-Infinity);
    else coll = t.toCollection();
    const rows = await coll
      .filter(
        (r) =>
          (query.saved === undefined || r.saved === query.saved) &&
          (query.status === undefined || r.status === query.status) &&
          (query.host === undefined || r.host === query.host) &&
          (query.lang === undefined || r.lang === query.lang) &&
          (query.visited !== true || r.visitedAt !== null),
      )
      .toArray();
    return rows.sort((a, b) => listTime(b) - listTime(a));
  });
}

export function countArticles(): Promise<number> {
  return guard(() => getDb().articles.count());
}

type Editable = Partial<Pick<ArticleRecord, 'status' | 'favourite' | 'readAt' | 'progress' | 'title' | 'tags'>>;

/** Edits one row; returns the row as it was (for undo), or undefined when there is no such row. */
export function updateArticle(url: string, patch: Editable, now = Date.now()): Promise<ArticleRecord | undefined> {
  return guard(() =>
    getDb().transaction('rw', getDb().articles, async () => {
      const key = articleKey(url);
      const before = await getDb().articles.get(key);
      if (!before) return undefined;
      const progress = patch.progress === undefined ? before.progress : Math.min(1, Math.max(0, patch.progress));
      await getDb().articles.put({ ...before, ...patch, progress, updatedAt: now });
      return before;
    }),
  );
}

export function setStatus(url: string, status: ArticleStatus, now = Date.now()) {
  return updateArticle(url, status === 'archived' ? { status, readAt: now } : { status }, now);
}

export function setProgress(url: string, progress: number, now = Date.now()) {
  return updateArticle(url, { progress }, now);
}

export function setFavourite(url: string, favourite: boolean, now = Date.now()) {
  return updateArticle(url, { favourite }, now);
}

/** What deleting an article took away, so an Undo can put all of it back with `restoreDeleted`. */
export interface DeletedArticle {
  article: ArticleRecord;
  visits: VisitRecord[];
  /** The offline copy's kept images (absent in rows deleted before images existed). */
  images?: { set: ImageSetRow; rows: ImageRow[] };
}

/** Deletes a row with its visits and its offline images; returns them so an Undo can put them back. */
export function deleteArticle(url: string): Promise<DeletedArticle | null> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', [db.articles, db.visits, db.images, db.imageSets], async () => {
      const key = articleKey(url);
      const article = await db.articles.get(key);
      if (!article) return null;
      const visits = await db.visits.where('url').equals(key).toArray();
      await db.visits.where('url').equals(key).delete();
      await db.articles.delete(key);
      const set = await db.imageSets.get(key);
      const removed: DeletedArticle = { article, visits };
      if (set) {
        removed.images = { set, rows: await db.images.where('article').equals(key).toArray() };
        await db.images.where('article').equals(key).delete();
        await db.imageSets.delete(key);
      }
      return removed;
    }),
  );
}

export function restoreDeleted(item: DeletedArticle): Promise<void> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', [db.articles, db.visits, db.images, db.imageSets], async () => {
      await db.articles.put(item.article);
      if (item.visits.length) await db.visits.bulkPut(item.visits);
      if (item.images) {
        await db.images.bulkPut(item.images.rows);
        await db.imageSets.put(item.images.set);
      }
    }),
  );
}

/** Puts back exactly this row (Undo of unsave / archive / edit). */
export function restoreArticle(row: ArticleRecord): Promise<void> {
  return guard(async () => {
    await getDb().articles.put(row);
  });
}

/** Many rows in one transaction (import): all are written or none. Rows must already be keyed by `articleKey`. */
export function putArticles(rows: readonly ArticleRecord[]): Promise<void> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.articles, async () => {
      await db.articles.bulkPut(rows.slice());
    }),
  );
}

/** Existing rows for these URLs (import merging), in the same order; undefined where there is none. */
export function getArticles(urls: readonly string[]): Promise<(ArticleRecord | undefined)[]> {
  return guard(() => getDb().articles.bulkGet(urls.map(articleKey)));
}

/**
 * The newest saved, unarchived rows, at most `limit` (added for the library page's first paint: a large library
 * shows its first screen from this before `listArticles` has read every row).
 */
export function listRecentSaved(limit: number): Promise<ArticleRecord[]> {
  return guard(() =>
    getDb()
      .articles.orderBy('savedAt')
      .reverse()
      .filter((r) => r.saved && r.status !== 'archived')
      .limit(limit)
      .toArray(),
  );
}

/**
 * Every row in one read, unsorted (added for the library page: without a filter Dexie reads with getAll, several
 * times faster than the cursor `listArticles` walks; the page sorts and filters in memory anyway).
 */
export function listAllArticles(): Promise<ArticleRecord[]> {
  return guard(() => getDb().articles.toArray());
}
