/**
 * The mirror driven by bookmark events, as in the worker: the fake bookmarks API fires its events, they are
 * collected into bursts and handed to the mirror's queue. Each test plays one race between Lede's own bookmark
 * writes and a reader's (or the browser's sync's) change to the same bookmark, and checks that the reader's change
 * reaches the library.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { default: fakeBrowser };
});

import { BookmarkMirror, readState } from '../../../../src/background/bookmarks/mirror';
import { collectBookmarkEvents } from '../../../../src/background/bookmarks/events';
import { saveLink } from '../../../../src/storage/library';
import { getArticle, setStatus } from '../../../../src/storage/articles';
import { listUnseenSyncTrash } from '../../../../src/storage/syncTrash';
import { freshDb } from '../../storage/helpers';
import { FakeBookmarks, memoryArea } from './fakeBookmarks';
import type { BookmarksLike } from '../../../../src/shared/bookmarksApi';

const DEBOUNCE_MS = 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until `accept` holds; fails with what it last read. */
async function until<T>(what: string, read: () => Promise<T>, accept: (v: T) => boolean, timeout = 2000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (accept(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v)} after ${timeout} ms`);
    await sleep(10);
  }
}

/** `api` with some calls replaced (the browser answering late, a reader acting first). */
function tweaked(api: FakeBookmarks, calls: Partial<Pick<BookmarksLike, 'create' | 'move' | 'remove'>>): BookmarksLike {
  return new Proxy(api, {
    get(target, prop, recv) {
      const own = (calls as Record<string | symbol, unknown>)[prop];
      if (own) return own;
      const v = Reflect.get(target, prop, recv) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

let api: FakeBookmarks;
let local: ReturnType<typeof memoryArea>;
let stop: (() => void) | undefined;

beforeEach(async () => {
  await freshDb();
  api = new FakeBookmarks();
  local = memoryArea();
});
afterEach(() => stop?.());

/** A mirror that hears the fake's events, as the worker's does. */
function wired(over: BookmarksLike = api): BookmarkMirror {
  const m = new BookmarkMirror({ api: over, local });
  stop = collectBookmarkEvents(api, (events) => void m.handleEvents(events), DEBOUNCE_MS);
  return m;
}

const folders = async () => (await readState(local)).folders!;
const bookmarkOf = async (url: string) => (await api.search({ url }))[0];

describe('bookmark events and the mirror', () => {
  it("Lede's own writes come back as events and start no pass", async () => {
    for (let i = 0; i < 3; i++) await saveLink({ url: `https://a.com/${i}`, title: `Story ${i}` });
    const m = wired();
    await m.schedule();
    const runs = vi.spyOn(m, 'run');
    await setStatus('https://a.com/0', 'archived');
    await m.schedule(['https://a.com/0']);
    expect(runs).toHaveBeenCalledTimes(1);
    await sleep(DEBOUNCE_MS * 10);
    await m.schedule([]);
    expect(runs).toHaveBeenCalledTimes(1);
  });

  it('a bookmark Lede made and the reader moved to Archive at once archives the item, even when the browser answered the create late', async () => {
    await saveLink({ url: 'https://a.com/late', title: 'Late answer' });
    // The browser fires onCreated, and its answer to create() arrives after the event burst was handled.
    const slow = tweaked(api, {
      create: async (d) => {
        const node = await api.create(d);
        await sleep(DEBOUNCE_MS * 5);
        return node;
      },
    });
    const m = wired(slow);
    await m.schedule();
    await sleep(DEBOUNCE_MS * 5);
    const mark = (await bookmarkOf('https://a.com/late'))!;
    api.syncApply.move(mark.id, (await folders()).archived);
    await until('the item', async () => (await getArticle('https://a.com/late'))?.status, (s) => s === 'archived');
  });

  it('a bookmark the reader removes while Lede is moving it takes the item out of the list, into the trash', async () => {
    await saveLink({ url: 'https://a.com/gone', title: 'Removed on the phone' });
    let readerFirst = true;
    const racing = tweaked(api, {
      // The reader (or sync) removes the bookmark just before Lede's move reaches the bookmark model.
      move: async (id, dest) => {
        if (readerFirst) {
          readerFirst = false;
          api.syncApply.remove(id);
        }
        return api.move(id, dest);
      },
    });
    const m = wired(racing);
    await m.schedule();
    await sleep(DEBOUNCE_MS * 5);
    await setStatus('https://a.com/gone', 'archived');
    await m.schedule(['https://a.com/gone']);
    await until('the item', async () => (await getArticle('https://a.com/gone'))?.saved ?? false, (saved) => !saved);
    expect((await listUnseenSyncTrash()).map((r) => r.url)).toEqual(['https://a.com/gone']);
    expect(api.urlsIn((await folders()).archived)).toEqual([]);
  });
});
