import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

export const PAGES = resolve(__dirname, '../../fixtures/pages');

/** A fixture page as jsdom parses it in the CLI: no scripts, no network, quiet console. */
export function fixtureDoc(name: string, url = 'https://news.example/story'): Document {
  const html = readFileSync(resolve(PAGES, name));
  return new JSDOM(html, { url, contentType: 'text/html; charset=utf-8', virtualConsole: new VirtualConsole() }).window.document;
}
