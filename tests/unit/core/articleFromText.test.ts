// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/core/articleFromText';

describe('articleFromText', () => {
  it('makes one paragraph per line and takes a short first line as the title', () => {
    const a = articleFromText('Night buses are coming\nThe city adds three night lines.\r\n\n  Fares stay the same.  \n');
    expect(a.title).toBe('Night buses are coming');
    expect(a.blocks).toEqual([
      { kind: 'p', text: 'The city adds three night lines.' },
      { kind: 'p', text: 'Fares stay the same.' },
    ]);
    expect(a.text).toBe('The city adds three night lines.\n\nFares stay the same.');
    expect(a.signals).toMatchObject({ tldr: null, faq: [] });
  });

  it('keeps every line when a title is given, escapes the HTML copy, and sets rtl for Hebrew', () => {
    const a = articleFromText('שלום <b>עולם</b>. זה טקסט בעברית.', { title: 'Selection', url: 'https://x.example/', lang: null });
    expect(a.title).toBe('Selection');
    expect(a.url).toBe('https://x.example/');
    expect(a.blocks).toHaveLength(1);
    expect(a.dir).toBe('rtl');
    expect(a.html).toBe('<p>שלום &lt;b&gt;עולם&lt;/b&gt;. זה טקסט בעברית.</p>');
  });

  it('does not take a sentence as the title', () => {
    const a = articleFromText('This is a sentence.\nAnd another one.', { lang: 'en' });
    expect(a.blocks).toHaveLength(2);
    expect(a.lang).toBe('en');
    expect(a.dir).toBe('ltr');
  });
});
