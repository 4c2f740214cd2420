// @vitest-environment node
/**
 * Mozilla Readability's own test pages (../shared/corpora/readability-pages): no crash on any page, text for
 * every readerable one, and agreement with expected-metadata.json (title, lang, readerable) reported, not
 * asserted page by page: Lede deliberately differs (it finds languages the html tag omits, for instance).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extractArticle';
import { parseHtml } from '../../../src/cli/load';

const root = process.env.LEDE_CORPORA ? resolve(process.env.LEDE_CORPORA) : resolve(__dirname, '../../../../shared/corpora');
const dir = join(root, 'readability-pages');
const pages = existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html'))) : [];
if (pages.length === 0) console.warn(`corpus test skipped: ${dir} not found (set LEDE_CORPORA)`);

interface Expected {
  title: string;
  lang?: string | null;
  readerable: boolean;
}

const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const tally = { pages: 0, readerableAgree: 0, titleAgree: 0, langAgree: 0, langExpected: 0, notArticleExpected: 0, notArticleAgree: 0 };

describe.skipIf(pages.length === 0)('readability test pages', () => {
  it.each(pages)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as Expected;
    const dom = parseHtml(readFileSync(join(dir, name, 'source.html')), 'http://fakehost/test/page.html');
    const result = extractArticle(dom.window.document);
    dom.window.close();
    tally.pages++;
    if (result.ok === expected.readerable) tally.readerableAgree++;
    if (!expected.readerable) {
      tally.notArticleExpected++;
      if (!result.ok) tally.notArticleAgree++;
    }
    if (result.ok) {
      if (fold(result.article.title) === fold(expected.title)) tally.titleAgree++;
      if (expected.lang) {
        tally.langExpected++;
        if (fold(result.article.lang) === fold(expected.lang)) tally.langAgree++;
      }
    }
    if (expected.readerable && result.ok) expect(result.article.text.trim().length).toBeGreaterThan(0);
    if (!result.ok) expect(result.code).toMatch(/^(not-article|extraction-failed)$/);
  });

  afterAll(() => {
    console.log(
      `readability-pages: ${tally.pages} pages; readerable/not-article agrees on ${tally.readerableAgree} ` +
        `(${tally.notArticleAgree}/${tally.notArticleExpected} not-readerable pages said not-article); ` +
        `title agrees on ${tally.titleAgree}; lang on ${tally.langAgree}/${tally.langExpected} pages that declare one`,
    );
  });
});
