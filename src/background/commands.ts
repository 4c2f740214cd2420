/** The `save-page` keyboard command (manifest `commands`): saves the active tab's article without the popup. */
import { browser } from '../shared/browser';
import { flashBadge } from './badge';
import { saveTab, type CompanionDeps } from './libraryActions';

export const COMMAND_SAVE_PAGE = 'save-page';

export async function onCommand(command: string, tab: { id?: number; incognito: boolean } | undefined, deps: CompanionDeps): Promise<void> {
  if (command !== COMMAND_SAVE_PAGE) return;
  let target = tab;
  if (target?.id === undefined) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    target = active;
  }
  if (target?.id === undefined) return;
  const res = await saveTab({ id: target.id, incognito: target.incognito }, deps);
  await flashBadge(target.id, res.ok);
}

export function registerCommands(deps: CompanionDeps): void {
  browser.commands.onCommand.addListener((command, tab) => {
    void onCommand(command, tab, deps);
  });
}
