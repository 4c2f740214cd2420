/**
 * The popup's use of an AI provider: starts the provider the reader chose once the local analysis is on screen,
 * streams its validated TL;DR sentences, then its grounded FAQ, and falls back to the local results on any error.
 * Cancels when the popup unmounts (closing the popup closes the connection). The provider code loads only after
 * the local TL;DR is on screen, so it never delays it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, Tldr } from '../core/types';
import type { ArticleView } from '../shared/messages';
import type { AiErrorCode } from '../ai/errors';
import type { GroundedFaqItem } from '../ai/grounding';

export type ProviderStatus = 'off' | 'running' | 'done' | 'fallback';

export interface ProviderState {
  status: ProviderStatus;
  /** The provider's TL;DR (partial while streaming); null means show the local one. */
  tldr: Tldr | null;
  /** The provider's grounded FAQ; null means show the local one. */
  faq: GroundedFaqItem[] | null;
  /** Who is writing: `chrome-ai`, `openai:llama3.2`... */
  source: string | null;
  /** Where the article text is sent, when it leaves the device. */
  remoteOrigin: string | null;
  /** Why the provider's output is not (all) shown. */
  error: AiErrorCode | null;
  cancel(): void;
}

const OFF: Omit<ProviderState, 'cancel'> = { status: 'off', tldr: null, faq: null, source: null, remoteOrigin: null, error: null };

/** Starts once `analysis` is complete (null while the worker completes it: the provider is given the whole of it). */
export function useProviderEnhancement(article: ArticleView, analysis: Analysis | null): ProviderState {
  const [state, setState] = useState<Omit<ProviderState, 'cancel'>>(OFF);
  const ctrl = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!analysis) return;
    const abort = new AbortController();
    ctrl.current = abort;
    let live = true;
    const set = (patch: Partial<Omit<ProviderState, 'cancel'>>) => live && setState((s) => ({ ...s, ...patch }));
    void (async () => {
      const [{ currentProvider }, { enhance }] = await Promise.all([import('../ai/browserAi'), import('../ai/enhance')]);
      const { provider, problem } = await currentProvider();
      if (!provider) {
        if (problem) set({ status: 'fallback', error: problem });
        return;
      }
      if ((await provider.availability(analysis.lang)) !== 'available') {
        set({ status: 'fallback', error: 'unavailable', source: String(provider.source) });
        return;
      }
      set({ status: 'running', source: String(provider.source), remoteOrigin: provider.remoteOrigin });
      const result = await enhance(provider, article, analysis, {
        signal: abort.signal,
        onTldr: (tldr) => set({ tldr }),
      });
      const tldr = !result.tldrError && result.tldr.source === provider.source ? result.tldr : null;
      const faq = result.faqError ? [] : (result.faq as GroundedFaqItem[]).filter((f) => 'support' in f);
      // The notice speaks of the TL;DR, the first thing the reader sees; an FAQ that failed just stays local
      // (its section says who wrote it). When the page's own TL;DR won, the FAQ's fate is the news.
      const error = (analysis.tldr.source !== 'page' ? result.tldrError?.code : result.faqError?.code) ?? null;
      set({ status: error ? 'fallback' : 'done', tldr, faq: faq.length ? faq : null, error });
    })().catch(() => set({ status: 'fallback', tldr: null, faq: null, error: 'bad-response' }));
    return () => {
      live = false;
      abort.abort();
    };
    // One run per article: a new analysis (another tab, a retry) starts over.
  }, [article.url, analysis?.contentHash ?? null]);

  return { ...state, cancel: () => ctrl.current?.abort() };
}
