import { Dexie } from 'dexie';
import { resetDbForTests, DB_NAME } from '../../../src/storage/db';
import type { Analysis, Topic } from '../../../src/core/types';
import type { ArticleContent } from '../../../src/storage/library';

export async function freshDb(): Promise<void> {
  resetDbForTests();
  await Dexie.delete(DB_NAME);
}

export function content(url: string, title = 'A title', text = 'Some body text.'): ArticleContent {
  return { url, title, byline: null, siteName: 'Example', lang: 'en', dir: 'ltr', publishedTime: null, excerpt: null, text };
}

export function analysis(topics: Topic[], category: string | null = null, extra: Partial<Analysis> = {}): Analysis {
  return {
    lang: 'en',
    wordCount: 500,
    readingMinutes: 2,
    tldr: { source: 'extractive', sentences: ['First sentence.'] },
    faq: [],
    topics,
    category: category ? { label: category, score: 0.9 } : null,
    contentHash: 'h1',
    ...extra,
  };
}

export const kp = (label: string, score = 1): Topic => ({ label, kind: 'keyphrase', score });
