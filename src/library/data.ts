/**
 * The library page's door to storage: repository rows become `LibraryItem`s, interests become the ranking
 * index, and each action returns what its Undo needs. Only repository functions are used, never tables.
 */
import { categoryLabel } from '../core/topics/taxonomy';
import { indexProfile } from '../core/interests/rank';
import { interestKey } from '../core/interests/profile';
import {
  getArticle,
  getInterests,
  listAllArticles,
  listRecentSaved,
  type ArticleRecord,
} from '../storage';
import { hostOf } from '../ui/format';
import { MAX_TEXT_CHARS, type InterestView, type ItemStatus, type ItemTopic, type LibraryItem } from './model';

/** A row shows a handful of topics; the rest still count for filters through `ArticleRecord.topics`. */
const MAX_TOPICS = 6;

function statusOf(row: ArticleRecord): ItemStatus {
  if (!row.saved) return 'visited';
  if (row.status === 'archived') return 'archived';
  return row.readAt !== null ? 'read' : 'unread';
}

function topicsOf(row: ArticleRecord, locale: string): ItemTopic[] {
  const a = row.analysis;
  if (!a) return row.topics.map((key) => ({ key, label: key.replace(/^category:/, '') }));
  const out: ItemTopic[] = [];
  const seen = new Set<string>();
  for (const t of a.topics) {
    const key = interestKey(t.kind, t.label);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push({ key, label: t.label });
    if (out.length >= MAX_TOPICS) break;
  }
  if (a.category) {
    const key = interestKey('category', a.category.label);
    if (!seen.has(key)) out.push({ key, label: categoryLabel(a.category.label, locale) });
  }
  return out;
}

export function toItem(row: ArticleRecord, locale: string): LibraryItem {
  return {
    url: row.url,
    title: row.title || row.url,
    site: row.siteName || row.host || hostOf(row.url),
    lang: (row.lang ?? '').split('-')[0]!.toLowerCase(),
    savedAt: row.saved ? row.savedAt : null,
    visitedAt: row.visitedAt,
    readingMinutes: row.analysis?.readingMinutes ?? 0,
    tldr: row.analysis?.tldr.sentences[0] ?? row.excerpt ?? '',
    topics: topicsOf(row, locale),
    status: statusOf(row),
    progress: row.progress,
    text: row.text.length > MAX_TEXT_CHARS ? row.text.slice(0, MAX_TEXT_CHARS) : row.text,
    // updatedAt changes with every write to the row; the hash guards against imports that keep updatedAt.
    version: `${row.updatedAt}:${row.contentHash}:${row.status}:${row.saved}`,
  };
}

/** The first screen of the Saved tab, before everything is read. */
export async function loadRecent(limit: number, locale: string): Promise<LibraryItem[]> {
  return (await listRecentSaved(limit)).map((r) => toItem(r, locale));
}

export async function loadAll(locale: string): Promise<LibraryItem[]> {
  return (await listAllArticles()).map((r) => toItem(r, locale));
}

export async function loadInterests(now = Date.now()): Promise<InterestView> {
  return indexProfile(await getInterests(), now);
}

export async function loadItem(url: string, locale: string): Promise<LibraryItem | null> {
  const row = await getArticle(url);
  return row ? toItem(row, locale) : null;
}
