/**
 * npm run bench:library — the library page with 10,000 articles, in Chromium with the e2e build of Lede.
 *
 * Fills the extension's database through the storage repositories (a small bundle of `src/storage` evaluated
 * in the library page; rows are generated here, deterministically), then prints:
 *   first render   navigation start -> `lede:library-rendered` (median of fresh page loads), against the
 *                  baseline of reading every row (`listAllArticles()`) in the same page (what a page that
 *                  loads the whole library before painting would pay at least)
 *   ready/indexed  navigation start -> every row loaded / the full-text index built (after first paint)
 *   search         input event -> `lede:search-rendered` (list in the DOM), median over several queries,
 *                  against clearing the query (the same re-render of the list without a search)
 *   topic filter   click -> `lede:filter-rendered`, "My topics" and topic chips, median
 *   size/article   navigator.storage.estimate() usage after minus before, divided by the article count
 * Targets: first render <= 200 ms, search <= 50 ms, topic filter <= 50 ms (medians).
 */
import { chromium, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CATEGORY_IDS } from '../src/core/topics/taxonomy';
import { articleTopicKeys } from '../src/core/interests/profile';
import type { Analysis, Topic } from '../src/core/types';
import type { ArticleRecord } from '../src/storage/types';
import { median } from './lib/stats';
import { storageBundle, type BenchWindow } from './lib/storageBundle';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/e2e');
const COUNT = Number(process.env.LEDE_BENCH_ARTICLES ?? 10_000);
const BATCH = 250;
const LOADS = 3;

// ---------- deterministic data ----------

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20260301);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/**
 * Zipf's law (s = 1), as word frequencies in news text follow it: rank r is drawn with probability ~ 1/r,
 * i.e. log-uniformly. A few words are in every article; most words are in a handful.
 */
const zipf = <T>(xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(Math.pow(xs.length + 1, rand())) - 1)]!;

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'pro', 'sel', 'dor', 'ni', 'que', 'stra', 'bel', 'gon', 'rix', 'tal', 'mon', 'fer', 'lu', 'cor', 'dem', 'sa', 'vi', 'ton', 'gre', 'ph', 'ul', 'mar', 'es', 'din', 'ob'];
/** A news archive's vocabulary is tens of thousands of words (distinct, pronounceable, deterministic). */
const WORDS = Array.from({ length: 30_000 }, (_, i) => {
  let w = '';
  let n = i + 31;
  do {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return w;
});
const TOPICS_EN = Array.from({ length: 300 }, (_, i) => `${WORDS[40 + i]} ${WORDS[900 + ((i * 7) % 500)]}`);
const TOPICS_ZH = ['人工智能', '气候变化', '新能源汽车', '医学影像', '半导体', '量子计算', '城市交通', '教育改革', '航天探索', '数字货币'];
const ZH_TEXT = '研究人员表示，这项技术将在未来几年改变行业格局。专家认为政策支持和市场需求共同推动了发展。';
const SITES = Array.from({ length: 60 }, (_, i) => `site${i}.example`);

function sentence(): string {
  const n = 8 + Math.floor(rand() * 14);
  const ws = Array.from({ length: n }, () => zipf(WORDS));
  return `${ws[0]![0]!.toUpperCase()}${ws.join(' ').slice(1)}.`;
}

function article(i: number, now: number): ArticleRecord {
  const zh = i % 10 === 0;
  const topics: Topic[] = Array.from({ length: 5 }, (_, k) => ({
    label: zh && k < 2 ? pick(TOPICS_ZH) : zipf(TOPICS_EN),
    kind: k === 0 ? 'entity' : 'keyphrase',
    score: 1 - k * 0.15,
  }));
  const category = { label: pick(CATEGORY_IDS), score: 0.8 };
  const paragraphs = Array.from({ length: 8 }, () =>
    zh ? `${topics[0]!.label}${ZH_TEXT}${topics[1]!.label}${ZH_TEXT}` : Array.from({ length: 5 }, sentence).join(' ') + ` ${topics[0]!.label}.`,
  );
  const text = paragraphs.join('\n\n');
  const tldr = zh ? [paragraphs[0]!.slice(0, 40)] : [sentence(), sentence(), sentence()];
  const analysis: Analysis = {
    lang: zh ? 'zh' : 'en',
    wordCount: text.split(/\s+/).length,
    readingMinutes: 2 + Math.floor(rand() * 12),
    tldr: { source: 'extractive', sentences: tldr },
    faq: [
      { question: `What is ${topics[0]!.label}?`, answer: tldr[0]!, source: 'generated' },
      { question: `Why does ${topics[1]!.label} matter?`, answer: tldr[tldr.length - 1]!, source: 'generated' },
    ],
    topics,
    category,
    contentHash: `h${i}`,
  };
  const site = pick(SITES);
  const url = `https://${site}/news/${i}`;
  const savedAt = now - i * 3_600_000;
  const saved = i % 4 !== 3;
  return {
    url,
    host: site,
    title: zh ? `${topics[0]!.label}：${ZH_TEXT.slice(0, 16)}` : sentence().slice(0, 80),
    byline: null,
    siteName: site,
    lang: analysis.lang,
    dir: 'ltr',
    publishedTime: new Date(savedAt - 86_400_000).toISOString(),
    excerpt: tldr[0]!,
    text,
    html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    analysis,
    topics: articleTopicKeys(topics, category),
    category: category.label,
    tags: [],
    status: saved && i % 7 === 0 ? 'archived' : 'unread',
    saved,
    favourite: false,
    savedAt: saved ? savedAt : null,
    readAt: i % 5 === 0 ? savedAt : null,
    visitedAt: savedAt,
    progress: 0,
    contentHash: `h${i}`,
    updatedAt: savedAt,
  };
}

// ---------- the page side ----------


async function usage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

/** Time from `act` (run in the page) to the next `mark`, in ms. */
async function timeToMark(page: Page, mark: string, act: string, arg: string): Promise<number> {
  return page.evaluate(
    ([markName, action, value]) =>
      new Promise<number>((resolveTime, reject) => {
        const t0 = performance.now();
        const timer = setTimeout(() => reject(new Error(`no ${markName} after ${action} ${value}`)), 10_000);
        const obs = new PerformanceObserver((list) => {
          const hit = list.getEntriesByName(markName).find((e) => e.startTime >= t0);
          if (hit) {
            obs.disconnect();
            clearTimeout(timer);
            resolveTime(hit.startTime - t0);
          }
        });
        obs.observe({ type: 'mark' });
        if (action === 'type') {
          const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          document.querySelector<HTMLElement>(value)!.click();
        }
      }),
    [mark, act, arg] as const,
  );
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    console.log(`bench:library: no extension build at ${DIST}; run \`npm run build:e2e\` first.`);
    process.exitCode = 1;
    return;
  }
  const code = await storageBundle();
  const userDataDir = mkdtempSync(join(tmpdir(), 'lede-bench-library-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const libraryUrl = `chrome-extension://${new URL(worker.url()).host}/src/library/index.html`;

    // ---- seed ----
    const seeder = await context.newPage();
    await seeder.goto(libraryUrl);
    await seeder.waitForSelector('.lib:not([data-state="loading"])');
    const before = await usage(seeder);
    await seeder.evaluate(code);
    const now = Date.now();
    const started = performance.now();
    for (let i = 0; i < COUNT; i += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, COUNT - i) }, (_, k) => article(i + k, now));
      await seeder.evaluate((batch) => (globalThis as BenchWindow).__ledeBench.putArticles(batch), rows);
    }
    const followed = [TOPICS_EN[0]!, TOPICS_EN[3]!, TOPICS_ZH[0]!];
    await seeder.evaluate(
      async ([follow, mute]) => {
        const s = (globalThis as BenchWindow).__ledeBench;
        for (const label of follow) await s.setExplicit({ label, kind: 'keyphrase' }, 'follow');
        await s.setExplicit({ label: mute, kind: 'keyphrase' }, 'mute');
      },
      [followed, TOPICS_EN[1]!] as const,
    );
    const seedSeconds = (performance.now() - started) / 1000;
    const count = await seeder.evaluate(() => (globalThis as BenchWindow).__ledeBench.countArticles());
    const after = await usage(seeder);
    const readAll: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      readAll.push(
        await seeder.evaluate(async () => {
          const t0 = performance.now();
          await (globalThis as BenchWindow).__ledeBench.listAllArticles();
          return performance.now() - t0;
        }),
      );
    }
    await seeder.close();

    // ---- page loads ----
    const firstRender: number[] = [];
    const scriptsLoaded: number[] = [];
    const ready: number[] = [];
    const indexed: number[] = [];
    let page: Page | null = null;
    for (let i = 0; i < LOADS; i++) {
      await page?.close();
      page = await context.newPage();
      await page.goto(libraryUrl);
      await page.waitForFunction(() => performance.getEntriesByName('lede:library-rendered').length > 0, null, { timeout: 30_000 });
      firstRender.push(await page.evaluate(() => performance.getEntriesByName('lede:library-rendered')[0]!.startTime));
      scriptsLoaded.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd));
      await page.waitForSelector('.lib[data-state="ready"]', { timeout: 60_000 });
      ready.push(await page.evaluate(() => performance.now()));
      await page.waitForSelector('.lib[data-indexed="true"]', { timeout: 120_000 });
      indexed.push(await page.evaluate(() => performance.now()));
    }
    const p = page!;

    // ---- search ----
    const queries = [WORDS[3]!, WORDS[120]!, WORDS[800]!.slice(0, 5), `${WORDS[10]} ${WORDS[60]}`, TOPICS_EN[5]!, `${WORDS[250]!.slice(0, -1)}x`, TOPICS_ZH[1]!, '能源'];
    const search: number[] = [];
    const clear: number[] = [];
    const hits: number[] = [];
    for (const q of queries) {
      search.push(await timeToMark(p, 'lede:search-rendered', 'type', q));
      hits.push(await p.evaluate(() => Number(/\d+/.exec(document.querySelector('.lib-count')?.textContent ?? '')?.[0] ?? -1)));
      clear.push(await timeToMark(p, 'lede:search-rendered', 'type', ''));
    }

    // ---- topic filter ----
    const filter: number[] = [];
    for (let i = 0; i < 4; i++) {
      filter.push(await timeToMark(p, 'lede:filter-rendered', 'click', '[data-testid="topic-filter"]'));
      filter.push(await timeToMark(p, 'lede:filter-rendered', 'click', '[data-testid="topic-filter"]'));
    }
    for (let i = 0; i < 4; i++) {
      filter.push(await timeToMark(p, 'lede:filter-rendered', 'click', `[data-testid="library-item"]:nth-child(${i + 1}) [data-testid="topic"]`));
      filter.push(await timeToMark(p, 'lede:filter-rendered', 'click', '[data-testid="active-topic"] button'));
    }
    const rendered = await p.evaluate(() => document.querySelectorAll('[data-testid="library-item"]').length);

    console.log(`bench:library — ${count} articles (${COUNT} generated, seeded in ${seedSeconds.toFixed(1)} s), Chromium, e2e build`);
    console.log(`first render       median ${ms(median(firstRender))}   (loads: ${firstRender.map((x) => x.toFixed(0)).join(', ')} ms; target <= 200 ms)`);
    console.log(`  baseline         reading every row (listAllArticles) before painting: median ${ms(median(readAll))}`);
    console.log(`  of which         page scripts loaded (DOMContentLoaded): median ${ms(median(scriptsLoaded))}`);
    console.log(`all rows loaded    median ${ms(median(ready))} after navigation start`);
    console.log(`search index built median ${ms(median(indexed))} after navigation start (in slices, after first paint)`);
    console.log(`search             median ${ms(median(search))}   max ${ms(Math.max(...search))}   over ${queries.length} queries (hits: ${hits.join(', ')}; target <= 50 ms)`);
    console.log(`  baseline         clearing the query (same list re-render, no search): median ${ms(median(clear))}`);
    console.log(`topic filter       median ${ms(median(filter))}   max ${ms(Math.max(...filter))}   over ${filter.length} clicks ("My topics" on/off, topic chips; target <= 50 ms)`);
    console.log(`rows in the DOM    ${rendered} (windowed list)`);
    console.log(`database size      ${((after - before) / 1024 / 1024).toFixed(1)} MB, ${((after - before) / count / 1024).toFixed(2)} KB per article (navigator.storage.estimate)`);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
