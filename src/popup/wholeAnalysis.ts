/**
 * The worker answers the popup with the TL;DR first (see analyzeTabForPopup) and completes the FAQ, topics and
 * category a moment later. This hook fetches that completion; should the worker have lost it (restarted in
 * between), it asks for the whole analysis again rather than leave the sections waiting for ever.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type PopupAnswer } from '../shared/messages';
import type { Analysis } from '../core/types';
import { requestAnalysis } from './request';

export type WholeAnalysis = { state: 'waiting' } | { state: 'ready'; analysis: Analysis } | { state: 'failed' };

export function useWholeAnalysis(result: PopupAnswer & { ok: true }, useSelection: boolean): WholeAnalysis {
  // Only a lead-only answer has anything to fetch; a whole one is returned as it is.
  const [fetched, setFetched] = useState<WholeAnalysis>({ state: 'waiting' });
  useEffect(() => {
    if (result.analysis) return;
    let live = true;
    void (async () => {
      const { analysis } = await sendMessage('analysisOf', { url: result.article.url, contentHash: result.lead.contentHash }).catch(
        () => ({ analysis: null }),
      );
      if (analysis) return analysis;
      const again = await requestAnalysis(useSelection, true);
      return again.ok ? again.analysis : null;
    })().then((analysis) => {
      if (live) setFetched(analysis ? { state: 'ready', analysis } : { state: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [result, useSelection]);
  return result.analysis ? { state: 'ready', analysis: result.analysis } : fetched;
}
