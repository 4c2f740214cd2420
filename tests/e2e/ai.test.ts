/**
 * The OpenAI-compatible provider in a real browser: the options flow (preset, URL, model, the host permission,
 * the connection test), the TL;DR streaming into the popup and replacing the local one, the FAQ with its
 * supporting passages, the off-device notice, and the fallback to Local when the server goes away mid-answer.
 * The "model" is a server started here on 127.0.0.1 that answers from tests/fixtures/ai.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, launchLede, openPopupOn, popupState, serveStatic, type LedeBrowser, type StaticServer } from './helpers';

const FIXTURES = join(REPO, 'tests/fixtures/ai');
const TLDR = readFileSync(join(FIXTURES, 'tldr.txt'), 'utf8').trim();
const FAQ = readFileSync(join(FIXTURES, 'faq.json'), 'utf8');
const MODEL = 'lede-test';

type Mode = 'ok' | 'drop';

interface FakeModelServer {
  origin: string;
  mode: Mode;
  requests: { path: string; auth: string | undefined }[];
  /** Resolves the held back end of the TL;DR stream (streaming is visible before it). */
  release(): void;
  close(): Promise<void>;
}

function sse(res: ServerResponse, delta: string): void {
  res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: delta }, finish_reason: null }] })}\n\n`);
}

async function fakeModelServer(): Promise<FakeModelServer> {
  let release: () => void = () => {};
  let held = new Promise<void>((r) => (release = r));
  const state: FakeModelServer = {
    origin: '',
    mode: 'ok',
    requests: [],
    release: () => release(),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    state.requests.push({ path, auth: req.headers.authorization });
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' });
      return res.end();
    }
    if (path === '/v1/models') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ object: 'list', data: [{ id: MODEL, object: 'model' }] }));
    }
    if (path !== '/v1/chat/completions') {
      res.writeHead(404);
      return res.end();
    }
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', async () => {
      const { model, messages } = JSON.parse(body) as { model: string; messages: { role: string; content: string }[] };
      if (model !== MODEL) {
        res.writeHead(404, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error: { message: `model ${model} not found` } }));
      }
      const isFaq = messages.some((m) => m.role === 'system' && m.content.includes('FAQ'));
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      if (isFaq) {
        sse(res, FAQ);
        res.write('data: [DONE]\n\n');
        return res.end();
      }
      // Two sentences and the start of the third, then hold: the popup must already show the first two.
      const cut = TLDR.indexOf('The water');
      const words = TLDR.slice(0, cut + 10).split(/(?<= )/);
      for (const w of words) sse(res, w);
      if (state.mode === 'drop') {
        // The server goes away mid-answer.
        res.socket?.destroy();
        return;
      }
      await held;
      sse(res, TLDR.slice(cut + 10));
      res.write(`data: ${JSON.stringify({ choices: [{ delta: {}, finish_reason: 'stop' }] })}\n\n`);
      res.write('data: [DONE]\n\n');
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  state.origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  state.release = () => {
    release();
    held = new Promise<void>((r) => (release = r));
  };
  return state;
}

describe('AI provider: an OpenAI-compatible endpoint', () => {
  let lede: LedeBrowser;
  let pages: StaticServer;
  let api: FakeModelServer;

  beforeAll(async () => {
    pages = await serveStatic({ '/ai/': FIXTURES });
    api = await fakeModelServer();
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
    await pages?.close();
    await api?.close();
  });

  it('is set up in the options page: endpoint, model, key, permission and a connection test', async () => {
    const options = await lede.context.newPage();
    await options.goto(`chrome-extension://${lede.extensionId}/src/options/index.html`);
    await options.click('[data-testid="ai-provider-openai"]');
    await options.click('[data-testid="ai-preset-ollama"]');
    expect(await options.inputValue('[data-testid="ai-base-url"]')).toBe('http://localhost:11434/v1');
    await options.fill('[data-testid="ai-base-url"]', `${api.origin}/v1/`);
    await options.fill('[data-testid="ai-model"]', MODEL);
    await options.fill('[data-testid="ai-api-key"]', 'sk-e2e-secret-0001');
    await options.click('[data-testid="ai-save"]');
    const status = options.locator('[data-testid="ai-status"][data-ok="true"]', { hasText: MODEL });
    await status.waitFor({ timeout: 15_000 });
    expect(api.requests.some((r) => r.path === '/v1/models' && r.auth === 'Bearer sk-e2e-secret-0001')).toBe(true);

    // The key is in storage.local only; the rest of the settings in storage.sync.
    const stored = await lede.worker.evaluate(async () => ({
      sync: await chrome.storage.sync.get(null),
      local: await chrome.storage.local.get('ai.apiKey'),
    }));
    expect(JSON.stringify(stored.sync)).not.toContain('sk-e2e-secret');
    expect(stored.sync['settings.ai.provider']).toBe('openai');
    expect(stored.sync['settings.ai.baseUrl']).toBe(`${api.origin}/v1`);
    expect(stored.local['ai.apiKey']).toBe('sk-e2e-secret-0001');
    await options.close();
  });

  it('streams its TL;DR into the popup over the local one, with the off-device notice and a grounded FAQ', async () => {
    const { popup, page } = await openPopupOn(lede, `${pages.origin}/ai/article.html`);
    expect(await popupState(popup)).toBe('ready');
    const notice = popup.locator('[data-testid="provider-notice"]');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain(api.origin);

    // Before the server finishes, the first two (validated) sentences are on screen, marked as the provider's.
    const tldr = popup.locator(`[data-testid="tldr"][data-source="openai:${MODEL}"]`);
    await tldr.waitFor({ timeout: 15_000 });
    expect(await tldr.locator('li').count()).toBe(2);
    expect(await notice.getAttribute('data-state')).toBe('running');

    api.release();
    await popup.locator('[data-testid="provider-notice"][data-state="done"]').waitFor({ timeout: 15_000 });
    expect(await tldr.locator('li').count()).toBe(3);
    expect(await tldr.textContent()).toContain('enough for about 2,400 homes');

    // The FAQ: the three grounded answers, each with the article sentence behind it; the off-topic one dropped.
    const questions = await popup.locator('[data-testid="faq-question"]').allTextContents();
    expect(questions).toEqual(['How much did the solar farm cost?', 'Why put solar panels on water?', 'Who will study the effects on fish?']);
    await popup.locator('[data-testid="faq-question"]').first().click();
    expect(await popup.locator('[data-testid="faq-support"]').first().textContent()).toContain('The project cost 14 million dollars');
    await page.close();
    await popup.close();
  });

  it('falls back to the local TL;DR when the server goes away mid-answer', async () => {
    api.mode = 'drop';
    const { popup, page } = await openPopupOn(lede, `${pages.origin}/ai/article.html`);
    expect(await popupState(popup)).toBe('ready');
    const notice = popup.locator('[data-testid="provider-notice"][data-state="fallback"]');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toMatch(/could not be reached|connection dropped/);
    const source = await popup.getAttribute('[data-testid="tldr"]', 'data-source');
    expect(source).not.toMatch(/^openai:/);
    expect(await popup.locator('[data-testid="tldr"] li').count()).toBeGreaterThan(0);
    await page.close();
    await popup.close();
  });
});
