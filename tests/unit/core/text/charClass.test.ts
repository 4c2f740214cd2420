import { describe, expect, it } from 'vitest';
import { isLetter, isLetterOrNumber, isWordChar, letterOrNumberRunEnd, letterRunEnd, wordCharRunEnd } from '../../../../src/core/text/charClass';

/** The scanners built on these replace regular expressions with \p{...} classes: they must agree everywhere. */
describe('character classes', () => {
  it('agree with \\p{L}, [\\p{L}\\p{N}] and [\\p{L}\\p{M}\\p{N}] on every BMP code point and a sample of the others', () => {
    const cps: number[] = [];
    for (let cp = 0; cp < 0x10000; cp++) cps.push(cp);
    for (let cp = 0x10000; cp < 0x110000; cp += 97) cps.push(cp);
    const bad: number[] = [];
    for (const cp of cps) {
      const ch = String.fromCodePoint(cp);
      if (isLetter(cp) !== /^\p{L}$/u.test(ch)) bad.push(cp);
      if (isLetterOrNumber(cp) !== /^[\p{L}\p{N}]$/u.test(ch)) bad.push(cp);
      if (isWordChar(cp) !== /^[\p{L}\p{M}\p{N}]$/u.test(ch)) bad.push(cp);
    }
    expect(bad).toEqual([]);
  });

  it('runs end where the expressions stop, over whole code points', () => {
    const text = 'Café’s 𝒜𝒷2 e\u0301t\u00e9 ok';
    expect(letterRunEnd(text, 0)).toBe(4);
    expect(letterOrNumberRunEnd(text, 7)).toBe(7 + text.slice(7).match(/^[\p{L}\p{N}]+/u)![0].length);
    expect(wordCharRunEnd(text, 14)).toBe(14 + text.slice(14).match(/^[\p{L}\p{M}\p{N}]+/u)![0].length);
  });
});
