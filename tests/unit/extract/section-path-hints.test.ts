import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sectionHints } from '../../../src/extract/metadata';
import { sectionFromHints } from '../../../src/core/topics/sectionHints';

function hintsOf(url: string): string[] {
  const doc = new JSDOM('<!doctype html><html><head><title>Una storia</title></head><body><p>Testo.</p></body></html>').window.document;
  return sectionHints(doc, new Map(), [], [], url, doc.title);
}

describe('section hints from the URL path', () => {
  it('reads a section named in the path in the site language', () => {
    expect(sectionFromHints(hintsOf('https://example.es/deportes/futbol/el-partido-de-ayer.html'))).toBe('sports');
    expect(sectionFromHints(hintsOf('https://example.de/politik/ausland/der-gipfel-in-rom'))).toBe('politics');
  });

  it('takes a leading locale as the language, not a section: "/it/" is no IT section', () => {
    expect(sectionFromHints(hintsOf('https://example.com/it/cronaca-nera/storia'))).toBe('crime');
    expect(sectionFromHints(hintsOf('https://example.com/it/storia-di-una-cena'))).toBeNull();
    expect(sectionFromHints(hintsOf('https://example.com/de-at/wirtschaft/bericht'))).toBe('business');
  });
});
