import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleFromText } from '../../../src/core/articleFromText';
import type { Article } from '../../../src/core/types';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/ai');

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

export function fixtureArticle(name = 'article.txt'): Article {
  return articleFromText(fixture(name), { lang: 'en', url: 'https://news.example/solar' });
}

/** An SSE body as an OpenAI-compatible server streams it: one event per delta, then [DONE]. */
export function sseBody(deltas: string[], opts: { done?: boolean; failAfter?: number; splitAt?: number } = {}): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  const events = deltas.map((d) => `data: ${JSON.stringify({ choices: [{ delta: { content: d }, finish_reason: null }] })}\n\n`);
  if (opts.done !== false) events.push('data: [DONE]\n\n');
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(ctrl) {
      if (opts.failAfter !== undefined && i >= opts.failAfter) {
        ctrl.error(new TypeError('terminated'));
        return;
      }
      const ev = events[i++];
      if (ev === undefined) return ctrl.close();
      // Network chunks split events anywhere: cut each one in two.
      const cut = opts.splitAt ?? Math.floor(ev.length / 2);
      ctrl.enqueue(enc.encode(ev.slice(0, cut)));
      ctrl.enqueue(enc.encode(ev.slice(cut)));
    },
  });
}

export interface Recorded {
  url: string;
  init: RequestInit;
}

/** A fetch that records requests and answers with `respond`. */
export function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>): typeof fetch & { calls: Recorded[] } {
  const calls: Recorded[] = [];
  const f = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return respond(url, init);
  }) as typeof fetch & { calls: Recorded[] };
  f.calls = calls;
  return f;
}

export function streamResponse(deltas: string[], opts?: Parameters<typeof sseBody>[1]): Response {
  return new Response(sseBody(deltas, opts), { status: 200, headers: { 'content-type': 'text/event-stream' } });
}
