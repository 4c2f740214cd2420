/**
 * Hostile and huge pages, generated here: 20 MB of article, 100,000 nested elements, 1,000,000 elements, a 1 MB
 * word, 10,000 FAQ entries. For each, the popup's answer (state and time) and the page's main-thread
 * responsiveness while Lede extracts (the longest gap of a 10 ms timer in the page), against the same probe while
 * Readability alone parses a copy of the page. Shared by the e2e suite and `npm run bench:attack`.
 */
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { POPUP_SETTLED, REPO, tabIdFor, type LedeBrowser } from '../helpers';

export const READABILITY_SCRIPT = resolve(REPO, 'node_modules/@mozilla/readability/Readability.js');

const para = (i: number) =>
  `<p>Paragraph ${i} of the long report: the council's budget for the river works grew again this year, and the auditors asked for the figures behind each line of spending.</p>`;

const shell = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main><article><h1>${title}</h1>${body}</article></main></body></html>`;

export const HUGE_PAGES: Record<string, () => string> = {
  '20mb': () => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 20 * 1024 * 1024; i++) {
      const p = para(i);
      parts.push(p);
      size += p.length;
    }
    return shell('Twenty megabytes of report', parts.join(''));
  },
  'nested-100k': () =>
    shell('A hundred thousand nested elements', Array.from({ length: 12 }, (_, i) => para(i)).join('') + '<div>'.repeat(100_000) + 'deep text' + '</div>'.repeat(100_000)),
  // The million spans are made by a script in the page: the same DOM Lede reads (one paragraph of 1,000,000
  // elements), which Chromium builds in less than half the time it takes to parse them as 16 MB of markup here.
  'elements-1m': () =>
    shell(
      'A million elements',
      Array.from({ length: 12 }, (_, i) => para(i)).join('') +
        `<p id="million"></p><script>{const p=document.getElementById('million'),f=document.createDocumentFragment();` +
        `for(let i=0;i<1e6;i++){const s=document.createElement('span');s.textContent='w';f.append(s)}p.append(f)}</script>`,
    ),
  'word-1mb': () => shell('A one-megabyte word', Array.from({ length: 12 }, (_, i) => para(i)).join('') + `<p>${'x'.repeat(1024 * 1024)}</p>`),
  'faq-10k': () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => ({
      '@type': 'Question',
      name: `Question number ${i} about the river works?`,
      acceptedAnswer: { '@type': 'Answer', text: `Answer ${i}: the works on section ${i} end in spring.` },
    }));
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: entries })}</script>`;
    const details = entries.map((e) => `<details><summary>${e.name}</summary><p>${e.acceptedAnswer.text}</p></details>`).join('');
    return shell('Ten thousand questions', Array.from({ length: 12 }, (_, i) => para(i)).join('') + details, ld);
  },
};

/** Starts a 10 ms timer in the page that records its longest gap (a string: tsx helpers do not exist in pages). */
const PROBE_START = `(() => {
  const p = (globalThis.__probe = { max: 0, on: true });
  let last = performance.now();
  const id = setInterval(() => {
    const t = performance.now();
    p.max = Math.max(p.max, t - last);
    last = t;
    if (!p.on) clearInterval(id);
  }, 10);
})()`;
const PROBE_STOP = `new Promise((r) => setTimeout(() => { globalThis.__probe.on = false; r(globalThis.__probe.max); }, 50))`;

export interface HugeFigures {
  page: string;
  bytes: number;
  state: string;
  /** Popup opened -> settled. */
  answerMs: number;
  /** Longest gap of the page's timer while Lede worked. */
  ledeGapMs: number;
  /** Longest gap while Readability alone parsed a copy of the page, and how long that parse took (when compared). */
  readabilityGapMs?: number;
  readabilityMs?: number;
}

/**
 * Opens the generated page and asks the popup about it while probing the page; with `compare`, then times
 * Readability alone on it (seconds more on the largest pages, so the e2e suite leaves it to the benchmark).
 */
export async function measureHugePage(lede: LedeBrowser, origin: string, name: string, bytes: number, compare = true): Promise<HugeFigures> {
  const page: Page = await lede.context.newPage();
  await page.goto(`${origin}/huge/${name}.html`, { waitUntil: 'load', timeout: 120_000 });
  const tabId = await tabIdFor(lede, page.url());
  await page.evaluate(PROBE_START);
  const popup = await lede.context.newPage();
  const t0 = Date.now();
  await popup.goto(`chrome-extension://${lede.extensionId}/src/popup/index.html?tab=${tabId}`);
  const state = await popup.evaluate<string>(POPUP_SETTLED);
  const answerMs = Date.now() - t0;
  const ledeGapMs = await page.evaluate<number>(PROBE_STOP);
  await popup.close();
  if (!compare) {
    await page.close();
    return { page: name, bytes, state, answerMs, ledeGapMs };
  }
  await page.addScriptTag({ path: READABILITY_SCRIPT });
  await page.evaluate(PROBE_START);
  const readabilityMs = await page.evaluate<number>(`(() => {
    const t = performance.now();
    new Readability(document.cloneNode(true)).parse();
    return performance.now() - t;
  })()`);
  const readabilityGapMs = await page.evaluate<number>(PROBE_STOP);
  await page.close();
  return { page: name, bytes, state, answerMs, ledeGapMs, readabilityGapMs, readabilityMs };
}
