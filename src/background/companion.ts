/**
 * The companion flow behind one toolbar click: inject the extractor into the tab (activeTab grants it), validate
 * what comes back, analyse it with the core engine, cache by URL + content hash, and answer the popup.
 * Every failure ends as a CompanionResult with a code the popup can explain; nothing here can hang for more than
 * ten seconds.
 */
import extractScript from '../content/extract.ts?iife';
import highlightScript from '../content/highlight.ts?iife';
import { browser } from '../shared/browser';
import { analyze } from '../core/analyze';
import type { Analysis, Article } from '../core/types';
import type { CompanionResult, CompanionTimings } from '../shared/messages';
import type { ExtractOutcome } from '../content/protocol';
import { classifyUrl, isPermissionError } from './restricted';
import { validateArticle } from './validateArticle';
import { LruMap } from './lru';
import { hashText } from '../core/text/hash';

export const COMPANION_TIMEOUT_MS = 10_000;

const analyses = new LruMap<string, Analysis>(50);
/** Raw article HTML per URL, kept briefly so Save can store an offline copy without re-extracting. */
const extracted = new LruMap<string, Article>(10);

export function lastExtracted(url: string): Article | undefined {
  return extracted.get(url);
}

type Listener = (tab: { id: number; incognito: boolean; url?: string }, result: CompanionResult & { ok: true }, article: Article) => void | Promise<void>;
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
        globalThis.__ledeUseSelection = true;
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

async function analyzeTabNow(tabId: number, useSelection: boolean): Promise<CompanionResult> {
  let tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { ok: false, tabId: null, code: 'no-tab' };
  }
  const kind = classifyUrl(tab.url);
  // Without activeTab on this tab (e.g. a test opening the popup by URL), tab.url is hidden: try anyway and let
  // the injection decide.
  if (tab.url && kind === 'restricted') return { ok: false, tabId, code: 'restricted' };
  if (tab.url && kind === 'pdf') return { ok: false, tabId, code: 'pdf' };

  const timings: CompanionTimings = { extract: 0, inPage: 0, analyze: 0 };
  let outcome: ExtractOutcome | null;
  try {
    outcome = await runExtractor(tabId, useSelection, timings);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
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
        code: outcome.code === 'not-article' ? 'not-article' : 'extraction-failed',
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

  const t0 = performance.now();
  const cached = analyses.get(article.url);
  const analysis = cached && !useSelection && cached.contentHash === hashOf(article) ? cached : analyze(article);
  timings.analyze = performance.now() - t0;
  analyses.set(article.url, analysis);
  extracted.set(article.url, article);

  const { html: _html, ...view } = article;
  const result: CompanionResult & { ok: true } = { ok: true, tabId, article: view, analysis, fromCache: analysis === cached, timings };
  // Recording history must never delay or break the popup: a macrotask, so the answer is posted first (a
  // microtask would run the listeners' synchronous work, IndexedDB set-up included, before the reply leaves).
  setTimeout(() => {
    for (const listener of openedListeners) {
      Promise.resolve()
        .then(() => listener({ id: tabId, incognito: tab.incognito, url: tab.url }, result, article))
        .catch((e: unknown) => console.warn('Lede: could not record the visit', e));
    }
  }, 0);
  return result;
}

function hashOf(article: Article): string {
  return hashText(article.text);
}

export function analyzeTab(tabId: number, opts: { useSelection?: boolean } = {}): Promise<CompanionResult> {
  return withTimeout(analyzeTabNow(tabId, opts.useSelection === true), COMPANION_TIMEOUT_MS, () => ({
    ok: false,
    tabId,
    code: 'timeout',
  }));
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
