/**
 * The release Firefox build, without the test build's host access: Lede reads a page only through the grant a
 * click on its toolbar button gives. The click is real (on the button in the browser window); a popup opened
 * any other way says it has no access to the tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { REPO, serveStatic, type StaticServer } from '../helpers';
import { RELEASE_BUILD, TOOLBAR_POPUP_SETTLED, clickToolbarButton, launchFirefox, openPopupOn, popupState, type FirefoxLede } from './helpers';

describe('the release build in Firefox', () => {
  let ff: FirefoxLede;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic({ '/fixtures/': join(REPO, 'tests/fixtures/pages') });
    ff = await launchFirefox({ extensionDir: RELEASE_BUILD });
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('reads the active tab when its toolbar button is clicked', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${server.origin}/fixtures/en-news-tldr-faq.html`, { waitUntil: 'load' });
    await page.bringToFront();
    try {
      const popup = await clickToolbarButton(ff);
      expect(await popup.evaluate<string>(TOOLBAR_POPUP_SETTLED)).toBe('ready');
      expect(await popup.evaluate<string>(`content.document.querySelector('[data-testid="article-title"]').textContent`)).toContain(
        'electric fleet',
      );
    } finally {
      await page.close();
    }
  });

  it('says it has no access to the page when the popup was opened without the click', async () => {
    const { popup, page } = await openPopupOn(ff, `${server.origin}/fixtures/en-news-tldr-faq.html`);
    expect(await popupState(popup)).toBe('no-access');
    const said = await popup.$eval('[data-testid="status"]', (e) => e.textContent ?? '');
    expect(said).toContain("Lede wasn't given this page");
    expect(said).not.toContain("can't read this page");
    await page.close();
    await popup.close();
  });
});
