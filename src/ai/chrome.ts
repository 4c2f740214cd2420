/**
 * Chrome's built-in AI: `Summarizer` (type `tldr`) for the TL;DR and `LanguageModel` (the Prompt API) for the
 * FAQ and questions. They exist in window contexts (popup, options, library), not in the service worker, and
 * models are downloaded once after a user click (`downloadModels`, from the options page).
 *
 * The shapes below follow the published Summarizer / Prompt API documentation; only what Lede uses is typed.
 * Long articles: `measureInputUsage` against `inputQuota`; too long means summarising paragraph chunks that fit,
 * then summarising the summaries.
 */
import { AiError, toAiError } from './errors';
import { SUMMARIZER_CONTEXT, faqMessages, questionMessages, type ChatMessage } from './prompts';
import type { Availability, Provider, ProviderArticle, RunOptions } from './provider';

export interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (e: { loaded: number; total?: number }) => void): void;
}

interface CreateCommon {
  signal?: AbortSignal;
  monitor?: (m: DownloadMonitor) => void;
}

export interface SummarizerOptions extends CreateCommon {
  type?: 'tldr' | 'key-points' | 'teaser' | 'headline';
  format?: 'plain-text' | 'markdown';
  length?: 'short' | 'medium' | 'long';
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
}

export interface SummarizerInstance {
  readonly inputQuota: number;
  measureInputUsage(input: string, opts?: { context?: string; signal?: AbortSignal }): Promise<number>;
  summarize(input: string, opts?: { context?: string; signal?: AbortSignal }): Promise<string>;
  summarizeStreaming?(input: string, opts?: { context?: string; signal?: AbortSignal }): ReadableStream<string>;
  destroy(): void;
}

export interface SummarizerStatic {
  availability(opts?: Omit<SummarizerOptions, 'signal' | 'monitor' | 'sharedContext'>): Promise<Availability>;
  create(opts?: SummarizerOptions): Promise<SummarizerInstance>;
}

export interface LanguageModelOptions extends CreateCommon {
  initialPrompts?: ChatMessage[];
  expectedInputs?: { type: 'text'; languages?: string[] }[];
  expectedOutputs?: { type: 'text'; languages?: string[] }[];
}

export interface LanguageModelSession {
  readonly inputQuota: number;
  readonly inputUsage: number;
  measureInputUsage(input: string, opts?: { signal?: AbortSignal }): Promise<number>;
  prompt(input: string, opts?: { signal?: AbortSignal; responseConstraint?: object }): Promise<string>;
  promptStreaming?(input: string, opts?: { signal?: AbortSignal }): ReadableStream<string>;
  destroy(): void;
}

export interface LanguageModelStatic {
  availability(opts?: Omit<LanguageModelOptions, 'signal' | 'monitor' | 'initialPrompts'>): Promise<Availability>;
  create(opts?: LanguageModelOptions): Promise<LanguageModelSession>;
}

export interface ChromeAiApis {
  Summarizer?: SummarizerStatic;
  LanguageModel?: LanguageModelStatic;
}

/** The APIs as the page's globals expose them (absent in the worker, in Node, and in other browsers). */
export function chromeAiApis(g: object = globalThis): ChromeAiApis {
  const w = g as { Summarizer?: SummarizerStatic; LanguageModel?: LanguageModelStatic };
  return { Summarizer: w.Summarizer, LanguageModel: w.LanguageModel };
}

function baseLang(lang: string): string {
  return lang.split(/[-_]/)[0]!.toLowerCase();
}

function summarizerOptions(lang: string): SummarizerOptions {
  const l = baseLang(lang);
  return { type: 'tldr', format: 'plain-text', length: 'medium', expectedInputLanguages: [l], outputLanguage: l };
}

function languageModelOptions(lang: string): LanguageModelOptions {
  const l = baseLang(lang);
  return { expectedInputs: [{ type: 'text', languages: [l] }], expectedOutputs: [{ type: 'text', languages: [l] }] };
}

/**
 * Reads a streamed answer. Chrome's streams have carried deltas since 2025 and the whole text so far before;
 * a chunk that extends what was read is taken as the whole text, anything else as a delta.
 */
export async function readTextStream(stream: ReadableStream<string>, onText?: (t: string) => void): Promise<string> {
  const reader = stream.getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!value) continue;
    text = text && value.startsWith(text) ? value : text + value;
    onText?.(text);
  }
  return text;
}

/** Splits paragraphs into chunks whose measured input usage fits `quota`; a paragraph too big alone is cut. */
export async function chunkToQuota(
  text: string,
  quota: number,
  measure: (s: string) => Promise<number>,
): Promise<string[]> {
  const total = await measure(text);
  if (total <= quota) return [text];
  // Estimate characters per quota unit from the whole text, aim a little under, and verify each chunk.
  const perUnit = text.length / Math.max(1, total);
  const target = Math.max(200, Math.floor(quota * perUnit * 0.85));
  const paragraphs = text.split(/\n{2,}|\n/).map((p) => p.trim()).filter(Boolean);
  const pieces: string[] = [];
  for (const p of paragraphs) {
    if (p.length <= target) pieces.push(p);
    else for (let i = 0; i < p.length; i += target) pieces.push(p.slice(i, i + target));
  }
  const chunks: string[] = [];
  let current = '';
  for (const p of pieces) {
    if (current && current.length + p.length + 2 > target) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${p}` : p;
  }
  if (current) chunks.push(current);
  const out: string[] = [];
  for (const c of chunks) {
    if ((await measure(c)) <= quota) out.push(c);
    else if (c.length > 200) out.push(...(await chunkToQuota(c, quota, measure)));
    else throw new AiError('quota', 'A paragraph is larger than the on-device model accepts');
  }
  return out;
}

/** Summarises text of any length: chunks within the quota, then the summaries of the chunks, streaming the last. */
export async function summarizeWithinQuota(s: SummarizerInstance, text: string, opts: RunOptions = {}): Promise<string> {
  let input = text;
  for (;;) {
    const measure = (x: string) => s.measureInputUsage(x, { context: SUMMARIZER_CONTEXT, signal: opts.signal });
    const chunks = await chunkToQuota(input, s.inputQuota, measure);
    if (chunks.length === 1) {
      if (s.summarizeStreaming) {
        return readTextStream(s.summarizeStreaming(input, { context: SUMMARIZER_CONTEXT, signal: opts.signal }), opts.onText);
      }
      const out = await s.summarize(input, { context: SUMMARIZER_CONTEXT, signal: opts.signal });
      opts.onText?.(out);
      return out;
    }
    const parts: string[] = [];
    for (const c of chunks) parts.push(await s.summarize(c, { context: SUMMARIZER_CONTEXT, signal: opts.signal }));
    const next = parts.join('\n\n');
    // Summaries of summaries must get shorter each round, or this would never end.
    if (next.length >= input.length * 0.9) throw new AiError('quota', 'The article is too long for the on-device summarizer');
    input = next;
  }
}

/** Trims the data section until the prompt fits what the session has left. */
async function fitPrompt(
  session: LanguageModelSession,
  build: (maxChars: number | undefined) => ChatMessage[],
  signal?: AbortSignal,
): Promise<ChatMessage[]> {
  let maxChars: number | undefined;
  for (let i = 0; i < 5; i++) {
    const msgs = build(maxChars);
    const user = msgs.find((m) => m.role === 'user')!.content;
    const usage = await session.measureInputUsage(user, { signal });
    const left = session.inputQuota - session.inputUsage;
    if (usage <= left) return msgs;
    if (left <= 0) break;
    // Scale the article part down; the instructions around it stay, so shrink a little more each round.
    maxChars = Math.floor((maxChars ?? user.length) * (left / usage) * 0.85);
  }
  throw new AiError('quota', 'The article is too long for the on-device language model');
}

async function promptOnce(
  api: LanguageModelStatic,
  lang: string,
  build: (maxChars: number | undefined) => ChatMessage[],
  opts: RunOptions & { json?: boolean },
): Promise<string> {
  const system = build(undefined).filter((m) => m.role === 'system');
  const session = await api.create({ ...languageModelOptions(lang), initialPrompts: system, signal: opts.signal });
  try {
    const msgs = await fitPrompt(session, build, opts.signal);
    const user = msgs.find((m) => m.role === 'user')!.content;
    if (opts.json) {
      const schema = {
        type: 'array',
        maxItems: 5,
        items: { type: 'object', properties: { question: { type: 'string' }, answer: { type: 'string' } }, required: ['question', 'answer'] },
      };
      const out = await session.prompt(user, { signal: opts.signal, responseConstraint: schema });
      opts.onText?.(out);
      return out;
    }
    if (session.promptStreaming) return await readTextStream(session.promptStreaming(user, { signal: opts.signal }), opts.onText);
    const out = await session.prompt(user, { signal: opts.signal });
    opts.onText?.(out);
    return out;
  } finally {
    session.destroy();
  }
}

export function createChromeProvider(apis: ChromeAiApis = chromeAiApis()): Provider {
  const wrap = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw toAiError(e);
    }
  };
  const provider: Provider = {
    id: 'chrome',
    source: 'chrome-ai',
    remoteOrigin: null,
    async availability(lang) {
      if (!apis.Summarizer) return 'unavailable';
      try {
        return await apis.Summarizer.availability(summarizerOptions(lang));
      } catch {
        return 'unavailable';
      }
    },
    tldr: (article, lang, opts = {}) =>
      wrap(async () => {
        if (!apis.Summarizer) throw new AiError('unavailable', 'No Summarizer in this context');
        if ((await provider.availability(lang)) !== 'available') throw new AiError('unavailable', 'The on-device summarizer is not ready');
        const s = await apis.Summarizer.create({ ...summarizerOptions(lang), sharedContext: SUMMARIZER_CONTEXT, signal: opts.signal });
        try {
          return await summarizeWithinQuota(s, article.text, opts);
        } finally {
          s.destroy();
        }
      }),
  };
  const lm = apis.LanguageModel;
  if (lm) {
    const ready = async (lang: string) => {
      const a = await lm.availability(languageModelOptions(lang)).catch(() => 'unavailable' as const);
      if (a !== 'available') throw new AiError('unavailable', 'The on-device language model is not ready');
    };
    provider.faq = (article: ProviderArticle, lang: string, opts: RunOptions = {}) =>
      wrap(async () => {
        await ready(lang);
        return promptOnce(lm, lang, (max) => faqMessages(article, lang, max), { ...opts, json: true });
      });
    provider.answer = (article: ProviderArticle, question: string, lang: string, opts: RunOptions = {}) =>
      wrap(async () => {
        await ready(lang);
        return promptOnce(lm, lang, (max) => questionMessages(article, question, lang, max), opts);
      });
  }
  return provider;
}

export interface ModelStatus {
  summarizer: Availability;
  languageModel: Availability;
}

export async function modelStatus(lang: string, apis: ChromeAiApis = chromeAiApis()): Promise<ModelStatus> {
  const safe = (p: Promise<Availability> | undefined) => (p ?? Promise.resolve('unavailable' as const)).catch(() => 'unavailable' as const);
  return {
    summarizer: await safe(apis.Summarizer?.availability(summarizerOptions(lang))),
    languageModel: await safe(apis.LanguageModel?.availability(languageModelOptions(lang))),
  };
}

/**
 * Downloads the models; call it from a click (the browser requires a user activation). `onProgress` gets 0..1
 * over both models.
 */
export async function downloadModels(
  lang: string,
  onProgress: (fraction: number) => void,
  apis: ChromeAiApis = chromeAiApis(),
  signal?: AbortSignal,
): Promise<ModelStatus> {
  const parts = [apis.Summarizer, apis.LanguageModel].filter(Boolean).length || 1;
  let done = 0;
  const monitor = (m: DownloadMonitor) =>
    m.addEventListener('downloadprogress', (e) => {
      const loaded = e.total ? e.loaded / e.total : e.loaded;
      onProgress(Math.min(1, (done + loaded) / parts));
    });
  try {
    if (apis.Summarizer) {
      (await apis.Summarizer.create({ ...summarizerOptions(lang), monitor, signal })).destroy();
      done++;
    }
    if (apis.LanguageModel) {
      (await apis.LanguageModel.create({ ...languageModelOptions(lang), monitor, signal })).destroy();
      done++;
    }
  } catch (e) {
    throw toAiError(e);
  }
  onProgress(1);
  return modelStatus(lang, apis);
}
