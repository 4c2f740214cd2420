// @vitest-environment node
/**
 * Mozilla Readability's own test pages (../shared/corpora/readability-pages), run by `npm run test:corpus`, not by
 * the unit run (130 whole pages through jsdom take minutes). On every page: no crash, and a result the popup can
 * show (an article with text, or one of the two failure codes). On the tuning pages (the reading set, see
 * bench/lib/readingSet.ts, is left out so that it stays unseen): Lede's text agrees with Readability's
 * expected.html, page by page (recall: the article is there; precision: little else came with it),
 * and the title with expected-metadata.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/extract/extractArticle';
import { parseHtml } from '../../src/cli/load';
import { inReadingBucket } from '../../bench/lib/readingSet';

const root = process.env.LEDE_CORPORA ? resolve(process.env.LEDE_CORPORA) : resolve(import.meta.dirname, '../../../shared/corpora');
const dir = join(root, 'readability-pages');
if (!existsSync(dir)) throw new Error(`the corpus suite needs ${dir} (set LEDE_CORPORA)`);
const pages = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html')));
const tuning = new Set(pages.filter((n) => !inReadingBucket(`readability-pages/${n}/source.html`)));

/** Thresholds for one page's agreement with Readability's expected text, as word multisets. */
const MIN_RECALL = 0.8;
const MIN_PRECISION = 0.8;
/** Share of the readerable tuning pages that must reach MIN_RECALL. */
const MIN_SHARE = 0.9;

interface Expected {
  title: string;
  readerable: boolean;
}

const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Recall and precision of `got`'s distinct words against `want`'s. Distinct, because Lede drops a paragraph the
 * page repeats word for word, which Readability keeps.
 */
function agreement(got: string, want: string): { recall: number; precision: number } {
  const g = words(got);
  const w = words(want);
  let common = 0;
  for (const word of w) if (g.has(word)) common++;
  return { recall: w.size ? common / w.size : 1, precision: g.size ? common / g.size : 1 };
}

function expectedText(name: string): string {
  const html = readFileSync(join(dir, name, 'expected.html'), 'utf8');
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const text = dom.window.document.body?.textContent ?? '';
  dom.window.close();
  return text;
}

const tally = { tuning: 0, titleAgree: 0 };
const lowRecall: string[] = [];

describe('readability test pages', () => {
  it.each(pages)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as Expected;
    const dom = parseHtml(readFileSync(join(dir, name, 'source.html')), 'http://fakehost/test/page.html');
    const result = extractArticle(dom.window.document);
    dom.window.close();
    if (!result.ok) {
      expect(result.code).toMatch(/^(not-article|extraction-failed)$/);
      expect(result.message.length).toBeGreaterThan(0);
    } else {
      expect(result.article.text.trim().length).toBeGreaterThan(0);
    }
    if (!tuning.has(name) || !expected.readerable) return;
    tally.tuning++;
    expect(result.ok, 'a readerable page gives an article').toBe(true);
    if (!result.ok) return;
    if (fold(result.article.title) === fold(expected.title)) tally.titleAgree++;
    const { recall, precision } = agreement(result.article.text, expectedText(name));
    // Lede may leave out what Readability kept (its boilerplate filter drops share bars, navigation, promos), so
    // recall is held to a share of the pages below; it should add nothing Readability did not find.
    expect(precision, "share of Lede's words that Readability also kept").toBeGreaterThanOrEqual(MIN_PRECISION);
    if (recall < MIN_RECALL) lowRecall.push(`${name} ${recall.toFixed(2)}`);
  });

  it(`keeps ${MIN_RECALL * 100}% of the words of Readability's text on ${MIN_SHARE * 100}% of the tuning pages`, () => {
    expect(tally.tuning).toBeGreaterThan(0);
    expect(lowRecall.length / tally.tuning, lowRecall.join(', ')).toBeLessThanOrEqual(1 - MIN_SHARE);
  });

  afterAll(() => {
    console.log(`readability-pages: ${pages.length} pages; on ${tally.tuning} readerable tuning pages the title agrees on ${tally.titleAgree}; recall below ${MIN_RECALL} on ${lowRecall.length}: ${lowRecall.join(', ')}`);
  });
});
