/**
 * History and saving in the worker: message handlers, context menus and the keyboard command, and the hook
 * that records each article the popup opens. Thin wiring over libraryActions.ts.
 */
import { onMessage } from '../shared/messages';
import { analyzeTab, lastExtracted, onArticleOpened } from './companion';
import { recordArticleOpened, saveFromPopup, savedState, undo, unsave, type CompanionDeps } from './libraryActions';
import { registerMenus } from './menus';
import { registerCommands } from './commands';

export { recordArticleOpened } from './libraryActions';

const deps: CompanionDeps = { analyzeTab: (tabId) => analyzeTab(tabId), lastExtracted };

export function registerLibrary(): void {
  onArticleOpened((tab, result, article) => recordArticleOpened(tab, result, article.html));
  onMessage('libArticleHtml', ({ data }) => ({ html: lastExtracted(data.url)?.html ?? null }));
  onMessage('libSave', ({ data }) => saveFromPopup(data));
  onMessage('libUnsave', ({ data }) => unsave(data.url));
  onMessage('libUndo', ({ data }) => undo(data.url, data.previous));
  onMessage('libIsSaved', ({ data }) => savedState(data.url));
  registerMenus(deps);
  registerCommands(deps);
}
