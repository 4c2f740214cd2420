/**
 * npm run bench:speed — the whole click in Chromium, on each of the 130 Readability test pages:
 *   total     popup opened -> `lede:tldr-rendered` (navigation start of the popup page to the mark)
 *   parse     raw Readability's parse() of a clone of the same page, in the same tab (cost Lede cannot avoid)
 *   roundtrip an empty extension page opened and one message answered by the worker (cost Lede cannot avoid)
 *   leftover  total - parse - roundtrip: Lede's own injection, validation, analysis and rendering
 * and the gzip size of the content-script and popup bundles. Targets: leftover <= 50 ms median, total <= 200 ms
 * median, content script <= 45 KB and popup <= 25 KB gzipped.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { launchLede, serveStatic, tabIdFor } from '../tests/e2e/helpers';
import { corporaDir } from './lib/corpora';
import { median, percentile } from './lib/stats';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist/e2e');
const require = createRequire(import.meta.url);
const readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

/**
 * A bundle's gzip size, following its static imports (shared chunks count: the page loads them too). With
 * `firstPaint`, the entry files' own dynamic imports count as well: the popup's first script loads the app that way
 * to paint the answer, whereas deeper dynamic imports (the ask engine, DOMPurify, AI providers) load on demand.
 */
function bundleSize(entryFiles: string[], firstPaint = false): number {
  const seen = new Set<string>();
  let total = 0;
  const visit = (file: string, dynamic: boolean) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file);
    total += gzipSync(code, { level: 9 }).length;
    const text = code.toString('utf8');
    const at = (spec: string) => (spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec));
    for (const m of text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(at(m[1]!), false);
    if (dynamic) for (const m of text.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) visit(at(m[1]!), false);
  };
  for (const file of entryFiles) visit(file, firstPaint);
  return total;
}

function popupEntries(): string[] {
  const html = readFileSync(join(dist, 'src/popup/index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => join(dist, m[1]!));
  return files;
}

/** The file the worker injects on a click (@crxjs writes the standalone IIFE build under src/content/). */
function contentScriptFile(): string {
  const file = join(dist, 'src/content/extract.js');
  if (!existsSync(file)) throw new Error(`injected content script not found at ${file}`);
  return file;
}

const fmt = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const corpora = corporaDir();
  if (!corpora) {
    console.log('bench:speed: corpora not found (set LEDE_CORPORA); nothing measured.');
    return;
  }
  const pagesDir = join(corpora, 'readability-pages');
  const names = readdirSync(pagesDir).filter((n) => existsSync(join(pagesDir, n, 'source.html'))).sort();
  const server = await serveStatic({ '/pages/': pagesDir });
  const lede = await launchLede();
  const base = `chrome-extension://${lede.extensionId}`;

  const totals: number[] = [];
  const parses: number[] = [];
  const roundtrips: number[] = [];
  const leftovers: number[] = [];
  const parts: Record<'popupLoad' | 'request' | 'extract' | 'inPage' | 'analyze' | 'render', number[]> = {
    popupLoad: [],
    request: [],
    extract: [],
    inPage: [],
    analyze: [],
    render: [],
  };
  const states: Record<string, number> = {};
  try {
    // Warm the worker and the browser's caches once, as a reader's browser would be.
    const warm = await lede.context.newPage();
    await warm.goto(`${base}/src/bench/ping.html`);
    await warm.close();

    for (const [i, name] of names.entries()) {
      const page = await lede.context.newPage();
      await page.goto(`${server.origin}/pages/${name}/source.html`, { waitUntil: 'load' });
      const parse = await page.evaluate((src: string) => {
        const Readability = new Function(`${src}; return Readability;`)() as new (d: Document) => { parse(): unknown };
        const t0 = performance.now();
        new Readability(document.cloneNode(true) as Document).parse();
        return performance.now() - t0;
      }, readabilitySource);

      const ping = await lede.context.newPage();
      await ping.goto(`${base}/src/bench/ping.html`);
      await ping.waitForFunction(() => performance.getEntriesByName('lede:pong').length > 0);
      const roundtrip = await ping.evaluate(() => performance.getEntriesByName('lede:pong')[0]!.startTime);
      await ping.close();

      const tabId = await tabIdFor(lede, page.url());
      const popup = await lede.context.newPage();
      await popup.goto(`${base}/src/popup/index.html?tab=${tabId}`);
      await popup.waitForSelector('[data-testid="status"]:not([data-state="loading"])', { state: 'attached', timeout: 20_000 });
      const state = (await popup.getAttribute('[data-testid="status"]', 'data-state')) ?? '?';
      states[state] = (states[state] ?? 0) + 1;
      if (state === 'ready') {
        await popup.waitForFunction(() => performance.getEntriesByName('lede:tldr-rendered').length > 0);
        const total = await popup.evaluate(() => performance.getEntriesByName('lede:tldr-rendered')[0]!.startTime);
        // No helper functions inside: tsx would wrap them in a __name() the page does not have.
        const marks = await popup.evaluate(() => {
          const received = performance.getEntriesByName('lede:analysis-received')[0] as PerformanceMark | undefined;
          return {
            start: performance.getEntriesByName('lede:popup-start')[0]?.startTime ?? NaN,
            received: received?.startTime ?? NaN,
            timings: (received?.detail ?? null) as { extract: number; inPage: number; analyze: number } | null,
          };
        });
        parts.popupLoad.push(marks.start);
        parts.request.push(marks.received - marks.start);
        parts.render.push(total - marks.received);
        if (marks.timings) {
          parts.extract.push(marks.timings.extract);
          parts.inPage.push(marks.timings.inPage);
          parts.analyze.push(marks.timings.analyze);
        }
        totals.push(total);
        parses.push(parse);
        roundtrips.push(roundtrip);
        leftovers.push(total - parse - roundtrip);
      }
      await popup.close();
      await page.close();
      if ((i + 1) % 26 === 0) console.log(`  ${i + 1}/${names.length} pages`);
    }
  } finally {
    await lede.close();
    await server.close();
  }

  console.log(`\nbench:speed — ${names.length} Readability test pages in Chromium (${totals.length} with a TL;DR; states: ${JSON.stringify(states)})`);
  console.log('                        median      p95');
  const row = (label: string, xs: number[]) => console.log(`${label.padEnd(22)} ${fmt(median(xs)).padStart(9)} ${fmt(percentile(xs, 95)).padStart(9)}`);
  row('total (open -> TL;DR)', totals);
  row('raw Readability parse', parses);
  row('empty page + 1 message', roundtrips);
  row("Lede's own (leftover)", leftovers);
  console.log(`targets: leftover <= 50 ms median, total <= 200 ms median`);
  console.log('where the total goes:');
  row('  popup script started', parts.popupLoad);
  row('  request -> answer', parts.request);
  row('    inject + extract', parts.extract);
  row('      in the page', parts.inPage);
  row('    analyze (worker)', parts.analyze);
  row('  answer -> painted', parts.render);
  const cs = bundleSize([contentScriptFile()]);
  const popup = bundleSize(popupEntries(), true);
  console.log(`bundles (gzip): content script ${(cs / 1024).toFixed(1)} KB (target <= 45), popup ${(popup / 1024).toFixed(1)} KB (target <= 25)`);
}

await main();
