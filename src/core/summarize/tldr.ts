import type { Article, Tldr } from '../types';
import { sentences } from '../text/segment';
export function summarize(article: Article, lang: string): Tldr {
  return { source: 'extractive', sentences: sentences(article.text, lang).slice(0, 3) };
}
