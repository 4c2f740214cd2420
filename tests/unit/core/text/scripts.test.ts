import { describe, expect, it } from 'vitest';
import { CJK_RE, HAN_RE, RTL_RE, UNSPACED_RE, cjkRunRe, isHanOrKanaUnit, scriptOf } from '../../../../src/core/text/scripts';

describe('scripts', () => {
  it('tells the scripts apart', () => {
    expect(scriptOf('a'.charCodeAt(0))).toBe('latin');
    expect(scriptOf('漢'.charCodeAt(0))).toBe('han');
    expect(scriptOf('か'.charCodeAt(0))).toBe('kana');
    expect(scriptOf('한'.charCodeAt(0))).toBe('hangul');
    expect(scriptOf('ж'.charCodeAt(0))).toBe('cyrillic');
    expect(scriptOf('ก'.charCodeAt(0))).toBe('thai');
    expect(scriptOf('1'.charCodeAt(0))).toBeNull();
  });

  it('counts Hangul as CJK but as spaced, and Thai as unspaced', () => {
    expect(CJK_RE.test('한국어')).toBe(true);
    expect(UNSPACED_RE.test('한국어')).toBe(false);
    expect(UNSPACED_RE.test('ภาษาไทย')).toBe(true);
    expect(isHanOrKanaUnit('한'.charCodeAt(0))).toBe(false);
    expect(HAN_RE.test('かな')).toBe(false);
    expect(RTL_RE.test('שלום')).toBe(true);
  });

  it('gives each caller its own global expression', () => {
    const a = cjkRunRe();
    expect(a.exec('abc 中文 def 日本')?.[0]).toBe('中文');
    expect(cjkRunRe().exec('日本')?.[0]).toBe('日本');
  });
});
