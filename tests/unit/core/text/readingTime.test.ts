import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../../src/core/text/readingTime';

describe('reading time', () => {
  it('reads spaced text at about 230 words a minute, at least one minute', () => {
    const words = Array.from({ length: 2300 }, (_, i) => `word${i % 50}`).join(' ');
    expect(countWords(words, 'en')).toBe(2300);
    expect(readingMinutes(words, 'en')).toBe(10);
    expect(readingMinutes('Short note.', 'en')).toBe(1);
  });

  it('reads Chinese by characters, about 400 a minute, not by segmented words', () => {
    const zh = '工程师将检查居民上个月报告的裂缝。'.repeat(250); // 16 characters + a full stop, 250 times
    const chars = 16 * 250;
    expect(readingMinutes(zh, 'zh')).toBe(Math.round(chars / 400));
    // Segmenter words are fewer than characters: counting them at 230 a minute would give a different answer.
    expect(countWords(zh, 'zh')).toBeLessThan(chars);
    expect(countWords(zh, 'zh')).toBeGreaterThan(chars / 4);
  });

  it('reads Japanese kana and kanji by characters too', () => {
    const ja = '通勤者はフェリーを使わなければならない。'.repeat(200); // 19 characters each
    expect(readingMinutes(ja, 'ja')).toBe(Math.round((19 * 200) / 400));
  });
});
