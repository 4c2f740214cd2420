/**
 * History and saving in the worker: message handlers, context menus and the keyboard command, and the hook
 * that records each article the popup opens. Thin wiring over libraryActions.ts.
 */
import { onMessage } from '../shared/messages';
import { analyzeTab, onArticleOpened } from './companion';
import { lastExtracted } from './analysisCache';
import { recordArticleOpened, saveFromPopup, savedState, undo, unsave, type CompanionDeps } from './libraryActions';
import { registerMenus } from './menus';
import { findRelated } from '../storage/related';
import { getInterests, setExplicit } from '../storage/interests';
import { registerCommands } from './commands';
import { picksChanged } from './syncedPicks';

export { recordArticleOpened } from './libraryActions';

const deps: CompanionDeps = { analyzeTab: (tabId) => analyzeTab(tabId), lastExtracted };

export function registerLibrary(): void {
  onArticleOpened((tab, result, article) => recordArticleOpened(tab, result, article.html));
  onMessage('libSave', ({ data }) => saveFromPopup(data, lastExtracted(data.article.url)?.html ?? null));
  onMessage('libUnsave', ({ data }) => unsave(data.url));
  onMessage('libUndo', ({ data }) => undo(data.url, data.previous));
  onMessage('libIsSaved', ({ data }) => savedState(data.url));
  onMessage('libRelated', async ({ data }) => {
    const rows = await findRelated({ url: data.url, title: data.title }, data.analysis).catch(() => []);
    return { items: rows.map((r) => ({ url: r.url, title: r.title, siteName: r.siteName, saved: r.saved })) };
  });
  onMessage('intPicks', async () => Object.fromEntries((await getInterests()).map((i) => [i.key, i.explicit])));
  onMessage('intSetExplicit', async ({ data }) => {
    await setExplicit({ label: data.label, kind: data.kind }, data.explicit);
    picksChanged();
    return { ok: true };
  });
  registerMenus(deps);
  registerCommands(deps);
}
