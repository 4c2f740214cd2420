import { describe, expect, it } from 'vitest';
import { findPassage } from '../../../src/content/findPassage';

const chunks = (...texts: string[]) => texts.map((text) => ({ text }));

describe('findPassage', () => {
  it('finds a sentence split across inline elements and line breaks', () => {
    const page = chunks('Intro.\n  The ', 'council', ' agreed to\n   fund a second   year. ', 'Other text.');
    const hit = findPassage(page, 'The council agreed to fund a second year.');
    expect(hit).toEqual({
      start: { chunk: 0, offset: page[0]!.text.indexOf('The') },
      end: { chunk: 2, offset: page[2]!.text.indexOf('.') + 1 },
    });
  });

  it('matches curly quotes and dashes against straight ones', () => {
    const page = chunks('He said “we lend books” — and seeds.');
    expect(findPassage(page, 'He said "we lend books" - and seeds.')).not.toBeNull();
  });

  it('finds Chinese text split between elements without spaces', () => {
    const page = chunks('前言。世界模型是一种', 'AI 架构。');
    const hit = findPassage(page, '世界模型是一种AI架构。');
    expect(hit?.start).toEqual({ chunk: 0, offset: 3 });
    expect(hit?.end).toEqual({ chunk: 1, offset: 6 });
  });

  it('falls back to the opening of a passage whose ending changed', () => {
    const page = chunks('Readers borrowed more than 1,200 packets of seeds in the first month of the pilot.');
    const hit = findPassage(page, 'Readers borrowed more than 1,200 packets of seeds in the first month of the programme, officials said.');
    expect(hit?.start.offset).toBe(0);
  });

  it('returns null when the passage is not there', () => {
    expect(findPassage(chunks('Nothing to see here.'), 'A sentence that is somewhere else entirely.')).toBeNull();
    expect(findPassage(chunks('text'), '   ')).toBeNull();
  });
});
