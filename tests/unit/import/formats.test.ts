import { describe, expect, it } from 'vitest';
import { parseImport, summarize, ImportError } from '../../../src/import';
import { splitHighlights } from '../../../src/import/omnivore';
import { fixture, text, zipFiles, zipFolder } from './helpers';

const byUrl = <T extends { url: string }>(items: T[], url: string) => items.find((i) => i.url === url);

describe('Pocket CSV', () => {
  const r = parseImport(fixture('pocket.csv'));

  it('is recognised from its header and keeps dates, status and tags', () => {
    expect(r.format).toBe('pocket-csv');
    const housing = byUrl(r.items, 'https://finance.example.com/housing');
    expect(housing).toMatchObject({
      title: 'Rates, rents and the housing squeeze',
      savedAt: 1690000000 * 1000,
      status: 'archived',
      tags: ['economy'],
    });
  });

  it('reads quoted titles across lines and CRLF endings, and a title starting with a minus', () => {
    expect(byUrl(r.items, 'https://blog.example.net/two-lines')?.title).toBe('A title that spans two lines');
    expect(byUrl(r.items, 'https://weather.example.org/cold')?.title).toBe('-40 degrees: the coldest week');
  });

  it('merges duplicates by normalised URL: earliest date, all tags, archived wins', () => {
    const forests = r.items.filter((i) => i.url.startsWith('https://news.example.org/cities/tiny-forests'));
    expect(forests).toHaveLength(1);
    expect(forests[0]).toMatchObject({ savedAt: 1650000000 * 1000, status: 'archived', tags: ['climate', 'cities', 'Urbanism'] });
    expect(r.items).toHaveLength(4);
  });

  it('reports the rows it cannot read with their line numbers', () => {
    expect(r.problems).toEqual([
      { line: 6, reason: 'formula' },
      { line: 7, reason: 'unsafe-url' },
      { line: 8, reason: 'missing-url' },
    ]);
  });

  it('counts lines past blank lines and quoted line breaks', () => {
    const csv = 'title,url,time_added,status\r\n\r\n"Two\r\nlines",https://a.example.com/1,1700000000,unread\r\n\r\nBad,javascript:x,1700000000,unread\r\n';
    expect(parseImport(text(csv)).problems).toEqual([{ line: 6, reason: 'unsafe-url' }]);
  });

  it('matches columns by name, not position, and works without the cursor column', () => {
    const n = parseImport(fixture('pocket-nocursor.csv'));
    expect(n.format).toBe('pocket-csv');
    expect(n.items[0]).toMatchObject({ url: 'https://space.example.org/probe', title: 'A probe reaches the outer planets', status: 'archived', tags: ['science', 'space'] });
  });

  it('reads a zip of several CSV parts as one import, problems named by file', () => {
    const csv1 = 'title,url,time_added,cursor,tags,status\nOne,https://a.example.com/1,1700000000,,,unread\n';
    const csv2 = 'title,url,time_added,tags,status\nTwo,https://a.example.com/2,1700000100,x,archive\nBad,notaurl,1,,unread\n';
    const z = parseImport(zipFiles({ 'part_000000.csv': csv1, 'part_000001.csv': csv2, 'annotations/x.json': '[]' }));
    expect(z.format).toBe('pocket-zip');
    expect(z.items.map((i) => i.title)).toEqual(['One', 'Two']);
    expect(z.problems).toEqual([{ line: 3, reason: 'bad-url', file: 'part_000001.csv' }]);
  });
});

describe('Pocket HTML', () => {
  it('reads Unread and Read Archive lists with time_added and comma-separated tags', () => {
    const r = parseImport(fixture('pocket-export.html'));
    expect(r.format).toBe('pocket-html');
    expect(r.items.map((i) => [i.title, i.status, i.tags])).toEqual([
      ['Growing tomatoes & peppers', 'unread', ['gardening', 'food']],
      ['Compost in small spaces', 'unread', []],
      ['The printing press, revisited', 'archived', ['history']],
    ]);
    expect(r.items[0]!.savedAt).toBe(1580000000 * 1000);
    expect(r.problems).toEqual([{ line: 13, reason: 'unsafe-url' }]);
  });
});

describe('Instapaper CSV', () => {
  it('maps folders to status, favourite and tags, and reads JSON tags', () => {
    const r = parseImport(fixture('instapaper.csv'));
    expect(r.format).toBe('instapaper-csv');
    expect(byUrl(r.items, 'https://tech.example.com/rust-in-kernel')).toMatchObject({
      status: 'unread',
      tags: ['programming', 'linux'],
      excerpt: 'The first drivers are merged.',
      savedAt: 1720000000 * 1000,
    });
    expect(byUrl(r.items, 'https://tech.example.com/typography')?.status).toBe('archived');
    expect(byUrl(r.items, 'https://food.example.com/bread')).toMatchObject({ favourite: true, status: 'unread', tags: ['food'] });
    expect(byUrl(r.items, 'https://travel.example.com/trains')?.tags).toEqual(['Travel']);
    expect(r.problems).toEqual([{ line: 6, reason: 'unsafe-url' }]);
  });

  it('reads the older four-column export', () => {
    const r = parseImport(fixture('instapaper-old.csv'));
    expect(r.items.map((i) => [i.title, i.status, i.savedAt])).toEqual([
      ['An older export', 'unread', null],
      ['Another older one', 'archived', null],
    ]);
  });
});

describe('Netscape bookmarks', () => {
  const r = parseImport(fixture('bookmarks.html'));
  it('turns folders into tags, leaving out the browser root folders', () => {
    expect(r.format).toBe('netscape-html');
    expect(byUrl(r.items, 'https://docs.example.dev/guide')?.tags).toEqual([]);
    expect(byUrl(r.items, 'https://papers.example.edu/attention')).toMatchObject({
      tags: ['Research', 'ml', 'papers'],
      excerpt: 'A gentle walk through the paper.',
      savedAt: 1600000300 * 1000,
    });
    expect(byUrl(r.items, 'https://sea.example.org/currents')?.tags).toEqual(['Research', 'Ocean']);
    expect(byUrl(r.items, 'https://news.example.org/elections')?.tags).toEqual([]);
  });
  it('refuses bookmarklets', () => {
    expect(r.items).toHaveLength(4);
    expect(r.problems).toEqual([{ line: 21, reason: 'unsafe-url' }]);
  });
});

describe('Omnivore zip', () => {
  const r = parseImport(zipFolder('omnivore'));
  it('reads metadata batches: state, labels, progress, dates; leaves deleted items out', () => {
    expect(r.format).toBe('omnivore-zip');
    expect(r.skipped).toBe(1);
    const mining = byUrl(r.items, 'https://sea.example.org/deep-sea-mining');
    expect(mining).toMatchObject({
      status: 'archived',
      tags: ['ocean', 'policy'],
      readingProgress: 1,
      author: 'A. Writer',
      savedAt: Date.parse('2024-03-01T10:00:00.000Z'),
      publishedTime: '2024-02-28T08:00:00.000Z',
      excerpt: 'Nodules, permits and a moratorium.',
    });
    const solar = byUrl(r.items, 'https://energy.example.com/solar-batteries');
    expect(solar).toMatchObject({ status: 'unread', tags: ['energy'], readingProgress: 0.355 });
    expect(solar?.html).toBeUndefined();
  });
  it('keeps the offline copy as the export has it (untrusted: the reader view sanitizes it), and the highlights', () => {
    const html = byUrl(r.items, 'https://sea.example.org/deep-sea-mining')?.html ?? '';
    expect(html).toContain('Companies want to collect nodules');
    expect(byUrl(r.items, 'https://sea.example.org/deep-sea-mining')?.highlights).toHaveLength(2);
  });
  it('reports a non-web URL with its batch file and index', () => {
    expect(r.problems).toEqual([{ line: 1, reason: 'unsafe-url', file: 'metadata_3_to_4.json' }]);
  });
  it('reports a broken metadata batch and still reads the others', () => {
    const z = parseImport(zipFolder('omnivore', { 'metadata_9_to_10.json': '[{"url": ' }));
    expect(z.items).toHaveLength(2);
    expect(z.problems).toContainEqual({ line: 1, reason: 'bad-json', file: 'metadata_9_to_10.json' });
  });
});

describe('summary for the preview', () => {
  it('counts, date range and tags by use', () => {
    const s = summarize(parseImport(fixture('pocket.csv')));
    expect(s).toMatchObject({ total: 4, unread: 2, archived: 2, problems: 3, from: 1650000000 * 1000, to: 1710000000 * 1000 });
    expect(s.tags.map((t) => t.tag).sort()).toEqual(['cities', 'climate', 'economy', 'Urbanism', 'weather'].sort());
    const csv = 'title,url,time_added,tags,status\nA,https://a.example.com/1,1,b|Climate,unread\nB,https://a.example.com/2,1,climate,unread\n';
    expect(summarize(parseImport(text(csv))).tags).toEqual([
      { tag: 'Climate', count: 2 },
      { tag: 'b', count: 1 },
    ]);
  });
  it('keeps a note with the highlight it follows', () => {
    expect(splitHighlights('> one\n\nnote on one\n\n> two\n')).toEqual(['> one\n\nnote on one', '> two']);
  });
});

describe('broken and hostile files change nothing and say why', () => {
  const code = (bytes: Uint8Array, opts = {}) => {
    try {
      parseImport(bytes, opts);
      return 'parsed';
    } catch (e) {
      return e instanceof ImportError ? e.code : `other: ${String(e)}`;
    }
  };
  it('empty file', () => expect(code(new Uint8Array())).toBe('empty'));
  it('a file in no known format', () => expect(code(text('name,age\nAda,36\n'))).toBe('unknown-format'));
  it('plain prose', () => expect(code(text('Dear diary, today I exported nothing.'))).toBe('unknown-format'));
  it('bad encoding (Latin-1 bytes)', () => {
    const latin1 = new Uint8Array([...text('title,url,time_added,status\nCaf'), 0xe9, ...text(',https://a.example.com,1,unread\n')]);
    expect(code(latin1)).toBe('bad-encoding');
  });
  it('binary junk', () => {
    const junk = new Uint8Array(1 << 20).map((_, i) => (i * 7919) % 251);
    expect(['bad-encoding', 'unknown-format']).toContain(code(junk));
  });
  it('50 MB of text junk', () => {
    expect(code(new Uint8Array(50 * 1024 * 1024).fill(0x61))).toBe('unknown-format');
  });
  it('a file over the size limit', () => expect(code(text('x'.repeat(2000)), { maxBytes: 1000 })).toBe('too-large'));
  it('a zip bomb (declared size over the cap)', () => {
    const bomb = zipFiles({ 'part.csv': new Uint8Array(5 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(code(bomb, { maxUnzippedBytes: 1024 * 1024 })).toBe('zip-too-large');
  });
  it('a zip with too many entries', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 50; i++) many[`p${i}.csv`] = 'title,url,time_added,status\n';
    expect(code(zipFiles(many), { maxZipEntries: 10 })).toBe('zip-too-large');
  });
  it('a truncated zip', () => {
    const z = zipFiles({ 'part.csv': 'title,url,time_added,status\nA,https://a.example.com,1700000000,unread\n'.repeat(50) });
    expect(code(z.subarray(0, 60))).toBe('bad-zip');
  });
  it('a zip holding nothing importable', () => expect(code(zipFiles({ 'readme.txt': 'hello' }))).toBe('unknown-format'));
  it('a header with no rows', () => expect(code(text('title,url,time_added,cursor,tags,status\n'))).toBe('nothing-to-import'));
  it('UTF-16 with a byte-order mark is read', () => {
    const s = 'title,url,time_added,status\nHé,https://a.example.com/u16,1700000000,unread\n';
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < s.length; i++) bytes[2 + i * 2] = s.charCodeAt(i);
    expect(parseImport(bytes).items[0]?.title).toBe('Hé');
  });
  it('every injected formula in a file is refused, plain titles kept', () => {
    const csv = [
      'title,url,time_added,status',
      '"=HYPERLINK(""http://evil.example"",""x"")",https://a.example.com/1,1700000000,unread',
      '@SUM(1+1)*cmd|\' /C calc\'!A0,https://a.example.com/2,1700000000,unread',
      '+cmd|\' /C notepad\'!A0,https://a.example.com/3,1700000000,unread',
      'C++ in 2025,https://a.example.com/4,1700000000,unread',
    ].join('\n');
    const r = parseImport(text(csv));
    expect(r.items.map((i) => i.title)).toEqual(['C++ in 2025']);
    expect(r.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'formula'],
      [3, 'formula'],
      [4, 'formula'],
    ]);
  });
});
