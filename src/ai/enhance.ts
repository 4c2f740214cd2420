/**
 * Runs a provider over an article and keeps only what the article supports. Used by the popup (through
 * src/ui/aiEnhancer.ts), the command line (cli.ts) and the quality benchmark (bench.ts), so all three judge
 * providers the same way. Never throws for provider failures: the local result stays, with the error beside it.
 */
import type { Analysis, FaqItem, Tldr } from '../core/types';
import { sentences } from '../core/text/segment';
import { AiError, toAiError } from './errors';
import { createGrounder, parseFaqJson, type GroundedFaqItem, type Grounder } from './grounding';
import type { Provider, ProviderArticle, RunOptions } from './provider';

export interface TldrOptions {
  signal?: AbortSignal;
  /** Validated sentences so far, as the provider streams. */
  onPartial?: (tldr: Tldr) => void;
  grounder?: Grounder;
}

/** The provider's TL;DR, validated; throws AiError (`ungrounded` when nothing survived). */
export async function providerTldr(provider: Provider, article: ProviderArticle, lang: string, opts: TldrOptions = {}): Promise<Tldr> {
  const grounder = opts.grounder ?? createGrounder(article, lang);
  let shown: string[] = [];
  const onText: RunOptions['onText'] = opts.onPartial
    ? (textSoFar) => {
        // Every sentence but the last is complete; only complete, validated sentences are ever shown.
        const complete = sentences(textSoFar, lang).slice(0, -1);
        const ok = complete.map((s) => grounder.tldrSentence(s)).filter((s): s is string => s !== null);
        if (ok.length > shown.length) {
          shown = ok;
          opts.onPartial!({ source: provider.source, sentences: ok });
        }
      }
    : undefined;
  let raw: string;
  try {
    raw = await provider.tldr(article, lang, { signal: opts.signal, onText });
  } catch (e) {
    throw toAiError(e);
  }
  const kept = grounder.tldr(raw);
  if (kept.length === 0) throw new AiError('ungrounded', `${provider.source} wrote nothing the article supports`);
  return { source: provider.source, sentences: kept };
}

/** The provider's FAQ, each answer with its supporting article passage; throws AiError. */
export async function providerFaq(
  provider: Provider,
  article: ProviderArticle,
  lang: string,
  opts: { signal?: AbortSignal; grounder?: Grounder } = {},
): Promise<GroundedFaqItem[]> {
  if (!provider.faq) throw new AiError('unavailable', `${provider.source} does not write FAQs`);
  let raw: string;
  try {
    raw = await provider.faq(article, lang, { signal: opts.signal });
  } catch (e) {
    throw toAiError(e);
  }
  const items = parseFaqJson(raw);
  if (items.length === 0) throw new AiError('bad-response', `${provider.source} did not return an FAQ`);
  const kept = (opts.grounder ?? createGrounder(article, lang)).faq(items, provider.source);
  if (kept.length === 0) throw new AiError('ungrounded', `${provider.source} wrote no answer the article supports`);
  return kept;
}

export interface GroundedAnswer {
  text: string;
  support: string;
  source: string;
}

/** The provider's answer to a reader's question with its support, or null when the article does not answer it. */
export async function providerAnswer(
  provider: Provider,
  article: ProviderArticle,
  question: string,
  lang: string,
  opts: { signal?: AbortSignal } = {},
): Promise<GroundedAnswer | null> {
  if (!provider.answer) throw new AiError('unavailable', `${provider.source} does not answer questions`);
  let raw: string;
  try {
    raw = await provider.answer(article, question, lang, opts);
  } catch (e) {
    throw toAiError(e);
  }
  if (/NOT IN ARTICLE/i.test(raw)) return null;
  const [item] = createGrounder(article, lang).faq([{ question, answer: raw }], provider.source);
  return item ? { text: item.answer, support: item.support, source: provider.source } : null;
}

export interface EnhanceResult {
  tldr: Tldr;
  faq: FaqItem[] | GroundedFaqItem[];
  /** Why the provider's TL;DR is not shown (null when it is, or when the page's own won). */
  tldrError: AiError | null;
  faqError: AiError | null;
}

/**
 * The provider's TL;DR and FAQ over the local analysis. The page's own TL;DR / FAQ win (the author wrote them),
 * and anything the provider fails at keeps the local result.
 */
export async function enhance(
  provider: Provider,
  article: ProviderArticle,
  analysis: Pick<Analysis, 'lang' | 'tldr' | 'faq'>,
  opts: { signal?: AbortSignal; onTldr?: (tldr: Tldr) => void; faq?: boolean } = {},
): Promise<EnhanceResult> {
  const lang = analysis.lang;
  const result: EnhanceResult = { tldr: analysis.tldr, faq: analysis.faq, tldrError: null, faqError: null };
  let grounder: Grounder | undefined;
  const g = () => (grounder ??= createGrounder(article, lang));
  if (analysis.tldr.source !== 'page') {
    try {
      result.tldr = await providerTldr(provider, article, lang, { signal: opts.signal, onPartial: opts.onTldr, grounder: g() });
    } catch (e) {
      result.tldrError = toAiError(e);
    }
  }
  const pageFaq = analysis.faq.length > 0 && analysis.faq.every((f) => f.source === 'page');
  if (opts.faq !== false && provider.faq && !pageFaq && !opts.signal?.aborted) {
    try {
      result.faq = await providerFaq(provider, article, lang, { signal: opts.signal, grounder: g() });
    } catch (e) {
      result.faqError = toAiError(e);
    }
  }
  return result;
}
