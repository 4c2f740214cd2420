/**
 * The article cut into sentences that remember where they came from (block, character offsets), so that two
 * adjacent sentences can be quoted as one exact slice of the article and a heading's section can be found.
 */
import type { Article, Block } from '../types';
import { sentences } from '../text/segment';

export interface Unit {
  /** The sentence, exactly as in the block text. */
  text: string;
  /** Index into the block list. */
  block: number;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  kind: Block['kind'];
}

/** Blocks of the article, or paragraphs cut from its text when the extractor gave none. */
export function articleBlocks(article: Pick<Article, 'text' | 'blocks'>): Block[] {
  if (article.blocks.length > 0) return article.blocks;
  return article.text
    .split(/\n\s*\n|\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text) => ({ kind: 'p' as const, text }));
}

export function sentenceUnits(blocks: Block[], lang: string): Unit[] {
  const out: Unit[] = [];
  blocks.forEach((b, block) => {
    let pos = 0;
    for (const s of sentences(b.text, lang)) {
      const start = b.text.indexOf(s, pos);
      if (start < 0) continue; // cannot happen: sentences() only trims segments of this text
      pos = start + s.length;
      out.push({ text: s, block, start, end: pos, kind: b.kind });
    }
  });
  return out;
}

/** The exact text from the start of unit a to the end of unit b (same block), as the article has it. */
export function spanText(blocks: Block[], a: Unit, b: Unit): string {
  if (a.block !== b.block) return `${a.text} ${b.text}`;
  return blocks[a.block]!.text.slice(a.start, b.end);
}
