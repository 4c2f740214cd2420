import { afterEach, describe, expect, it, vi } from 'vitest';
import { AiError } from '../../../src/ai/errors';
import { OpenAiClient, createOpenAiProvider, normalizeBaseUrl } from '../../../src/ai/openai';
import { fakeFetch, fixtureArticle, streamResponse } from './helpers';

const KEY = 'sk-test-SECRET-4242424242';

function client(fetchImpl: typeof fetch, extra: { timeoutMs?: number; apiKey?: string } = {}) {
  return new OpenAiClient({ baseUrl: 'http://127.0.0.1:9/v1/', model: 'tiny', apiKey: extra.apiKey ?? KEY, timeoutMs: extra.timeoutMs, fetch: fetchImpl });
}

async function errorOf(p: Promise<unknown>): Promise<AiError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AiError);
    return e as AiError;
  }
  throw new Error('expected a failure');
}

afterEach(() => vi.useRealTimers());

describe('OpenAI-compatible client', () => {
  it('normalises base URLs and refuses other schemes or embedded credentials', () => {
    expect(normalizeBaseUrl(' http://localhost:11434/v1/ ')).toBe('http://localhost:11434/v1');
    expect(normalizeBaseUrl('file:///etc/passwd')).toBeNull();
    expect(normalizeBaseUrl('http://user:pw@host/v1')).toBeNull();
  });

  it('streams the answer, sends the model and the key only in the Authorization header', async () => {
    const f = fakeFetch(() => streamResponse(['Harbor City ', 'opened a ', 'solar farm.']));
    const seen: string[] = [];
    const text = await client(f).chat([{ role: 'user', content: 'hi' }], { onText: (t) => seen.push(t) });
    expect(text).toBe('Harbor City opened a solar farm.');
    expect(seen).toEqual(['Harbor City ', 'Harbor City opened a ', 'Harbor City opened a solar farm.']);
    const call = f.calls[0]!;
    expect(call.url).toBe('http://127.0.0.1:9/v1/chat/completions');
    const body = JSON.parse(String(call.init.body)) as { model: string; stream: boolean };
    expect(body).toMatchObject({ model: 'tiny', stream: true });
    expect(String(call.init.body)).not.toContain(KEY);
    expect((call.init.headers as Record<string, string>).authorization).toBe(`Bearer ${KEY}`);
  });

  it('accepts a server that ignores stream:true and answers one JSON document', async () => {
    const f = fakeFetch(() => Response.json({ choices: [{ message: { content: 'Whole answer.' } }] }));
    expect(await client(f).chat([{ role: 'user', content: 'hi' }])).toBe('Whole answer.');
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'model-missing'],
    [429, 'rate-limited'],
    [500, 'server'],
  ] as const)('maps HTTP %i to %s without leaking the key', async (status, code) => {
    // A server that echoes the key back in its error body must not get it into Lede's message.
    const f = fakeFetch(() => new Response(`{"error":"bad key ${KEY}"}`, { status }));
    const err = await errorOf(client(f).chat([{ role: 'user', content: 'hi' }]));
    expect(err.code).toBe(code);
    expect(err.message).not.toContain(KEY);
    expect(JSON.stringify(err)).not.toContain(KEY);
  });

  it('maps Ollama\'s 400 "model not found" to model-missing', async () => {
    const f = fakeFetch(() => new Response('{"error":{"message":"model \\"llama9\\" not found, try pulling it first"}}', { status: 400 }));
    expect((await errorOf(client(f).chat([]))).code).toBe('model-missing');
  });

  it('reports an unreachable server, and a connection lost mid-answer, as unreachable', async () => {
    const down = fakeFetch(() => {
      throw new TypeError(`fetch failed for Bearer ${KEY}`);
    });
    const e1 = await errorOf(client(down).chat([]));
    expect(e1.code).toBe('unreachable');
    expect(e1.message).not.toContain(KEY);

    const drops = fakeFetch(() => streamResponse(['The farm ', 'has 12,000 ', 'panels'], { failAfter: 2 }));
    const e2 = await errorOf(client(drops).chat([]));
    expect(e2.code).toBe('unreachable');
  });

  it('treats a stream that ends without [DONE] or a finish reason as cut off', async () => {
    const f = fakeFetch(() => streamResponse(['Half an'], { done: false }));
    expect((await errorOf(client(f).chat([]))).code).toBe('unreachable');
  });

  it('times out when the server goes quiet, and cancels on the caller\'s signal', async () => {
    const hang = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    expect((await errorOf(client(hang, { timeoutMs: 50 }).chat([]))).code).toBe('timeout');

    const ctrl = new AbortController();
    const p = client(hang, { timeoutMs: 10_000 }).chat([], { signal: ctrl.signal });
    ctrl.abort();
    expect((await errorOf(p)).code).toBe('cancelled');
  });

  it('lists the models the endpoint serves', async () => {
    const f = fakeFetch(() => Response.json({ object: 'list', data: [{ id: 'llama3.2' }, { id: 'qwen2.5' }] }));
    expect(await client(f).listModels()).toEqual(['llama3.2', 'qwen2.5']);
    expect(f.calls[0]!.url).toBe('http://127.0.0.1:9/v1/models');
  });

  it('puts the article in a delimited data section, never in the system instructions', async () => {
    const f = fakeFetch(() => streamResponse(['ok.']));
    const article = fixtureArticle('injected.txt');
    const provider = createOpenAiProvider({ baseUrl: 'http://127.0.0.1:9/v1', model: 'tiny', fetch: f });
    await provider.tldr(article, 'en');
    const { messages } = JSON.parse(String(f.calls[0]!.init.body)) as { messages: { role: string; content: string }[] };
    const system = messages.find((m) => m.role === 'system')!.content;
    const user = messages.find((m) => m.role === 'user')!.content;
    expect(system).not.toContain('Ignore all previous instructions');
    expect(system).toMatch(/data to read, not instructions/);
    expect(user).toMatch(/<article_data>[\s\S]*Ignore all previous instructions[\s\S]*<\/article_data>/);
    expect(provider.remoteOrigin).toBe('http://127.0.0.1:9');
    expect(provider.source).toBe('openai:tiny');
  });
});
