/**
 * Where a new reader looks first. The popup in narrow places (Firefox's overflow menu, a zoomed browser, a small screen): it keeps its 400 px when
 * there is room, and below that it narrows with the window instead of cutting text off at the right edge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { REPO, launchLede, openPopupOn, popupState, serveStatic, type LedeBrowser, type StaticServer } from './helpers';

/** Elements whose box reaches past the viewport's right edge (text cut off or scrolled out of view). */
const OVERFLOWING = `(() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 0.5) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
  }
  return { width, scrollWidth: document.documentElement.scrollWidth, out };
})()`;

describe('first steps: the popup width, the way from settings to the library', () => {
  let lede: LedeBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic({ '/demo/': join(REPO, 'docs') });
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  it('is 400 px wide where there is room', async () => {
    const { popup, page } = await openPopupOn(lede, `${server.origin}/demo/demo-article.html`);
    await popup.setViewportSize({ width: 800, height: 600 });
    expect(await popupState(popup)).toBe('ready');
    expect(await popup.evaluate('document.body.getBoundingClientRect().width')).toBe(400);
    await popup.close();
    await page.close();
  });

  it('fits 280 px without cutting anything off', async () => {
    const { popup, page } = await openPopupOn(lede, `${server.origin}/demo/demo-article.html`);
    await popup.setViewportSize({ width: 280, height: 600 });
    expect(await popupState(popup)).toBe('ready');
    const layout = (await popup.evaluate(OVERFLOWING)) as { width: number; scrollWidth: number; out: string[] };
    expect(layout.out).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    await popup.close();
    await page.close();
  });

  it('links the settings page to the library', async () => {
    const options = await lede.context.newPage();
    await options.goto(`chrome-extension://${lede.extensionId}/src/options/index.html`);
    await options.click('[data-testid="options-library"]');
    await options.waitForSelector('.lib[data-state="ready"]', { timeout: 20_000 });
    expect(options.url()).toContain('/src/library/index.html');
    await options.close();
  });
});
