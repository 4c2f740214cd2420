/**
 * The one protocol between Lede's contexts (popup, library, options <-> background worker). Every message is
 * declared here once; @webext-core/messaging types both ends from this map.
 *
 * Results from content scripts are not messages: they come back from `scripting.executeScript` and are
 * validated in background/ (see validateArticle) because they come from a web page.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis, Article } from '../core/types';
import type { LeadAnalysis } from '../core/analyze';

/** Why the companion could not show an article. Each has its own message and next step in the popup. */
export type CompanionErrorCode =
  | 'no-tab' // the tab is gone
  | 'restricted' // browser-internal page, web store, another extension: scripts cannot run there
  | 'no-access' // a web page Lede was not given (a popup opened without the toolbar click's grant)
  | 'pdf' // the browser's PDF viewer
  | 'loading' // the page has not finished loading
  | 'not-article' // Readability found no article
  | 'extraction-failed' // the page threw, or returned something that is not an article
  | 'too-large' // past the extractor's bounds (src/extract/limits.ts): reading it would freeze the tab
  | 'timeout'; // gave up after 10 s

/** Where the worker's time went, in ms (shown to benchmarks through a performance mark in the popup). */
export interface CompanionTimings {
  /** Injecting the extractor and getting its outcome back: one scripting round trip. */
  extract: number;
  /** Of which spent extracting inside the page. */
  inPage: number;
  analyze: number;
  /** The read started as the popup's page began to load (see background/readAhead.ts), before it asked. */
  ahead?: boolean;
}

/** The article as the popup needs it: everything but the raw HTML. */
export type ArticleView = Omit<Article, 'html'>;

export type CompanionFailure = { ok: false; tabId: number | null; code: CompanionErrorCode; detail?: string; hasSelection?: boolean };

/** A whole answer: the article and its complete analysis (what history, Save and the keyboard command use). */
export type CompanionResult =
  | { ok: true; tabId: number; article: ArticleView; analysis: Analysis; fromCache: boolean; timings?: CompanionTimings }
  | CompanionFailure;

/**
 * What the popup gets: the TL;DR first. `analysis` is the complete analysis when the worker had it already
 * (cached, or asked for `whole`); otherwise null, and the popup fetches it with `analysisOf` a moment later.
 */
export type PopupAnswer =
  | {
      ok: true;
      tabId: number;
      article: ArticleView;
      lead: LeadAnalysis;
      analysis: Analysis | null;
      fromCache: boolean;
      timings?: CompanionTimings;
    }
  | CompanionFailure;

/** A related article as the popup lists it. */
export interface RelatedItem {
  url: string;
  title: string;
  siteName: string | null;
  saved: boolean;
}

/** The reading list's bookmark mirror as the options page shows it (issue 18). */
export interface SyncStatus {
  /** False on Firefox for Android, which has no bookmarks API. */
  supported: boolean;
  /** The optional `bookmarks` permission is granted. */
  permission: boolean;
  enabled: boolean;
  lastRun: import('../core/sync/readingListPlan').RunReport | null;
}

export interface ProtocolMap {
  // ---- companion (popup) ----
  /**
   * Extract and analyse the article in a tab. `useSelection` takes the selected text as the article. Answers
   * as soon as the TL;DR is ready unless `whole` is set. `openedAt`: the popup's navigation start (epoch ms), so
   * the worker hands it only a read started for it (background/readAhead.ts).
   */
  analyzeTab(req: { tabId: number; useSelection?: boolean; whole?: boolean; openedAt?: number }): PopupAnswer;
  /** The complete analysis of the article analyzeTab answered with its lead only (null when the worker lost it). */
  analysisOf(req: { url: string; contentHash: string }): { analysis: Analysis | null };
  /** Scroll to and highlight a passage (a TL;DR sentence, an FAQ answer) in the tab. */
  highlightInTab(req: { tabId: number; text: string }): { found: boolean };
  /** Answered by the worker at once: lets benchmarks and tests time a bare round trip. */
  /** Benchmark builds only (__BENCH_HOOKS__): the cheapest round trip to the worker. */
  ping(): 'pong';

  // ---- library & storage (issue 5) ----
  /**
   * Save the popup's article. The offline copy is the HTML the worker itself extracted for this URL: the popup
   * never carries page HTML, and the copy is stored untrusted (sanitized at display).
   */
  libSave(req: { tabId: number; article: ArticleView; analysis: Analysis }): import('../storage/types').LibChangeResult;
  /** Remove from the saved list; `previous` is the row as it was, for libUndo. */
  libUnsave(req: { url: string }): import('../storage/types').LibChangeResult;
  /** Put back exactly `previous` (or remove the row when null): Undo of a save or an unsave. */
  libUndo(req: { url: string; previous: import('../storage/types').ArticleRecord | null }): import('../storage/types').LibResult;
  libIsSaved(req: { url: string }): { saved: boolean };
  /** Up to three related items from history and the saved list (the popup stays free of the database). */
  libRelated(req: { url: string; title: string; analysis: Analysis }): { items: RelatedItem[] };
  /** The reader's explicit picks, interest key -> follow / mute. */
  intPicks(): Record<string, 'follow' | 'mute' | null>;
  intSetExplicit(req: { label: string; kind: import('../core/types').TopicKind; explicit: 'follow' | 'mute' | null }): { ok: boolean };

  // ---- offline copies' images (issue 16) ----
  /**
   * Fetch, downscale and keep the images of a saved article's offline copy (the reader clicked "Load images";
   * the library page holds the host permission for `sources`' origins while this runs). `sources` are the image
   * URLs the reader view chose from the sanitized copy, in order; the worker checks them again.
   */
  imgLoad(req: { url: string; sources: string[] }): import('../background/offlineImages').ImageLoadReport;

  // ---- AI providers (issue 7) ----

  // ---- reading list through bookmark sync (issue 18) ----
  syncStatus(): SyncStatus;
  /** Turn the mirror on (the page asked for the permission first; answers once the first mirror is done) or off. */
  syncSetEnabled(req: { enabled: boolean }): SyncStatus;
  /** The library page changed these saved items (all of them when absent, after an import): mirror them. */
  syncNudge(req: { urls?: string[] }): { ok: boolean };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
