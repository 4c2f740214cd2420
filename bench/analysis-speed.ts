/**
 * Speed of the local engine: analyze() (the whole pipeline, every engineer's part as it is today) and the
 * TL;DR and topics alone, in ms per 1,000 words: median over the readability-pages corpus (text from
 * Readability's expected.html), then synthetic pages of 1k to 400k words to show the cost stays linear and
 * bounded. Prints figures; asserts nothing.
 *
 *   npm run bench:analysis
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyze } from '../src/core/analyze';
import { summarize } from '../src/core/summarize/tldr';
import { extractTopics } from '../src/core/topics/keyphrases';
import { detectLanguage } from '../src/core/text/language';
import { countWords } from '../src/core/text/readingTime';
import type { Article } from '../src/core/types';
import { corpusPath } from './lib/corpora';
import { plainArticle } from './lib/plainArticle';

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!;
}

interface Stage {
  name: string;
  run: (a: Article, lang: string) => unknown;
}

const stages: Stage[] = [
  { name: 'analyze()', run: (a) => analyze(a) },
  { name: 'summarize()', run: (a, lang) => summarize(a, lang) },
  { name: 'extractTopics()', run: (a, lang) => extractTopics(a, lang) },
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
    // Cheap extraction: one paragraph per block-level element's text.
    const paras = [...doc.querySelectorAll('p, li, h1, h2, h3, h4, blockquote, pre, figcaption')]
      .map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .filter(Boolean);
    if (paras.length === 0) continue;
    out.push({ name, article: plainArticle(paras, meta.title ?? '', meta.lang ?? null) });
  }
  return out;
}

/** Deterministic pseudo-text: sentences of 8-30 words from a 2,000-word vocabulary, with some capitalised names. */
function syntheticArticle(words: number, seed = 7): Article {
  let x = seed;
  const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vocab = Array.from({ length: 2000 }, (_, i) => {
    const w = (i * 2654435761 >>> 0).toString(36).slice(0, 3 + (i % 7));
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

function main(): void {
  const pages = corpusPages();
  if (pages.length === 0) {
    console.log('readability-pages not found (set LEDE_CORPORA): corpus figures skipped.');
  } else {
    // Warm up the JIT and the segmenters on a few pages first.
    for (const { article } of pages.slice(0, 5)) for (const s of stages) s.run(article, detectLanguage(article.text, article.lang));
    console.log(`\nreadability-pages: ${pages.length} pages, ms per 1,000 words (median, p95) and ms per page (median)`);
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
      console.log(
        `${stage.name.padEnd(16)} ${median(per1k).toFixed(2).padStart(7)} ms/1k words (p95 ${p95(per1k).toFixed(2)})  ${median(perPage).toFixed(2)} ms/page`,
      );
    }
  }
  console.log('\nsynthetic pages: total ms (ms per 1,000 words)');
  console.log(`${'words'.padStart(8)}  ${stages.map((s) => s.name.padStart(22)).join('')}`);
  for (const words of [1_000, 10_000, 100_000, 400_000]) {
    const article = syntheticArticle(words);
    stages.forEach((s) => s.run(syntheticArticle(500, words), 'en')); // warm-up on other text
    const cells = stages.map((s) => {
      const ms = time(() => s.run(article, 'en'));
      return `${ms.toFixed(1)} (${((ms * 1000) / words).toFixed(2)})`.padStart(22);
    });
    console.log(`${String(words).padStart(8)}  ${cells.join('')}`);
  }
}

main();
