import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '../../../src/storage/db';
import { recordOpened, saveArticle, saveLink, undoSave, unsaveArticle } from '../../../src/storage/library';
import { getArticle, listArticles, deleteArticle, restoreDeleted, setStatus } from '../../../src/storage/articles';
import { getInterests, setExplicit } from '../../../src/storage/interests';
import { listVisits } from '../../../src/storage/visits';
import { StorageError } from '../../../src/storage/errors';
import { analysis, content, freshDb, kp } from './helpers';

beforeEach(freshDb);

const URL_A = 'https://news.example.com/story';

describe('saving', () => {
  it('writes the article, a visit and learned interests together, keyed by the normalised URL', async () => {
    await saveArticle({ content: content(`${URL_A}?utm_source=x`), analysis: analysis([kp('Climate')], 'science'), html: '<p>hi</p>' }, { now: 1000 });
    const row = await getArticle(URL_A);
    expect(row).toMatchObject({ url: URL_A, saved: true, status: 'unread', savedAt: 1000, html: '<p>hi</p>', host: 'news.example.com' });
    expect(row!.topics).toEqual(['climate', 'category:science']);
    expect((await listVisits()).map((v) => v.how)).toEqual(['saved']);
    expect((await getInterests()).map((i) => i.key).sort()).toEqual(['category:science', 'climate']);
  });

  it('never makes a duplicate: saving the same page twice (other tracking params) keeps one row and the first save time', async () => {
    await saveArticle({ content: content(`${URL_A}?fbclid=1`), analysis: analysis([]), html: null }, { now: 1000 });
    await saveArticle({ content: content(`${URL_A}#top`), analysis: analysis([]), html: null }, { now: 2000 });
    expect(await getDb().articles.count()).toBe(1);
    expect((await getArticle(URL_A))!.savedAt).toBe(1000);
  });

  it('a failure midway (after the article row was written) leaves no half item: no row, no visit, no weight', async () => {
    const db = getDb();
    await db.open();
    const spy = vi.spyOn(db.interests, 'bulkPut').mockImplementationOnce((() => Promise.reject(new Error('worker stopped'))) as never);
    await expect(
      saveArticle({ content: content(URL_A), analysis: analysis([kp('Climate')]), html: '<p>x</p>' }),
    ).rejects.toBeInstanceOf(StorageError);
    spy.mockRestore();
    expect(await getArticle(URL_A)).toBeUndefined();
    expect(await listVisits()).toEqual([]);
    expect(await getInterests()).toEqual([]);
  });

  it('an aborted outer transaction rolls back a save made inside it', async () => {
    const db = getDb();
    await expect(
      db.transaction('rw', db.articles, db.visits, db.interests, async (tx) => {
        await saveArticle({ content: content(URL_A), analysis: analysis([kp('Climate')]), html: null });
        tx.abort();
      }),
    ).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
    expect(await db.visits.count()).toBe(0);
  });

  it('maps a quota failure to a typed error and keeps what was stored', async () => {
    await saveArticle({ content: content('https://a.com/kept'), analysis: analysis([]), html: '<p>kept</p>' });
    const db = getDb();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.articles, 'put').mockImplementationOnce((() => Promise.reject(quota)) as never);
    const err = await saveArticle({ content: content(URL_A), analysis: analysis([]), html: 'x'.repeat(1000) }).catch((e: unknown) => e);
    spy.mockRestore();
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).code).toBe('quota');
    expect((await getArticle('https://a.com/kept'))!.html).toBe('<p>kept</p>');
    expect(await getArticle(URL_A)).toBeUndefined();
  });
});

describe('unsave and undo', () => {
  it('unsaving an opened article keeps it as history; undo restores the exact row', async () => {
    await recordOpened(content(URL_A), analysis([kp('Climate')]), '<p>raw</p>', { now: 500 });
    await saveArticle({ content: content(URL_A), analysis: analysis([kp('Climate')]), html: '<p>clean</p>' }, { now: 1000 });
    await setStatus(URL_A, 'archived', 1500);
    const before = await getArticle(URL_A);
    const previous = await unsaveArticle(URL_A, 2000);
    expect(previous).toEqual(before);
    expect(await getArticle(URL_A)).toMatchObject({ saved: false, savedAt: null, html: '' });
    expect(await listArticles({ saved: true })).toEqual([]);
    await undoSave(URL_A, previous);
    expect(await getArticle(URL_A)).toEqual(before);
  });

  it('undo of a first save removes the row again', async () => {
    const { previous } = await saveArticle({ content: content(URL_A), analysis: analysis([]), html: null });
    expect(previous).toBeUndefined();
    await undoSave(URL_A, previous);
    expect(await getArticle(URL_A)).toBeUndefined();
  });

  it('delete with undo puts back the row and its visits', async () => {
    await recordOpened(content(URL_A), analysis([]), null, { now: 1 });
    const removed = await deleteArticle(URL_A);
    expect(await getArticle(URL_A)).toBeUndefined();
    expect(await listVisits()).toHaveLength(0);
    await restoreDeleted(removed!);
    expect(await getArticle(URL_A)).toBeDefined();
    expect(await listVisits()).toHaveLength(1);
  });
});

describe('saved links', () => {
  it('a link is saved unread with its text, and its content arrives when the reader opens it', async () => {
    await saveLink({ url: URL_A, title: 'Link text' }, { now: 100 });
    let row = await getArticle(URL_A);
    expect(row).toMatchObject({ saved: true, status: 'unread', title: 'Link text', text: '', analysis: null, visitedAt: null });

    await recordOpened(content(URL_A, 'Real title', 'The real body.'), analysis([kp('Climate')]), '<p onclick="x()">raw</p>', { now: 200 });
    row = await getArticle(URL_A);
    expect(row).toMatchObject({ saved: true, savedAt: 100, title: 'Real title', text: 'The real body.', visitedAt: 200 });
    expect(row!.analysis?.topics[0]?.label).toBe('Climate');
    expect(await getDb().articles.count()).toBe(1);
  });

  it('history-only rows keep no offline copy', async () => {
    await recordOpened(content(URL_A), analysis([]), '<p>raw</p>');
    expect((await getArticle(URL_A))!.html).toBe('');
  });
});

describe('queries and interests', () => {
  it('lists saved, history and by topic, newest first', async () => {
    await recordOpened(content('https://a.com/1'), analysis([kp('Climate')]), null, { now: 1 });
    await saveArticle({ content: content('https://a.com/2'), analysis: analysis([kp('Climate')]), html: null }, { now: 2 });
    await saveArticle({ content: content('https://b.com/3'), analysis: analysis([kp('Football')]), html: null }, { now: 3 });
    expect((await listArticles({ saved: true })).map((r) => r.url)).toEqual(['https://b.com/3', 'https://a.com/2']);
    expect((await listArticles({ saved: false })).map((r) => r.url)).toEqual(['https://a.com/1']);
    expect((await listArticles({ topic: 'climate' })).map((r) => r.url)).toEqual(['https://a.com/2', 'https://a.com/1']);
    expect((await listArticles({ host: 'b.com' })).map((r) => r.url)).toEqual(['https://b.com/3']);
  });

  it('following a topic keeps its learned weight; learning keeps the explicit pick', async () => {
    await recordOpened(content(URL_A), analysis([kp('Climate')]), null, { now: 1 });
    await setExplicit({ label: 'Climate', kind: 'keyphrase' }, 'follow', 2);
    await recordOpened(content('https://a.com/other'), analysis([kp('climate')]), null, { now: 3 });
    const [climate] = await getInterests();
    expect(climate).toMatchObject({ key: 'climate', label: 'Climate', explicit: 'follow' });
    expect(climate!.weight).toBeGreaterThan(1.9);
  });
});

describe('related from the library', () => {
  it('finds saved and read articles on the same topic, never the current one', async () => {
    const { findRelated } = await import('../../../src/storage/related');
    const a = (t: string) => analysis([kp(t)], null, { tldr: { source: 'extractive', sentences: [`All about ${t}.`] } });
    await recordOpened(content('https://a.com/1', 'Climate talks stall'), a('Climate'), null, { now: 1 });
    await saveArticle({ content: content('https://a.com/2', 'Cup final tonight'), analysis: a('Football'), html: null }, { now: 2 });
    await recordOpened(content(URL_A, 'Climate summit opens'), a('Climate'), null, { now: 3 });
    const out = await findRelated({ url: URL_A, title: 'Climate summit opens' }, a('Climate'));
    expect(out.map((r) => r.url)).toEqual(['https://a.com/1']);
  });
});
