/**
 * The main journey in a real browser: a news page, the popup working on its tab, the TL;DR / FAQ / topics the
 * reader sees, the not-an-article state, and click-to-highlight, on pages written for the tests
 * (tests/fixtures/pages, docs/demo-article.html). Real pages from ../shared/corpora are checked in addition.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CORPORA,
  REPO,
  hasCorpora,
  launchLede,
  openPopupOn,
  openToolbarPopup,
  POPUP_SETTLED,
  popupState,
  serveStatic,
  tabIdFor,
  type LedeBrowser,
  type StaticServer,
} from './helpers';

if (!hasCorpora) console.warn(`corpora not found at ${CORPORA}: the checks on real pages are skipped`);
const onCorpora = it.runIf(hasCorpora);

describe('popup', () => {
  let lede: LedeBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic({
      '/fixtures/': join(REPO, 'tests/fixtures/pages'),
      '/demo/': join(REPO, 'docs'),
      ...(hasCorpora ? { '/seed/': join(CORPORA, 'seed'), '/pages/': join(CORPORA, 'readability-pages') } : {}),
    });
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  it("shows a news page's own TL;DR, its FAQ and its topics", async () => {
    const { popup, page } = await openPopupOn(lede, `${server.origin}/fixtures/en-news-tldr-faq.html`);
    expect(await popupState(popup)).toBe('ready');
    expect(await popup.textContent('[data-testid="article-title"]')).toContain('electric fleet');
    const tldr = popup.locator('[data-testid="tldr"]');
    expect(await tldr.getAttribute('data-source')).toBe('page');
    expect(await tldr.textContent()).toContain('three battery-powered ferries');
    const questions = (await popup.locator('[data-testid="faq-question"]').allTextContents()).join(' | ');
    expect(questions).toContain('When will the electric ferries start running?');
    expect(questions).toContain('Will fares go up?');
    expect(await popup.locator('[data-testid="topics"] [data-testid="topic"]').count()).toBeGreaterThan(0);
    expect(await popup.evaluate(() => performance.getEntriesByName('lede:tldr-rendered').length)).toBeGreaterThan(0);
    await page.close();
    await popup.close();
  });

  onCorpora('shows the seed article with its own TL;DR, its four Chinese FAQ entries and topics', async () => {
    const { popup, page } = await openPopupOn(lede, `${server.origin}/seed/seed-article.html`);
    expect(await popupState(popup)).toBe('ready');
    expect(await popup.textContent('[data-testid="article-title"]')).toContain('Yann LeCun Raises $1 Billion');

    const tldr = popup.locator('[data-testid="tldr"]');
    expect(await tldr.getAttribute('data-source')).toBe('page');
    expect(await tldr.textContent()).toContain('Yann LeCun raised $1 billion for AMI');

    const questions = await popup.locator('[data-testid="faq-question"]').allTextContents();
    expect(questions).toHaveLength(4);
    expect(questions[0]).toContain('為什麼');
    expect(questions.every((q) => /[\u4e00-\u9fff]/.test(q))).toBe(true);

    const topics = (await popup.locator('[data-testid="topics"] [data-testid="topic"]').allTextContents()).join(' | ');
    expect(topics).toMatch(/LeCun/);
    expect(topics.toLowerCase()).toMatch(/world model/);

    const mark = await popup.evaluate(() => performance.getEntriesByName('lede:tldr-rendered').length);
    expect(mark).toBeGreaterThan(0);

    // For a look at the run; the README's image is refreshed by `npm run docs:screenshot`, never by the tests.
    await popup.setViewportSize({ width: 400, height: 600 });
    mkdirSync(join(REPO, 'test-results/screenshots'), { recursive: true });
    await popup.screenshot({ path: join(REPO, 'test-results/screenshots/popup-seed.png'), fullPage: true });
    await page.close();
    await popup.close();
  });

  it('the toolbar popup reads the active tab, and the worker starts reading it as the popup opens', async () => {
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/fixtures/en-news-tldr-faq.html`, { waitUntil: 'load' });
    await page.bringToFront();
    const popup = await openToolbarPopup(lede);
    try {
      const state = await popup.evaluate<string>(POPUP_SETTLED);
      expect(state).toBe('ready');
      expect(await popup.evaluate<string>(`document.querySelector('[data-testid="article-title"]').textContent`)).toContain(
        'electric fleet',
      );
      // The answer came from the read the worker started at the popup's navigation (background/readAhead.ts).
      const timings = await popup.evaluate<{ ahead?: boolean } | null>(
        `performance.getEntriesByName('lede:analysis-received')[0]?.detail ?? null`,
      );
      expect(timings?.ahead).toBe(true);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('highlights a TL;DR sentence in the page when it is clicked', async () => {
    const { popup, page } = await openPopupOn(lede, `${server.origin}/demo/demo-article.html`);
    expect(await popupState(popup)).toBe('ready');
    const first = popup.locator('[data-testid="tldr"] button.passage').first();
    const sentence = (await first.textContent()) ?? '';
    expect(sentence.length).toBeGreaterThan(20);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await first.click();
    // The highlight lives in the page's highlight registry, shared by all worlds of the document.
    await expect
      .poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('lede')), { timeout: 5000 })
      .toBe(true);
    const highlighted = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede');
      return h ? [...h][0]!.toString() : '';
    });
    expect(highlighted.replace(/\s+/g, ' ').slice(0, 30)).toBe(sentence.replace(/\s+/g, ' ').slice(0, 30));
    // Nothing in the page's DOM was changed to show it.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
    await popup.close();
  });

  it('shows a generated FAQ on a page without one, and answers a question typed in the ask box', async () => {
    const { popup, page } = await openPopupOn(lede, `${server.origin}/demo/demo-article.html`);
    expect(await popupState(popup)).toBe('ready');
    const questions = await popup.locator('[data-testid="faq-question"]').allTextContents();
    expect(questions.length).toBeGreaterThanOrEqual(2);
    expect(questions.every((q) => q.trim().endsWith('?'))).toBe(true);

    // An answer is a sentence of the article: opening a question shows it, clicking it finds it in the page.
    await popup.locator('[data-testid="faq-question"]').first().click();
    const answer = ((await popup.locator('[data-testid="faq-answer"]').first().textContent()) ?? '').trim();
    expect(await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '))).toContain(answer.replace(/\s+/g, ' '));

    await popup.fill('[data-testid="ask-input"]', 'How much did the pilot cost?');
    await popup.click('[data-testid="ask-submit"]');
    const best = popup.locator('[data-testid="ask-answer"] button.passage').first();
    await expect.poll(async () => (await best.textContent()) ?? '', { timeout: 5000 }).toContain('$3,800');
    await best.click();
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede');
            return h ? [...h][0]!.toString() : '';
          }),
        { timeout: 5000 },
      )
      .toContain('$3,800');
    await page.close();
    await popup.close();
  });

  const readerable = ['pixnet', 'yahoo-4', 'rtl-1', 'nytimes-1', 'bbc-1', 'lemonde-1', 'wikipedia', 'medium-1'];
  const notReaderable = ['mathjax', 'js-link-replacement'];

  for (const name of readerable) {
    onCorpora(`shows a TL;DR for ${name}`, async () => {
      const { popup, page } = await openPopupOn(lede, `${server.origin}/pages/${name}/source.html`);
      expect(await popupState(popup)).toBe('ready');
      const sentences = await popup.locator('[data-testid="tldr"] li').allTextContents();
      expect(sentences.length).toBeGreaterThan(0);
      expect(sentences.join('').trim().length).toBeGreaterThan(10);
      await page.close();
      await popup.close();
    });
  }

  it('says a sign-in page is not an article', async () => {
    const { popup, page } = await openPopupOn(lede, `${server.origin}/fixtures/not-article-login.html`);
    expect(await popupState(popup)).toBe('not-article');
    expect(await popup.locator('[data-testid="tldr"]').count()).toBe(0);
    await page.close();
    await popup.close();
  });

  for (const name of notReaderable) {
    onCorpora(`says ${name} is not an article`, async () => {
      const { popup, page } = await openPopupOn(lede, `${server.origin}/pages/${name}/source.html`);
      expect(await popupState(popup)).toBe('not-article');
      expect(await popup.locator('[data-testid="tldr"]').count()).toBe(0);
      await page.close();
      await popup.close();
    });
  }

  onCorpora('offers the selected text on a page that is not an article, and reads it as the article', async () => {
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/pages/mathjax/source.html`, { waitUntil: 'load' });
    const selected = await page.evaluate(() => {
      const selection = document.getSelection()!;
      selection.selectAllChildren(document.body);
      return selection.toString();
    });
    const tabId = await tabIdFor(lede, page.url());
    const popup = await lede.context.newPage();
    await popup.goto(`chrome-extension://${lede.extensionId}/src/popup/index.html?tab=${tabId}`);
    expect(await popupState(popup)).toBe('not-article');
    await popup.getByRole('button', { name: 'Use the selected text' }).click();
    await popup.waitForSelector('[data-testid="status"][data-state="ready"]', { state: 'attached', timeout: 20_000 });
    const sentences = await popup.locator('[data-testid="tldr"] li').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    for (const sentence of sentences) expect(squash(selected)).toContain(squash(sentence).trim());
    await page.close();
    await popup.close();
  });

  it('explains a restricted page instead of failing', async () => {
    const page = await lede.context.newPage();
    await page.goto(`chrome-extension://${lede.extensionId}/src/options/index.html`);
    const tabId = await lede.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url?.includes('/src/options/'))?.id ?? -1;
    });
    const popup = await lede.context.newPage();
    await popup.goto(`chrome-extension://${lede.extensionId}/src/popup/index.html?tab=${tabId}`);
    expect(await popupState(popup)).toBe('restricted');
    await page.close();
    await popup.close();
  });
});
