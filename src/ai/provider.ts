/**
 * One interface for every provider. A provider only produces raw text; enhance.ts validates it against the
 * article (grounding.ts) and falls back to the local engine on any error, so no provider is ever trusted.
 */
import type { Article, Source } from '../core/types';

export type ProviderId = 'local' | 'chrome' | 'firefox' | 'openai';

/** The states of Chrome's built-in AI, used for every provider. */
export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** What a provider sees of the article: the text and its language, nothing else from the page. */
export type ProviderArticle = Pick<Article, 'title' | 'text' | 'blocks'>;

export interface RunOptions {
  signal?: AbortSignal;
  /** Called with the whole text so far as it streams (providers that cannot stream call it once). */
  onText?: (textSoFar: string) => void;
}

export interface Provider {
  id: ProviderId;
  /** What `tldr.source` / `faq[].source` say: a provider name, e.g. `chrome-ai`, `openai:llama3.2`. */
  source: Source;
  /** The origin text is sent to, for the popup's notice; null when everything stays on the device. */
  remoteOrigin: string | null;
  availability(lang: string): Promise<Availability>;
  tldr(article: ProviderArticle, lang: string, opts?: RunOptions): Promise<string>;
  /** JSON text of `[{question, answer}]`. Absent when the provider cannot write an FAQ (the local one stays). */
  faq?(article: ProviderArticle, lang: string, opts?: RunOptions): Promise<string>;
  answer?(article: ProviderArticle, question: string, lang: string, opts?: RunOptions): Promise<string>;
}
