import { describe, expect, it } from 'vitest';
import { mergedLocales } from '../../../scripts/locales';

describe('locale catalogues', () => {
  const locales = mergedLocales();

  it('has English and Simplified Chinese', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'zh_CN']);
  });

  it('translates every English string into Chinese and has no strays', () => {
    const en = Object.keys(locales.en!).sort();
    const zh = Object.keys(locales.zh_CN!).sort();
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
  });

  it('uses valid message keys and non-empty messages', () => {
    for (const catalogue of Object.values(locales)) {
      for (const [key, value] of Object.entries(catalogue)) {
        expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
        expect((value as { message: string }).message.trim()).not.toBe('');
      }
    }
  });

  it('keeps placeholders consistent between languages', () => {
    for (const [key, value] of Object.entries(locales.en!)) {
      const names = (v: unknown) => Object.keys((v as { placeholders?: object }).placeholders ?? {}).sort();
      expect(names(locales.zh_CN![key]), key).toEqual(names(value));
    }
  });
});
