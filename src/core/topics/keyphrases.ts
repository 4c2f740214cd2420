import type { Article, Topic } from '../types';
export function extractTopics(article: Article, _lang: string): Topic[] {
  return article.signals.keywords.map((label, i) => ({ label, kind: 'keyphrase', score: 1 / (i + 1) }));
}
