import { describe, expect, it } from 'vitest';
import { LibrarySearch, tokenizeQuery } from '../../../src/library/searchIndex';
import { scanSearch } from '../../../src/library/scan';
import { item, LIBRARY, topic } from './items';

const hits = (s: LibrarySearch, q: string) => [...s.search(q).keys()].map((u) => u.split('/').pop());

async function indexed() {
  const s = new LibrarySearch();
  await s.sync(LIBRARY, 0);
  return s;
}

describe('library search', () => {
  it('finds words in the title, TL;DR, topics and body text', async () => {
    const s = await indexed();
    expect(hits(s, 'plasma')).toEqual(['fusion']);
    expect(hits(s, 'inflation')).toEqual(['rates']);
    expect(hits(s, 'batteries')).toEqual(['visited']);
    expect(hits(s, 'committee')).toEqual(['rates']);
  });

  it('matches prefixes as you type and forgives a typo', async () => {
    const s = await indexed();
    expect(hits(s, 'toka')).toEqual(['fusion']);
    expect(hits(s, 'penalites')).toEqual(['football']);
  });

  it('does not take a short word for another one letter away ("whale" is not "while")', async () => {
    const s = new LibrarySearch();
    await s.sync(
      [
        item({ url: 'https://a.example/while', title: 'Rates held for a while', text: 'The bank waited a while before acting.' }),
        item({ url: 'https://a.example/whale', title: 'Ocean notes', text: 'A humpback whale was seen off the coast.' }),
      ],
      0,
    );
    expect(hits(s, 'whale')).toEqual(['whale']);
    expect(hits(s, 'while')).toEqual(['while']);
  });

  it('ranks articles with the word as typed above typo matches, even when those match in the title', async () => {
    const s = new LibrarySearch();
    await s.sync(
      [
        item({ url: 'https://a.example/typo', title: 'Penalities decided the final', text: 'Penalities again.' }),
        item({ url: 'https://a.example/exact', title: 'Match report', text: 'The referee awarded two penalties late on.' }),
      ],
      0,
    );
    expect(hits(s, 'penalties')).toEqual(['exact', 'typo']);
  });

  it('requires every word of the query', async () => {
    const s = await indexed();
    expect(hits(s, 'energy')).toHaveLength(2);
    expect(hits(s, 'energy batteries')).toEqual(['visited']);
  });

  it('finds Chinese words whichever way the segmenter splits them', async () => {
    const s = await indexed();
    expect(hits(s, '人工智能')).toEqual(['ai']);
    expect(hits(s, '智能')).toEqual(['ai']);
    expect(hits(s, '肺部结节')).toEqual(['ai']);
    expect(hits(s, '医院')).toEqual(['ai']);
    expect(hits(s, '足球')).toEqual([]);
    expect(tokenizeQuery('人工智能 AI')).toEqual(['AI', '人工', '工智', '智能']);
  });

  it('re-indexes only what changed: an edited row is found by its new words, a removed one not at all', async () => {
    const s = await indexed();
    const edited = LIBRARY.map((i) => (i.url.endsWith('/rates') ? { ...i, title: 'Mortgage costs to stay high', version: '2' } : i));
    await s.sync(edited.filter((i) => !i.url.endsWith('/fusion')));
    expect(hits(s, 'mortgage')).toEqual(['rates']);
    expect(hits(s, 'plasma')).toEqual([]);
    expect(s.size).toBe(LIBRARY.length - 1);
    const added = item({ url: 'https://x.example/new', title: 'Plasma physics primer', topics: [topic('Physics')] });
    s.upsert(added);
    expect(hits(s, 'plasma')).toEqual(['new']);
  });

  it('a newer sync supersedes one still indexing', async () => {
    const s = new LibrarySearch();
    const first = s.sync(LIBRARY, 0);
    const second = s.sync(LIBRARY.slice(0, 1), 0);
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(s.size).toBeLessThanOrEqual(LIBRARY.length);
    await s.sync(LIBRARY.slice(0, 1));
    expect(s.size).toBe(1);
  });

  it('before the index is built, a substring scan still finds titles and topics', () => {
    expect([...scanSearch(LIBRARY, 'Cup final').keys()]).toEqual(['https://news.example/football']);
    expect([...scanSearch(LIBRARY, '医学影像').keys()]).toEqual(['https://zh.example/ai']);
  });
});
