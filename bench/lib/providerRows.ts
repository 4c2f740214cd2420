/**
 * Extra rows for `npm run bench:quality`: the reader's own model through an OpenAI-compatible endpoint, judged
 * on the same corpora as the local engine. Configured by environment:
 *   LEDE_OPENAI_BASE_URL (e.g. http://localhost:11434/v1), LEDE_OPENAI_MODEL, LEDE_OPENAI_API_KEY (optional).
 * A row is returned only when the endpoint answers `GET /models`; its TL;DR goes through the same validation the
 * popup applies, and an article where the provider fails scores its (empty) answer, counted in `failures`.
 */
import type { Article } from '../../src/core/types';
import { detectLanguage } from '../../src/core/text/language';
import { providerTldr } from '../../src/ai/enhance';
import { OpenAiClient, createOpenAiProvider, normalizeBaseUrl } from '../../src/ai/openai';

/** The shape of bench/quality.ts's rows. */
export interface BenchSummarizer {
  name: string;
  summarize(article: Article): Promise<string[]>;
}

export interface ProviderRow extends BenchSummarizer {
  failures: { count: number; last: string | null };
}

export async function providerSummarizers(
  env: Record<string, string | undefined> = process.env,
  log: (line: string) => void = (l) => console.error(l),
  fetchImpl?: typeof fetch,
): Promise<ProviderRow[]> {
  const baseUrl = normalizeBaseUrl(env.LEDE_OPENAI_BASE_URL ?? '');
  const model = env.LEDE_OPENAI_MODEL?.trim();
  if (!baseUrl || !model) {
    log('bench: no provider rows (set LEDE_OPENAI_BASE_URL and LEDE_OPENAI_MODEL to add one)');
    return [];
  }
  const cfg = { baseUrl, model, apiKey: env.LEDE_OPENAI_API_KEY || null, timeoutMs: 180_000, fetch: fetchImpl };
  try {
    const models = await new OpenAiClient({ ...cfg, timeoutMs: 10_000 }).listModels();
    if (models.length && !models.includes(model)) log(`bench: ${baseUrl} does not list ${model} (it lists ${models.slice(0, 5).join(', ')})`);
  } catch (e) {
    log(`bench: ${baseUrl} unreachable (${(e as Error).message}); no provider row`);
    return [];
  }
  const provider = createOpenAiProvider(cfg);
  const failures = { count: 0, last: null as string | null };
  return [
    {
      name: `${provider.source} (validated)`,
      failures,
      async summarize(article) {
        try {
          return (await providerTldr(provider, article, detectLanguage(article.text, article.lang))).sentences;
        } catch (e) {
          failures.count++;
          failures.last = (e as Error).message;
          return [];
        }
      },
    },
  ];
}
