/**
 * The one shape every importer produces, whatever the source (Pocket, Instapaper, Omnivore, bookmarks, a Lede
 * backup). Plain data: it crosses into the storage layer unchanged.
 */

export type ImportFormat =
  | 'pocket-csv'
  | 'pocket-zip'
  | 'pocket-html'
  | 'instapaper-csv'
  | 'omnivore-zip'
  | 'netscape-html'
  | 'lede-backup';

export type ImportedStatus = 'unread' | 'archived';

export interface ImportedItem {
  /** Absolute http(s) URL as found in the file (normalisation happens when items are merged). */
  url: string;
  title: string;
  /** When the reader saved it, ms since the epoch; null when the file does not say. */
  savedAt: number | null;
  status: ImportedStatus;
  favourite: boolean;
  /** Labels, folders and tags from the source, trimmed and deduplicated case-insensitively. */
  tags: string[];
  excerpt?: string;
  /** Offline copy as the source file has it: untrusted HTML, sanitized only when the reader view shows it. */
  html?: string;
  /** 0..1 */
  readingProgress?: number;
  /** Highlighted passages, one string each (Markdown as the source wrote it). */
  highlights?: string[];
  author?: string;
  /** ISO 8601 when the source says when the article was published. */
  publishedTime?: string;
}

/** Why a row could not be read. Each reason has a localised message `impProblem_<reason>`. */
export type ProblemReason =
  | 'missing-url'
  | 'bad-url'
  | 'unsafe-url'
  | 'formula'
  | 'bad-row'
  | 'bad-json'
  | 'too-long';

export interface ImportProblem {
  /** 1-based line in the file (for zips: in the file named by `file`; for JSON batches: the item's index + 1). */
  line: number;
  reason: ProblemReason;
  /** The file inside a zip the row came from. */
  file?: string;
}

export interface ImportResult {
  format: ImportFormat;
  items: ImportedItem[];
  problems: ImportProblem[];
  /** Entries the source marks as deleted, which are left out on purpose (not problems). */
  skipped: number;
}

/** A whole-file failure: nothing is imported. Each code has a localised message `impError_<code>`. */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'bad-encoding'
  | 'unknown-format'
  | 'bad-zip'
  | 'zip-too-large'
  | 'bad-backup'
  | 'newer-backup'
  | 'nothing-to-import';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ImportError';
  }
}

export interface ParseOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  /** Cap on the total uncompressed size of a zip's entries (zip bombs). */
  maxUnzippedBytes?: number;
  /** Cap on the number of entries in a zip. */
  maxZipEntries?: number;
}

export const LIMITS = {
  maxBytes: 100 * 1024 * 1024,
  maxUnzippedBytes: 400 * 1024 * 1024,
  maxZipEntries: 200_000,
  maxTitle: 2000,
  maxTag: 100,
  maxTags: 100,
  maxUrl: 8192,
} as const;
