import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parseImport } from '../../../src/import';
import { exportFile } from '../../../src/export';
import { toCsv } from '../../../src/export/csv';
import { writeImportedItems } from '../../../src/storage/importWriter';
import { readBackupData, restoreBackup } from '../../../src/storage/backupWriter';
import { getDb } from '../../../src/storage/db';
import { recordOpened, saveArticle } from '../../../src/storage/library';
import { setExplicit } from '../../../src/storage/interests';
import type { Analysis } from '../../../src/core/types';
import type { ArticleRecord } from '../../../src/storage/types';
import { fixture, freshDb } from '../import/helpers';

const T0 = Date.UTC(2024, 4, 1);

function analysis(labels: string[]): Analysis {
  return {
    lang: 'en',
    wordCount: 600,
    readingMinutes: 3,
    tldr: { source: 'extractive', sentences: ['Tiny forests cool city blocks.', 'They need little land.'] },
    faq: [],
    topics: labels.map((label, i) => ({ label, kind: 'keyphrase', score: 1 - i / 10 })),
    category: { label: 'environment', score: 0.8 },
    contentHash: 'hash-1',
  };
}

/** A library with every kind of row: imported links, an opened article, a saved one with an offline copy. */
async function buildLibrary(): Promise<void> {
  await writeImportedItems(parseImport(fixture('pocket.csv')).items, { now: T0 });
  await writeImportedItems(parseImport(fixture('instapaper.csv')).items, { now: T0 });
  const content = {
    url: 'https://green.example.org/forests',
    title: '=Forests in "cities", explained',
    byline: 'Jo Writer',
    siteName: 'Green',
    lang: 'en',
    dir: 'ltr' as const,
    publishedTime: '2024-04-30T00:00:00.000Z',
    excerpt: 'Why tiny forests work.',
    text: 'Tiny forests cool city blocks.\n\nThey need little land.',
  };
  await saveArticle({ content, analysis: analysis(['Tiny forests', 'Cities']), html: '<p>Tiny forests cool city blocks.</p>' }, { now: T0 + 1000 });
  await recordOpened({ ...content, url: 'https://news.example.org/elsewhere', title: '中文标题：城市森林' }, analysis(['城市']), null, { now: T0 + 2000 });
  await setExplicit({ label: 'Cities', kind: 'keyphrase' }, 'follow', T0 + 3000);
}

const stripIds = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...r }) => r).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

beforeEach(freshDb);

describe('backup round trip', () => {
  it('export then restore into an empty profile gives back the same library', async () => {
    await buildLibrary();
    const before = await readBackupData();
    const file = exportFile('backup', { ...before, settings: { theme: 'dark', openaiApiKey: 'sk-secret', ai: { provider: 'openai', apiKey: 'sk-2' } } }, T0);
    const json = strFromU8(file.data);
    expect(json).not.toContain('sk-secret');
    expect(json).not.toContain('sk-2');

    await freshDb();
    const parsed = parseImport(file.data);
    expect(parsed.format).toBe('lede-backup');
    expect(parsed.backup?.settings).toEqual({ theme: 'dark', ai: { provider: 'openai' } });
    const report = await restoreBackup(parsed.backup!);
    expect(report).toMatchObject({ added: before.articles.length, merged: 0, cancelled: false });

    const after = await readBackupData();
    const byUrl = (rows: ArticleRecord[]) => [...rows].sort((a, b) => a.url.localeCompare(b.url));
    expect(byUrl(after.articles)).toEqual(byUrl(before.articles));
    expect(stripIds(after.visits)).toEqual(stripIds(before.visits));
    expect(after.interests.sort((a, b) => a.key.localeCompare(b.key))).toEqual(before.interests.sort((a, b) => a.key.localeCompare(b.key)));
  });

  it('restoring into a profile with data merges by URL and keeps the newer of each field', async () => {
    await buildLibrary();
    const backup = parseImport(exportFile('backup', { ...(await readBackupData()), settings: {} }, T0).data).backup!;
    // Locally, after the backup: the reader archived one article and favourited it.
    const url = 'https://green.example.org/forests';
    const local = (await getDb().articles.get(url))!;
    await getDb().articles.put({ ...local, status: 'archived', favourite: true, readAt: T0 + 9000, updatedAt: T0 + 9000 });
    // In the backup, another article is newer than the local row: its new title must win.
    const older = (await getDb().articles.get('https://finance.example.com/housing'))!;
    const i = backup.articles.findIndex((a) => a.url === older.url);
    backup.articles[i] = { ...backup.articles[i], title: 'Renamed in the backup', excerpt: null, updatedAt: T0 + 10_000 };
    await getDb().articles.update(older.url, { excerpt: 'Local excerpt' });
    const visitsBefore = await getDb().visits.count();

    const report = await restoreBackup(backup);
    expect(report.added).toBe(0);
    expect(await getDb().articles.get(url)).toMatchObject({ status: 'archived', favourite: true, readAt: T0 + 9000 });
    expect(await getDb().articles.get(older.url)).toMatchObject({ title: 'Renamed in the backup', excerpt: 'Local excerpt' });
    expect(await getDb().visits.count()).toBe(visitsBefore);
  });

  it('keeps a backup\'s offline copy as untrusted HTML, whatever "already sanitized" flag the file claims', async () => {
    const file = JSON.stringify({
      format: 'lede-backup',
      version: 1,
      articles: [{ url: 'https://x.example.com/a', title: 'A', html: '<img src=x onerror=alert(1)>', htmlSanitized: true, updatedAt: 5 }],
    });
    const parsed = parseImport(new TextEncoder().encode(file));
    await restoreBackup(parsed.backup!);
    const row = (await getDb().articles.get('https://x.example.com/a')) as unknown as Record<string, unknown>;
    // Stored as the file has it (the reader view sanitizes at display); the file's claim is not kept.
    expect(row).toMatchObject({ html: '<img src=x onerror=alert(1)>', saved: false });
    expect('htmlSanitized' in row).toBe(false);
  });

  it('refuses a backup from a newer version, and one with unsafe URLs reports them', () => {
    expect(() => parseImport(new TextEncoder().encode('{"format":"lede-backup","version":99,"articles":[]}'))).toThrow(/newer-backup/);
    const r = parseImport(new TextEncoder().encode('{"format":"lede-backup","version":1,"articles":[{"url":"javascript:alert(1)","title":"x"}]}'));
    expect(r.problems).toEqual([{ line: 1, reason: 'unsafe-url' }]);
    expect(r.backup?.articles).toEqual([]);
  });
});

describe('CSV, bookmarks and Markdown exports', () => {
  it('CSV in Pocket columns imports back with the same items and neutralises formulas', async () => {
    await buildLibrary();
    const rows = (await readBackupData()).articles.filter((r) => r.saved);
    const csv = toCsv(rows);
    expect(csv.split('\r\n')[0]).toBe('title,url,time_added,cursor,tags,status,topics,favourite');
    expect(csv).toContain(`"'=Forests in ""cities"", explained"`);
    // The title is a formula once un-neutralised: Lede refuses it on the way back in, the rest comes back whole.
    const back = parseImport(exportFile('csv', { articles: rows, visits: [], interests: [], settings: {} }).data);
    expect(back.format).toBe('pocket-csv');
    expect(back.problems).toEqual([{ line: expect.any(Number), reason: 'formula' }]);
    const expected = rows
      .filter((r) => !r.title.startsWith('='))
      .map((r) => ({ url: r.url, title: r.title, status: r.status, favourite: r.favourite, tags: r.tags, savedAt: Math.floor(r.savedAt! / 1000) * 1000 }));
    const got = back.items.map((i) => ({ url: i.url, title: i.title, status: i.status, favourite: i.favourite, tags: i.tags, savedAt: i.savedAt }));
    const sort = (l: { url: string }[]) => [...l].sort((a, b) => a.url.localeCompare(b.url));
    expect(sort(got)).toEqual(sort(expected));
  });

  it('bookmarks HTML imports back with tags, dates, status and favourite', async () => {
    await buildLibrary();
    const rows = (await readBackupData()).articles.filter((r) => r.saved && !r.title.startsWith('='));
    const back = parseImport(exportFile('bookmarks', { articles: rows, visits: [], interests: [], settings: {} }).data);
    expect(back.format).toBe('netscape-html');
    const sort = (l: { url: string }[]) => [...l].sort((a, b) => a.url.localeCompare(b.url));
    expect(sort(back.items.map((i) => ({ url: i.url, title: i.title, status: i.status, favourite: i.favourite, tags: i.tags.filter((t) => t !== 'Lede') })))).toEqual(
      sort(rows.map((r) => ({ url: r.url, title: r.title, status: r.status, favourite: r.favourite, tags: r.tags }))),
    );
  });

  it('Markdown zip: one file per article with front matter and the TL;DR', async () => {
    await buildLibrary();
    const rows = (await readBackupData()).articles;
    const files = unzipSync(exportFile('markdown', { articles: rows, visits: [], interests: [], settings: {} }, T0).data);
    expect(Object.keys(files)).toHaveLength(rows.length);
    const name = Object.keys(files).find((n) => n.includes('Forests'))!;
    expect(name).toMatch(/^=Forests in cities ?, explained\.md$/);
    const forest = strFromU8(files[name]!);
    expect(forest).toMatch(/^---\ntitle: "=Forests in \\"cities\\", explained"\nurl: "https:\/\/green.example.org\/forests"\n/);
    expect(forest).toContain('topics: ["Tiny forests", "Cities"]');
    expect(forest).toContain('- Tiny forests cool city blocks.');
    // Full-width punctuation folds to ASCII and characters file systems refuse become spaces.
    expect(Object.keys(files)).toContain('中文标题 城市森林.md');
  });
});
