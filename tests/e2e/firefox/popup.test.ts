/**
 * The popup in Firefox ESR: a news page with its own TL;DR and FAQ, a page without an article, click-to-highlight,
 * and the ask box, on pages written for the tests; the seed page of the corpora in addition.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CORPORA, REPO, hasCorpora, serveStatic, type StaticServer } from '../helpers';
import { launchFirefox, openPopupOn, popupState, texts, until, type FirefoxLede } from './helpers';

const highlighted = () => {
  const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede');
  return h ? [...h][0]!.toString() : '';
};

describe('popup in Firefox', () => {
  let ff: FirefoxLede;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic({
      '/fixtures/': join(REPO, 'tests/fixtures/pages'),
      '/demo/': join(REPO, 'docs'),
      ...(hasCorpora ? { '/seed/': join(CORPORA, 'seed') } : {}),
    });
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it("shows a news page's own TL;DR, its FAQ and its topics", async () => {
    const { popup, page } = await openPopupOn(ff, `${server.origin}/fixtures/en-news-tldr-faq.html`);
    expect(await popupState(popup)).toBe('ready');
    expect(await popup.$eval('[data-testid="article-title"]', (e) => e.textContent)).toContain('electric fleet');
    expect(await popup.$eval('[data-testid="tldr"]', (e) => e.getAttribute('data-source'))).toBe('page');
    expect(await popup.$eval('[data-testid="tldr"]', (e) => e.textContent)).toContain('three battery-powered ferries');
    const questions = await texts(popup, '[data-testid="faq-question"]');
    expect(questions.join(' | ')).toContain('When will the electric ferries start running?');
    expect(questions.join(' | ')).toContain('Will fares go up?');
    expect((await texts(popup, '[data-testid="topics"] [data-testid="topic"]')).length).toBeGreaterThan(0);
    await page.close();
    await popup.close();
  });

  it('says a sign-in page is not an article, and shows no TL;DR', async () => {
    const { popup, page } = await openPopupOn(ff, `${server.origin}/fixtures/not-article-login.html`);
    expect(await popupState(popup)).toBe('not-article');
    expect(await popup.$('[data-testid="tldr"]')).toBeNull();
    await page.close();
    await popup.close();
  });

  it('highlights a TL;DR sentence in the page without changing its DOM, and answers a typed question', async () => {
    const { popup, page } = await openPopupOn(ff, `${server.origin}/demo/demo-article.html`);
    expect(await popupState(popup)).toBe('ready');
    const sentence = await popup.$eval('[data-testid="tldr"] button.passage', (e) => e.textContent ?? '');
    expect(sentence.length).toBeGreaterThan(20);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await popup.click('[data-testid="tldr"] button.passage');
    const squash = (s: string) => s.replace(/\s+/g, ' ').slice(0, 30);
    expect(squash(await until(() => page.evaluate(highlighted), (h) => h.length > 0))).toBe(squash(sentence));
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    await popup.type('[data-testid="ask-input"]', 'How much did the pilot cost?');
    await popup.click('[data-testid="ask-submit"]');
    const best = '[data-testid="ask-answer"] button.passage';
    const answer = await until(
      () => popup.$eval(best, (e) => e.textContent ?? '').catch(() => ''),
      (t) => t.includes('$3,800'),
    );
    expect(answer).toContain('$3,800');
    await popup.click(best);
    expect(await until(() => page.evaluate(highlighted), (h) => h.includes('$3,800'))).toContain('$3,800');
    await page.close();
    await popup.close();
  });

  it.runIf(hasCorpora)('shows the seed article with its own TL;DR and its four Chinese FAQ entries (corpus)', async () => {
    const { popup, page } = await openPopupOn(ff, `${server.origin}/seed/seed-article.html`);
    expect(await popupState(popup)).toBe('ready');
    expect(await popup.$eval('[data-testid="article-title"]', (e) => e.textContent)).toContain('Yann LeCun Raises $1 Billion');
    expect(await popup.$eval('[data-testid="tldr"]', (e) => e.getAttribute('data-source'))).toBe('page');
    const questions = await texts(popup, '[data-testid="faq-question"]');
    expect(questions).toHaveLength(4);
    expect(questions.every((q) => /[\u4e00-\u9fff]/.test(q))).toBe(true);
    await page.close();
    await popup.close();
  });
});
