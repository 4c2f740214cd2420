/**
 * The companion flow behind one toolbar click: read the tab (readTab.ts: injection and validation), analyse the
 * article in two steps (the TL;DR first, the rest when the popup asks), remember it (analysisCache.ts), start
 * reading ahead when the popup opens (readAhead.ts), and answer the popup; highlighting is in highlight.ts.
 * Every failure ends as a CompanionResult with a code the popup can explain; nothing here can hang for more than
 * ten seconds.
 */
import { browser } from '../shared/browser';
import { analyzeInTwo, prepareComplete, prepareLead, type LeadAnalysis } from '../core/analyze';
import type { Analysis, Article } from '../core/types';
import type { ArticleView, CompanionResult, CompanionTimings, PopupAnswer } from '../shared/messages';
import { cachedAnalysis, remember, rememberedAnalysis } from './analysisCache';
import { ReadAhead } from './readAhead';
import { readTab, type TabInfo } from './readTab';

export const COMPANION_TIMEOUT_MS = 10_000;

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



/** The article as the popup gets it: everything but the raw HTML (kept here for Save and history). */
function viewOf(article: Article): ArticleView {
  const { html: _html, ...view } = article;
  return view;
}

/** Remembers a complete analysis, then tells the listeners (history, interests) after the answer has left. */
function finish(tab: TabInfo, article: Article, analysis: Analysis, fromCache: boolean, timings: CompanionTimings): void {
  remember(article, analysis);
  const result: CompanionResult & { ok: true } = {
    ok: true,
    tabId: tab.id,
    article: viewOf(article),
    analysis,
    fromCache,
    ...(__BENCH_HOOKS__ && { timings }),
  };
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
    ...(__BENCH_HOOKS__ && { timings }),
  });
  const t0 = performance.now();
  const cached = cachedAnalysis(article, useSelection);
  if (cached) {
    timings.analyze = performance.now() - t0;
    return { answer: answer(cached, cached, true), commit: () => finish(tab, article, cached, true, timings) };
  }
  // The stop-word lists this page needs load on the first click that needs them (a few ms), then stay.
  await prepareLead(article);
  const { lead, complete } = analyzeInTwo(article);
  // The category pack of the page's language loads (once) while the popup paints the TL;DR.
  const ready = prepareComplete(lead.lang);
  if (whole) {
    await ready;
    const analysis = complete();
    timings.analyze = performance.now() - t0;
    return { answer: answer(lead, analysis, false), commit: () => finish(tab, article, analysis, false, timings) };
  }
  timings.analyze = performance.now() - t0;
  return { answer: answer(lead, null, false), commit: () => completeLater(tab, article, complete, ready, timings) };
}

/** Registers the rest of an analysis whose lead has been answered; it runs when asked for or after a while. */
function completeLater(tab: TabInfo, article: Article, complete: () => Analysis, ready: Promise<unknown>, timings: CompanionTimings): void {
  let start = () => {};
  const analysis = new Promise<Analysis>((resolve, reject) => {
    const timer = setTimeout(() => start(), COMPLETE_AFTER_MS);
    start = () => {
      clearTimeout(timer);
      start = () => {};
      // prepareComplete never rejects: a pack that failed to load only leaves the section out.
      void ready.then(() => {
        try {
          const done = complete();
          finish(tab, article, done, false, timings);
          resolve(done);
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
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
  const analysis = pending ? await pending.analysis.catch(() => null) : (rememberedAnalysis(url) ?? null);
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

