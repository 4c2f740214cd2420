/**
 * In the extension the stop-word lists are not bundled: each is read on first use (the worker fetches it). An
 * article analysed that way must read exactly as with the lists bundled, only the lists its language needs are
 * read, each once, and forgetting to load them fails loudly instead of analysing without stop words.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Article, Block } from '../../../../src/core/types';
import { fixtureArticle } from '../faq/fixtures';

const LISTS = '../../../../src/core/text/stopwordLists';
const STOPWORDS = '../../../../src/core/text/stopwords';
const ANALYZE = '../../../../src/core/analyze';

/** A German article, written for this test, with no declared language: the stop words must tell. */
function germanArticle(): Article {
  const paragraphs = [
    'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss für mindestens ein Jahr zu sperren.',
    'Ingenieure hatten im Frühjahr Risse in den Pfeilern gefunden, die Anwohner schon im letzten Winter gemeldet hatten.',
    'Pendler müssen bis zum Ende der Arbeiten die Fähre nehmen, die nun alle zehn Minuten fahren soll.',
    'Die Stadt will die Kosten von rund zwölf Millionen Euro zum größten Teil aus Mitteln des Landes bezahlen.',
    'Ein Sprecher der Verwaltung sagte, die Sicherheit der Menschen gehe vor, auch wenn die Sperrung für viele lästig sei.',
  ];
  const blocks: Block[] = paragraphs.map((text) => ({ kind: 'p', text }));
  return {
    url: 'https://example.test/bruecke',
    title: 'Die alte Brücke wird gesperrt',
    byline: null,
    siteName: null,
    lang: null,
    dir: 'ltr',
    publishedTime: null,
    excerpt: null,
    text: paragraphs.join('\n\n'),
    blocks,
    html: '',
    signals: { tldr: null, faq: [], canonicalUrl: null, keywords: [], section: null, image: null },
  };
}

const articles: [string, Article][] = [
  ['Chinese', fixtureArticle('article-zh.txt', 'zh')],
  ['German, undeclared', germanArticle()],
  ['English', fixtureArticle('article-en.txt', 'en')],
];

describe('stop-word lists loaded on first use', () => {
  it('give the same analysis as bundled lists, reading only the lists each article needs, once', async () => {
    vi.resetModules();
    const bundled = await import(ANALYZE);
    const expected = articles.map(([, a]) => bundled.analyze(a));
    expect(expected.map((a) => a.lang)).toEqual(['zh', 'de', 'en']);

    const { BUNDLED_STOPWORDS } = await vi.importActual<typeof import('../../../../src/core/text/stopwordLists')>(LISTS);
    vi.resetModules();
    vi.doMock(LISTS, () => ({ BUNDLED_STOPWORDS: null }));
    const stopwords = await import(STOPWORDS);
    const onDemand = await import(ANALYZE);
    const reads: string[] = [];
    stopwords.setStopwordLoader(async (lang: string) => {
      reads.push(lang);
      return BUNDLED_STOPWORDS![lang]!;
    });

    for (const [i, [name, article]] of articles.entries()) {
      if (i === 0) expect(() => onDemand.analyze(article), name).toThrow(/before loadStopwords/);
      expect(await onDemand.prepareLead(article), name).toBe(true);
      expect(onDemand.analyze(article), name).toEqual(expected[i]);
    }
    // Chinese needs its own list and English's; the Latin page the candidates of its script; nothing twice.
    expect(reads.slice(0, 2).sort()).toEqual(['en', 'zh']);
    expect(reads).toContain('de');
    expect(new Set(reads).size).toBe(reads.length);
    expect(reads).not.toContain('ar');
    vi.doUnmock(LISTS);
  });

  it('reports a list that could not be read, and reads it again next time', async () => {
    vi.resetModules();
    vi.doMock(LISTS, () => ({ BUNDLED_STOPWORDS: null }));
    const stopwords = await import(STOPWORDS);
    let fail = true;
    stopwords.setStopwordLoader(async (lang: string) => {
      if (fail) throw new Error('offline');
      return lang === 'fr' ? ['le', 'la'] : [];
    });
    expect(await stopwords.loadStopwords(['fr'])).toBe(false);
    expect(() => stopwords.stopwords('fr')).toThrow(/fr list/);
    fail = false;
    expect(await stopwords.loadStopwords(['fr', 'el'])).toBe(true);
    expect(stopwords.isStopword('la', 'fr')).toBe(true);
    // Greek has no list: nothing to load, and no stop words rather than an error.
    expect(stopwords.stopwords('el').size).toBe(0);
    vi.doUnmock(LISTS);
  });
});
