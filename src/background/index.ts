/**
 * The service worker: a thin message handler. Each handler delegates to a module that can be tested without a
 * browser; no state lives here that a worker restart would lose (caches are only caches).
 */
import { onMessage } from '../shared/messages';
import { browser } from '../shared/browser';
import { analysisOf, analyzeTabForPopup, readAheadForPopup } from './companion';
import { highlightInTab } from './highlight';
import { onPopupOpening } from './popupOpening';
import { registerLibrary } from './library';
import { registerAi } from './ai';
import { useFetchedCategoryPacks } from './categoryPacks';
import { useFetchedStopwords } from './stopwordFiles';
import { registerBookmarkSync } from './bookmarks';
import { registerSyncedPicks } from './syncedPicks';
import { loadArticleImages } from './offlineImages';
import { encodeImage } from './imageCodec';

useFetchedCategoryPacks();
useFetchedStopwords();

// Start reading the tab as soon as the popup's page starts loading (Chrome; see popupOpening.ts).
const popupPage = browser.runtime.getManifest().action?.default_popup;
if (popupPage) onPopupOpening(browser.runtime.getURL(popupPage), (target) => void readAheadForPopup(target));

onMessage('analyzeTab', ({ data }) =>
  analyzeTabForPopup(data.tabId, { useSelection: data.useSelection, whole: data.whole, openedAt: data.openedAt }),
);
onMessage('analysisOf', async ({ data }) => ({ analysis: await analysisOf(data.url, data.contentHash) }));
onMessage('highlightInTab', ({ data }) => highlightInTab(data.tabId, data.text));
onMessage('imgLoad', ({ data }) =>
  loadArticleImages(data.url, data.sources, {
    fetch: (...args) => fetch(...args),
    encode: encodeImage,
    keepAlive: () => void browser.runtime.getPlatformInfo().catch(() => undefined),
  }),
);
if (__BENCH_HOOKS__) onMessage('ping', () => 'pong' as const);

registerLibrary();
registerAi();
registerBookmarkSync();
registerSyncedPicks();
