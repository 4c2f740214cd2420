/**
 * The service worker: a thin message handler. Each handler delegates to a module that can be tested without a
 * browser; no state lives here that a worker restart would lose (caches are only caches).
 */
import { onMessage } from '../shared/messages';
import { analyzeTab, highlightInTab } from './companion';
import { registerLibrary } from './library';
import { registerAi } from './ai';

onMessage('analyzeTab', ({ data }) => analyzeTab(data.tabId, { useSelection: data.useSelection }));
onMessage('highlightInTab', ({ data }) => highlightInTab(data.tabId, data.text));
onMessage('ping', () => 'pong' as const);

registerLibrary();
registerAi();
