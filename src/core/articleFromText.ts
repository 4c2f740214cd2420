/**
 * Plain text -> Article, one paragraph per line. The fallback when a page is not an article but the reader
 * selected some text, and the command line's `--text`. Pure: no DOM.
 */
import type { Article, Block } from './types';
import { rtlCharRe } from './text/scripts';
import { splitHeadline } from './text/boilerplate';

const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug', 'syr']);
const RTL_CHARS = rtlCharRe();
/** A first line this short, without a closing full stop, reads as a title rather than a paragraph. */
const MAX_TITLE = 150;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function directionOf(text: string, lang: string | null): 'ltr' | 'rtl' | null {
  if (lang && RTL_LANGS.has(lang.split(/[-_]/)[0]!.toLowerCase())) return 'rtl';
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  return (sample.match(RTL_CHARS)?.length ?? 0) / letters > 0.4 ? 'rtl' : 'ltr';
}

/** An Article around ready-made blocks with empty page signals: plain text, data sets, engine tests. */
export function articleFromBlocks(
  blocks: Block[],
  meta: { url?: string; title?: string; lang?: string | null; dir?: 'ltr' | 'rtl' | null; keywords?: string[] } = {},
): Article {
  return {
    url: meta.url ?? '',
    title: meta.title ?? '',
    byline: null,
    siteName: null,
    lang: meta.lang ?? null,
    dir: meta.dir ?? null,
    publishedTime: null,
    excerpt: null,
    text: blocks.map((b) => b.text).join('\n\n'),
    blocks,
    html: '',
    signals: { tldr: null, faq: [], canonicalUrl: null, keywords: meta.keywords ?? [], section: null, image: null },
  };
}

export function articleFromText(text: string, meta: { url?: string; title?: string; lang?: string | null } = {}): Article {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((l) => /[\p{L}\p{N}]/u.test(l));

  let title = meta.title?.trim() ?? '';
  // A headline run into the story through its dateline ("<headline>新浪体育讯北京时间4月12日，<lead>"): the
  // headline is the title, never part of the first sentence, and the dateline goes.
  const split = lines.length > 0 ? splitHeadline(lines[0]!) : null;
  if (split) {
    lines[0] = split.story;
    if (!title) title = split.headline;
  }
  if (!title && lines.length > 1 && lines[0]!.length <= MAX_TITLE && !/[.!?。！？]$/u.test(lines[0]!)) {
    title = lines.shift()!;
  }
  const derived = !title && lines.length > 0;
  if (derived) title = lines[0]!.length > 80 ? `${lines[0]!.slice(0, 80).trimEnd()}…` : lines[0]!;

  const blocks: Block[] = lines.map((l) => ({ kind: 'p', text: l }));
  const lang = meta.lang?.trim() || null;
  const article = articleFromBlocks(blocks, { url: meta.url, title, lang });
  return {
    ...article,
    dir: directionOf(article.text, lang),
    excerpt: lines[0] ? lines[0].slice(0, 300) : null,
    html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'),
    ...(derived ? { titleDerived: true } : {}),
  };
}
