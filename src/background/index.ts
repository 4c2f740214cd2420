/**
 * The service worker: a thin message handler. Each handler delegates to a module that can be tested without a
 * browser; no state lives here that a worker restart would lose (caches are only caches).
 */
import { onMessage } from '../shared/messages';
import { analysisOf, analyzeTabForPopup, highlightInTab } from './companion';
import { registerLibrary } from './library';
import { registerAi } from './ai';

onMessage('analyzeTab', ({ data }) => analyzeTabForPopup(data.tabId, { useSelection: data.useSelection, whole: data.whole }));
onMessage('analysisOf', async ({ data }) => ({ analysis: await analysisOf(data.url, data.contentHash) }));
onMessage('highlightInTab', ({ data }) => highlightInTab(data.tabId, data.text));
onMessage('ping', () => 'pong' as const);

registerLibrary();
registerAi();
