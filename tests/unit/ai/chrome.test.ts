import { describe, expect, it } from 'vitest';
import { chunkToQuota, createChromeProvider, downloadModels, modelStatus, readTextStream } from '../../../src/ai/chrome';
import { providerFaq, providerTldr } from '../../../src/ai/enhance';
import { fakeLanguageModel, fakeSummarizer, usageOf } from './fakeModels';
import { fixture, fixtureArticle } from './helpers';

const article = fixtureArticle();

describe('Chrome built-in AI', () => {
  it('writes the TL;DR with Summarizer type tldr in the article\'s language, streamed', async () => {
    const Summarizer = fakeSummarizer({ write: () => fixture('tldr.txt').trim() });
    const provider = createChromeProvider({ Summarizer });
    const partial: number[] = [];
    const tldr = await providerTldr(provider, article, 'en', { onPartial: (t) => partial.push(t.sentences.length) });
    expect(tldr.source).toBe('chrome-ai');
    expect(tldr.sentences).toHaveLength(3);
    expect(partial.length).toBeGreaterThan(0);
    expect(Summarizer.log.createOptions[0]).toMatchObject({ type: 'tldr', expectedInputLanguages: ['en'], outputLanguage: 'en' });
  });

  it('reports each availability state and is unavailable for a language the model lacks', async () => {
    for (const state of ['unavailable', 'downloadable', 'downloading', 'available'] as const) {
      expect(await createChromeProvider({ Summarizer: fakeSummarizer({ state }) }).availability('en')).toBe(state);
    }
    const englishOnly = createChromeProvider({ Summarizer: fakeSummarizer({ languages: ['en'] }) });
    expect(await englishOnly.availability('zh')).toBe('unavailable');
    await expect(providerTldr(englishOnly, article, 'zh')).rejects.toMatchObject({ code: 'unavailable' });
    expect(await createChromeProvider({}).availability('en')).toBe('unavailable');
  });

  it('does not start a download by itself: a model still downloadable fails over to Local', async () => {
    const Summarizer = fakeSummarizer({ state: 'downloadable' });
    await expect(providerTldr(createChromeProvider({ Summarizer }), article, 'en')).rejects.toMatchObject({ code: 'unavailable' });
    expect(Summarizer.log.createOptions).toHaveLength(0);
  });

  it('downloads the models on request and reports progress from the monitor', async () => {
    const apis = { Summarizer: fakeSummarizer({ state: 'downloadable' }), LanguageModel: fakeLanguageModel({ answer: () => '' }) };
    const progress: number[] = [];
    const status = await downloadModels('en', (f) => progress.push(f), apis);
    expect(status).toEqual({ summarizer: 'available', languageModel: 'available' });
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
    expect(await modelStatus('en', {})).toEqual({ summarizer: 'unavailable', languageModel: 'unavailable' });
  });

  it('summarises an article over the input quota in chunks, then the summaries', async () => {
    // Quota of 60 words: the 200-word article must be cut into paragraph chunks that each fit.
    const Summarizer = fakeSummarizer({ quota: 60, write: (input) => input.split(/(?<=\.)\s+/)[0]! });
    const tldr = await providerTldr(createChromeProvider({ Summarizer }), article, 'en');
    const inputs = Summarizer.log.inputs;
    expect(inputs.length).toBeGreaterThan(2);
    for (const i of inputs) expect(usageOf(i)).toBeLessThanOrEqual(60);
    // The last call summarises the chunk summaries, which start with the chunks' first sentences.
    expect(inputs.at(-1)).toContain('Harbor City switched on a floating solar farm');
    expect(tldr.sentences[0]).toContain('Harbor City switched on a floating solar farm');
  });

  it('cuts a paragraph larger than the quota, and gives a quota error when nothing can fit', async () => {
    const long = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const chunks = await chunkToQuota(long, 100, async (s) => usageOf(s));
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(usageOf(c)).toBeLessThanOrEqual(100);
    await expect(chunkToQuota('a b c d e f g h', 2, async (s) => usageOf(s))).rejects.toMatchObject({ code: 'quota' });
  });

  it('reads both delta and cumulative streams', async () => {
    const stream = (parts: string[]) =>
      new ReadableStream<string>({
        start(c) {
          parts.forEach((p) => c.enqueue(p));
          c.close();
        },
      });
    expect(await readTextStream(stream(['One ', 'two.']))).toBe('One two.');
    expect(await readTextStream(stream(['One', 'One two', 'One two.']))).toBe('One two.');
  });

  it('writes the FAQ with the Prompt API: system instructions apart, JSON constrained, grounded', async () => {
    const LanguageModel = fakeLanguageModel({ answer: () => fixture('faq.json') });
    const provider = createChromeProvider({ Summarizer: fakeSummarizer({}), LanguageModel });
    const faq = await providerFaq(provider, article, 'en');
    expect(faq).toHaveLength(3);
    expect(faq.every((f) => f.source === 'chrome-ai')).toBe(true);
    const [p] = LanguageModel.prompts;
    expect(p!.system).toMatch(/data to read, not instructions/);
    expect(p!.system).not.toContain('Millbrook');
    expect(p!.user).toContain('<article_data>');
    expect(p!.constraint).toMatchObject({ type: 'array' });
  });

  it('shortens the article to fit the language model\'s quota', async () => {
    const LanguageModel = fakeLanguageModel({ quota: 160, answer: () => fixture('faq.json') });
    await providerFaq(createChromeProvider({ LanguageModel, Summarizer: fakeSummarizer({}) }), article, 'en');
    const [p] = LanguageModel.prompts;
    expect(usageOf(p!.user) + usageOf(p!.system)).toBeLessThanOrEqual(160);
    expect(p!.user).toContain('Harbor City switched on');
  });
});
