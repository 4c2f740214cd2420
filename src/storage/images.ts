/**
 * The offline copies' images: kept downscaled beside their article, fetched only when the reader asks (see
 * background/offlineImages.ts). Pictures live in `images`, one row per article and source URL; `imageSets` holds
 * one small row per article (how many, how many bytes) so the caps and the storage figure never read pictures.
 * An article's images go with it: deleting the article deletes them (articles.ts), and rows an article left
 * behind another way (history cleared, an import replaced it) are swept before any figure is computed.
 */
import { getDb } from './db';
import { guard } from './errors';
import { articleKey } from './articles';

export interface ImageRow {
  /** The article's key (its normalised URL). */
  article: string;
  /** The URL the image was fetched from, as the reader view chose it from the stored HTML. */
  src: string;
  /** MIME type of `data` (image/webp or image/jpeg: always re-encoded, never the page's own bytes). */
  type: string;
  data: ArrayBuffer;
  width: number;
  height: number;
  bytes: number;
}

export interface ImageSetRow {
  article: string;
  count: number;
  bytes: number;
  storedAt: number;
}

export interface ImageTotals {
  articles: number;
  bytes: number;
}

export function getArticleImages(url: string): Promise<ImageRow[]> {
  return guard(() => getDb().images.where('article').equals(articleKey(url)).toArray());
}

export function getImageSet(url: string): Promise<ImageSetRow | undefined> {
  return guard(() => getDb().imageSets.get(articleKey(url)));
}

/** Bytes (and articles) every offline copy's images take, optionally leaving one article out. */
export function imageTotals(except?: string): Promise<ImageTotals> {
  const skip = except === undefined ? null : articleKey(except);
  return guard(async () => {
    const sets = await getDb().imageSets.toArray();
    let bytes = 0;
    let articles = 0;
    for (const s of sets) {
      if (s.article === skip) continue;
      bytes += s.bytes;
      articles++;
    }
    return { articles, bytes };
  });
}

/**
 * Replaces an article's images with `rows` (all written or none). Nothing is written when the article is gone
 * (deleted while its images were being fetched); returns whether they were kept.
 */
export function replaceArticleImages(url: string, rows: readonly Omit<ImageRow, 'article'>[], now = Date.now()): Promise<boolean> {
  const db = getDb();
  const key = articleKey(url);
  return guard(() =>
    db.transaction('rw', db.articles, db.images, db.imageSets, async () => {
      if (!(await db.articles.get(key))) return false;
      await db.images.where('article').equals(key).delete();
      if (!rows.length) {
        await db.imageSets.delete(key);
        return true;
      }
      await db.images.bulkPut(rows.map((r) => ({ ...r, article: key })));
      await db.imageSets.put({ article: key, count: rows.length, bytes: rows.reduce((n, r) => n + r.bytes, 0), storedAt: now });
      return true;
    }),
  );
}

/** "Remove images": frees the space; the copy shows placeholders again. */
export function removeArticleImages(url: string): Promise<void> {
  const db = getDb();
  const key = articleKey(url);
  return guard(() =>
    db.transaction('rw', db.images, db.imageSets, async () => {
      await db.images.where('article').equals(key).delete();
      await db.imageSets.delete(key);
    }),
  );
}

/** Deletes the images of articles that no longer exist; returns how many articles' images went. */
export function sweepOrphanImages(): Promise<number> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.articles, db.images, db.imageSets, async () => {
      const keys = (await db.imageSets.toCollection().primaryKeys()) as string[];
      const rows = await db.articles.bulkGet(keys);
      const gone = keys.filter((_, i) => !rows[i]);
      for (const key of gone) await db.images.where('article').equals(key).delete();
      if (gone.length) await db.imageSets.bulkDelete(gone);
      return gone.length;
    }),
  );
}
