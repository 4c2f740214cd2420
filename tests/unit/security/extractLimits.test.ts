// @vitest-environment node
/**
 * Hostile pages through the extractor under jsdom (the CLI's DOM; slower than a browser, so the budgets here are
 * generous): crafted heads that made Readability backtrack for seconds, pages past the size bounds, a 1 MB word.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extractArticle';
import { flattenDeep, LIMITS, tooLarge } from '../../../src/extract/limits';

const STORY = [
  'The harbour authority approved a plan on Tuesday to electrify the ferry quay, replacing the diesel generators that have powered moored ships for decades.',
  'Engineers expect the first shore-power connection to open next spring, with the remaining berths following over two summers as the grid link is reinforced.',
  'The project will cost about forty million euros, most of it from a regional climate fund, and the ferry operators will pay a connection fee for each call.',
  'Residents of the old town have complained for years about the hum and the fumes of ships running their engines overnight at the quay below their windows.',
  'The harbour master said the change would cut emissions by a fifth and make the quay quieter at night, when most ferries wait for the morning crossing.',
].map((p) => `<p>${p}</p>`).join('');

function page(head: string, body = STORY): Document {
  const html = `<!doctype html><html lang="en"><head><title>Harbour quay goes electric</title>${head}</head><body><article><h1>Harbour quay goes electric</h1>${body}</article></body></html>`;
  return new JSDOM(html, { url: 'https://news.example/quay', virtualConsole: new VirtualConsole() }).window.document;
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

/** Appends `depth` nested divs under `parent`, the innermost holding `text` (built bottom-up: cheap in jsdom). */
function chain(parent: Element, depth: number, text: string): void {
  const doc = parent.ownerDocument;
  let inner = doc.createElement('div');
  inner.textContent = text;
  for (let i = 1; i < depth; i++) {
    const outer = doc.createElement('div');
    outer.append(inner);
    inner = outer;
  }
  parent.append(inner);
}

/** Depth of the deepest element below `root` (0 for a root without element children). */
function depthBelow(root: Element): number {
  let max = 0;
  const walk = (el: Element, d: number): void => {
    max = Math.max(max, d);
    for (const c of Array.from(el.children)) walk(c, d + 1);
  };
  walk(root, 0);
  return max;
}

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i.toString(36)}`).join(' ');

describe('extractor bounds', { timeout: 60_000 }, () => {
  it('reads a page whose meta keys are 100,000 spaces long in a few seconds at most, even on a loaded machine (was ~11 s under jsdom alone)', () => {
    const spaces = ' '.repeat(100_000);
    const { value, ms } = timed(() => extractArticle(page(`<meta property="${spaces}x" content="y"><meta name="${spaces}og:title" content="z">`)));
    expect(value.ok).toBe(true);
    expect(ms).toBeLessThan(5000);
  });

  it('reads a page whose JSON-LD name, headline and title are 30,000 words each, keeping its metadata', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', name: words(30_000, 'n'), headline: words(30_000, 'h'), author: { name: 'A. Reporter' } };
    const doc = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    doc.title = words(30_000, 't');
    const { value, ms } = timed(() => extractArticle(doc));
    expect(value.ok && value.article.byline).toBe('A. Reporter');
    expect(ms).toBeLessThan(3000);
  });

  it('calls a page past the element or text bound too large, naming which (the browser suites load real ones)', () => {
    const doc = page('', `${STORY}${'<span>x</span>'.repeat(2000)}`);
    expect(tooLarge(doc, 100, { maxElements: 1000, maxTextChars: 10_000 })).toMatch(/elements; Lede reads pages of up to 1000/);
    expect(tooLarge(doc, 20_000, { maxElements: 100_000, maxTextChars: 10_000 })).toMatch(/characters/);
    expect(tooLarge(doc, 100)).toBeNull();
  });

  it('reads an article holding a 1 MB word', () => {
    const { value, ms } = timed(() => extractArticle(page('', `${STORY}<p>${'a'.repeat(1_000_000)}</p>`)));
    expect(value.ok).toBe(true);
    expect(ms).toBeLessThan(5000);
  });

  it('reads a page of 600 nested divs as the article, with the words at the bottom of the chain kept', () => {
    const doc = page('');
    chain(doc.querySelector('article')!, 600, 'The pier reopens in May.');
    const r = extractArticle(doc);
    expect(r.ok).toBe(true);
    expect(r.ok && r.article.text).toMatch(/electrify the ferry quay/);
    expect(r.ok && r.article.text).toContain('The pier reopens in May.');
    // The page itself still holds its whole chain: only the extractor's clone is flattened.
    expect(depthBelow(doc.body)).toBeGreaterThan(600);
  });

  it('flattens only what lies deeper than the bound, the way Chromium builds 100,000 nested divs (a chain over a run of siblings)', () => {
    const doc = page('');
    const article = doc.querySelector('article')!;
    chain(article, 200, '');
    let bottom = article.lastElementChild!;
    while (bottom.firstElementChild) bottom = bottom.firstElementChild;
    for (let i = 0; i < 2000; i++) bottom.append(doc.createElement('div'));
    bottom.lastElementChild!.textContent = 'deep text';
    const normal = page('');
    const before = normal.body.outerHTML;

    expect(flattenDeep(normal.body)).toBe(0);
    expect(normal.body.outerHTML).toBe(before);
    expect(flattenDeep(doc.body)).toBe(1);
    expect(depthBelow(doc.body)).toBe(LIMITS.maxDepth);
    expect(doc.body.textContent).toContain('deep text');
    expect(doc.body.textContent).toContain('electrify the ferry quay');
  });

  it('never changes the page it reads (the bounds apply to Readability\'s clone)', () => {
    const spaces = ' '.repeat(1000);
    const doc = page(`<meta property="${spaces}x" content="y"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${'h'.repeat(5000)}"}</script>`);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
