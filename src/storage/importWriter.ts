/**
 * Writing an import: one Dexie transaction per batch over articles and interests, with progress and a cancel
 * that puts back exactly what the import changed (a journal of each touched row as it was), so a cancelled
 * import leaves the library as it found it.
 */
import { getDb } from './db';
import { guard } from './errors';
import { articleKey } from './articles';
import { siteOf } from '../core/url';
import { interestKey, type Interest } from '../core/interests/profile';
import type { ImportedItem } from '../import/types';
import type { ArticleRecord } from './types';

export interface ImportProgress {
  done: number;
  total: number;
}

export interface WriteOptions {
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Follow the imported tags as topics (the preview's checkbox); otherwise they are added as neutral topics. */
  followTags?: boolean;
  now?: number;
}

export interface WriteReport {
  added: number;
  /** Items whose URL was already in the library and were merged into that row. */
  merged: number;
  cancelled: boolean;
}

/** Learned weight an imported tag starts with: enough to show in the reader's topic list for review. */
export const IMPORTED_TAG_WEIGHT = 1;

export function newRowFromItem(item: ImportedItem, now: number): ArticleRecord {
  const url = articleKey(item.url);
  const savedAt = item.savedAt ?? now;
  return {
    url,
    host: siteOf(url),
    title: item.title || url,
    byline: item.author ?? null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: item.publishedTime ?? null,
    excerpt: item.excerpt ?? null,
    // No text and no analysis: a link whose content arrives when the reader opens it.
    text: '',
    html: item.html ?? '',
    analysis: null,
    topics: item.tags.map((t) => interestKey('keyphrase', t)),
    category: null,
    tags: item.tags,
    status: item.status,
    saved: true,
    favourite: item.favourite,
    savedAt,
    readAt: item.status === 'archived' ? savedAt : null,
    visitedAt: null,
    progress: item.readingProgress ?? 0,
    contentHash: '',
    updatedAt: now,
    ...(item.highlights?.length ? { highlights: item.highlights } : {}),
  };
}

/**
 * An imported item over a row the library already has: the reader's own state wins (status of a saved row,
 * title, content); the import adds what is missing (tags, an earlier save date, an offline copy, progress).
 */
export function mergeIntoRow(row: ArticleRecord, item: ImportedItem, now: number): ArticleRecord {
  const tagKeys = new Set(row.tags.map((t) => t.toLocaleLowerCase()));
  const tags = [...row.tags, ...item.tags.filter((t) => !tagKeys.has(t.toLocaleLowerCase()))];
  const topics = [...new Set([...row.topics, ...item.tags.map((t) => interestKey('keyphrase', t))])];
  const savedAt = row.savedAt === null ? (item.savedAt ?? now) : item.savedAt === null ? row.savedAt : Math.min(row.savedAt, item.savedAt);
  const out: ArticleRecord = {
    ...row,
    title: row.title && row.title !== row.url ? row.title : item.title || row.title,
    byline: row.byline ?? item.author ?? null,
    publishedTime: row.publishedTime ?? item.publishedTime ?? null,
    excerpt: row.excerpt ?? item.excerpt ?? null,
    tags,
    topics,
    status: row.saved ? row.status : item.status,
    saved: true,
    favourite: row.favourite || item.favourite,
    savedAt,
    readAt: row.readAt ?? (!row.saved && item.status === 'archived' ? savedAt : null),
    progress: Math.max(row.progress, item.readingProgress ?? 0),
    updatedAt: now,
  };
  if (!row.html && item.html) out.html = item.html;
  if (item.highlights?.length) out.highlights = [...new Set([...(row.highlights ?? []), ...item.highlights])];
  return out;
}

function tagInterests(items: readonly ImportedItem[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const item of items) for (const tag of item.tags) if (!labels.has(interestKey('keyphrase', tag))) labels.set(interestKey('keyphrase', tag), tag);
  return labels;
}

function withTag(existing: Interest | undefined, key: string, label: string, follow: boolean, now: number): Interest {
  if (!existing) return { key, label, kind: 'keyphrase', explicit: follow ? 'follow' : null, weight: IMPORTED_TAG_WEIGHT, updatedAt: now };
  // Never overturn a mute, and never turn a follow into neutral.
  return existing.explicit === null && follow ? { ...existing, explicit: 'follow' } : existing;
}

interface Journal {
  articles: Map<string, ArticleRecord | undefined>;
  interests: Map<string, Interest | undefined>;
}

async function rollback(journal: Journal, batchSize: number): Promise<void> {
  const db = getDb();
  const entries = [...journal.articles];
  for (let i = 0; i < entries.length; i += batchSize) {
    const slice = entries.slice(i, i + batchSize);
    await db.transaction('rw', db.articles, async () => {
      await db.articles.bulkDelete(slice.filter(([, row]) => !row).map(([k]) => k));
      await db.articles.bulkPut(slice.flatMap(([, row]) => (row ? [row] : [])));
    });
  }
  const interests = [...journal.interests];
  await db.transaction('rw', db.interests, async () => {
    await db.interests.bulkDelete(interests.filter(([, row]) => !row).map(([k]) => k));
    await db.interests.bulkPut(interests.flatMap(([, row]) => (row ? [row] : [])));
  });
}

/**
 * Writes imported items (already deduplicated by `parseImport`) in batches. Cancelling through `signal` stops
 * after the batch in flight and undoes every batch written so far.
 */
export function writeImportedItems(items: readonly ImportedItem[], opts: WriteOptions = {}): Promise<WriteReport> {
  const batchSize = Math.max(1, opts.batchSize ?? 500);
  const now = opts.now ?? Date.now();
  const db = getDb();
  const journal: Journal = { articles: new Map(), interests: new Map() };
  const report: WriteReport = { added: 0, merged: 0, cancelled: false };
  return guard(async () => {
    try {
      // Tags first, in their own transaction: a few hundred rows at most.
      const labels = tagInterests(items);
      if (labels.size) {
        await db.transaction('rw', db.interests, async () => {
          const keys = [...labels.keys()];
          const existing = await db.interests.bulkGet(keys);
          const rows = keys.map((k, i) => withTag(existing[i], k, labels.get(k)!, opts.followTags === true, now));
          keys.forEach((k, i) => journal.interests.set(k, existing[i]));
          await db.interests.bulkPut(rows);
        });
      }
      for (let i = 0; i < items.length; i += batchSize) {
        if (opts.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
        const batch = items.slice(i, i + batchSize);
        await db.transaction('rw', db.articles, async () => {
          const keys = batch.map((it) => articleKey(it.url));
          const existing = await db.articles.bulkGet(keys);
          const rows = new Map<string, ArticleRecord>();
          batch.forEach((item, j) => {
            const key = keys[j]!;
            const before = rows.get(key) ?? existing[j];
            if (!journal.articles.has(key)) journal.articles.set(key, existing[j]);
            if (before) report.merged++;
            else report.added++;
            rows.set(key, before ? mergeIntoRow(before, item, now) : newRowFromItem(item, now));
          });
          await db.articles.bulkPut([...rows.values()]);
        });
        opts.onProgress?.({ done: Math.min(items.length, i + batch.length), total: items.length });
      }
      if (opts.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      return report;
    } catch (err) {
      // Whether cancelled or failed (quota...), put back what this import changed.
      await rollback(journal, batchSize);
      if (err instanceof DOMException && err.name === 'AbortError') return { added: 0, merged: 0, cancelled: true };
      throw err;
    }
  });
}
