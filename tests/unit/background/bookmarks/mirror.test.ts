import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { default: fakeBrowser };
});

import { BookmarkMirror, readState } from '../../../../src/background/bookmarks/mirror';
import { FOLDER_NAMES } from '../../../../src/background/bookmarks/folders';
import { saveLink } from '../../../../src/storage/library';
import { getArticle, setStatus, deleteArticle, restoreDeleted, listArticles } from '../../../../src/storage/articles';
import { listUnseenSyncTrash, restoreSyncTrash } from '../../../../src/storage/syncTrash';
import { getDb } from '../../../../src/storage/db';
import { freshDb } from '../../storage/helpers';
import { FakeBookmarks, memoryArea } from './fakeBookmarks';

let api: FakeBookmarks;
let local: ReturnType<typeof memoryArea>;

beforeEach(async () => {
  await freshDb();
  api = new FakeBookmarks();
  local = memoryArea();
});

const mirror = (extra: Partial<ConstructorParameters<typeof BookmarkMirror>[0]> = {}) => new BookmarkMirror({ api, local, ...extra });

async function folders() {
  const ids = (await readState(local)).folders!;
  return { ...ids, unreadUrls: api.urlsIn(ids.unread), archivedUrls: api.urlsIn(ids.archived) };
}

async function savedUrls(status?: 'unread' | 'archived') {
  return (await listArticles({ saved: true, status })).map((r) => r.url).sort();
}

async function saveThree() {
  for (const [i, url] of ['https://a.com/1', 'https://b.com/2', 'https://c.com/3'].entries()) {
    await saveLink({ url, title: `Story ${i + 1}` }, { now: 1000 + i });
  }
}

describe('bookmark mirror', () => {
  it('mirrors three saved items into Lede / Read later under Other bookmarks, with their titles', async () => {
    await saveThree();
    await mirror().run();
    const f = await folders();
    expect((await api.get(f.root))[0]).toMatchObject({ title: 'Lede', parentId: '2' });
    expect((await api.getChildren(f.root)).map((n) => n.title)).toEqual([FOLDER_NAMES.unread, FOLDER_NAMES.archived]);
    expect(f.unreadUrls.sort()).toEqual(['https://a.com/1', 'https://b.com/2', 'https://c.com/3']);
    expect((await api.getChildren(f.unread)).map((n) => n.title).sort()).toEqual(['Story 1', 'Story 2', 'Story 3']);
  });

  it('imports bookmarks that sync puts in Read later, follows moves to Archive, and trashes removals', async () => {
    await saveThree();
    const m = mirror();
    await m.run();
    const f = await folders();
    api.syncApply.create({ parentId: f.unread, title: 'Phone story', url: 'https://d.com/4?utm_source=app' });
    api.syncApply.create({ parentId: f.unread, title: 'Tablet story', url: 'https://e.com/5' });
    await m.run();
    expect(await savedUrls()).toHaveLength(5);
    expect(await getArticle('https://d.com/4')).toMatchObject({ title: 'Phone story', saved: true, status: 'unread', text: '' });

    const [first] = await api.getChildren(f.unread);
    api.syncApply.move(first!.id, f.archived);
    await m.run();
    expect(await savedUrls('archived')).toEqual([first!.url]);

    const second = (await api.getChildren(f.unread)).find((n) => n.url === 'https://b.com/2')!;
    api.syncApply.remove(second.id);
    await m.run();
    expect(await savedUrls()).not.toContain('https://b.com/2');
    // Never silently lost: the removed item waits in the trash, and Undo brings it back and re-bookmarks it.
    expect((await listUnseenSyncTrash()).map((r) => r.url)).toEqual(['https://b.com/2']);
    expect(await restoreSyncTrash(['https://b.com/2'])).toEqual(['https://b.com/2']);
    expect(await getArticle('https://b.com/2')).toMatchObject({ saved: true, title: 'Story 2' });
    await m.run();
    expect((await folders()).unreadUrls.filter((u) => u === 'https://b.com/2')).toHaveLength(1);
  });

  it('carries library archive, delete and undo to the bookmarks', async () => {
    await saveThree();
    const m = mirror();
    await m.run();
    await setStatus('https://a.com/1', 'archived');
    await m.run(['https://a.com/1']);
    expect((await folders()).archivedUrls).toEqual(['https://a.com/1']);
    const removed = await deleteArticle('https://b.com/2');
    await m.run(['https://b.com/2']);
    expect((await folders()).unreadUrls).toEqual(['https://c.com/3']);
    await restoreDeleted(removed!);
    await m.run(['https://b.com/2']);
    expect((await folders()).unreadUrls.sort()).toEqual(['https://b.com/2', 'https://c.com/3']);
  });

  it('a pass over many named URLs (an import, a large echo) reads them through the indexes, with the same result', async () => {
    const urls = Array.from({ length: 150 }, (_, i) => `https://m.com/${i}`);
    for (const url of urls) await saveLink({ url, title: url });
    const m = mirror();
    await m.run();
    for (const url of urls.slice(0, 120)) await setStatus(url, 'archived');
    await m.run([...urls, 'https://not-saved.com/x']);
    expect((await folders()).archivedUrls.sort()).toEqual(urls.slice(0, 120).sort());
    expect((await folders()).unreadUrls.sort()).toEqual(urls.slice(120).sort());
  });

  it('writes nothing when both sides already agree: its own bookmarks are never re-imported', async () => {
    await saveThree();
    const m = mirror();
    await m.run();
    const writes = api.writes;
    const report = await m.run();
    expect(api.writes).toBe(writes);
    expect(report.counts).toMatchObject({ create: 0, import: 0, move: 0, remove: 0, trash: 0 });
    expect(await savedUrls()).toHaveLength(3);
  });

  it('treats a URL with tracking parameters as the same item', async () => {
    await saveLink({ url: 'https://a.com/1', title: 'Saved here' });
    await mirror().run();
    const f = await folders();
    api.syncApply.create({ parentId: f.unread, title: 'Shared', url: 'https://a.com/1?utm_campaign=x&fbclid=y' });
    await mirror().run();
    expect(await savedUrls()).toEqual(['https://a.com/1']);
    expect(await getArticle('https://a.com/1')).toMatchObject({ title: 'Saved here' });
  });

  it('still finds its folders after the reader renames and moves them', async () => {
    await saveThree();
    await mirror().run();
    const f = await folders();
    api.syncApply.rename(f.root, 'Reading');
    api.syncApply.move(f.root, '1');
    api.syncApply.rename(f.unread, 'Later');
    await saveLink({ url: 'https://d.com/4', title: 'Fourth' });
    await mirror().run();
    expect((await folders()).unread).toBe(f.unread);
    expect(api.urlsIn(f.unread)).toContain('https://d.com/4');
    expect(api.folderNamed('Lede')).toBeUndefined();
  });

  it('on a new device, finds the folders sync brought by name instead of making a second set', async () => {
    const root = api.syncApply.create({ parentId: '2', title: 'Lede' });
    const unread = api.syncApply.create({ parentId: root.id, title: 'Read later' });
    api.syncApply.create({ parentId: root.id, title: 'Archive' });
    api.syncApply.create({ parentId: unread.id, title: 'From the laptop', url: 'https://a.com/1' });
    await mirror().run();
    expect((await folders()).root).toBe(root.id);
    expect(await savedUrls()).toEqual(['https://a.com/1']);
    expect((await api.search({ title: 'Lede' })).length).toBe(1);
  });

  it('a deleted Lede folder is made again and the list mirrored into it; nothing leaves the library', async () => {
    await saveThree();
    await mirror().run();
    api.syncApply.removeTree((await folders()).root);
    await mirror().run();
    expect((await folders()).unreadUrls).toHaveLength(3);
    expect(await savedUrls()).toHaveLength(3);
    expect(await listUnseenSyncTrash()).toEqual([]);
  });

  it('a worker stopped mid-mirror leaves no duplicates, and the next start finishes the job', async () => {
    const urls = Array.from({ length: 500 }, (_, i) => `https://n.com/${i}`);
    for (const url of urls) await saveLink({ url, title: url });
    // The worker dies while a batch's bookmark writes are in flight: some are done, none recorded.
    let creates = 0;
    let died!: () => void;
    const stopped = new Promise<void>((r) => (died = r));
    const dying = new Proxy(api, {
      get(target, prop, recv) {
        if (prop === 'create') {
          return (d: Parameters<FakeBookmarks['create']>[0]) => {
            if (++creates <= 130) return target.create(d);
            died();
            return new Promise(() => undefined);
          };
        }
        const v = Reflect.get(target, prop, recv) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    void new BookmarkMirror({ api: dying, local, batchSteps: 50 }).run();
    await stopped;
    const partial = api.urlsIn((await readState(local)).folders!.unread).length;
    expect(partial).toBeGreaterThan(100);
    expect(partial).toBeLessThan(500);

    // Next start: a fresh worker, the real API.
    await mirror().run();
    const mirrored = api.urlsIn((await readState(local)).folders!.unread);
    expect(mirrored).toHaveLength(500);
    expect(new Set(mirrored).size).toBe(500);
    expect(await getDb().bookmarkMirror.count()).toBe(500);
  });

  it('once turned off, writes nothing more; the folder stays', async () => {
    await saveThree();
    await mirror().run();
    const f = await folders();
    await saveLink({ url: 'https://d.com/4', title: 'Fourth' });
    const writes = api.writes;
    await mirror({ keepGoing: async () => false }).run();
    expect(api.writes).toBe(writes);
    expect(api.urlsIn(f.unread)).toHaveLength(3);
  });

  it('a pass that fails does not stall the work queued behind it', async () => {
    await saveThree();
    let failOnce = true;
    const flaky = new Proxy(api, {
      get(target, prop, recv) {
        if (prop === 'getTree' && failOnce) {
          failOnce = false;
          return () => Promise.reject(new Error('bookmark model busy'));
        }
        const v = Reflect.get(target, prop, recv) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const m = new BookmarkMirror({ api: flaky, local });
    await saveLink({ url: 'https://d.com/4', title: 'Fourth' });
    // The full pass fails; the pass over d.com, asked for while it ran, still runs after it.
    const first = m.schedule().catch((err: unknown) => err);
    const second = m.schedule(['https://d.com/4']).catch((err: unknown) => err);
    expect(String(await first)).toContain('bookmark model busy');
    expect(String(await second)).toContain('bookmark model busy');
    expect((await folders()).unreadUrls).toEqual(['https://d.com/4']);
    expect((await readState(local)).lastRun?.error).toBeUndefined();
  });

  it('serialises runs: calls during a run are handled by one following run', async () => {
    await saveThree();
    const m = mirror();
    await Promise.all([m.schedule(), m.schedule(['https://a.com/1']), m.schedule(['https://b.com/2'])]);
    expect((await folders()).unreadUrls).toHaveLength(3);
  });
});
