/**
 * The service worker stopped at a random moment (DevTools `ServiceWorker.stopAllWorkers`) during an import of 5,000
 * links, a first bookmark mirror and a save: afterwards no half-written rows, no duplicated bookmarks, nothing
 * lost. One run of each here; `npm run bench:attack` makes 21 and prints the figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchLede, type LedeBrowser } from './helpers';
import { articlePage, importRun, mirrorRun, pocketCsv, random, saveRun, setMirror, type RunFigures } from './attack/stoppedWorker';

const whole = (f: RunFigures) => ({ halfRows: f.halfRows, duplicates: f.duplicates, losses: f.losses });

describe('the worker stopped mid-write', () => {
  let lede: LedeBrowser;
  let dir: string;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lede-stop-'));
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage(Number(/(\d+)/.exec(req.url ?? '')?.[1] ?? 0)));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an import of 5,000 links cut short leaves whole rows, and importing again ends with each link once', async () => {
    const csv = pocketCsv(5000, 't');
    const file = join(dir, 'pocket.csv');
    writeFileSync(file, csv);
    const urls = csv.trim().split('\n').slice(1).map((l) => l.split(',')[1]!);
    const f = await importRun(lede, file, urls, 'pageClosed', random(50, 1200));
    console.log(`import stopped at ${f.delayMs} ms: ${f.rowsAtStop} rows at the stop, ${f.rows} after the retry`);
    expect(f.stopped).toBe(true);
    expect(whole(f)).toEqual({ halfRows: 0, duplicates: 0, losses: 0 });
    expect(f.rows).toBe(5000);
  }, 240_000);

  it('a first mirror cut short is finished by the woken worker: each saved link bookmarked once', async () => {
    const f = await mirrorRun(lede, 'stopAllWorkers', random(300, 1500));
    console.log(`mirror stopped at ${f.delayMs} ms with ${f.bookmarksAtStop} bookmarks made`);
    expect(f.stopped).toBe(true);
    expect(whole(f)).toEqual({ halfRows: 0, duplicates: 0, losses: 0 });
  }, 240_000);

  it('a save cut short leaves the article saved whole or not at all, with its bookmark', async () => {
    await setMirror(lede, true);
    const f = await saveRun(lede, `${origin}/story/1.html`, 'stopAllWorkers', random(0, 100), true);
    console.log(`save stopped at ${f.delayMs} ms: ${f.rowsAtStop} rows`);
    expect(f.stopped).toBe(true);
    expect(whole(f)).toEqual({ halfRows: 0, duplicates: 0, losses: 0 });
  }, 120_000);
});
