import type { PageFaqEntry } from '../types';
export function normalizePageFaq(entries: PageFaqEntry[]): PageFaqEntry[] {
  return entries.filter((e) => e.question.trim() && e.answer.trim());
}
