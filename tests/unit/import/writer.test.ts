import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/import';
import { writeImportedItems } from '../../../src/storage/importWriter';
import { getDb } from '../../../src/storage/db';
import { getArticle, listArticles } from '../../../src/storage/articles';
import { saveLink } from '../../../src/storage/library';
import { setExplicit } from '../../../src/storage/interests';
import type { ImportedItem } from '../../../src/import/types';
import { fixture, freshDb, zipFolder } from './helpers';

const item = (url: string, extra: Partial<ImportedItem> = {}): ImportedItem => ({
  url,
  title: `Title of ${url}`,
  savedAt: Date.UTC(2023, 0, 1),
  status: 'unread',
  favourite: false,
  tags: [],
  ...extra,
});

beforeEach(freshDb);

describe('writing an import', () => {
  it('saves Pocket items as links with their dates, status and tags', async () => {
    const parsed = parseImport(fixture('pocket.csv'));
    const report = await writeImportedItems(parsed.items);
    expect(report).toEqual({ added: 4, merged: 0, cancelled: false });
    const saved = await listArticles({ saved: true });
    expect(saved).toHaveLength(4);
    const housing = await getArticle('https://finance.example.com/housing');
    expect(housing).toMatchObject({
      title: 'Rates, rents and the housing squeeze',
      status: 'archived',
      saved: true,
      savedAt: 1690000000 * 1000,
      tags: ['economy'],
      text: '',
      analysis: null,
    });
  });

  it('turns tags into neutral topics the reader can review, or followed ones on request', async () => {
    await writeImportedItems([item('https://a.example.com/1', { tags: ['Climate'] })]);
    expect(await getDb().interests.get('climate')).toMatchObject({ label: 'Climate', explicit: null });
    await freshDb();
    await writeImportedItems([item('https://a.example.com/1', { tags: ['Climate'] })], { followTags: true });
    expect(await getDb().interests.get('climate')).toMatchObject({ explicit: 'follow' });
  });

  it('never overturns a topic the reader muted', async () => {
    await setExplicit({ label: 'sport', kind: 'keyphrase' }, 'mute');
    await writeImportedItems([item('https://a.example.com/1', { tags: ['Sport'] })], { followTags: true });
    expect((await getDb().interests.get('sport'))?.explicit).toBe('mute');
  });

  it('merges into a row the library already has instead of doubling it', async () => {
    await saveLink({ url: 'https://a.example.com/story', title: 'My own title' }, { now: Date.UTC(2024, 0, 1) });
    const report = await writeImportedItems([
      item('https://a.example.com/story?utm_source=pocket', { tags: ['news'], savedAt: Date.UTC(2020, 0, 1), favourite: true }),
    ]);
    expect(report).toMatchObject({ added: 0, merged: 1 });
    const rows = await getDb().articles.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'My own title', tags: ['news'], favourite: true, savedAt: Date.UTC(2020, 0, 1) });
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const parsed = parseImport(fixture('instapaper.csv'));
    await writeImportedItems(parsed.items, { now: 1 });
    const first = await getDb().articles.toArray();
    const again = await writeImportedItems(parsed.items, { now: 1 });
    expect(again).toMatchObject({ added: 0, merged: 4 });
    expect(await getDb().articles.toArray()).toEqual(first);
  });

  it('keeps Omnivore offline copies and highlights', async () => {
    const parsed = parseImport(zipFolder('omnivore'));
    await writeImportedItems(parsed.items);
    const row = await getArticle('https://sea.example.org/deep-sea-mining');
    expect(row?.html).toContain('nodules');
    expect(row?.highlights).toHaveLength(2);
    expect(row?.progress).toBe(1);
  });

  it('writes in batches with progress', async () => {
    const items = Array.from({ length: 25 }, (_, i) => item(`https://a.example.com/${i}`));
    const seen: number[] = [];
    await writeImportedItems(items, { batchSize: 10, onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([10, 20, 25]);
    expect(await getDb().articles.count()).toBe(25);
  });

  it('a cancelled import leaves the library as it was', async () => {
    await saveLink({ url: 'https://a.example.com/3', title: 'Already here' });
    const before = await getDb().articles.toArray();
    const items = Array.from({ length: 30 }, (_, i) => item(`https://a.example.com/${i}`, { tags: ['imported'] }));
    const ctl = new AbortController();
    const report = await writeImportedItems(items, {
      batchSize: 10,
      signal: ctl.signal,
      onProgress: (p) => {
        if (p.done >= 20) ctl.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(await getDb().articles.toArray()).toEqual(before);
    expect(await getDb().interests.get('imported')).toBeUndefined();
  });
});
