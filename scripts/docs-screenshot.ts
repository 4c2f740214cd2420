/**
 * Refreshes the README's image, docs/popup.png: the popup of the e2e build (run `npm run build:e2e` first; the
 * npm script does) on the seed page of ../shared/corpora, or on docs/demo-article.html when the corpora are absent.
 * The tests never write into the repository; this is the one thing that does, when asked.
 */
import { join } from 'node:path';
import { CORPORA, REPO, hasCorpora, launchLede, openPopupOn, popupState, serveStatic } from '../tests/e2e/helpers';

const server = await serveStatic({ '/seed/': join(CORPORA, 'seed'), '/demo/': join(REPO, 'docs') });
const lede = await launchLede();
try {
  const path = hasCorpora ? '/seed/seed-article.html' : '/demo/demo-article.html';
  const { popup, page } = await openPopupOn(lede, `${server.origin}${path}`);
  const state = await popupState(popup);
  if (state !== 'ready') throw new Error(`the popup on ${path} ended in "${state}", not "ready": no screenshot taken`);
  await popup.setViewportSize({ width: 400, height: 600 });
  const out = join(REPO, 'docs/popup.png');
  await popup.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out} (the popup on ${path})`);
  await page.close();
} finally {
  await lede.close();
  await server.close();
}
