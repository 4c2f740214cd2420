/** Counts read right in both languages: "1 article", "2 articles", and Chinese, which has one form. */
import { afterEach, describe, expect, it } from 'vitest';
import { mergedLocales } from '../../../scripts/locales';
import { tPlural } from '../../../src/shared/i18n';
import { clearedHistoryMessage } from '../../../src/options/HistorySettings';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** Installs a browser i18n API serving one of the built catalogues, with Chrome's substitution rules. */
function useCatalogue(locale: string): void {
  const catalogue = mergedLocales()[locale] as Record<string, Entry>;
  const getMessage = (key: string, subs: string[] = []) => {
    const entry = catalogue[key];
    if (!entry) return '';
    let msg = entry.message;
    for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
      msg = msg.replace(new RegExp(`\\$${name}\\$`, 'gi'), ph.content.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? ''));
    }
    return msg;
  };
  (globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage } };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('counts through plural rules', () => {
  it('says "1 article" and "2 articles" in English', () => {
    useCatalogue('en');
    expect(tPlural('libpageCount', 1)).toBe('1 article');
    expect(tPlural('libpageCount', 2)).toBe('2 articles');
    expect(tPlural('libpageCount', 0)).toBe('0 articles');
    expect(tPlural('impConfirm', 1)).toBe('Import 1 article');
    expect(tPlural('impFavouriteCount', 1)).toBe('1 favourite');
  });

  it('uses the one Chinese form for every count', () => {
    useCatalogue('zh_CN');
    expect(tPlural('libpageCount', 1)).toBe('1 篇文章');
    expect(tPlural('libpageCount', 5)).toBe('5 篇文章');
  });

  it('says what clearing history removed, each count in its own form', () => {
    useCatalogue('en');
    expect(clearedHistoryMessage(1, 1)).toBe('Cleared 1 visit and 1 article.');
    expect(clearedHistoryMessage(4, 0)).toBe('Cleared 4 visits and 0 articles.');
    useCatalogue('zh_CN');
    expect(clearedHistoryMessage(1, 2)).toBe('已清除 1 次访问和 2 篇文章。');
  });

  it('works without a browser API (tests, the command line)', () => {
    expect(tPlural('libpageCount', 1)).toBe('1 article');
    expect(tPlural('libpageCount', 3)).toBe('3 articles');
  });

  it('has an "other" form for every pluralised message, in both languages', () => {
    for (const catalogue of Object.values(mergedLocales())) {
      for (const key of Object.keys(catalogue).filter((k) => /_(zero|one|two|few|many)$/.test(k))) {
        expect(catalogue, key).toHaveProperty(key.replace(/_[a-z]+$/, '_other'));
      }
    }
  });
});
