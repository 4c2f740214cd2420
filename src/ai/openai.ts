/**
 * An OpenAI-compatible `chat/completions` endpoint: Ollama, LM Studio, llama.cpp's server, vLLM, or a hosted
 * service. Streams (SSE), times out when the server goes quiet, cancels with the caller's AbortSignal, and maps
 * failures to clear AiError codes. The API key goes in the Authorization header and nowhere else: every error
 * message is redacted.
 */
import { AiError, errorFromStatus, redact, toAiError } from './errors';
import { faqMessages, questionMessages, tldrMessages, type ChatMessage } from './prompts';
import type { Availability, Provider, ProviderArticle, RunOptions } from './provider';
import { SseParser, chatDelta } from './sse';

export interface OpenAiConfig {
  baseUrl: string;
  model: string;
  apiKey?: string | null;
  /** Longest silence allowed: before the first byte and between chunks. */
  timeoutMs?: number;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

/** `http://localhost:11434/v1/` -> `http://localhost:11434/v1`; null for anything but http(s). */
export function normalizeBaseUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.username || u.password) return null; // credentials in URLs end up in logs
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

export function originOf(baseUrl: string): string | null {
  const n = normalizeBaseUrl(baseUrl);
  return n ? new URL(n).origin : null;
}

export class OpenAiClient {
  private readonly base: string;
  private readonly cfg: OpenAiConfig;
  constructor(cfg: OpenAiConfig) {
    const base = normalizeBaseUrl(cfg.baseUrl);
    if (!base) throw new AiError('unreachable', 'The base URL must be an http(s) URL');
    this.base = base;
    this.cfg = cfg;
  }

  private headers(): Record<string, string> {
    const h: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream, application/json' };
    if (this.cfg.apiKey) h.authorization = `Bearer ${this.cfg.apiKey}`;
    return h;
  }

  private secrets(): string[] {
    return this.cfg.apiKey ? [this.cfg.apiKey] : [];
  }

  /**
   * Runs `fn` with a signal that aborts on the caller's cancel or after `timeoutMs` of silence; `touch` restarts
   * the silence clock. Abort reasons become `cancelled` / `timeout`.
   */
  private async guarded<T>(outer: AbortSignal | undefined, fn: (signal: AbortSignal, touch: () => void) => Promise<T>): Promise<T> {
    const ctrl = new AbortController();
    const timeoutMs = this.cfg.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        ctrl.abort();
      }, timeoutMs);
    };
    const onAbort = () => ctrl.abort();
    if (outer?.aborted) throw new AiError('cancelled', 'Cancelled');
    outer?.addEventListener('abort', onAbort);
    touch();
    try {
      return await fn(ctrl.signal, touch);
    } catch (e) {
      if (timedOut) throw new AiError('timeout', `No answer from ${new URL(this.base).origin} within ${Math.round(timeoutMs / 1000)} s`);
      if (outer?.aborted) throw new AiError('cancelled', 'Cancelled');
      throw toAiError(e, this.secrets());
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
  }

  /** The model names the endpoint serves (`GET /models`): the options page's connection test. */
  async listModels(signal?: AbortSignal): Promise<string[]> {
    return this.guarded(signal, async (s) => {
      const res = await (this.cfg.fetch ?? fetch)(`${this.base}/models`, { headers: this.headers(), signal: s });
      if (!res.ok) throw errorFromStatus(res.status, await res.text().catch(() => ''), this.secrets());
      const body = (await res.json().catch(() => null)) as { data?: { id?: unknown }[] } | null;
      if (!body || !Array.isArray(body.data)) throw new AiError('bad-response', 'The endpoint did not list models');
      return body.data.map((m) => m.id).filter((id): id is string => typeof id === 'string');
    });
  }

  /** One chat completion, streamed; resolves to the whole text. */
  async chat(messages: ChatMessage[], opts: RunOptions & { maxTokens?: number; json?: boolean } = {}): Promise<string> {
    return this.guarded(opts.signal, async (signal, touch) => {
      const body: Record<string, unknown> = {
        model: this.cfg.model,
        messages,
        stream: true,
        temperature: 0.2,
        max_tokens: opts.maxTokens ?? 600,
      };
      const res = await (this.cfg.fetch ?? fetch)(`${this.base}/chat/completions`, {
        method: 'POST',
        headers: this.headers(),
        body: JSON.stringify(body),
        signal,
      });
      touch();
      if (!res.ok) throw errorFromStatus(res.status, await res.text().catch(() => ''), this.secrets());
      const type = res.headers.get('content-type') ?? '';
      if (!type.includes('text/event-stream') || !res.body) {
        // A server that ignores `stream: true` answers one JSON document.
        const json = (await res.json().catch(() => null)) as { choices?: { message?: { content?: unknown } }[] } | null;
        const text = json?.choices?.[0]?.message?.content;
        if (typeof text !== 'string') throw new AiError('bad-response', 'The endpoint answered something other than a chat completion');
        opts.onText?.(text);
        return text;
      }
      return this.readStream(res.body, touch, opts.onText);
    });
  }

  private async readStream(body: ReadableStream<Uint8Array>, touch: () => void, onText?: (t: string) => void): Promise<string> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    let text = '';
    let done = false;
    let finished = false;
    const take = (events: { data: string }[]) => {
      for (const ev of events) {
        let delta: ReturnType<typeof chatDelta>;
        try {
          delta = chatDelta(ev.data);
        } catch (e) {
          throw new AiError('server', redact(`The endpoint reported an error mid-answer: ${(e as Error).message}`, this.secrets()));
        }
        if (delta === null) {
          done = true;
          return;
        }
        if (delta.delta) {
          text += delta.delta;
          onText?.(text);
        }
        // A finish_reason ends the answer even if the server never sends [DONE].
        if (delta.finished) finished = true;
      }
    };
    try {
      while (!done) {
        const { value, done: eof } = await reader.read();
        if (eof) break;
        touch();
        take(parser.push(decoder.decode(value, { stream: true })));
      }
      if (!done) take(parser.end());
    } catch (e) {
      if (e instanceof AiError) throw e;
      if ((e as { name?: string }).name === 'AbortError') throw e;
      // The connection dropped mid-answer: a partial answer is not an answer.
      throw new AiError('unreachable', 'The connection to the endpoint was lost mid-answer');
    } finally {
      reader.releaseLock?.();
    }
    if (!done && !finished && !text) throw new AiError('bad-response', 'The endpoint closed the stream without an answer');
    if (!done && !finished) throw new AiError('unreachable', 'The endpoint stopped mid-answer');
    return text;
  }
}

export function createOpenAiProvider(cfg: OpenAiConfig): Provider {
  const client = new OpenAiClient(cfg);
  const origin = originOf(cfg.baseUrl);
  return {
    id: 'openai',
    source: `openai:${cfg.model}`,
    remoteOrigin: origin,
    async availability(): Promise<Availability> {
      return cfg.model ? 'available' : 'unavailable';
    },
    tldr: (article: ProviderArticle, lang: string, opts?: RunOptions) => client.chat(tldrMessages(article, lang), { ...opts, maxTokens: 300 }),
    faq: (article: ProviderArticle, lang: string, opts?: RunOptions) => client.chat(faqMessages(article, lang), { ...opts, maxTokens: 900 }),
    answer: (article: ProviderArticle, question: string, lang: string, opts?: RunOptions) =>
      client.chat(questionMessages(article, question, lang), { ...opts, maxTokens: 200 }),
  };
}
