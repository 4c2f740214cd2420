/**
 * Huge and hostile pages (generated here) answered by the popup: a TL;DR or the "too large" state, never a hang
 * or a failure. Times and the page's responsiveness are printed, not asserted; `npm run bench:attack` measures
 * them against Readability's parse alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { launchLede, type LedeBrowser } from './helpers';
import { HUGE_PAGES, measureHugePage } from './attack/hugePages';

describe('huge pages in the popup', () => {
  let lede: LedeBrowser;
  let server: Server;
  let origin: string;
  const pages = new Map<string, string>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      const name = /\/huge\/([\w-]+)\.html/.exec(req.url ?? '')?.[1] ?? '';
      const make = HUGE_PAGES[name];
      if (make && !pages.has(name)) pages.set(name, make());
      res.writeHead(make ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pages.get(name) ?? 'not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
    server?.close();
  });

  for (const name of Object.keys(HUGE_PAGES)) {
    it(`${name}: answered with a TL;DR or "too large"`, async () => {
      const f = await measureHugePage(lede, origin, name, 0, false);
      console.log(`${name}: ${f.state} in ${f.answerMs} ms; page timer late by ${f.ledeGapMs.toFixed(0)} ms`);
      expect(['ready', 'too-large']).toContain(f.state);
    }, 180_000);
  }
});
