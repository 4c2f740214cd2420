/**
 * Speed of the local engine: analyze() (the whole pipeline) and each stage it runs (language, words and
 * reading time, TL;DR, topics, category, FAQ, content hash), in ms per 1,000 words: median over the
 * readability-pages corpus (text from Readability's expected.html), then long pages of 1k to 400k words,
 * built from real corpus text and from synthetic text, to show the cost stays linear up to 100k words and
 * bounded beyond. Prints figures and whether the targets are met; asserts nothing.
 *
 *   npm run bench:analysis [-- --rounds N]   (N timed runs per page and stage, the median is kept; default 3)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyze } from '../src/core/analyze';
import { summarize } from '../src/core/summarize/tldr';
import { extractTopics } from '../src/core/topics/keyphrases';
import { CATEGORY_PACKS, classify, loadCategoryPack } from '../src/core/topics/category';
import { generateFaq } from '../src/core/faq/generate';
import { detectLanguage } from '../src/core/text/language';
import { countWords, readingMinutes } from '../src/core/text/readingTime';
import { hashText } from '../src/core/text/hash';
import type { Article, Block } from '../src/core/types';
import { corpusPath } from './lib/corpora';
import { plainArticle } from './lib/plainArticle';

/** Targets of issue 3: median ms per 1,000 words on real pages, and a total bound on any page. */
const TARGET_PER_1K = 5;
const TARGET_TOTAL_MS = 1000;

const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Math.max(1, Number(process.argv[roundsArg + 1]) || 3) : 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!;
}

/** Median of `rounds` timed runs: one run on a machine shared with other work is mostly noise. */
function time(fn: () => unknown, rounds = ROUNDS): number {
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

interface Stage {
  name: string;
  run: (a: Article, lang: string) => unknown;
}

/** The stages in the order analyze() runs them; `analyze()` first is the whole. */
const stages: Stage[] = [
  { name: 'analyze()', run: (a) => analyze(a) },
  { name: 'language', run: (a) => detectLanguage(a.text, a.lang) },
  { name: 'words', run: (a, lang) => countWords(a.text, lang) + readingMinutes(a.text, lang) },
  { name: 'summarize', run: (a, lang) => summarize(a, lang) },
  { name: 'topics', run: (a, lang) => extractTopics(a, lang) },
  { name: 'category', run: (a, lang) => classify(`${a.title}\n${a.text}`, lang) },
  { name: 'faq', run: (a, lang) => generateFaq(a, lang) },
  { name: 'hash', run: (a) => hashText(a.text) },
];

function corpusPages(): { name: string; article: Article }[] {
  const dir = corpusPath('readability-pages');
  if (!dir) return [];
  const out: { name: string; article: Article }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'expected.html');
    if (!existsSync(file)) continue;
    const meta = existsSync(join(dir, name, 'expected-metadata.json'))
      ? (JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as { title?: string; lang?: string })
      : {};
    const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
    // Cheap extraction: one block per block-level element's text, headings kept as headings.
    const blocks: Block[] = [...doc.querySelectorAll('p, li, h1, h2, h3, h4, blockquote, pre, figcaption')]
      .map((e): Block => {
        const text = e.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        const tag = e.tagName.toLowerCase();
        if (/^h\d$/.test(tag)) return { kind: 'h', level: Number(tag[1]), text };
        if (tag === 'li') return { kind: 'li', text };
        if (tag === 'blockquote') return { kind: 'quote', text };
        if (tag === 'pre') return { kind: 'pre', text };
        if (tag === 'figcaption') return { kind: 'caption', text };
        return { kind: 'p', text };
      })
      .filter((b) => b.text);
    if (blocks.length === 0) continue;
    const article = plainArticle([], meta.title ?? '', meta.lang ?? null);
    article.blocks = blocks;
    article.text = blocks.map((b) => b.text).join('\n\n');
    out.push({ name, article });
  }
  return out;
}

/** Deterministic pseudo-text: sentences of 8-30 words from a 2,000-word vocabulary, with some capitalised names. */
function syntheticArticle(words: number, seed = 7): Article {
  let x = seed;
  const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vocab = Array.from({ length: 2000 }, (_, i) => {
    const w = ((i * 2654435761) >>> 0).toString(36).slice(0, 3 + (i % 7));
    return i % 40 === 0 ? w[0]!.toUpperCase() + w.slice(1) : w;
  });
  const stop = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'is', 'for', 'on'];
  const paras: string[] = [];
  let n = 0;
  while (n < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 3 && n < words; s++) {
      const len = 8 + Math.floor(rand() * 22);
      const ws: string[] = [];
      for (let k = 0; k < len; k++) ws.push(rand() < 0.35 ? stop[Math.floor(rand() * stop.length)]! : vocab[Math.floor(rand() ** 2 * vocab.length)]!);
      ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1);
      sentences.push(ws.join(' ') + '.');
      n += len;
    }
    paras.push(sentences.join(' '));
  }
  return plainArticle(paras, 'Synthetic page for speed', 'en');
}

/** A long page of real English prose: the corpus pages' paragraphs one after another, up to `words` words. */
function realArticle(pages: { article: Article }[], words: number): Article | null {
  const english = pages.filter((p) => (p.article.lang ?? 'en').startsWith('en'));
  if (english.length === 0) return null;
  const paras: string[] = [];
  let n = 0;
  for (let round = 0; n < words; round++) {
    for (const { article } of english) {
      for (const b of article.blocks) {
        if (b.kind !== 'p') continue;
        paras.push(b.text);
        n += countWords(b.text, 'en');
        if (n >= words) break;
      }
      if (n >= words) break;
    }
    if (round > 1000) break;
  }
  return plainArticle(paras, 'A very long page', 'en');
}

const fmt = (x: number, w = 8, d = 2) => x.toFixed(d).padStart(w);

function scaling(label: string, make: (words: number) => Article | null): Map<number, number> {
  const totals = new Map<number, number>();
  console.log(`\n${label}: total ms per stage (ms per 1,000 words for analyze())`);
  console.log(`${'words'.padStart(8)} ${stages.map((s) => s.name.padStart(s.name === 'analyze()' ? 20 : 10)).join('')}`);
  for (const words of [1_000, 10_000, 100_000, 400_000]) {
    const article = make(words);
    if (!article) return totals;
    const rounds = words >= 100_000 ? 1 : ROUNDS;
    // Warm up on this size once (the JIT, the segmenters, the category weights), then time.
    for (const s of stages.slice(1)) s.run(article, 'en');
    const cells = stages.map((s) => {
      const ms = time(() => s.run(article, 'en'), rounds);
      if (s.name === 'analyze()') {
        totals.set(words, ms);
        return `${ms.toFixed(1)} (${((ms * 1000) / words).toFixed(2)})`.padStart(20);
      }
      return fmt(ms, 10, 1);
    });
    console.log(`${String(words).padStart(8)} ${cells.join('')}`);
  }
  return totals;
}

function main(): void {
  console.log(`analysis speed, median of ${ROUNDS} runs per page and stage (long pages: 1 run)`);
  const pages = corpusPages();
  let corpusMedian: number | null = null;
  if (pages.length === 0) {
    console.log('readability-pages not found (set LEDE_CORPORA): corpus figures skipped.');
  } else {
    // Warm up the JIT, the segmenters and the category weights on a few pages first.
    for (const { article } of pages.slice(0, 8)) for (const s of stages) s.run(article, detectLanguage(article.text, article.lang));
    console.log(`\nreadability-pages: ${pages.length} pages, ms per 1,000 words (median, p95) and ms per page (median, max)`);
    for (const stage of stages) {
      const per1k: number[] = [];
      const perPage: number[] = [];
      for (const { article } of pages) {
        const lang = detectLanguage(article.text, article.lang);
        const words = Math.max(countWords(article.text, lang), 1);
        const ms = time(() => stage.run(article, lang));
        perPage.push(ms);
        per1k.push((ms * 1000) / words);
      }
      if (stage.name === 'analyze()') corpusMedian = median(per1k);
      console.log(
        `${stage.name.padEnd(10)} ${fmt(median(per1k))} ms/1k words (p95 ${fmt(p95(per1k), 7)})  ${fmt(median(perPage))} ms/page (max ${fmt(Math.max(...perPage), 7)})`,
      );
    }
  }

  const real = scaling('long pages of real text (readability-pages paragraphs repeated)', (w) => realArticle(pages, w));
  const synthetic = scaling('synthetic pages', (w) => syntheticArticle(w));

  console.log('\ntargets');
  if (corpusMedian !== null) {
    console.log(`  analyze() median ${corpusMedian.toFixed(2)} ms/1k words on readability-pages (target <= ${TARGET_PER_1K}): ${corpusMedian <= TARGET_PER_1K ? 'met' : 'NOT met'}`);
  }
  for (const [label, totals] of [['real text', real], ['synthetic', synthetic]] as const) {
    const t10 = totals.get(10_000);
    const t100 = totals.get(100_000);
    const t400 = totals.get(400_000);
    if (t10 === undefined || t100 === undefined || t400 === undefined) continue;
    // Linear: 10x the words costs at most ~10x the time (1.5x slack for noise), never more.
    const ratio = t100 / t10;
    console.log(`  ${label}: 100k/10k words time ratio ${ratio.toFixed(1)} (linear <= 15): ${ratio <= 15 ? 'met' : 'NOT met'}`);
    const worst = Math.max(t100, t400);
    console.log(`  ${label}: worst total ${worst.toFixed(0)} ms at 100k-400k words (bound ${TARGET_TOTAL_MS} ms): ${worst <= TARGET_TOTAL_MS ? 'met' : 'NOT met'}`);
  }
}

// The category packs load on demand (as in the extension); load them all first so the timings are the classifier's.
void Promise.all(CATEGORY_PACKS.map((p) => loadCategoryPack(p))).then(main);
