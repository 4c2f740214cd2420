/**
 * Reading the tab behind a click: one injection of the extractor (activeTab grants it; the file's completion
 * value is the outcome, see content/protocol.ts), the URL checks in parallel, and validation of what the page sent.
 * Every failure ends as a CompanionFailure with a code the popup can explain.
 */
import { browser } from '../shared/browser';
import type { Article } from '../core/types';
import type { CompanionFailure, CompanionTimings } from '../shared/messages';
import { INJECTED_SCRIPTS, type ExtractOutcome } from '../content/protocol';
import { classifyUrl, isMissingAccessError, isPermissionError } from './restricted';
import { validateArticle } from './validateArticle';

export type TabInfo = { id: number; incognito: boolean; url?: string };

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
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [INJECTED_SCRIPTS.extract] });
  timings.extract = performance.now() - t0;
  const outcome = (injection?.result ?? null) as ExtractOutcome | null;
  timings.inPage = typeof outcome?.ms === 'number' ? outcome.ms : 0;
  return outcome as ExtractOutcome;
}

/** Reads the tab's article: URL checks, one injection, validation. Everything up to the analysis. */
export async function readTab(
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
    const code = isMissingAccessError(message) ? 'no-access' : isPermissionError(message) ? 'restricted' : 'extraction-failed';
    return { ok: false, tabId, code, detail: message };
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
