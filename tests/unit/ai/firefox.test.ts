import { describe, expect, it } from 'vitest';
import { createFirefoxProvider, prepareFirefoxModel, trialMlText, type TrialMl, type TrialMlProgress } from '../../../src/ai/firefox';
import { providerTldr } from '../../../src/ai/enhance';
import { fixture, fixtureArticle } from './helpers';

/** A fake of `browser.trial.ml`: createEngine downloads (progress events), runEngine runs the pipeline. */
function fakeTrialMl(summary: string) {
  const listeners = new Set<(p: TrialMlProgress) => void>();
  const runs: unknown[][] = [];
  let engines = 0;
  const ml: TrialMl = {
    async createEngine(opts) {
      engines++;
      if (opts.taskName !== 'summarization') throw new Error('unsupported task');
      for (const progress of [10, 60, 100]) listeners.forEach((l) => l({ type: 'downloading', progress, ok: true }));
    },
    async runEngine(req) {
      runs.push(req.args);
      return [{ summary_text: summary }];
    },
    onProgress: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  return { ml, runs, engines: () => engines, listeners };
}

describe('Firefox trial.ml', () => {
  const article = fixtureArticle();

  it('summarises with the summarization pipeline, once the trialML permission is granted', async () => {
    const fake = fakeTrialMl(fixture('tldr.txt'));
    const denied = createFirefoxProvider(fake.ml, { granted: async () => false });
    expect(await denied.availability('en')).toBe('unavailable');

    const provider = createFirefoxProvider(fake.ml, { granted: async () => true });
    expect(await provider.availability('en')).toBe('available');
    expect(await provider.availability('zh')).toBe('unavailable');
    const tldr = await providerTldr(provider, article, 'en');
    expect(tldr.source).toBe('firefox-ai');
    expect(tldr.sentences.length).toBeGreaterThan(0);
    await providerTldr(provider, article, 'en');
    expect(fake.engines()).toBe(1);
    expect(String(fake.runs[0]![0])).toContain('Harbor City');
  });

  it('reports download progress and removes its listener', async () => {
    const fake = fakeTrialMl('x');
    const seen: number[] = [];
    await prepareFirefoxModel(fake.ml, (f) => seen.push(f));
    expect(seen).toEqual([0.1, 0.6, 1, 1]);
    expect(fake.listeners.size).toBe(0);
  });

  it('reads the result shapes the API has returned', () => {
    expect(trialMlText([{ summary_text: 'a' }])).toBe('a');
    expect(trialMlText({ output: [{ generated_text: 'b' }] })).toBe('b');
    expect(() => trialMlText({})).toThrow();
  });

  it('is Local when the browser has no trial.ml', async () => {
    expect(await createFirefoxProvider(null, { granted: async () => true }).availability('en')).toBe('unavailable');
  });
});
