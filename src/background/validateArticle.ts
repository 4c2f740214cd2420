/**
 * Content-script results come from a web page's process: a hostile page can tamper with the isolated world's
 * globals it shares prototypes with, or simply be enormous. Everything is re-checked here before the engine or
 * the database sees it: types, sizes, and string-only fields. Returns null when it is not an Article.
 */
import type { Article, Block, PageFaqEntry } from '../core/types';

export const LIMITS = {
  /** ~2 million characters is a 300,000-word page: beyond anything a reader reads in a popup. */
  text: 2_000_000,
  html: 6_000_000,
  blocks: 20_000,
  short: 2_000,
  listItems: 200,
};

const str = (v: unknown, max = LIMITS.short): string | null =>
  typeof v === 'string' ? v.slice(0, max) : null;

const strList = (v: unknown, max = LIMITS.listItems): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, max).map((s) => s.slice(0, LIMITS.short * 5)) : [];

const BLOCK_KINDS = new Set<Block['kind']>(['h', 'p', 'li', 'quote', 'caption', 'pre']);

function blocks(v: unknown): Block[] {
  if (!Array.isArray(v)) return [];
  const out: Block[] = [];
  for (const b of v.slice(0, LIMITS.blocks)) {
    if (!b || typeof b !== 'object') continue;
    const { kind, text, level } = b as Record<string, unknown>;
    if (typeof text !== 'string' || !BLOCK_KINDS.has(kind as Block['kind'])) continue;
    const block: Block = { kind: kind as Block['kind'], text: text.slice(0, LIMITS.text) };
    if (typeof level === 'number' && level >= 1 && level <= 6) block.level = Math.round(level);
    out.push(block);
  }
  return out;
}

function faq(v: unknown): PageFaqEntry[] {
  if (!Array.isArray(v)) return [];
  return v
    .slice(0, 50)
    .map((e) => ({ question: str((e as Record<string, unknown>)?.question), answer: str((e as Record<string, unknown>)?.answer, 10_000) }))
    .filter((e): e is PageFaqEntry => !!e.question && !!e.answer);
}

export function validateArticle(input: unknown, tabUrl: string): Article | null {
  if (!input || typeof input !== 'object') return null;
  const a = input as Record<string, unknown>;
  const text = str(a.text, LIMITS.text);
  if (text === null || text.trim() === '') return null;
  const signals = (a.signals && typeof a.signals === 'object' ? a.signals : {}) as Record<string, unknown>;
  const tldr = signals.tldr === null ? null : strList(signals.tldr, 10);
  const dir = a.dir === 'rtl' || a.dir === 'ltr' ? a.dir : null;
  return {
    // The tab's URL is the truth; the page's claim (canonical) travels as a signal only.
    url: tabUrl,
    title: str(a.title) ?? '',
    byline: str(a.byline),
    siteName: str(a.siteName),
    lang: str(a.lang, 35),
    dir,
    publishedTime: str(a.publishedTime, 64),
    excerpt: str(a.excerpt, 5_000),
    text,
    blocks: blocks(a.blocks),
    html: str(a.html, LIMITS.html) ?? '',
    signals: {
      tldr: tldr && tldr.length > 0 ? tldr : null,
      faq: faq(signals.faq),
      canonicalUrl: str(signals.canonicalUrl),
      keywords: strList(signals.keywords, 50),
      section: str(signals.section),
      sectionHints: strList(signals.sectionHints, 8),
      image: str(signals.image),
    },
  };
}
