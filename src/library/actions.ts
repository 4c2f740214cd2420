/**
 * The reader's edits from the list and the reader view. Each returns the message to show and the Undo that
 * puts the row back exactly as it was (or null when there was nothing to do).
 */
import { deleteArticle, restoreArticle, restoreDeleted, setStatus, updateArticle } from '../storage';
import type { LibraryItem } from './model';
import { mirrorChanged } from './mirrorChanged';

/** The edit, then the bookmark mirror told of it (archive and delete show in the reader's bookmarks). */
function mirrored(url: string, undo: () => Promise<void>): () => Promise<void> {
  return async () => {
    await undo();
    mirrorChanged([url]);
  };
}

export interface Done {
  /** i18n key of the confirmation ("Archived."). */
  message: string;
  undo: () => Promise<void>;
}

/** Archive a saved item, or move an archived one back to Saved. History-only rows cannot be archived. */
export async function toggleArchive(item: LibraryItem): Promise<Done | null> {
  if (item.savedAt === null && item.status !== 'archived') return null;
  const archiving = item.status !== 'archived';
  const before = await setStatus(item.url, archiving ? 'archived' : 'unread');
  if (!before) return null;
  mirrorChanged([item.url]);
  return { message: archiving ? 'libpageDidArchive' : 'libpageDidUnarchive', undo: mirrored(item.url, () => restoreArticle(before)) };
}

export async function toggleRead(item: LibraryItem): Promise<Done | null> {
  const marking = item.status !== 'read';
  const before = await updateArticle(item.url, marking ? { readAt: Date.now(), progress: 1 } : { readAt: null });
  if (!before) return null;
  return { message: marking ? 'libpageDidMarkRead' : 'libpageDidMarkUnread', undo: () => restoreArticle(before) };
}

/** Deletes the row and its visits; Undo restores both. */
export async function remove(item: LibraryItem): Promise<Done | null> {
  const removed = await deleteArticle(item.url);
  if (!removed) return null;
  mirrorChanged([item.url]);
  return { message: 'libpageDidDelete', undo: mirrored(item.url, () => restoreDeleted(removed)) };
}
