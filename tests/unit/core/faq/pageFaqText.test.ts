import { describe, expect, it } from 'vitest';
import { htmlToText, normalizePageFaq } from '../../../../src/core/faq/pageFaqText';

describe('normalizePageFaq', () => {
  it('turns HTML answers into text and collapses whitespace', () => {
    expect(normalizePageFaq([{ question: ' Is it <em>free</em>? ', answer: '<p>Yes &amp; always.</p>\n\n<p>No&nbsp;fees.</p>' }])).toEqual([
      { question: 'Is it free?', answer: 'Yes & always. No fees.' },
    ]);
  });

  it('drops empty entries and repeated questions, keeping page order and language', () => {
    const out = normalizePageFaq([
      { question: '票价是多少？', answer: '两元。' },
      { question: '', answer: 'orphan' },
      { question: 'Why?', answer: '   ' },
      { question: '票价是多少?', answer: '三元。' },
      { question: 'Where do I apply?', answer: 'At the desk.' },
    ]);
    expect(out).toEqual([
      { question: '票价是多少？', answer: '两元。' },
      { question: 'Where do I apply?', answer: 'At the desk.' },
    ]);
  });

  it('removes scripts and comments from answers', () => {
    expect(htmlToText('<p>Safe<script>alert(1)</script><!-- x --> text</p>')).toBe('Safe text');
  });
});
