import { describe, expect, it } from 'vitest';
import { scanTokens } from '../../../../src/core/text/tokens';

/** The expression the scanner stands in for (keyphrases read these tokens). */
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const byRegex = (text: string) => [...text.matchAll(WORD_RE)].map((m) => [m.index, m[0]] as const);
const byScan = (text: string) => {
  const { texts, starts } = scanTokens(text);
  return texts.map((t, i) => [starts[i]!, t] as const);
};

describe('scanTokens', () => {
  it('finds the same tokens at the same offsets as the regular expression', () => {
    const samples = [
      "LeCun's lab didn't publish the U.S. figures: 3,000 robots, 12.5% of the market, world-class results.",
      'Le projet de loi a été approuvé à l’Assemblée nationale par 438 voix…',
      'Президент подписал закон о бюджете на 2025 год.',
      '서울시는 내년부터 새로운 교통 정책을 시행한다.',
      'وافق البرلمان على الميزانية الجديدة يوم الأحد.',
      'Café\u0301 au lait\u00a0— 10\u2009km, H₂O², “quoted” (parenthesis) [1] #tag @user 😀 done.',
      'Mathematical 𝐀𝐁𝐂 letters, a lone \ud800 surrogate, zero\u200bwidth and tabs\tand\nnewlines.',
      'A.I. and e.g. end. With trailing dot. And apostrophe\' then ’curly’ quotes.',
      '',
      '   ',
    ];
    for (const text of samples) expect(byScan(text)).toEqual(byRegex(text));
  });

  it('keeps words joined across an apostrophe or a full stop but not across a hyphen', () => {
    expect(scanTokens("don't U.S world-class").texts).toEqual(["don't", 'U.S', 'world', '-', 'class']);
  });
});
