/**
 * Duplicates inside one import (the same article saved twice, or reached through a tracking link) become one
 * item: the earliest save date, every tag, archived if any copy was, the richest content.
 */
import { normalizeUrl } from '../core/url';
import type { ImportedItem } from './types';

export function mergeItem(a: ImportedItem, b: ImportedItem): ImportedItem {
  const out: ImportedItem = { ...a };
  if ((!a.title || a.title === a.url) && b.title) out.title = b.title;
  if (a.savedAt === null || (b.savedAt !== null && b.savedAt < a.savedAt)) out.savedAt = b.savedAt;
  if (b.status === 'archived') out.status = 'archived';
  out.favourite = a.favourite || b.favourite;
  const seen = new Set(a.tags.map((t) => t.toLocaleLowerCase()));
  out.tags = [...a.tags, ...b.tags.filter((t) => !seen.has(t.toLocaleLowerCase()))];
  for (const key of ['excerpt', 'html', 'author', 'publishedTime'] as const) {
    if (!out[key] && b[key]) out[key] = b[key];
  }
  if (b.readingProgress !== undefined) out.readingProgress = Math.max(a.readingProgress ?? 0, b.readingProgress);
  if (b.highlights?.length) out.highlights = [...new Set([...(a.highlights ?? []), ...b.highlights])];
  return out;
}

/** Items keyed and deduplicated by normalised URL; each item's `url` becomes that key. */
export function dedupeItems(items: ImportedItem[]): ImportedItem[] {
  const byUrl = new Map<string, ImportedItem>();
  for (const item of items) {
    const key = normalizeUrl(item.url);
    if (!key) continue;
    const keyed = item.url === key ? item : { ...item, url: key };
    const prev = byUrl.get(key);
    byUrl.set(key, prev ? mergeItem(prev, keyed) : keyed);
  }
  return [...byUrl.values()];
}
