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

describe('word counts on long and mixed pages', () => {
  it('counts words as runs of letters and digits, joined by apostrophes, dots and hyphens', () => {
    expect(countWords("Don't panic: the U.S. state-of-the-art lab — 3,000 robots!", 'en')).toBe(8);
    expect(countWords('Über Straße, naïve café.', 'de')).toBe(4);
    expect(countWords('— … !!', 'en')).toBe(0);
  });

  it('reads an English page quoting Chinese at both speeds', () => {
    const en = Array.from({ length: 460 }, () => 'word').join(' '); // 2 minutes of English
    const zh = '工程师将检查居民上个月报告的裂缝。'.repeat(50); // 800 characters: 2 minutes
    expect(readingMinutes(`${en}\n${zh}`, 'en')).toBe(4);
  });

  it('estimates the words of a very long Chinese page from its start, close to the exact count', () => {
    const sentence = '工程师将检查居民上个月报告的裂缝。\n';
    const long = sentence.repeat(20_000); // 360,000 characters
    const exact = countWords(sentence, 'zh') * 20_000;
    const counted = countWords(long, 'zh');
    expect(Math.abs(counted - exact) / exact).toBeLessThan(0.02);
  });
});
