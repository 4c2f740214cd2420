/**
 * The library page edits the database itself (archive, delete, Undo, import); this tells the worker's bookmark
 * mirror which saved items changed. Fire and forget: when the mirror is off the worker ignores it, and when the
 * message is lost the worker's start-up reconcile finds the difference anyway.
 */
import { sendMessage } from '../shared/messages';

export function mirrorChanged(urls?: string[]): void {
  try {
    void sendMessage('syncNudge', urls ? { urls } : {}).catch(() => undefined);
  } catch {
    // No worker to tell (a page opened outside the extension, tests).
  }
}
