/**
 * The companion flow behind one toolbar click: inject the extractor into the tab (activeTab grants it), validate
 * what comes back, analyse it with the core engine, cache by URL + content hash, and answer the popup.
 * Every failure ends as a CompanionResult with a code the popup can explain; nothing here can hang for more than
 * ten seconds.
 */
import extractScript from '../content/extract.ts?iife';
import highlightScript from '../content/highlight.ts?iife';
import { browser } from '../shared/browser';
import { analyzeInTwo, type LeadAnalysis } from '../core/analyze';
import type { Analysis, Article } from '../core/types';
import type { ArticleView, CompanionFailure, CompanionResult, CompanionTimings, PopupAnswer } from '../shared/messages';
import type { ExtractOutcome } from '../content/protocol';
import { classifyUrl, isPermissionError } from './restricted';
import { validateArticle } from './validateArticle';
import { LruMap } from './lru';
import { hashText } from '../core/text/hash';
import { ReadAhead } from './readAhead';

export const COMPANION_TIMEOUT_MS = 10_000;

const analyses = new LruMap<string, Analysis>(50);
/** Raw article HTML per URL, kept briefly so Save can store an offline copy without re-extracting. */
const extracted = new LruMap<string, Article>(10);

export function lastExtracted(url: string): Article | undefined {
  return extracted.get(url);
}

type TabInfo = { id: number; incognito: boolean; url?: string };
type Listener = (tab: TabInfo, result: CompanionResult & { ok: true }, article: Article) => void | Promise<void>;
const openedListeners: Listener[] = [];

/** History and interests subscribe here, so this flow does not depend on storage. */
export function onArticleOpened(listener: Listener): void {
  openedListeners.push(listener);
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(onTimeout()), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

async function runExtractor(tabId: number, useSelection: boolean, timings: CompanionTimings): Promise<ExtractOutcome> {
  if (useSelection) {
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        globalThis.__ledeUseSelection = Date.now();
      },
    });
  }
  const t0 = performance.now();
  // One round trip: the file installs the extractor and its last statement runs it (see content/protocol.ts).
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [extractScript] });
  timings.extract = performance.now() - t0;
  const outcome = (injection?.result ?? null) as ExtractOutcome | null;
  timings.inPage = typeof outcome?.ms === 'number' ? outcome.ms : 0;
  return outcome as ExtractOutcome;
}

/** Reads the tab's article: URL checks, one injection, validation. Everything up to the analysis. */
async function readTab(
  tabId: number,
  useSelection: boolean,
  timings: CompanionTimings,
): Promise<{ ok: true; tab: TabInfo; article: Article } | CompanionFailure> {
  // The tab's details and the page's article are asked for at once (one round trip less before the answer): the
  // URL checks only decide which answer to give, and an injection the browser refuses (an internal page) just fails.
  const extraction = runExtractor(tabId, useSelection, timings).then(
    (outcome) => ({ outcome, error: null }),
    (error: unknown) => ({ outcome: null, error }),
  );
  let tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { ok: false, tabId: null, code: 'no-tab' };
  }
  const kind = classifyUrl(tab.url);
  // Without activeTab on this tab (e.g. a test opening the popup by URL), tab.url is hidden: let the injection decide.
  if (tab.url && kind === 'restricted') return { ok: false, tabId, code: 'restricted' };
  if (tab.url && kind === 'pdf') return { ok: false, tabId, code: 'pdf' };

  const { outcome, error } = await extraction;
  if (error !== null) {
    const message = error instanceof Error ? error.message : String(error);
    if (tab.status === 'loading') return { ok: false, tabId, code: 'loading' };
    return { ok: false, tabId, code: isPermissionError(message) ? 'restricted' : 'extraction-failed', detail: message };
  }
  if (!outcome || typeof outcome !== 'object') return { ok: false, tabId, code: 'extraction-failed' };
  switch (outcome.kind) {
    case 'pdf':
      return { ok: false, tabId, code: 'pdf' };
    case 'loading':
      return { ok: false, tabId, code: 'loading' };
    case 'error':
      return {
        ok: false,
        tabId,
        code: outcome.code === 'not-article' || outcome.code === 'too-large' ? outcome.code : 'extraction-failed',
        detail: String(outcome.message ?? '').slice(0, 500),
        hasSelection: outcome.hasSelection === true,
      };
    case 'article':
      break;
    default:
      return { ok: false, tabId, code: 'extraction-failed' };
  }

  const article = validateArticle(outcome.article, tab.url ?? String((outcome.article as { url?: unknown }).url ?? ''));
  if (!article) return { ok: false, tabId, code: 'not-article' };

  return { ok: true, tab: { id: tabId, incognito: tab.incognito, url: tab.url }, article };
}

/** The analysis cached for this article, unless the reader asked for the selection (always analysed afresh). */
function cachedAnalysis(article: Article, useSelection: boolean): Analysis | undefined {
  const cached = analyses.get(article.url);
  return cached && !useSelection && cached.contentHash === hashText(article.text) ? cached : undefined;
}

/** The article as the popup gets it: everything but the raw HTML (kept here for Save and history). */
function viewOf(article: Article): ArticleView {
  const { html: _html, ...view } = article;
  return view;
}

/** Remembers a complete analysis, then tells the listeners (history, interests) after the answer has left. */
function finish(tab: TabInfo, article: Article, analysis: Analysis, fromCache: boolean, timings: CompanionTimings): void {
  analyses.set(article.url, analysis);
  extracted.set(article.url, article);
  const result: CompanionResult & { ok: true } = { ok: true, tabId: tab.id, article: viewOf(article), analysis, fromCache, timings };
  // Recording history must never delay or break the popup: a macrotask, so the answer is posted first (a
  // microtask would run the listeners' synchronous work, IndexedDB set-up included, before the reply leaves).
  setTimeout(() => {
    for (const listener of openedListeners) {
      Promise.resolve()
        .then(() => listener(tab, result, article))
        .catch((e: unknown) => console.warn('Lede: could not record the visit', e));
    }
  }, 0);
}

/**
 * How long the rest of an analysis waits for the popup to ask for it. The popup asks once its TL;DR is painted;
 * until then the worker stays quiet, so completing the analysis (and recording the visit after it) does not
 * compete with that paint for the machine's cores. The wait is a ceiling, for answers nobody fetches.
 */
const COMPLETE_AFTER_MS = 150;

/** Analyses whose lead the popup has and whose rest is pending, by URL: `start` runs it now if not yet begun. */
const completing = new Map<string, { analysis: Promise<Analysis>; start: () => void }>();

/** An answer for the popup, and what to do once it is handed over (remember it, complete it, record the visit). */
interface Prepared {
  answer: PopupAnswer;
  commit(): void;
}

/**
 * Reads the tab and analyses its article. With `whole` the answer carries the complete analysis; without it
 * (the popup's first request) the worker answers with the TL;DR (the lead of analyzeInTwo) and, once committed,
 * completes the FAQ, topics and category when the popup asks for them (analysisOf) or after COMPLETE_AFTER_MS.
 * A cached analysis is answered whole at once. Nothing is remembered or recorded before `commit`, so a read
 * started ahead of the popup's request (readAhead.ts) leaves no trace when the popup never asks.
 */
async function prepare(tabId: number, useSelection: boolean, whole: boolean, ahead: boolean): Promise<Prepared> {
  const timings: CompanionTimings = { extract: 0, inPage: 0, analyze: 0, ahead };
  const read = await readTab(tabId, useSelection, timings);
  if (!read.ok) return { answer: read, commit: () => {} };
  const { tab, article } = read;
  const answer = (lead: LeadAnalysis, analysis: Analysis | null, fromCache: boolean): PopupAnswer => ({
    ok: true,
    tabId,
    article: viewOf(article),
    lead,
    analysis,
    fromCache,
    timings,
  });
  const t0 = performance.now();
  const cached = cachedAnalysis(article, useSelection);
  if (cached) {
    timings.analyze = performance.now() - t0;
    return { answer: answer(cached, cached, true), commit: () => finish(tab, article, cached, true, timings) };
  }
  const { lead, complete } = analyzeInTwo(article);
  if (whole) {
    const analysis = complete();
    timings.analyze = performance.now() - t0;
    return { answer: answer(lead, analysis, false), commit: () => finish(tab, article, analysis, false, timings) };
  }
  timings.analyze = performance.now() - t0;
  return { answer: answer(lead, null, false), commit: () => completeLater(tab, article, complete, timings) };
}

/** Registers the rest of an analysis whose lead has been answered; it runs when asked for or after a while. */
function completeLater(tab: TabInfo, article: Article, complete: () => Analysis, timings: CompanionTimings): void {
  let start = () => {};
  const analysis = new Promise<Analysis>((resolve, reject) => {
    const timer = setTimeout(() => start(), COMPLETE_AFTER_MS);
    start = () => {
      clearTimeout(timer);
      start = () => {};
      try {
        const done = complete();
        finish(tab, article, done, false, timings);
        resolve(done);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
  });
  const pending = { analysis, start: () => start() };
  completing.set(article.url, pending);
  const forget = () => {
    if (completing.get(article.url) === pending) completing.delete(article.url);
  };
  analysis.then(forget, forget);
}

function prepareWithin(tabId: number, useSelection: boolean, whole: boolean, ahead = false): Promise<Prepared> {
  return withTimeout(prepare(tabId, useSelection, whole, ahead), COMPANION_TIMEOUT_MS, () => ({
    answer: { ok: false, tabId, code: 'timeout' },
    commit: () => {},
  }));
}

async function handOver(prepared: Promise<Prepared>): Promise<PopupAnswer> {
  const { answer, commit } = await prepared;
  commit();
  return answer;
}

/** Reads of the popup's tab started as the popup's page began to load (see popupOpening.ts). */
const readsAhead = new ReadAhead<Prepared>();

/**
 * Starts reading the tab a popup is opening for, so the popup's request (analyzeTabForPopup) finds the work
 * under way. 'active' is the toolbar popup: the active tab of the focused window, the one the popup will ask for.
 */
export async function readAheadForPopup(target: number | 'active'): Promise<void> {
  const tabId = target === 'active' ? await activeTabId() : target;
  if (tabId !== null) readsAhead.start(tabId, () => prepareWithin(tabId, false, false, true));
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  return tab?.id ?? null;
}

/** The complete analysis of an article whose lead the popup has, making it now if it is still pending. */
export async function analysisOf(url: string, contentHash: string): Promise<Analysis | null> {
  const pending = completing.get(url);
  pending?.start();
  const analysis = pending ? await pending.analysis.catch(() => null) : (analyses.get(url) ?? null);
  return analysis && analysis.contentHash === contentHash ? analysis : null;
}

/**
 * The popup's request: the TL;DR first (or everything at once with `whole`). The first request of a popup takes
 * over the read started as the popup opened, when there is one.
 */
export function analyzeTabForPopup(
  tabId: number,
  opts: { useSelection?: boolean; whole?: boolean; openedAt?: number } = {},
): Promise<PopupAnswer> {
  const useSelection = opts.useSelection === true;
  const whole = opts.whole === true;
  const ahead = useSelection || whole ? undefined : readsAhead.take(tabId, opts.openedAt);
  return handOver(ahead ?? prepareWithin(tabId, useSelection, whole));
}

/** The whole flow for callers that need the complete analysis at once (Save from the menu or keyboard). */
export async function analyzeTab(tabId: number, opts: { useSelection?: boolean } = {}): Promise<CompanionResult> {
  const answer = await analyzeTabForPopup(tabId, { useSelection: opts.useSelection, whole: true });
  if (!answer.ok) return answer;
  const { lead: _lead, analysis, ...rest } = answer;
  // `whole` answers always carry the analysis; the check keeps the types honest.
  return analysis ? { ...rest, analysis } : { ok: false, tabId, code: 'extraction-failed' };
}

const HIGHLIGHT_CSS = '::highlight(lede){background-color:#ffe066;color:#111;}';

export async function highlightInTab(tabId: number, text: string): Promise<{ found: boolean }> {
  try {
    await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
    await browser.scripting.executeScript({ target: { tabId }, files: [highlightScript] });
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: (passage: string) => globalThis.__lede?.highlight?.(passage) ?? false,
      args: [text.slice(0, 5000)],
    });
    return { found: injection?.result === true };
  } catch {
    return { found: false };
  }
}
