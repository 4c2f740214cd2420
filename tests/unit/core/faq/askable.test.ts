import { describe, expect, it } from 'vitest';
import { generateFaq } from '../../../../src/core/faq/generate';
import { looksLikePersonName, namedMidSentence } from '../../../../src/core/faq/askable';
import type { Article } from '../../../../src/core/types';
import { fixtureArticle } from './fixtures';

function paragraphs(lang: string, ps: string[]): Article {
  const a = fixtureArticle('article-en.txt', lang);
  a.blocks = ps.map((text) => ({ kind: 'p' as const, text }));
  a.text = ps.join('\n\n');
  return a;
}

describe('what-is questions only of names the article capitalises mid-sentence', () => {
  it('tells a name from a word capitalised because it opens a sentence', () => {
    const body = 'Leider ist das Museum geschlossen. Am Montag öffnet die Kunsthalle Bremen wieder.';
    expect(namedMidSentence('Leider', body)).toBe(false);
    expect(namedMidSentence('die Kunsthalle Bremen', body)).toBe(true);
  });

  it('asks no "Was ist Danach?" of a German sentence opened by an adverb', () => {
    const faq = generateFaq(
      paragraphs('de', [
        'Der Stadtrat von Kassel hat am Dienstag den Bau eines neuen Hallenbads beschlossen.',
        'Danach ist ein Umbau des alten Bades geplant, sagte die Verwaltung.',
        'Die Kosten liegen nach Angaben der Stadt bei rund zwölf Millionen Euro.',
      ]),
      'de',
    );
    expect(faq.map((f) => f.question)).not.toContain('Was ist Danach?');
  });

  it('asks no "What is more clean energy?" but still asks of a term the article returns to', () => {
    const faq = generateFaq(
      paragraphs('en', [
        'More clean energy is a goal the council set itself in its spring budget for the harbour district.',
        'A heat pump is a device that moves warmth from the outside air into a building, even in winter.',
        'The council wants every new flat in the district to have a heat pump by the end of the decade.',
      ]),
      'en',
    );
    const questions = faq.map((f) => f.question);
    expect(questions).not.toContain('What is more clean energy?');
    expect(questions).toContain('What is a heat pump?');
  });
});

describe('who-questions only of people', () => {
  it('does not take an organisation whose words the article also writes in lower case for a person', () => {
    const body = 'Die Sprecherin des Deutschen Vereins sagte, die deutschen Tafeln seien am Limit.';
    expect(looksLikePersonName('Deutschen Vereins', body)).toBe(false);
    expect(looksLikePersonName('Anna Keller', 'Sprecherin Anna Keller sagte, die Tafeln seien am Limit.')).toBe(true);
  });
});
