/**
 * The popup's one question to the worker: extract and analyse the tab. Kept apart from the Preact app so the
 * popup's first script (main.ts) can send it before the app's code has even loaded.
 */
import { sendMessage, type PopupAnswer } from '../shared/messages';
import { targetTabId } from './tabTarget';

/** The worker gives up after 10 s; this is the popup's own guard in case the worker itself is gone. */
const POPUP_GUARD_MS = 11_000;

export async function requestAnalysis(useSelection: boolean, whole = false): Promise<PopupAnswer> {
  const tabId = await targetTabId();
  if (tabId === null) return { ok: false, tabId: null, code: 'no-tab' };
  const guard = new Promise<PopupAnswer>((resolve) =>
    setTimeout(() => resolve({ ok: false, tabId, code: 'timeout' }), POPUP_GUARD_MS),
  );
  // The first request carries the page's navigation start: the worker may have started reading the tab for this
  // popup then (background/readAhead.ts). Reading the selection, or everything at once, always reads afresh.
  const request = whole
    ? { tabId, useSelection, whole }
    : useSelection
      ? { tabId, useSelection }
      : { tabId, useSelection, openedAt: performance.timeOrigin };
  const answer = sendMessage('analyzeTab', request).catch(
    (e: unknown): PopupAnswer => ({ ok: false, tabId, code: 'extraction-failed', detail: String(e) }),
  );
  return Promise.race([answer, guard]);
}

/** For the speed benchmark: when the answer arrived, and where the worker spent its time. */
export function markReceived(result: PopupAnswer): PopupAnswer {
  performance.mark('lede:analysis-received', { detail: result.ok ? (result.timings ?? null) : null });
  return result;
}
