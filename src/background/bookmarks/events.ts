/**
 * Bookmark events as the mirror needs them. What an event says is read when it fires (a removed node can no
 * longer be asked for); whether it concerns Lede's folders is decided by the mirror, in its queue. The browser's
 * sync applies another device's changes as a burst of events: they are collected until the burst ends and handed
 * over as one batch.
 */
import type { BookmarkNode, BookmarksLike } from '../../shared/bookmarksApi';

export type BookmarkEvent =
  | { kind: 'created'; id: string; parentId?: string; url?: string }
  | { kind: 'moved'; id: string; parentId: string; oldParentId: string }
  | { kind: 'removed'; id: string; parentId: string; url?: string; folder: boolean }
  /** A bookmark's URL edited: the old one is unknown, so only a full pass can tell what changed. */
  | { kind: 'urlChanged'; id: string };

/** Sync applies a device's changes as a burst of events: handle them as one batch. */
export const EVENT_DEBOUNCE_MS = 300;

/**
 * Listens to `api`'s four events and calls `deliver` with each burst once it has been quiet for `debounceMs`.
 * Returns a function that stops listening (and drops a burst not yet delivered).
 */
export function collectBookmarkEvents(api: BookmarksLike, deliver: (events: BookmarkEvent[]) => void, debounceMs = EVENT_DEBOUNCE_MS): () => void {
  let burst: BookmarkEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const push = (ev: BookmarkEvent) => {
    burst.push(ev);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const events = burst;
      burst = [];
      deliver(events);
    }, debounceMs);
  };
  const created = (id: string, node: BookmarkNode) => push({ kind: 'created', id, parentId: node.parentId, url: node.url });
  const removed = (id: string, info: { parentId: string; node?: BookmarkNode }) =>
    push({ kind: 'removed', id, parentId: info.parentId, url: info.node?.url, folder: info.node ? !info.node.url : false });
  const moved = (id: string, info: { parentId: string; oldParentId: string }) =>
    push({ kind: 'moved', id, parentId: info.parentId, oldParentId: info.oldParentId });
  const changed = (id: string, info: { url?: string }) => {
    if (info.url !== undefined) push({ kind: 'urlChanged', id });
  };
  api.onCreated.addListener(created);
  api.onRemoved.addListener(removed);
  api.onMoved.addListener(moved);
  api.onChanged.addListener(changed);
  return () => {
    clearTimeout(timer);
    burst = [];
    api.onCreated.removeListener(created);
    api.onRemoved.removeListener(removed);
    api.onMoved.removeListener(moved);
    api.onChanged.removeListener(changed);
  };
}
