import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { classify, loadCategoryPack } from '../../../../src/core/topics/category';

beforeAll(() => loadCategoryPack('en'));

const CORPORA = process.env.LEDE_CORPORA ?? resolve(__dirname, '../../../../../shared/corpora');
const SEED = resolve(CORPORA, 'seed/seed-article.html');

describe('category on the seed article', () => {
  it.skipIf(!existsSync(SEED))(
    `files the AI-startup funding story under technology or business (needs ${SEED})`,
    () => {
      const dom = new JSDOM(readFileSync(SEED, 'utf8'));
      const article = new Readability(dom.window.document).parse();
      expect(article).not.toBeNull();
      // What analyze() classifies: the title, then the extracted text.
      const c = classify(`${article!.title}\n${article!.textContent}`, 'en');
      expect(c).not.toBeNull();
      expect(['technology', 'business']).toContain(c!.label);
    },
  );
});
