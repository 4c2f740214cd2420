/**
 * The bookmark mirror in the worker: its messages, the bookmark events, and the start-up reconcile (the worker
 * may have been asleep while the browser's sync applied changes). Off unless the reader turned it on in the
 * options page, which also asks for the optional `bookmarks` permission.
 */
import { onMessage } from '../../shared/messages';
import { browser } from '../../shared/browser';
import { bookmarksApi, bookmarksSupported, hasBookmarksPermission, type BookmarkNode, type BookmarksLike } from '../../shared/bookmarksApi';
import { normalizeUrl } from '../../core/url';
import type { SyncStatus } from '../../shared/messages';
import { BookmarkMirror, readState, writeState, type KeyValueArea } from './mirror';
import { onLibraryChanged } from './changes';

const local = browser.storage.local as unknown as KeyValueArea;
/** Sync applies a device's changes as a burst of events: handle them as one run. */
const EVENT_DEBOUNCE_MS = 300;
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

/** What an event says, read synchronously; whether it concerns Lede's folders is decided when the burst ends. */
interface RawEvent {
  id: string;
  parents: string[];
  url?: string;
  folder?: boolean;
  /** An edit of a bookmark's URL: the old one is unknown, so only a full pass can tell what changed. */
  urlEdit?: boolean;
  created?: boolean;
}

let raw: RawEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function queue(ev: RawEvent): void {
  raw.push(ev);
  clearTimeout(timer);
  timer = setTimeout(() => void flush().catch((err) => console.warn('Lede: bookmark sync', err)), EVENT_DEBOUNCE_MS);
}

async function flush(): Promise<void> {
  const events = raw;
  raw = [];
  const api = await activeApi();
  if (!api) return;
  const folders = (await readState(local)).folders;
  const m = mirrorFor(api);
  if (!folders) return void (await m.schedule());
  const ours = new Set([folders.root, folders.unread, folders.archived]);
  const urls = new Set<string>();
  let full = false;
  for (const ev of events) {
    if (m.isOwnWrite(ev.id)) continue;
    let parents = ev.parents;
    if (!parents.length) {
      const [node] = await api.get(ev.id).catch(() => [] as BookmarkNode[]);
      parents = node?.parentId ? [node.parentId] : [];
    }
    // Lede making its own folders is no news; one of them moved or removed by the reader is.
    if (ours.has(ev.id)) {
      if (!ev.created) full = true;
      continue;
    }
    if (!parents.some((p) => ours.has(p))) continue;
    if (ev.folder || ev.urlEdit) full = true;
    let url = ev.url;
    if (url === undefined) url = (await api.get(ev.id).catch(() => [] as BookmarkNode[]))[0]?.url;
    const key = url ? normalizeUrl(url) : null;
    if (key) urls.add(key);
    else if (url === undefined) full = true;
  }
  if (full) await m.schedule();
  else if (urls.size) await m.schedule([...urls]);
}

let listeningTo: BookmarksLike | null = null;

/** Adds the event listeners once the API exists (at start-up, or when the permission is granted later). */
function listen(): void {
  const api = bookmarksApi();
  if (!api || listeningTo === api) return;
  listeningTo = api;
  api.onCreated.addListener((id, node) =>
    queue({ id, parents: node.parentId ? [node.parentId] : [], url: node.url, folder: !node.url, created: true }),
  );
  api.onRemoved.addListener((id, info) =>
    queue({ id, parents: [info.parentId], url: info.node?.url, folder: info.node ? !info.node.url : false }),
  );
  api.onMoved.addListener((id, info) => queue({ id, parents: [info.parentId, info.oldParentId] }));
  api.onChanged.addListener((id, info) => {
    if (info.url !== undefined) queue({ id, parents: [], urlEdit: true });
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
