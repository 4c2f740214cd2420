/**
 * The library page's own view of an article: just what a list row, the filters and the search index need.
 * The storage adapter (storageSource.ts) maps repository rows to this shape, so the list, filters and search
 * are pure functions of plain data and can be tested without a database.
 */

export type LibraryTab = 'saved' | 'archive' | 'history';

/** unread / read apply to saved items; history-only rows (visited, never saved) have status `visited`. */
export type ItemStatus = 'unread' | 'read' | 'archived' | 'visited';

export interface LibraryItem {
  /** Normalised URL: the row's identity everywhere. */
  url: string;
  title: string;
  /** Site name from the page, or the host name. */
  site: string;
  /** Primary language subtag ("en", "zh"), or '' when unknown. */
  lang: string;
  /** When it was saved (ms since epoch); null when never saved. */
  savedAt: number | null;
  /** Last time the reader opened it with Lede (ms); null when never visited. */
  visitedAt: number | null;
  readingMinutes: number;
  /** The first TL;DR sentence (the one line a row shows). */
  tldr: string;
  /** Topics, most important first: `key` is the interest key (`interestKey`) filters and interests use. */
  topics: ItemTopic[];
  status: ItemStatus;
  /** Reading progress 0..1. */
  progress: number;
  /** Body text for full-text search; may be truncated. */
  text: string;
  /** Changes whenever anything indexed changes (content hash + status...): drives incremental re-indexing. */
  version: string;
}

/**
 * Bodies are indexed up to this many characters: the opening of a news article (its lede) says what it is
 * about, and the index is kept in memory: with whole bodies, 10,000 articles took over half a gigabyte.
 */
export const MAX_TEXT_CHARS = 2000;

export interface ItemTopic {
  key: string;
  label: string;
}

/** The reader's interests, indexed once per change (core/interests/rank.ts). */
export type { ProfileIndex as InterestView } from '../core/interests/rank';

export const NO_INTERESTS = { learned: new Map<string, number>(), followed: new Set<string>(), muted: new Set<string>() };
