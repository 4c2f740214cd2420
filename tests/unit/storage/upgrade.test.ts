import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { DB_NAME, SCHEMA_V1, SCHEMA_V2, getDb } from '../../../src/storage/db';
import { listArticles, getArticle } from '../../../src/storage/articles';
import { freshDb } from './helpers';

beforeEach(freshDb);

describe('schema upgrade', () => {
  it('opens a database written by version 1 and backfills host and tags', async () => {
    const v1 = new Dexie(DB_NAME);
    v1.version(1).stores(SCHEMA_V1);
    // A version-1 row: no host, no tags.
    await v1.table('articles').put({
      url: 'https://www.example.com/old-story',
      title: 'Old story',
      text: 'Kept text',
      saved: true,
      savedAt: 5,
      status: 'unread',
      topics: ['climate'],
      visitedAt: null,
      updatedAt: 5,
    });
    await v1.table('visits').add({ url: 'https://www.example.com/old-story', time: 5, how: 'saved', dwellMs: null });
    v1.close();

    const db = getDb();
    await db.open();
    expect(db.verno).toBe(5);
    const row = await getArticle('https://www.example.com/old-story');
    expect(row).toMatchObject({ title: 'Old story', text: 'Kept text', host: 'example.com', tags: [] });
    // The new index answers queries on the old rows.
    expect((await listArticles({ host: 'example.com' })).map((r) => r.title)).toEqual(['Old story']);
    expect(await db.visits.where('how').equals('saved').count()).toBe(1);
  });

  it('opens a version-2 database and drops the "already sanitized" flag, keeping the offline copy untouched', async () => {
    const v2 = new Dexie(DB_NAME);
    v2.version(2).stores(SCHEMA_V2);
    const html = '<p>Kept copy</p><img src="https://img.example.com/a.jpg" onerror="alert(1)">';
    await v2.table('articles').put({
      url: 'https://news.example.com/flagged',
      host: 'news.example.com',
      title: 'Flagged',
      text: 'Kept text',
      html,
      // A backup file or an old save could claim this; version 4 trusts no stored HTML.
      htmlSanitized: true,
      saved: true,
      savedAt: 9,
      status: 'unread',
      topics: [],
      tags: ['kept'],
      visitedAt: null,
      updatedAt: 9,
    });
    v2.close();

    const db = getDb();
    await db.open();
    expect(db.verno).toBe(5);
    const row = (await getArticle('https://news.example.com/flagged')) as unknown as Record<string, unknown>;
    expect(row).toMatchObject({ title: 'Flagged', html, tags: ['kept'], saved: true });
    expect('htmlSanitized' in row).toBe(false);
    expect((await listArticles({ host: 'news.example.com' })).map((r) => r.title)).toEqual(['Flagged']);
  });
});

describe("schema upgrade from version 2 through 3 (bookmark sync)", () => {
  it('opens a version-2 database with its rows intact and the mirror tables empty and usable', async () => {
    const { SCHEMA_V2 } = await import('../../../src/storage/db');
    const v2 = new Dexie(DB_NAME);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('articles').put({
      url: 'https://example.com/kept',
      host: 'example.com',
      tags: [],
      title: 'Kept',
      text: '',
      saved: true,
      savedAt: 7,
      status: 'archived',
      topics: [],
      visitedAt: null,
      updatedAt: 7,
    });
    v2.close();

    const db = getDb();
    await db.open();
    expect(db.verno).toBe(5);
    expect(await getArticle('https://example.com/kept')).toMatchObject({ title: 'Kept', status: 'archived' });
    expect(await db.bookmarkMirror.count()).toBe(0);
    await db.bookmarkMirror.put({ url: 'https://example.com/kept', bookmarkId: '12', state: 'archived' });
    expect(await db.bookmarkMirror.where('bookmarkId').equals('12').count()).toBe(1);
    expect(await db.syncTrash.count()).toBe(0);
  });
});

describe('schema upgrade from version 4 to 5 (offline images)', () => {
  it('opens a version-4 database with its copies intact, and keeps and finds images beside them', async () => {
    const { SCHEMA_V3 } = await import('../../../src/storage/db');
    const { replaceArticleImages, getArticleImages, imageTotals } = await import('../../../src/storage/images');
    const v4 = new Dexie(DB_NAME);
    v4.version(4).stores(SCHEMA_V3);
    const html = '<p>Quay</p><img src="https://img.example.com/quay.jpg" alt="The quay">';
    await v4.table('articles').put({
      url: 'https://example.com/quay',
      host: 'example.com',
      tags: [],
      title: 'Quay',
      text: 'Quay',
      html,
      saved: true,
      savedAt: 3,
      status: 'unread',
      topics: [],
      visitedAt: null,
      updatedAt: 3,
    });
    v4.close();

    const db = getDb();
    await db.open();
    expect(db.verno).toBe(5);
    expect(await getArticle('https://example.com/quay')).toMatchObject({ title: 'Quay', html });
    expect(await db.images.count()).toBe(0);
    expect(await imageTotals()).toEqual({ articles: 0, bytes: 0 });
    const image = { src: 'https://img.example.com/quay.jpg', type: 'image/webp', data: new Uint8Array([1, 2, 3]).buffer, width: 3, height: 1, bytes: 3 };
    expect(await replaceArticleImages('https://example.com/quay?utm_source=feed', [image])).toBe(true);
    const rows = await getArticleImages('https://example.com/quay');
    expect(rows.map((r) => [r.article, r.src, new Uint8Array(r.data)[2]])).toEqual([['https://example.com/quay', image.src, 3]]);
    expect(await imageTotals()).toEqual({ articles: 1, bytes: 3 });
  });
});
