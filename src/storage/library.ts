/**
 * The writes behind history and saving. Each one is a single Dexie transaction over articles, visits and
 * interests: a worker stopped half-way leaves the whole item or nothing, and the URL primary key means a second
 * save updates the row instead of adding a duplicate.
 */
import { getDb } from './db';
import { guard } from './errors';
import { learnFrom } from './interests';
import { articleKey } from './articles';
import { siteOf } from '../core/url';
import { articleTopicKeys } from '../core/interests/profile';
import type { Analysis } from '../core/types';
import type { ArticleContent, ArticleRecord, VisitHow } from './types';

export type { ArticleContent } from './types';

/** A row with every field at its empty value: the base for new rows and the shape restored backups are checked against. */
export function emptyRow(url: string, now: number): ArticleRecord {
  return {
    url,
    host: siteOf(url),
    title: url,
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: null,
    excerpt: null,
    text: '',
    html: '',
    analysis: null,
    topics: [],
    category: null,
    tags: [],
    status: 'unread',
    saved: false,
    favourite: false,
    savedAt: null,
    readAt: null,
    visitedAt: null,
    progress: 0,
    contentHash: '',
    updatedAt: now,
  };
}

/** The row with fresh content and analysis; the reader's own state (saved, status, progress...) is kept. */
function withContent(base: ArticleRecord, content: ArticleContent, analysis: Analysis, now: number): ArticleRecord {
  return {
    ...base,
    host: siteOf(base.url),
    title: content.title || base.title,
    byline: content.byline,
    siteName: content.siteName,
    lang: analysis.lang || content.lang,
    dir: content.dir,
    publishedTime: content.publishedTime,
    excerpt: content.excerpt,
    text: content.text,
    analysis,
    topics: articleTopicKeys(analysis.topics, analysis.category),
    category: analysis.category?.label ?? null,
    contentHash: analysis.contentHash,
    updatedAt: now,
  };
}

export interface RecordOptions {
  now?: number;
  /** False in incognito windows, on excluded sites and while history is paused: no visit, nothing learned. */
  learn?: boolean;
  dwellMs?: number | null;
}

async function addVisit(url: string, how: VisitHow, now: number, dwellMs: number | null): Promise<void> {
  await getDb().visits.add({ url, time: now, how, dwellMs });
}

/**
 * A popup opened on an article: store or refresh its history row, add a `popup` visit and learned weight.
 * A link saved earlier without content gets its text, analysis and HTML now.
 */
export function recordOpened(content: ArticleContent, analysis: Analysis, rawHtml: string | null, opts: RecordOptions = {}): Promise<ArticleRecord> {
  const now = opts.now ?? Date.now();
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.articles, db.visits, db.interests, async () => {
      const url = articleKey(content.url);
      const existing = await db.articles.get(url);
      const row = withContent(existing ?? emptyRow(url, now), content, analysis, now);
      row.visitedAt = now;
      // Only saved items keep an offline copy; fill it in when the saved item had none (a saved link).
      if (row.saved && !row.html && rawHtml) {
        row.html = rawHtml;
      }
      await db.articles.put(row);
      await addVisit(url, 'popup', now, opts.dwellMs ?? null);
      await learnFrom(analysis, 'popup', now, opts.dwellMs ?? null);
      return row;
    }),
  );
}

export interface SaveInput {
  content: ArticleContent;
  analysis: Analysis;
  /** The offline copy (untrusted page HTML); '' or null for none. */
  html: string | null;
}

export interface SaveOutcome {
  /** The row before the save (undefined when there was none): Undo puts it back with `undoSave`. */
  previous: ArticleRecord | undefined;
  record: ArticleRecord;
}

function markSaved(row: ArticleRecord, now: number): ArticleRecord {
  if (row.saved) return { ...row, updatedAt: now };
  return { ...row, saved: true, status: 'unread', savedAt: now, readAt: null, updatedAt: now };
}

/** Save an article with its offline copy (popup Save, the keyboard command, "Save page to Lede"). */
export function saveArticle(input: SaveInput, opts: RecordOptions = {}): Promise<SaveOutcome> {
  const now = opts.now ?? Date.now();
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.articles, db.visits, db.interests, async () => {
      const url = articleKey(input.content.url);
      const previous = await db.articles.get(url);
      const row = markSaved(withContent(previous ?? emptyRow(url, now), input.content, input.analysis, now), now);
      if (input.html) row.html = input.html;
      await db.articles.put(row);
      if (opts.learn !== false) {
        await addVisit(url, 'saved', now, opts.dwellMs ?? null);
        await learnFrom(input.analysis, 'saved', now, opts.dwellMs ?? null);
      }
      return { previous, record: row };
    }),
  );
}

/** "Save link to Lede": saved unread with its URL and link text; the content comes when the reader opens it. */
export function saveLink(link: { url: string; title?: string | null }, opts: RecordOptions = {}): Promise<SaveOutcome> {
  const now = opts.now ?? Date.now();
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.articles, db.visits, async () => {
      const url = articleKey(link.url);
      const previous = await db.articles.get(url);
      const base = previous ?? { ...emptyRow(url, now), title: link.title?.trim() || url };
      const row = markSaved(base, now);
      await db.articles.put(row);
      if (opts.learn !== false) await addVisit(url, 'saved', now, null);
      return { previous, record: row };
    }),
  );
}

/**
 * Remove from the saved list. A row the reader opened stays as history (without the offline copy); a link
 * that was never opened goes. Returns the row as it was, for Undo (`restoreArticle`).
 */
export function unsaveArticle(url: string, now = Date.now()): Promise<ArticleRecord | undefined> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.articles, async () => {
      const key = articleKey(url);
      const previous = await db.articles.get(key);
      if (!previous?.saved) return undefined;
      if (previous.visitedAt === null) await db.articles.delete(key);
      else {
        await db.articles.put({ ...previous, saved: false, savedAt: null, status: 'unread', html: '', updatedAt: now });
      }
      return previous;
    }),
  );
}

/** Undo of a save: put back the row as it was, or remove it when the save created it. */
export function undoSave(url: string, previous: ArticleRecord | undefined): Promise<void> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.articles, async () => {
      if (previous) await db.articles.put(previous);
      else await db.articles.delete(articleKey(url));
    }),
  );
}
