/**
 * Backups: reading everything for an export, and restoring a backup file into a library that may already have
 * data. Restoring merges by URL (articles), by key (interests) and by (url, time) (visits), keeping the newer of
 * each field: the row with the later `updatedAt` wins field by field, except where it has no value and the older
 * row does. A cancelled or failed restore puts back every row it touched.
 */
import { getDb } from './db';
import { guard } from './errors';
import { articleKey } from './articles';
import { emptyRow } from './library';
import { siteOf } from '../core/url';
import { normalizeLabel, type Interest } from '../core/interests/profile';
import type { LedeBackup } from '../import/ledeBackup';
import type { ArticleRecord, VisitRecord } from './types';
import type { ImportProgress } from './importWriter';

type Row = Record<string, unknown>;

export interface BackupData {
  articles: ArticleRecord[];
  visits: VisitRecord[];
  interests: Interest[];
}

/** Everything in the database, or only the articles (and their visits) whose URLs are given. */
export function readBackupData(urls?: readonly string[]): Promise<BackupData> {
  const db = getDb();
  return guard(() =>
    db.transaction('r', db.articles, db.visits, db.interests, async () => {
      if (!urls) return { articles: await db.articles.toArray(), visits: await db.visits.toArray(), interests: await db.interests.toArray() };
      const keys = urls.map(articleKey);
      const articles = (await db.articles.bulkGet(keys)).filter((r): r is ArticleRecord => !!r);
      const visits = await db.visits.where('url').anyOf(keys).toArray();
      return { articles, visits, interests: await db.interests.toArray() };
    }),
  );
}

/** Every field of a row with its empty value. */
const TEMPLATE: ArticleRecord = { ...emptyRow('', 0), host: '', title: '', updatedAt: 0 };

const NULLABLE_STRING = new Set(['byline', 'siteName', 'lang', 'publishedTime', 'excerpt', 'category']);
const NULLABLE_NUMBER = new Set(['savedAt', 'readAt', 'visitedAt']);

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** A row from a file, reduced to the fields and types of an ArticleRecord: the file is untrusted. */
export function coerceArticle(raw: Row): ArticleRecord {
  const out: Row = { ...TEMPLATE };
  for (const key of Object.keys(TEMPLATE) as (keyof ArticleRecord)[]) {
    const v = raw[key];
    const t = TEMPLATE[key];
    if (v === undefined) continue;
    if (NULLABLE_STRING.has(key)) out[key] = typeof v === 'string' ? v : null;
    else if (NULLABLE_NUMBER.has(key)) out[key] = typeof v === 'number' && Number.isFinite(v) ? v : null;
    else if (key === 'dir') out[key] = v === 'ltr' || v === 'rtl' ? v : null;
    else if (key === 'status') out[key] = v === 'archived' ? 'archived' : 'unread';
    else if (key === 'analysis') out[key] = v && typeof v === 'object' && !Array.isArray(v) ? v : null;
    else if (Array.isArray(t)) out[key] = isStringArray(v) ? v : [];
    else if (typeof v === typeof t && (typeof v !== 'number' || Number.isFinite(v))) out[key] = v;
  }
  if (isStringArray(raw.highlights) && raw.highlights.length) out.highlights = raw.highlights;
  const row = out as unknown as ArticleRecord;
  row.url = articleKey(row.url);
  row.host = siteOf(row.url);
  row.progress = Math.min(1, Math.max(0, row.progress));
  // The offline copy is kept as the file has it: stored HTML is untrusted and sanitized only at display.
  return row;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** Field by field: the newer row's value, unless it has none and the older one does. */
export function mergeNewer<T extends object>(a: T, b: T, aTime: number, bTime: number): T {
  const [newer, older] = (bTime > aTime ? [b, a] : [a, b]) as [Row, Row];
  const out: Row = { ...older };
  for (const [k, v] of Object.entries(newer)) if (!isEmpty(v) || isEmpty(older[k])) out[k] = v;
  return out as T;
}

function coerceInterest(raw: Row): Interest | null {
  const label = typeof raw.label === 'string' ? raw.label : '';
  const kind = raw.kind === 'entity' || raw.kind === 'category' ? raw.kind : 'keyphrase';
  if (!label.trim()) return null;
  const key = typeof raw.key === 'string' && raw.key ? raw.key : kind === 'category' ? `category:${normalizeLabel(label)}` : normalizeLabel(label);
  const explicit = raw.explicit === 'follow' || raw.explicit === 'mute' ? raw.explicit : null;
  const weight = typeof raw.weight === 'number' && Number.isFinite(raw.weight) ? Math.max(0, raw.weight) : 0;
  const updatedAt = typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt) ? raw.updatedAt : 0;
  return { key, label, kind, explicit, weight, updatedAt };
}

function coerceVisit(raw: Row): VisitRecord | null {
  if (typeof raw.url !== 'string' || typeof raw.time !== 'number' || !Number.isFinite(raw.time)) return null;
  const how = raw.how === 'popup' || raw.how === 'saved' || raw.how === 'passive' ? raw.how : 'passive';
  const dwellMs = typeof raw.dwellMs === 'number' && Number.isFinite(raw.dwellMs) ? raw.dwellMs : null;
  return { url: articleKey(raw.url), time: raw.time, how, dwellMs };
}

export interface RestoreOptions {
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

export interface RestoreReport {
  added: number;
  merged: number;
  visits: number;
  interests: number;
  cancelled: boolean;
}

export function restoreBackup(backup: LedeBackup, opts: RestoreOptions = {}): Promise<RestoreReport> {
  const db = getDb();
  const batchSize = Math.max(1, opts.batchSize ?? 500);
  const journal = new Map<string, ArticleRecord | undefined>();
  const interestJournal = new Map<string, Interest | undefined>();
  const addedVisitIds: number[] = [];
  const report: RestoreReport = { added: 0, merged: 0, visits: 0, interests: 0, cancelled: false };
  const rows = backup.articles.map((a) => coerceArticle(a)).filter((r) => r.url.startsWith('http'));
  const total = rows.length;
  const abortIfCancelled = () => {
    if (opts.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
  };
  return guard(async () => {
    try {
      for (let i = 0; i < rows.length; i += batchSize) {
        abortIfCancelled();
        const batch = rows.slice(i, i + batchSize);
        await db.transaction('rw', db.articles, async () => {
          const existing = await db.articles.bulkGet(batch.map((r) => r.url));
          const merged = new Map<string, ArticleRecord>();
          batch.forEach((row, j) => {
            const before = merged.get(row.url) ?? existing[j];
            if (!journal.has(row.url)) journal.set(row.url, existing[j]);
            if (before) report.merged++;
            else report.added++;
            merged.set(row.url, before ? mergeNewer(before, row, before.updatedAt, row.updatedAt) : row);
          });
          await db.articles.bulkPut([...merged.values()]);
        });
        opts.onProgress?.({ done: Math.min(total, i + batch.length), total });
      }
      abortIfCancelled();
      await db.transaction('rw', db.interests, db.visits, async () => {
        const interests = backup.interests.map(coerceInterest).filter((r): r is Interest => !!r);
        const existing = await db.interests.bulkGet(interests.map((r) => r.key));
        const out = interests.map((r, j) => {
          const before = existing[j];
          if (!interestJournal.has(r.key)) interestJournal.set(r.key, before);
          return before ? mergeNewer(before, r, before.updatedAt, r.updatedAt) : r;
        });
        await db.interests.bulkPut(out);
        report.interests = out.length;
        const visits = backup.visits.map(coerceVisit).filter((v): v is VisitRecord => !!v);
        const urls = [...new Set(visits.map((v) => v.url))];
        const have = new Set((await db.visits.where('url').anyOf(urls).toArray()).map((v) => `${v.url}\n${v.time}`));
        const fresh = visits.filter((v) => {
          const k = `${v.url}\n${v.time}`;
          if (have.has(k)) return false;
          have.add(k);
          return true;
        });
        const ids = await db.visits.bulkAdd(fresh, { allKeys: true });
        addedVisitIds.push(...(ids as number[]));
        report.visits = fresh.length;
      });
      return report;
    } catch (err) {
      for (const chunk of chunks([...journal], batchSize)) {
        await db.transaction('rw', db.articles, async () => {
          await db.articles.bulkDelete(chunk.filter(([, r]) => !r).map(([k]) => k));
          await db.articles.bulkPut(chunk.flatMap(([, r]) => (r ? [r] : [])));
        });
      }
      await db.transaction('rw', db.interests, db.visits, async () => {
        const entries = [...interestJournal];
        await db.interests.bulkDelete(entries.filter(([, r]) => !r).map(([k]) => k));
        await db.interests.bulkPut(entries.flatMap(([, r]) => (r ? [r] : [])));
        await db.visits.bulkDelete(addedVisitIds);
      });
      if (err instanceof DOMException && err.name === 'AbortError') return { added: 0, merged: 0, visits: 0, interests: 0, cancelled: true };
      throw err;
    }
  });
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
