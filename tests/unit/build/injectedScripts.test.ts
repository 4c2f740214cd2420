/**
 * The injected extractor as the build writes it: one executeScript({ files }) per click only works if the file,
 * run as a classic script, leaves the outcome as its completion value. Built here for real (Vite, library mode)
 * and run in a JSDOM window the way the browser runs an injected file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { buildInjected, COMPILE_HINT } from '../../../scripts/vite-injected';
import { INJECTED_SCRIPTS } from '../../../src/content/protocol';
import { UNSAFE_ASSIGNMENT } from '../../../scripts/vite-no-innerhtml';

const root = resolve(import.meta.dirname, '../../..');
let outDir = '';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'lede-injected-'));
  await buildInjected(root, outDir, { 'import.meta.env.VITE_BROWSER': '"chrome"' });
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Injected, as a toolbar click does, into a page that has finished parsing. */
async function runInPage(file: string, html: string, url = 'https://example.org/news/story'): Promise<unknown> {
  const dom = new JSDOM(html, { url, runScripts: 'outside-only' });
  if (dom.window.document.readyState === 'loading') {
    await new Promise((done) => dom.window.document.addEventListener('DOMContentLoaded', done));
  }
  return dom.window.eval(readFileSync(join(outDir, file), 'utf8'));
}

describe('the injected scripts as built', () => {
  it('returns the article from the extractor file alone, in one injection', async () => {
    const page = readFileSync(join(root, 'tests/fixtures/pages/en-news-tldr-faq.html'), 'utf8');
    const outcome = (await runInPage(INJECTED_SCRIPTS.extract, page)) as { kind: string; article?: { title: string; text: string } };
    expect(outcome.kind).toBe('article');
    expect(outcome.article!.text.length).toBeGreaterThan(500);
  });

  it('says why when the page has no article, instead of returning nothing', async () => {
    const page = readFileSync(join(root, 'tests/fixtures/pages/not-article-login.html'), 'utf8');
    const outcome = (await runInPage(INJECTED_SCRIPTS.extract, page)) as { kind: string; code?: string };
    expect(outcome.kind).toBe('error');
    expect(outcome.code).toBe('not-article');
  });

  it('starts the extractor with the compile hint and assigns no HTML strings in either file', () => {
    const extract = readFileSync(join(outDir, INJECTED_SCRIPTS.extract), 'utf8');
    expect(extract.startsWith(COMPILE_HINT + '\n')).toBe(true);
    for (const file of Object.values(INJECTED_SCRIPTS)) {
      expect(UNSAFE_ASSIGNMENT.test(readFileSync(join(outDir, file), 'utf8'))).toBe(false);
    }
  });

  it('installs the highlighter without running anything else', () => {
    const dom = new JSDOM('<p>Some text</p>', { url: 'https://example.org/', runScripts: 'outside-only' });
    dom.window.eval(readFileSync(join(outDir, INJECTED_SCRIPTS.highlight), 'utf8'));
    const api = (dom.window as unknown as { __lede?: Record<string, unknown> }).__lede;
    expect(typeof api?.highlight).toBe('function');
    expect(api?.runInjected).toBeUndefined();
  });
});
