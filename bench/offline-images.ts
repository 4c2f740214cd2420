/**
 * npx tsx bench/offline-images.ts (after `npm run build:e2e`): what "Load images" costs a reader, in Chromium.
 *
 * An article with six pictures (three 2400x1600, two 1200x800, one 640x480: gradients with grain, as PNG, the
 * heaviest format a site serves) on a local image host that forbids caching. Each run clicks "Load images" in the
 * reader view and times it until the bar settles, then removes the images again. The baseline, in the same run:
 * the worker downloading the same six files and nothing else (no checks, no decoding, no encoding, no storing).
 * Prints bytes downloaded against bytes kept, and the load's time against the download's (median of the runs).
 * LEDE_IMAGE_RUNS sets the runs (default 5).
 */
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchLede, openPopupOn, popupState, serveStatic } from '../tests/e2e/helpers';
import { rgbPng } from '../tests/e2e/imageHost';

const RUNS = Number(process.env.LEDE_IMAGE_RUNS ?? 5);
const SIZES: Array<[number, number]> = [
  [2400, 1600],
  [2400, 1600],
  [2400, 1600],
  [1200, 800],
  [1200, 800],
  [640, 480],
];

/** A picture-like PNG: smooth colour fields with deterministic grain (pure gradients would flatter every encoder). */
function photo(width: number, height: number, seed: number): Buffer {
  let state = seed * 2654435761;
  const grain = () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return ((state >>> 16) & 31) - 16;
  };
  const clamp = (n: number) => Math.max(0, Math.min(255, Math.round(n)));
  return rgbPng(width, height, (x, y) => {
    const u = x / width;
    const v = y / height;
    return [
      clamp(120 + 90 * Math.sin(6 * u + seed) + grain()),
      clamp(110 + 80 * Math.cos(5 * v + u * 3) + grain()),
      clamp(100 + 70 * Math.sin(4 * (u + v)) + grain()),
    ];
  });
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const files = SIZES.map(([w, h], i) => photo(w, h, i + 1));
  const downloaded = files.reduce((n, f) => n + f.length, 0);
  const host = createServer((req, res) => {
    const i = Number(/\/img\/(\d+)\.png$/.exec(req.url ?? '')?.[1] ?? -1);
    const file = files[i];
    if (!file) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': file.length, 'cache-control': 'no-store' });
    res.end(file);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(host.address() as { port: number }).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-images-'));
  const para = 'The harbour board met on Tuesday to decide the future of the old quay, and engineers described how the cranes would be replaced over three winters while the fleet keeps its berths.';
  writeFileSync(
    join(dir, 'quay.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour quay goes electric</title></head><body><article><h1>Harbour quay goes electric</h1>` +
      SIZES.map((_, i) => `<p>${para}</p><p>${para}</p><figure><img src="${origin}/img/${i}.png" alt="Picture ${i + 1}"><figcaption>Picture ${i + 1}.</figcaption></figure>`).join('') +
      `</article></body></html>`,
  );
  const site = await serveStatic({ '/news/': dir });
  const lede = await launchLede();
  try {
    const { popup, page } = await openPopupOn(lede, `${site.origin}/news/quay.html`);
    if ((await popupState(popup)) !== 'ready') throw new Error('the popup did not read the article');
    await popup.click('[data-testid="save-button"]');
    await popup.waitForSelector('[data-testid="save-button"][aria-pressed="true"]', { timeout: 10_000 });
    const articleUrl = page.url();
    await popup.close();
    await page.close();
    const reader = await lede.context.newPage();
    await reader.goto(`chrome-extension://${lede.extensionId}/src/library/index.html#/read/${encodeURIComponent(articleUrl)}`);
    await reader.waitForSelector('[data-testid="reader-images"][data-state="idle"]', { timeout: 20_000 });

    const loads: number[] = [];
    const baselines: number[] = [];
    let kept: Array<{ width: number; height: number; bytes: number; type: string }> = [];
    for (let run = 0; run < RUNS; run++) {
      const base = await lede.worker.evaluate(async (urls: string[]) => {
        const t0 = performance.now();
        await Promise.all(urls.map(async (u) => (await fetch(u, { cache: 'no-store' })).arrayBuffer()));
        return performance.now() - t0;
      }, SIZES.map((_, i) => `${origin}/img/${i}.png`));
      baselines.push(base);
      const t0 = Date.now();
      await reader.click('[data-testid="reader-load-images"]');
      await reader.waitForSelector('[data-testid="reader-images"]:is([data-state="done"], [data-state="partial"], [data-state="over-cap"])', { timeout: 120_000 });
      await reader.waitForFunction(() => document.querySelectorAll('img.lede-kept-image').length > 0);
      loads.push(Date.now() - t0);
      kept = await reader.evaluate(
        () =>
          new Promise<Array<{ width: number; height: number; bytes: number; type: string }>>((resolve, reject) => {
            const req = indexedDB.open('lede');
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const all = req.result.transaction('images').objectStore('images').getAll();
              all.onsuccess = () => resolve((all.result as Array<{ width: number; height: number; bytes: number; type: string }>).map(({ width, height, bytes, type }) => ({ width, height, bytes, type })));
            };
          }),
      );
      await reader.click('[data-testid="reader-remove-images"]');
      await reader.waitForSelector('[data-testid="reader-images"][data-state="idle"]');
    }
    const keptBytes = kept.reduce((n, k) => n + k.bytes, 0);
    console.log(`offline images: ${SIZES.length} PNG pictures, ${RUNS} runs`);
    console.log(`  downloaded ${kb(downloaded)}; kept ${kept.length} images, ${kb(keptBytes)} (${((keptBytes / downloaded) * 100).toFixed(1)}% of the download)`);
    for (const [i, k] of kept.entries()) console.log(`    ${SIZES[i]![0]}x${SIZES[i]![1]} ${kb(files[i]!.length).padStart(8)} -> ${k.width}x${k.height} ${k.type} ${kb(k.bytes)}`);
    console.log(`  Load images, click to shown: median ${median(loads)} ms (runs: ${loads.join(', ')})`);
    console.log(`  baseline, the worker downloading the same files only: median ${median(baselines).toFixed(0)} ms (runs: ${baselines.map((b) => b.toFixed(0)).join(', ')})`);
  } finally {
    await lede.close();
    await site.close();
    host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
