import type { Article, Block } from '../../../src/core/types';
import { articleFromBlocks } from '../../../src/core/articleFromText';

/** A minimal Article around the given blocks, for engine tests. */
export function articleOf(blocks: Block[], title = '', lang: string | null = null, keywords: string[] = []): Article {
  return articleFromBlocks(blocks, { url: 'https://example.test/a', title, lang, keywords });
}

export const p = (text: string): Block => ({ kind: 'p', text });
