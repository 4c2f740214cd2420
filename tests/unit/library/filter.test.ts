import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS, facet, type Filters } from '../../../src/library/filter';
import { NO_INTERESTS, type InterestView } from '../../../src/library/model';
import { LIBRARY } from './items';

const urls = (f: Partial<Filters>, interests: InterestView = NO_INTERESTS, matches: Map<string, number> | null = null) =>
  applyFilters(LIBRARY, { ...DEFAULT_FILTERS, ...f }, interests, matches).map((i) => i.url.split('/').pop());

const interests = (followed: string[], muted: string[] = [], learned: [string, number][] = []): InterestView => ({
  followed: new Set(followed),
  muted: new Set(muted),
  learned: new Map(learned),
});

describe('library tabs', () => {
  it('Saved lists saved, unarchived items newest first; Archive and History hold the rest', () => {
    expect(urls({})).toEqual(['fusion', 'ai', 'rates']);
    expect(urls({ tab: 'archive' })).toEqual(['football']);
    expect(urls({ tab: 'history' })).toEqual(['visited', 'rates', 'football', 'fusion', 'ai']);
  });

  it('oldest-first reverses the order', () => {
    expect(urls({ sort: 'oldest' })).toEqual(['rates', 'ai', 'fusion']);
  });
});

describe('filters', () => {
  it('"My topics" keeps only items carrying a followed topic', () => {
    expect(urls({ myTopics: true }, interests(['energy']))).toEqual(['fusion']);
    expect(urls({ myTopics: true, tab: 'history' }, interests(['energy', 'category:business']))).toEqual(['visited', 'rates', 'fusion']);
  });

  it('"My topics" with nothing followed shows nothing rather than everything', () => {
    expect(urls({ myTopics: true })).toEqual([]);
  });

  it('a topic chip filters to that topic, combined with site, language and status', () => {
    expect(urls({ tab: 'history', topic: 'energy' })).toEqual(['visited', 'fusion']);
    expect(urls({ tab: 'history', topic: 'energy', site: 'News Example' })).toEqual(['fusion']);
    expect(urls({ lang: 'zh' })).toEqual(['ai']);
    expect(urls({ status: 'read' })).toEqual(['rates']);
    expect(urls({ status: 'unread' })).toEqual(['fusion', 'ai']);
  });

  it('"for me" puts followed topics first, then learned weights, and muted topics sink even when newest', () => {
    expect(urls({ sort: 'forMe' }, interests(['inflation']))).toEqual(['rates', 'fusion', 'ai']);
    expect(urls({ sort: 'forMe' }, interests([], [], [['人工智能', 0.9], ['fusion', 0.2]]))).toEqual(['ai', 'fusion', 'rates']);
    expect(urls({}, interests([], ['fusion']))).toEqual(['ai', 'rates', 'fusion']);
  });

  it('search matches replace the date order with relevance and drop the rest', () => {
    const matches = new Map([
      ['https://daily.example/rates', 2],
      ['https://news.example/fusion', 5],
    ]);
    expect(urls({}, NO_INTERESTS, matches)).toEqual(['fusion', 'rates']);
  });

  it('lists the sites of a tab, most frequent first', () => {
    expect(facet(LIBRARY, 'history', 'site')[0]).toEqual({ value: 'News Example', count: 2 });
    expect(facet(LIBRARY, 'saved', 'lang')).toEqual([
      { value: 'en', count: 2 },
      { value: 'zh', count: 1 },
    ]);
  });
});
