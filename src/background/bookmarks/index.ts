/**
 * The bookmark mirror in the worker: its messages, the bookmark events, and the start-up reconcile (the worker
 * may have been asleep while the browser's sync applied changes). Off unless the reader turned it on in the
 * options page, which also asks for the optional `bookmarks` permission.
 */
import { onMessage } from '../../shared/messages';
import { browser } from '../../shared/browser';
import { bookmarksApi, bookmarksSupported, hasBookmarksPermission, type BookmarksLike } from '../../shared/bookmarksApi';
import type { SyncStatus } from '../../shared/messages';
import { BookmarkMirror, readState, writeState, type KeyValueArea } from './mirror';
import { onLibraryChanged } from './changes';
import { collectBookmarkEvents } from './events';

const local = browser.storage.local as unknown as KeyValueArea;
const START_DELAY_MS = 3000;

let mirror: BookmarkMirror | null = null;

function mirrorFor(api: BookmarksLike): BookmarkMirror {
  mirror ??= new BookmarkMirror({ api, local, keepGoing: async () => (await readState(local)).enabled });
  return mirror;
}

/** The API when the reader turned the mirror on and the permission is still granted. */
async function activeApi(): Promise<BookmarksLike | null> {
  return (await readState(local)).enabled ? bookmarksApi() : null;
}

async function status(): Promise<SyncStatus> {
  const [state, supported, permission] = await Promise.all([readState(local), bookmarksSupported(), hasBookmarksPermission()]);
  return { supported, permission, enabled: state.enabled, lastRun: state.lastRun ?? null };
}

// ---- bookmark events ----

let listeningTo: BookmarksLike | null = null;

/** Listens to the bookmark events once the API exists (at start-up, or when the permission is granted later). */
function listen(): void {
  const api = bookmarksApi();
  if (!api || listeningTo === api) return;
  listeningTo = api;
  collectBookmarkEvents(api, (events) => {
    void activeApi()
      .then((active) => active && mirrorFor(active).handleEvents(events))
      .catch((err) => console.warn('Lede: bookmark sync', err));
  });
}

export function registerBookmarkSync(): void {
  // Listeners are added in the worker's first turn, so an event that wakes the worker reaches them.
  listen();
  browser.permissions.onAdded.addListener(() => listen());

  onLibraryChanged((urls) => {
    void activeApi()
      .then((api) => api && mirrorFor(api).schedule(urls))
      .catch((err) => console.warn('Lede: bookmark sync', err));
  });

  onMessage('syncStatus', () => status());
  onMessage('syncSetEnabled', async ({ data }) => {
    if (!data.enabled) {
      await writeState(local, { enabled: false });
      return status();
    }
    const api = bookmarksApi();
    if (!api || !(await bookmarksSupported())) return status();
    listen();
    await writeState(local, { enabled: true });
    // Enabling is a start-up of its own: mirror everything now, and answer when it is done.
    await mirrorFor(api)
      .schedule()
      .catch(() => undefined);
    return status();
  });
  onMessage('syncNudge', async ({ data }) => {
    const api = await activeApi();
    if (api) void mirrorFor(api).schedule(data.urls).catch((err) => console.warn('Lede: bookmark sync', err));
    return { ok: true };
  });

  // Start-up reconcile: changes that sync applied while the worker slept, and runs a stopped worker left half done.
  // A moment later, not in the worker's first turn: a worker woken by a toolbar click answers the popup first, and a
  // browser starting up has its own work (a pass reads every bookmark in the folders).
  setTimeout(() => {
    void activeApi()
      .then((api) => api && mirrorFor(api).schedule())
      .catch((err) => console.warn('Lede: bookmark sync', err));
  }, START_DELAY_MS);
}
