/**
 * A file on disk -> an Article, the way the extension would see it: HTML through jsdom (no page scripts, no
 * network, silent console) and the same extractArticle the content script runs; or plain text with `--text`.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type { JSDOM } from 'jsdom';
import type { Article } from '../core/types';
import { articleFromText } from '../core/articleFromText';
import { extractArticle } from '../extract/extractArticle';
import { whyNotText } from './notText';

/** Bigger than any real article page; a guard against hostile or mistaken inputs hanging the tool. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface LoadError {
  code: 'unreadable' | 'too-large' | 'not-text' | 'not-article' | 'extraction-failed';
  message: string;
}

export type Loaded = { ok: true; article: Article; url: string } | { ok: false; error: LoadError; url: string };

export interface LoadOptions {
  url?: string;
  text?: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The charset to read a saved page with. Bytes that decode as UTF-8 are UTF-8, whatever a stale meta tag says
 * (saved and re-encoded pages keep their old `charset=gb2312`); otherwise the page's own declaration, looked
 * for further down than jsdom's 1 KB prescan (long heads are common), else jsdom's sniffing and default.
 */
function charsetOf(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return null;
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return null;
  try {
    utf8.decode(bytes);
    return 'utf-8';
  } catch {
    const head = bytes.subarray(0, 65536).toString('latin1');
    const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
    return m?.[1] ?? null;
  }
}

let jsdomModule: typeof import('jsdom') | null = null;

/** jsdom takes most of a second to load: only commands that parse HTML pay for it (`lede --help` does not). */
function jsdom(): typeof import('jsdom') {
  jsdomModule ??= createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
  return jsdomModule;
}

/**
 * HTML bytes -> a jsdom document: no page scripts, no resource loads, no console noise. jsdom's CSS parser
 * throws on some real stylesheets (cssstyle, e.g. `border: inherit` shorthands); such a page is parsed again
 * without its styles, which extraction never needs. The latin1 round trip keeps the bytes exactly as they were,
 * so jsdom still sniffs the page's own charset.
 */
export function parseHtml(bytes: Buffer, url: string): JSDOM {
  const { JSDOM, VirtualConsole } = jsdom();
  const charset = charsetOf(bytes);
  const options = { url, contentType: charset ? `text/html; charset=${charset}` : 'text/html', virtualConsole: new VirtualConsole() };
  try {
    return new JSDOM(bytes, options);
  } catch {
    const stripped = bytes
      .toString('latin1')
      .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
      .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
    return new JSDOM(Buffer.from(stripped, 'latin1'), options);
  }
}

export async function loadArticle(file: string, opts: LoadOptions): Promise<Loaded> {
  const path = resolve(file);
  const url = opts.url ?? pathToFileURL(path).href;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, url, error: { code: 'unreadable', message: `${file} is not a file` } };
    if (info.size > MAX_INPUT_BYTES) {
      return { ok: false, url, error: { code: 'too-large', message: `${file} is ${info.size} bytes; the limit is ${MAX_INPUT_BYTES}` } };
    }
    bytes = await readFile(path);
  } catch (err) {
    return { ok: false, url, error: { code: 'unreadable', message: (err as Error).message } };
  }

  const notText = whyNotText(bytes, { utf8Only: opts.text === true });
  if (notText) return { ok: false, url, error: { code: 'not-text', message: `${file}: ${notText}` } };

  if (opts.text) {
    const article = articleFromText(new TextDecoder('utf-8').decode(bytes), { url });
    if (!article.text) return { ok: false, url, error: { code: 'not-article', message: `${file} holds no text` } };
    return { ok: true, url, article };
  }

  let dom: JSDOM | null = null;
  try {
    // A Buffer lets jsdom sniff the charset (BOM, <meta charset>) like a browser would.
    dom = parseHtml(bytes, url);
    const result = extractArticle(dom.window.document, { url });
    if (result.ok) return { ok: true, url, article: result.article };
    return { ok: false, url, error: { code: result.code, message: result.message } };
  } catch (err) {
    return { ok: false, url, error: { code: 'extraction-failed', message: String((err as Error)?.message ?? err) } };
  } finally {
    dom?.window.close();
  }
}
