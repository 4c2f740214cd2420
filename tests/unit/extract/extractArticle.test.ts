// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../src/extract/extractArticle';
import type { Article } from '../../../src/core/types';
import { fixtureDoc } from './helpers';

function article(name: string): Article {
  const result = extractArticle(fixtureDoc(name), { url: 'https://news.example/story' });
  if (!result.ok) throw new Error(`${name}: ${result.code} ${result.message}`);
  return result.article;
}

describe('extractArticle on an English news page with a TL;DR and an FAQ', () => {
  const a = article('en-news-tldr-faq.html');

  it('reads the metadata a reader sees in the popup header', () => {
    expect(a.title).toBe('Harbour town votes to replace its ferry with an electric fleet');
    expect(a.byline).toBe('Maria Keller');
    expect(a.siteName).toBe('The Coastal Ledger');
    expect(a.lang).toBe('en-GB');
    expect(a.dir).toBe('ltr');
    expect(a.publishedTime).toBe('2025-05-14T09:30:00+01:00');
    expect(a.signals.canonicalUrl).toBe('https://coastal-ledger.example/local/porthwen-electric-ferries');
    expect(a.signals.image).toBe('https://news.example/images/ferry.jpg');
    expect(a.signals.section).toBe('Local');
    expect(a.signals.keywords).toEqual(['ferries', 'electric boats', 'Porthwen']);
    expect(a.excerpt).toMatch(/^Councillors in Porthwen voted/);
  });

  it("returns the page's own Key takeaways bullets as its TL;DR, and keeps them out of the body", () => {
    expect(a.signals.tldr).toEqual([
      'Porthwen council approved three battery-powered ferries to replace the diesel boat by 2027.',
      'Fares stay at £2.40; the charging quay is paid for by a regional grant.',
    ]);
    expect(a.text).not.toContain('Key takeaways');
    expect(a.text).not.toContain('Porthwen council approved three battery-powered ferries');
  });

  it('returns the FAQ as a signal and strips the FAQ section from the body', () => {
    expect(a.signals.faq.map((e) => e.question)).toEqual(['When will the electric ferries start running?', 'Will fares go up?']);
    expect(a.text).not.toMatch(/Frequently asked questions|When will the electric ferries|season tickets are frozen/);
    expect(a.blocks.some((b) => /Frequently asked/.test(b.text))).toBe(false);
  });

  it('keeps the story in order and drops the share bar, ad label, newsletter box, comments and related links', () => {
    const paras = a.blocks.filter((b) => b.kind === 'p').map((b) => b.text);
    expect(paras[0]).toMatch(/^Councillors in Porthwen voted on Tuesday/);
    expect(paras.at(-1)).toMatch(/^The charging quay will cost £1\.8 million/);
    expect(paras).toHaveLength(5);
    for (const junk of ['Advertisement', 'Sign up for our morning newsletter', 'Facebook', 'About time too', 'Bus timetable', 'By Maria Keller']) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('keeps the figure caption as a caption block but out of the body text', () => {
    expect(a.blocks).toContainEqual({ kind: 'caption', text: 'The diesel ferry Morwenna leaving the north slipway in April. Photo: Tom Ashby' });
    expect(a.text).not.toContain('Morwenna');
  });

  it('does better than raw Readability on the same page (which keeps all of that furniture)', () => {
    const raw = new Readability(fixtureDoc('en-news-tldr-faq.html')).parse()?.textContent ?? '';
    // The comparison makes the fixture meaningful: Readability alone leaves these in.
    expect(raw).toContain('Advertisement');
    expect(raw).toContain('Sign up for our morning newsletter');
    expect(raw).toContain('Frequently asked questions');
  });
});

describe('extractArticle on other pages', () => {
  it('reads a JSON-LD FAQPage inside @graph, and the date, author and keywords from JSON-LD', () => {
    const a = article('jsonld-faq.html');
    expect(a.title).toBe('How to keep basil alive on a windowsill');
    expect(a.byline).toBe('Priya Natarajan');
    expect(a.publishedTime).toBe('2024-06-02T07:15:00Z');
    expect(a.signals.section).toBe('Gardening');
    expect(a.signals.keywords).toEqual(['basil', 'herbs', 'indoor gardening']);
    expect(a.signals.faq).toHaveLength(2);
    expect(a.signals.faq[1]!.question).toBe('Why are my basil leaves turning yellow?');
    expect(a.text).not.toContain('empty the saucer');
    expect(a.blocks).toHaveLength(4);
  });

  it('extracts a short Chinese article that is under Readability\'s 500-character threshold', () => {
    const a = article('zh-short.html');
    expect(a.title).toBe('城市夜间公交新增三条线路');
    expect(a.lang).toBe('zh-CN');
    expect(a.dir).toBe('ltr');
    expect(a.publishedTime).toBe('2025-03-08T20:00:00+08:00');
    expect(a.text.length).toBeLessThan(500);
    expect(a.blocks.map((b) => b.text.slice(0, 6))).toEqual(['市交通局八日', '交通局表示，', '部分市民担心']);
    expect(a.text).not.toMatch(/下载客户端|关于我们/);
  });

  it('marks an Arabic page right-to-left from its language alone', () => {
    const a = article('ar-rtl.html');
    expect(a.lang).toBe('ar');
    expect(a.dir).toBe('rtl');
    expect(a.title).toBe('افتتاح مكتبة عامة جديدة في وسط المدينة');
    expect(a.blocks).toHaveLength(4);
    expect(a.publishedTime).toBe('2025-01-20T10:00:00+03:00');
  });

  it('says a login page is not an article, and hands back the selection for the popup to offer', () => {
    const doc = fixtureDoc('not-article-login.html');
    expect(extractArticle(doc)).toMatchObject({ ok: false, code: 'not-article' });
    const withSelection = extractArticle(doc, { selectionText: '  Some text the reader selected.  ' });
    expect(withSelection).toMatchObject({ ok: false, code: 'not-article', selectionText: 'Some text the reader selected.' });
  });

  it('never changes the live document', () => {
    for (const name of ['en-news-tldr-faq.html', 'zh-short.html', 'not-article-login.html']) {
      const doc = fixtureDoc(name);
      const before = doc.documentElement.outerHTML;
      extractArticle(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('finds an inline "TL;DR:" paragraph and a 要点 heading', () => {
    const doc = fixtureDoc('jsonld-faq.html');
    const p = doc.createElement('p');
    p.innerHTML = '<strong>TL;DR:</strong> Split the pot. Give it sun.';
    doc.querySelector('article h1')!.after(p);
    const a = extractArticle(doc);
    expect(a.ok && a.article.signals.tldr).toEqual(['Split the pot.', 'Give it sun.']);
    expect(a.ok && a.article.text).not.toContain('Give it sun');

    const zh = fixtureDoc('zh-short.html');
    zh.querySelector('.content')!.insertAdjacentHTML('afterbegin', '<div><h3>要点</h3><p>新增三条夜间公交线路。末班车延长到凌晨两点。</p></div>');
    const b = extractArticle(zh);
    expect(b.ok && b.article.signals.tldr).toEqual(['新增三条夜间公交线路。', '末班车延长到凌晨两点。']);
  });
});

describe('extractArticle and what a reader would not call the article', () => {
  const docOf = (body: string, lang = 'en'): Document =>
    new JSDOM(`<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`, { url: 'https://news.example/a' }).window
      .document;

  it('drops ruby readings, which are pronunciation aids, from Japanese text', () => {
    const paras = [1, 2, 3, 4, 5, 6, 7, 8]
      .map((n) => `<p>市は<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>を防ぐため、${n}月から新しい相談窓口を開くと発表しました。窓口は毎日午前九時から午後五時まで開いていて、電話でも相談できます。</p>`)
      .join('');
    const r = extractArticle(docOf(`<article><h1>相談窓口</h1>${paras}</article>`, 'ja'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toContain('子どもへの虐待を防ぐため');
    expect(r.article.text).not.toMatch(/ぎゃくたい|\(こ\)/);
  });

  it('drops gallery counters, navigation and calls to action that Readability keeps', () => {
    const story = [1, 2, 3, 4, 5]
      .map((n) => `<p>Paragraph ${n}: the county opened a new library branch on Saturday in the old post office building, its first new branch in ${n + 20} years.</p>`)
      .join('');
    const r = extractArticle(
      docOf(`<article><h1>New library</h1><p>Image 1 of 5</p>${story}<p>Want more stories like this? Sign up for our newsletter.</p><p>Sign In / Home / Local / Sports / Real Estate</p></article>`),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toContain('new library branch');
    expect(r.article.text).not.toMatch(/Image 1 of 5|Want more stories|Real Estate/);
  });
});

describe('extractArticle leaves picture captions out of the story', () => {
  const story = [
    'The harbour council voted on Tuesday to build a bridge across the estuary, ending ten years of argument over the crossing and its cost to the town.',
    'The bridge will cost 300 million euros and open in 2029, the council said, with trams as well as cars crossing it from the first day of service.',
    'Ferry workers fear for their jobs once the ferry route closes, and their union asked the council to find them places on the new tram line instead.',
    'Shops on the quay expect more visitors, although some owners worry that the building work will keep customers away for three summers in a row.',
    'The council will publish the final design in the spring, after a last round of public meetings in each district of the town and on the islands.',
  ];
  const html = `<!doctype html><html lang="en"><head><title>Harbour council votes for bridge</title></head><body><article>
    <h1>Harbour council votes for bridge</h1>
    <p>${story[0]}</p>
    <p>Photo</p>
    <p>The old ferry leaving the north quay at dawn.</p>
    <p>${story[1]}</p>
    <p>${story[2]}</p>
    <p>Councillors at the vote on Tuesday evening in the town hall.</p>
    <p>Source: Supplied</p>
    <p>${story[3]}</p>
    <p>${story[4]}</p>
  </article></body></html>`;
  const result = extractArticle(new JSDOM(html, { url: 'https://news.example/bridge' }).window.document, { url: 'https://news.example/bridge' });

  it('drops the line under a picture label and the line above a credit, and keeps every paragraph of the story', () => {
    if (!result.ok) throw new Error(result.message);
    const text = result.article.text;
    expect(text).not.toMatch(/old ferry leaving|Councillors at the vote|Source: Supplied|^Photo$/m);
    for (const s of story) expect(text).toContain(s);
  });
});
