/**
 * What the preview of a Lede backup tells the reader: the articles they saved, with the tags and topics they know,
 * not the library's internal interest keys, and not the pages they only opened.
 */
import { describe, expect, it } from 'vitest';
import { parseImport, summarize } from '../../../src/import';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function backup(articles: unknown[]) {
  return encode({ format: 'lede-backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', articles, visits: [], interests: [], settings: {} });
}

const saved = {
  url: 'https://example.org/whales',
  title: 'Whales sing in dialects',
  saved: true,
  savedAt: 1_700_000_000_000,
  status: 'unread',
  tags: ['oceans'],
  topics: ['category:science', 'topic:whales'],
  analysis: { topics: [{ label: 'Whales' }, { label: 'Marine biology' }] },
};
const openedOnly = { ...saved, url: 'https://example.org/other', title: 'Opened once', saved: false, savedAt: null, tags: [] };

describe('the preview of a backup', () => {
  it('shows tags and topic labels, never interest keys', () => {
    const tags = summarize(parseImport(backup([saved]))).tags.map((t) => t.tag);
    expect(tags.sort()).toEqual(['Marine biology', 'Whales', 'oceans']);
    expect(tags.some((t) => t.includes(':'))).toBe(false);
  });

  it('counts saved articles only, and says how many history rows come with them', () => {
    const parsed = parseImport(backup([saved, openedOnly, { ...openedOnly, url: 'https://example.org/third' }]));
    expect(summarize(parsed).total).toBe(1);
    expect(parsed.backup!.historyOnly).toBe(2);
    // Everything is still restored.
    expect(parsed.backup!.articles.map((a) => a.url)).toHaveLength(3);
  });

  it('still reports a history row with an unsafe URL as a problem', () => {
    const parsed = parseImport(backup([saved, { ...openedOnly, url: 'javascript:alert(1)' }]));
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.backup!.historyOnly).toBe(0);
  });
});
