/**
 * Firefox's experimental on-device inference, `browser.trial.ml` (optional `trialML` permission). It runs
 * Transformers.js pipelines in Firefox's inference process; Lede uses a summarization model for the TL;DR
 * (English only: the model is trained on English news). The FAQ stays the local engine's.
 *
 * Shapes follow Firefox's `trial.ml` documentation: `createEngine({taskName, modelId, ...})`,
 * `runEngine({args, options})`, `onProgress` events while the model downloads.
 */
import { AiError, toAiError } from './errors';
import type { Provider } from './provider';

export interface TrialMlProgress {
  /** 0..100 while downloading; shapes vary between versions, so every field is optional. */
  progress?: number;
  totalLoaded?: number;
  total?: number;
  type?: string;
  statusText?: string;
  ok?: boolean;
}

export interface TrialMl {
  createEngine(opts: { taskName: string; modelId: string; modelHub?: string; modelRevision?: string; dtype?: string }): Promise<unknown>;
  runEngine(req: { args: unknown[]; options?: Record<string, unknown> }): Promise<unknown>;
  onProgress?: { addListener(fn: (p: TrialMlProgress) => void): void; removeListener(fn: (p: TrialMlProgress) => void): void };
}

/** A distilled BART summarizer in ONNX form, small enough for the reader's machine. */
export const FIREFOX_SUMMARY_MODEL = { taskName: 'summarization', modelId: 'Xenova/distilbart-cnn-6-6', modelHub: 'huggingface' };

/** BART reads at most 1,024 tokens: the lead of the article, where news puts what matters. */
const MAX_INPUT_CHARS = 3_500;

/** Pulls the text out of a pipeline result: `[{summary_text}]`, `{output: ...}`, or a bare string. */
export function trialMlText(result: unknown): string {
  const r = (result as { output?: unknown } | null)?.output ?? result;
  const first = Array.isArray(r) ? r[0] : r;
  if (typeof first === 'string') return first;
  const o = first as { summary_text?: unknown; generated_text?: unknown } | null;
  const text = o?.summary_text ?? o?.generated_text;
  if (typeof text !== 'string') throw new AiError('bad-response', 'The Firefox model returned no text');
  return text;
}

export function createFirefoxProvider(ml: TrialMl | null, opts: { granted: () => Promise<boolean> }): Provider {
  let engine: Promise<unknown> | null = null;
  return {
    id: 'firefox',
    source: 'firefox-ai',
    remoteOrigin: null,
    async availability(lang) {
      if (!ml || !lang.toLowerCase().startsWith('en')) return 'unavailable';
      return (await opts.granted()) ? 'available' : 'unavailable';
    },
    async tldr(article, lang, run = {}) {
      if (!ml || !(await this.availability(lang) === 'available')) throw new AiError('unavailable', 'Firefox on-device AI is not available');
      try {
        engine ??= ml.createEngine(FIREFOX_SUMMARY_MODEL);
        await engine;
        if (run.signal?.aborted) throw new AiError('cancelled', 'Cancelled');
        const input = article.text.length > MAX_INPUT_CHARS ? article.text.slice(0, article.text.lastIndexOf(' ', MAX_INPUT_CHARS)) : article.text;
        const text = trialMlText(await ml.runEngine({ args: [input], options: { max_new_tokens: 140 } }));
        run.onText?.(text);
        return text;
      } catch (e) {
        engine = null;
        throw toAiError(e);
      }
    },
  };
}

/** Creates the engine (downloading the model) and reports progress 0..1; call from a click in the options page. */
export async function prepareFirefoxModel(ml: TrialMl, onProgress: (fraction: number) => void): Promise<void> {
  const listener = (p: TrialMlProgress) => {
    const pct = typeof p.progress === 'number' ? p.progress / 100 : p.total ? (p.totalLoaded ?? 0) / p.total : null;
    if (pct !== null && Number.isFinite(pct)) onProgress(Math.max(0, Math.min(1, pct)));
  };
  ml.onProgress?.addListener(listener);
  try {
    await ml.createEngine(FIREFOX_SUMMARY_MODEL);
    onProgress(1);
  } catch (e) {
    throw toAiError(e);
  } finally {
    ml.onProgress?.removeListener(listener);
  }
}
