/**
 * The one database module: schema and migrations. Everything else goes through the repositories next to it.
 *
 * Version history (never edit a shipped version; add one):
 *  1. articles keyed by normalised URL, visits, interests.
 *  2. articles gain `host` (site filter) and `tags` (imported labels), both indexed; existing rows are backfilled.
 *  3. `bookmarkMirror` (the reading list's bookmark sync: what both sides last agreed on, per URL) and `syncTrash`
 *     (items a removed bookmark took out of the list, restorable). New tables only: nothing to backfill.
 *  4. articles lose `htmlSanitized`: every stored offline copy is untrusted and sanitized only at display, so a
 *     flag saying "already clean" (which an imported file could also claim) no longer exists. Same indexes.
 *  5. `images` (an offline copy's pictures, downscaled, fetched when the reader asks: one row per article and
 *     source URL) and `imageSets` (one small row per article with images: count and bytes, so the caps and the
 *     storage figure never read the pictures themselves). New tables only: nothing to backfill.
 */
import { Dexie, type EntityTable } from 'dexie';
import { siteOf } from '../core/url';
import type { ArticleRecord, Interest, VisitRecord } from './types';
import type { MirrorRow } from '../core/sync/readingListPlan';
import type { SyncTrashRow } from './syncTrash';
import type { ImageRow, ImageSetRow } from './images';

export const DB_NAME = 'lede';

export const SCHEMA_V1 = {
  articles: '&url, updatedAt, savedAt, visitedAt, readAt, *topics, category, status, lang',
  visits: '++id, url, time',
  interests: '&key, explicit, kind, updatedAt',
} as const;

export const SCHEMA_V2 = {
  articles: '&url, updatedAt, savedAt, visitedAt, readAt, *topics, category, status, lang, host, *tags',
  visits: '++id, url, time, how',
  interests: SCHEMA_V1.interests,
} as const;

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  bookmarkMirror: '&url, bookmarkId',
  syncTrash: '&url, removedAt',
} as const;

export const SCHEMA_V5 = {
  ...SCHEMA_V3,
  images: '[article+src], article',
  imageSets: '&article',
} as const;

export class LedeDb extends Dexie {
  articles!: EntityTable<ArticleRecord, 'url'>;
  visits!: EntityTable<VisitRecord, 'id'>;
  interests!: EntityTable<Interest, 'key'>;
  bookmarkMirror!: EntityTable<MirrorRow, 'url'>;
  syncTrash!: EntityTable<SyncTrashRow, 'url'>;
  images!: Dexie.Table<ImageRow, [string, string]>;
  imageSets!: EntityTable<ImageSetRow, 'article'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table('articles')
          .toCollection()
          .modify((row: Partial<ArticleRecord> & { url: string }) => {
            row.host = siteOf(row.url);
            if (!Array.isArray(row.tags)) row.tags = [];
          });
      });
    // Tables added empty: the first mirror fills them (see background/bookmarks/).
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await tx
          .table('articles')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            delete row.htmlSanitized;
          });
      });
    // Tables added empty: images arrive when the reader asks for them (background/offlineImages.ts).
    this.version(5).stores(SCHEMA_V5);
  }
}

let instance: LedeDb | null = null;

/** The shared database of this context (worker or page). Dexie opens it on first use. */
export function getDb(): LedeDb {
  instance ??= new LedeDb();
  return instance;
}

/** Tests: close and forget the shared instance so the next `getDb()` opens afresh. */
export function resetDbForTests(): void {
  instance?.close();
  instance = null;
}
