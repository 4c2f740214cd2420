// @vitest-environment node
/**
 * The extractor's shortcuts (plain-text normalisation, cheap hints before the Unicode patterns, selectors that
 * narrow a walk) must give exactly what the long way gives: these pin the inputs where they could differ.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isBoilerplateBlock, normalizeForMatch } from '../../../src/core/text/boilerplate';
import { scanBody } from '../../../src/extract/scan';
import { findPageFaq } from '../../../src/extract/pageFaq';

const unicodeNormalize = (t: string): string => t.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

describe('normalizeForMatch', () => {
  it('gives the Unicode result for every single character, alone and between letters', () => {
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}B`, `A ${ch}${ch}`]) if (normalizeForMatch(s) !== unicodeNormalize(s)) bad.push(c);
    }
    expect(bad).toEqual([]);
  });

  it('gives the Unicode result on typographic and compatibility text', () => {
    for (const s of ['It’s “here” — now…', 'Ｆｕｌｌ width', 'ﬁle İstanbul \u212Aelvin', 'caf\u0065\u0301 – e\u0301', '\u00a0Title\u2011case\u2026']) {
      expect(normalizeForMatch(s)).toBe(unicodeNormalize(s));
    }
  });
});

describe('isBoilerplateBlock hints', () => {
  const ctx = { title: 'A title', byline: null };
  it('still catches labels spelled with the characters the iu patterns fold (LONG S, KELVIN SIGN)', () => {
    expect(isBoilerplateBlock('\u017fponsored content', 'p', ctx)).toBe(true);
    expect(isBoilerplateBlock('ADVERTISEMENT', 'p', ctx)).toBe(true);
    expect(isBoilerplateBlock('Re\u212Alame', 'p', ctx)).toBe(true);
    expect(isBoilerplateBlock('\u017fign up for our newsletter', 'p', ctx)).toBe(true);
    expect(isBoilerplateBlock('…', 'p', ctx)).toBe(true);
    expect(isBoilerplateBlock('日本語の文章', 'p', ctx)).toBe(false);
  });
});

describe('walks with fast skips', () => {
  const doc = new JSDOM(
    '<html><body><div class="X\u212Aey-points" id="a"><p><b>Label</b></p></div><div id="ADS">x</div>' +
      '<section class="zz"><h2>FAQ</h2><h3>What is it?</h3><p>A thing.</p></section><svg><a class="share"></a></svg></body></html>',
  ).window.document;

  it('scanBody marks what a walk would, in document order', () => {
    const scan = scanBody(doc.body);
    expect(scan.marked.map((m) => m.mark)).toEqual(['tldr', 'ad', 'share']);
    expect(scan.headings.map((h) => h.tagName)).toEqual(['B', 'H2', 'H3']);
  });

  it('findPageFaq reads an FAQ section', () => {
    expect(findPageFaq(doc)).toEqual([{ question: 'What is it?', answer: 'A thing.' }]);
  });
});
