/** Row shapes of Lede's database. Plain data: they also cross extension messages and the export file. */
import type { Analysis, Article } from '../core/types';
import type { Interest, VisitHow } from '../core/interests/profile';

export type { Interest, VisitHow };
export type ArticleStatus = 'unread' | 'archived';

/**
 * The article's own fields come from the extractor's Article (`url` is stored normalised: `normalizeUrl(...)`, the
 * primary key, so one page can never have two rows; `text` is '' for a link saved before it was ever opened).
 */
/** What the extractor knows about an article, minus blocks, signals and raw HTML. */
export type ArticleContent = Pick<
  Article,
  'url' | 'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'excerpt' | 'text'
>;

export interface ArticleRecord extends ArticleContent {
  /** `siteOf(url)` (schema v2): the site filter and excluded-site clean-ups use it. */
  host: string;
  /**
   * Offline copy ('' when none): the page's HTML as extracted or imported, always untrusted. It is rendered only
   * through `articleFragment` (src/shared/sanitize.ts), at display, which is the one place it is sanitized.
   */
  html: string;
  /** The core analysis; null for a link saved before its content was read. */
  analysis: Analysis | null;
  /** Interest keys (`articleTopicKeys`): topics plus `category:<id>`. Multi-entry index. */
  topics: string[];
  /** Taxonomy id of the category, or null. */
  category: string | null;
  /** Labels from imports (Pocket tags...) (schema v2, multi-entry index). */
  tags: string[];
  /** Highlighted passages brought in by an import (Omnivore), one Markdown string each (optional; issue 6). */
  highlights?: string[];
  status: ArticleStatus;
  /** Saved for later (the Saved/Archive tabs) versus a history-only row. */
  saved: boolean;
  favourite: boolean;
  /** ms since the epoch; null unless saved (null is left out of the index, so the index lists saved rows). */
  savedAt: number | null;
  /** When the reader finished or marked it read; null when not. */
  readAt: number | null;
  /** When it was last opened with the popup or the reader view; null for a link never opened. */
  visitedAt: number | null;
  /** Reading progress in the reader view, 0..1. */
  progress: number;
  contentHash: string;
  /** ms since the epoch of the last write to this row. */
  updatedAt: number;
}

export interface VisitRecord {
  id?: number;
  url: string;
  time: number;
  how: VisitHow;
  /** Time on the page when known, ms. */
  dwellMs: number | null;
}

/** Answers of the library messages (src/shared/messages.ts): storage failures arrive as a code, never a throw. */
export type LibFailure = { ok: false; error: import('./errors').StorageErrorCode };
export type LibResult = { ok: true } | LibFailure;
/** `previous`: the row before the change (null when there was none), for Undo. */
export type LibChangeResult = { ok: true; previous: ArticleRecord | null } | LibFailure;
