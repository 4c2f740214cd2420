/**
 * What the list shows: the tab, the topic / site / language / status filters, the search matches and the sort
 * order applied to all items. Pure and synchronous: it runs on every keystroke over up to 10,000 items, so it
 * does one pass to filter and one sort with precomputed keys.
 */
import { interestScore } from '../core/interests/rank';
import type { InterestView, LibraryItem, LibraryTab } from './model';

export type SortOrder = 'newest' | 'oldest' | 'forMe';
export type StatusFilter = 'any' | 'unread' | 'read';

export interface Filters {
  tab: LibraryTab;
  /** A single topic's interest key, from a chip; null for none. */
  topic: string | null;
  /** Only items sharing a topic with the followed ones. */
  myTopics: boolean;
  site: string | null;
  lang: string | null;
  status: StatusFilter;
  sort: SortOrder;
}

export const DEFAULT_FILTERS: Filters = {
  tab: 'saved',
  topic: null,
  myTopics: false,
  site: null,
  lang: null,
  status: 'any',
  sort: 'newest',
};

const keysCache = new WeakMap<LibraryItem, string[]>();

/** The item's interest keys, computed once per item object (rows are replaced, never mutated). */
export function topicKeys(item: LibraryItem): string[] {
  let keys = keysCache.get(item);
  if (!keys) {
    keys = item.topics.map((t) => t.key);
    keysCache.set(item, keys);
  }
  return keys;
}

export function inTab(item: LibraryItem, tab: LibraryTab): boolean {
  switch (tab) {
    case 'saved':
      return item.savedAt !== null && item.status !== 'archived';
    case 'archive':
      return item.status === 'archived';
    case 'history':
      return item.visitedAt !== null;
  }
}

/** The date a row shows and sorts by: when it was saved, or in History when it was last read. */
export function itemDate(item: LibraryItem, tab: LibraryTab): number {
  return (tab === 'history' ? item.visitedAt : item.savedAt) ?? item.visitedAt ?? item.savedAt ?? 0;
}

export function isMuted(item: LibraryItem, interests: InterestView): boolean {
  if (interests.muted.size === 0) return false;
  return topicKeys(item).some((k) => interests.muted.has(k));
}

function matchesStatus(item: LibraryItem, status: StatusFilter): boolean {
  if (status === 'any') return true;
  const read = item.status === 'read';
  return status === 'read' ? read : !read;
}

/**
 * Filters and orders items. `matches` holds search scores by URL when there is a query (null otherwise): then
 * only matches are kept and the best match comes first. Items with a muted topic always sink to the end,
 * keeping their order among themselves.
 */
export function applyFilters(
  items: readonly LibraryItem[],
  f: Filters,
  interests: InterestView,
  matches: ReadonlyMap<string, number> | null = null,
): LibraryItem[] {
  const out: LibraryItem[] = [];
  for (const item of items) {
    if (!inTab(item, f.tab)) continue;
    if (matches && !matches.has(item.url)) continue;
    if (f.site !== null && item.site !== f.site) continue;
    if (f.lang !== null && item.lang !== f.lang) continue;
    if (!matchesStatus(item, f.status)) continue;
    if (f.topic !== null && !topicKeys(item).includes(f.topic)) continue;
    if (f.myTopics && !topicKeys(item).some((k) => interests.followed.has(k))) continue;
    out.push(item);
  }

  // Precompute sort keys: a comparator scoring interests would recompute them O(n log n) times.
  const keyed = out.map((item) => {
    let primary: number;
    if (matches) primary = -(matches.get(item.url) ?? 0);
    else if (f.sort === 'forMe') primary = -interestScore({ topics: topicKeys(item) }, interests);
    else if (f.sort === 'oldest') primary = itemDate(item, f.tab);
    else primary = -itemDate(item, f.tab);
    return { item, primary, sink: isMuted(item, interests) ? 1 : 0, date: itemDate(item, f.tab) };
  });
  keyed.sort(
    (a, b) =>
      a.sink - b.sink ||
      a.primary - b.primary ||
      // Ties (same score, no interests yet): newest first, then URL, so the order is stable across renders.
      b.date - a.date ||
      (a.item.url < b.item.url ? -1 : a.item.url > b.item.url ? 1 : 0),
  );
  return keyed.map((k) => k.item);
}

/** Sites or languages present in a tab, most frequent first, for the filter menus. */
export function facet(items: readonly LibraryItem[], tab: LibraryTab, field: 'site' | 'lang'): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!inTab(item, tab)) continue;
    const v = item[field];
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
