import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { enhanceWithProvider, parseProviderFlags } from '../../../src/ai/cli';
import { providerSummarizers } from '../../../bench/lib/providerRows';
import { fakeFetch, fixture, fixtureArticle, streamResponse } from './helpers';

const KEY = 'sk-cli-SECRET-777777';

describe('command-line provider flags', () => {
  it('takes its flags out of argv and leaves the rest in order', () => {
    const r = parseProviderFlags(['analyze', '--provider', 'openai', '--base-url=http://localhost:11434/v1/', '--model', 'llama3.2', '--text', 'a.txt', '--api-key-env', 'MY_KEY']);
    expect(r).toEqual({
      ok: true,
      rest: ['analyze', '--text', 'a.txt'],
      flags: { provider: 'openai', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', apiKeyEnv: 'MY_KEY', timeoutSeconds: 120, faq: true },
    });
    expect(parseProviderFlags(['analyze', 'a.html'])).toEqual({ ok: true, flags: null, rest: ['analyze', 'a.html'] });
  });

  it('explains what is missing', () => {
    expect(parseProviderFlags(['--provider', 'openai', '--model', 'm'])).toMatchObject({ ok: false, error: expect.stringMatching(/--base-url/) });
    expect(parseProviderFlags(['--provider', 'openai', '--base-url', 'http://x/v1'])).toMatchObject({ ok: false, error: expect.stringMatching(/--model/) });
    expect(parseProviderFlags(['--provider', 'gpt'])).toMatchObject({ ok: false, error: expect.stringMatching(/unknown provider/) });
    expect(parseProviderFlags(['--model', 'm'])).toMatchObject({ ok: false, error: expect.stringMatching(/needs --provider/) });
    // A key pasted where the variable name goes is refused rather than used (and echoed nowhere).
    const r = parseProviderFlags(['--provider', 'openai', '--base-url', 'http://x/v1', '--model', 'm', '--api-key-env', 'sk-abc-123']);
    expect(r).toMatchObject({ ok: false });
    expect(JSON.stringify(r)).not.toMatch(/error":"[^"]*sk-abc/);
  });

  it('writes the TL;DR and FAQ with the endpoint, naming it as the source', async () => {
    const article = fixtureArticle();
    const analysis = analyze(article);
    const f = fakeFetch((_url, init) => {
      const body = String(init.body);
      return body.includes('FAQ') ? streamResponse([fixture('faq.json')]) : streamResponse([fixture('tldr.txt')]);
    });
    const parsed = parseProviderFlags(['--provider', 'openai', '--base-url', 'http://127.0.0.1:9/v1', '--model', 'm', '--api-key-env', 'K']);
    if (!parsed.ok || !parsed.flags) throw new Error('flags');
    const lines: string[] = [];
    const out = await enhanceWithProvider(article, analysis, { flags: parsed.flags, env: { K: KEY }, fetch: f }, (l) => lines.push(l));
    expect(out.tldr.source).toBe('openai:m');
    expect(out.faq.map((q) => q.source)).toEqual(['openai:m', 'openai:m', 'openai:m']);
    expect(Object.keys(out.faq[0]!).sort()).toEqual(['answer', 'question', 'source']);
    expect(lines).toEqual([]);
  });

  it('falls back to the local engine, says so, and never prints the key', async () => {
    const article = fixtureArticle();
    const analysis = analyze(article);
    const f = fakeFetch(() => new Response(`invalid api key ${KEY}`, { status: 401 }));
    const parsed = parseProviderFlags(['--provider', 'openai', '--base-url', 'http://127.0.0.1:9/v1', '--model', 'm', '--api-key-env', 'K']);
    if (!parsed.ok || !parsed.flags) throw new Error('flags');
    const lines: string[] = [];
    const out = await enhanceWithProvider(article, analysis, { flags: parsed.flags, env: { K: KEY }, fetch: f }, (l) => lines.push(l));
    expect(out.tldr).toEqual(analysis.tldr);
    expect(out.faq).toEqual(analysis.faq);
    expect(lines.join('\n')).toMatch(/unauthorized.*using the local TL;DR/);
    expect(lines.join('\n')).not.toContain(KEY);
  });
});

describe('benchmark rows', () => {
  it('adds a row only for an endpoint that answers, and scores validated TL;DRs', async () => {
    const logs: string[] = [];
    expect(await providerSummarizers({}, (l) => logs.push(l))).toEqual([]);
    const down = fakeFetch(() => {
      throw new TypeError('connect ECONNREFUSED');
    });
    expect(await providerSummarizers({ LEDE_OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', LEDE_OPENAI_MODEL: 'm' }, (l) => logs.push(l), down)).toEqual([]);
    expect(logs.join('\n')).toMatch(/unreachable/);

    const up = fakeFetch((url) => (url.endsWith('/models') ? Response.json({ data: [{ id: 'm' }] }) : streamResponse([fixture('tldr.txt')])));
    const [row] = await providerSummarizers({ LEDE_OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', LEDE_OPENAI_MODEL: 'm' }, () => {}, up);
    expect(row!.name).toBe('openai:m (validated)');
    expect(await row!.summarize(fixtureArticle())).toHaveLength(3);
    expect(row!.failures.count).toBe(0);
  });
});
