import type { Article, FaqItem } from '../types';
export function generateFaq(_article: Article, _lang: string): FaqItem[] {
  return [];
}
