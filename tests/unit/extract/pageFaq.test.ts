// @vitest-environment node
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findPageFaq } from '../../../src/extract/pageFaq';

const fixture = (name: string) => new JSDOM(readFileSync(resolve(__dirname, '../../fixtures/faq', name), 'utf8')).window.document;
const questions = (name: string) => findPageFaq(fixture(name)).map((e) => e.question);

describe('findPageFaq', () => {
  it('reads a JSON-LD FAQPage', () => {
    expect(findPageFaq(fixture('jsonld-alone.html'))).toEqual([
      { question: 'Do heat pumps work in cold weather?', answer: 'Yes. Modern units keep heating down to about -25 °C.' },
      { question: 'How long does installation take?', answer: 'Most homes need two to three days.' },
    ]);
  });

  it('finds FAQPage in an array and inside @graph, with HTML answers turned to text, despite broken JSON-LD', () => {
    expect(findPageFaq(fixture('jsonld-array-graph.html'))).toEqual([
      { question: 'Who needs a new visa?', answer: 'Only first-time applicants & students. Workers keep theirs.' },
    ]);
  });

  it('reads schema.org microdata Question/Answer', () => {
    expect(findPageFaq(fixture('microdata.html'))).toEqual([
      { question: 'Can I recycle pizza boxes?', answer: 'Only if they are free of grease.' },
      { question: 'When is collection day?', answer: 'Every Tuesday morning.' },
    ]);
  });

  it('reads RDFa Question/Answer', () => {
    expect(findPageFaq(fixture('rdfa.html'))).toEqual([
      { question: 'What causes tides?', answer: "The Moon's gravity pulls on the oceans." },
      { question: 'How many tides are there a day?', answer: 'Most coasts see two high tides a day.' },
    ]);
  });

  it('reads an English FAQ section of question headings, stopping at the next section', () => {
    expect(findPageFaq(fixture('headings-en.html'))).toEqual([
      { question: 'Is the card free?', answer: 'Yes, for every resident. Visitors pay a small fee.' },
      { question: 'Where do I apply?', answer: 'At any branch desk.' },
      { question: 'What if I lose it?', answer: 'A replacement costs two dollars.' },
    ]);
  });

  it('reads FAQ sections headed in Chinese, Japanese and Spanish', () => {
    expect(findPageFaq(fixture('headings-zh.html'))).toEqual([
      { question: '新线每天运营到几点？', answer: '新线每天运营到晚上十一点。' },
      { question: '票价是多少？', answer: '起步价为两元。' },
    ]);
    expect(questions('headings-ja.html')).toEqual(['利用は無料ですか？', '予約はできますか？']);
    expect(findPageFaq(fixture('headings-es.html'))[0]).toEqual({ question: '¿Cuánto dura el viaje?', answer: 'El viaje dura dos horas.' });
  });

  it('reads <details> questions and question <dl> lists, not "Show more" or glossaries', () => {
    expect(findPageFaq(fixture('details-dl.html'))).toEqual([
      { question: 'Do panels work on cloudy days?', answer: 'Yes, at a lower output.' },
      { question: 'How long do panels last?', answer: 'About 25 years.' },
      { question: 'Do they need cleaning?', answer: 'Rarely.' },
    ]);
  });

  it('drops duplicates, empty entries and hidden template junk', () => {
    expect(findPageFaq(fixture('duplicates-hidden.html'))).toEqual([
      { question: 'Where can I park?', answer: 'In the north garage.' },
      { question: 'Can I park overnight?', answer: 'Yes, with a permit.' },
    ]);
  });

  it('finds nothing on a page without an FAQ', () => {
    expect(findPageFaq(fixture('none.html'))).toEqual([]);
  });

  it('does not change the document', () => {
    const doc = fixture('duplicates-hidden.html');
    const before = doc.documentElement.outerHTML;
    findPageFaq(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('stays bounded on a huge page', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<details><summary>Question ${i}?</summary><p>Answer ${i}.</p></details>`).join('');
    const doc = new JSDOM(`<body><h2>FAQ</h2>${rows}</body>`).window.document;
    const faq = findPageFaq(doc);
    expect(faq.length).toBeLessThanOrEqual(40);
    expect(faq[0]).toEqual({ question: 'Question 0?', answer: 'Answer 0.' });
  });

  it('keeps an entry whose answer runs to 300,000 characters, in every form, reading only its first 10,000', () => {
    const long = 'The ferry runs every hour in summer. '.repeat(8_000);
    const ld = { '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'How often does the ferry run?', acceptedAnswer: { text: long } }] };
    const forms = [
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `<details><summary>How often does the ferry run?</summary><p>${long}</p></details>`,
      `<dl><dt>How often does the ferry run?</dt><dd>${long}</dd></dl>`,
      `<h2>FAQ</h2><h3>How often does the ferry run?</h3><p>${long}</p><p>${long}</p>`,
    ];
    for (const form of forms) {
      const faq = findPageFaq(new JSDOM(`<body>${form}</body>`).window.document);
      expect(faq, form.slice(0, 40)).toHaveLength(1);
      expect(faq[0]!.question).toBe('How often does the ferry run?');
      expect(faq[0]!.answer.startsWith('The ferry runs every hour in summer.')).toBe(true);
      expect(faq[0]!.answer.length).toBeLessThanOrEqual(10_000);
    }
  });

  const seed = resolve(process.env.LEDE_CORPORA ?? resolve(__dirname, '../../../../shared/corpora'), 'seed/seed-article.html');
  it.skipIf(!existsSync(seed))('finds the four Chinese FAQ entries of the seed page (corpora present)', () => {
    const faq = findPageFaq(new JSDOM(readFileSync(seed, 'utf8')).window.document);
    expect(faq).toHaveLength(4);
    expect(faq[0]!.question).toMatch(/^為什麼 Yann LeCun/);
    expect(faq[1]!.question).toContain('世界模型');
    expect(faq[3]!.answer).toMatch(/Tesla/);
  });
});
