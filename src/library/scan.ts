/**
 * Until the full-text index is built (seconds, after first paint, for a large library), search falls back to a
 * plain substring scan of titles, TL;DRs and topics, so typing never gives an empty list just because indexing
 * is not done. Kept apart from searchIndex.ts so the first paint does not load MiniSearch.
 */
import { normalizeToken } from '../core/text/segment';
import type { LibraryItem } from './model';

export function scanSearch(items: readonly LibraryItem[], query: string): Map<string, number> {
  const out = new Map<string, number>();
  const terms = query
    .split(/\s+/)
    .map((w) => normalizeToken(w))
    .filter(Boolean);
  if (terms.length === 0) return out;
  for (const item of items) {
    const hay = normalizeToken(`${item.title}\n${item.tldr}\n${item.topics.map((t) => t.label).join('\n')}`);
    if (terms.every((term) => hay.includes(term))) out.set(item.url, 1);
  }
  return out;
}
