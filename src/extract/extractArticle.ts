/**
 * Document -> Article. Runs in the page on a toolbar click (injected content script) and under jsdom in the
 * command line. It never changes the document it is given: everything destructive (Readability included)
 * happens on a clone.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, Block, PageFaqEntry } from '../core/types';
import { CJK_RE, cjkRatio } from '../core/text/segment';
import { findPageFaq } from './pageFaq';
import { blocksFrom } from './blocks';
import { boilerplateKind, isBoilerplateBlock, isPictureLabel, normalizeForMatch } from '../core/text/boilerplate';
import { removeBoilerplateRegions } from './regions';
import { normalizeDate, normalizeLang, pageDir, readHeadSignals, readJsonLd } from './metadata';
import { findFaqRegions, findTldr } from './sections';
import { scanBody } from './scan';
import { boundForReadability, flattenDeep, overBudget, tooLarge } from './limits';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; code: 'not-article' | 'extraction-failed' | 'too-large'; message: string; selectionText?: string };

export interface ExtractOptions {
  url?: string;
  /** The reader's selection, handed back with a not-article result so the popup can offer it instead. */
  selectionText?: string;
}

/**
 * Readability's default threshold is 500 characters, which a complete Chinese or Japanese news brief does not
 * reach (readability issue 381): CJK packs a word into one or two characters. Scaled down for CJK pages.
 */
const CHAR_THRESHOLD = 500;
const CJK_CHAR_THRESHOLD = 120;
/**
 * A picture caption ("The ferry leaving the slipway. Photo: T. Ashby") is not article text; a caption this long
 * is prose that carries the story (galleries and listicles put their text there), so it stays in `text`.
 */
const STORY_CAPTION = 120;
/** isProbablyReaderable's 140-character paragraph is about 25 words; 40 CJK characters say as much. */
const CJK_MIN_PARAGRAPH = 40;
/** Less than this after cleaning is a fragment, not an article. */
const MIN_TEXT = 200;
const MIN_CJK_TEXT = 60;
/** A page isProbablyReaderable rejects still counts as an article if Readability finds this much. */
const UNREADERABLE_MIN_TEXT = 1500;
const UNREADERABLE_MIN_CJK_TEXT = 500;

const FAQ_HEADING_RE = /^[\p{P}\p{S}\s]*(faqs?|frequently asked questions|常见问题|常見問題)[\p{P}\p{S}\s]*$/iu;
const TLDR_HEADING_RE = /^[\p{P}\p{S}\s]*(tl\s*;?\s*dr|key takeaways?|in brief|要点|摘要)[\p{P}\p{S}\s]*$/iu;
/**
 * Substrings one of which a heading must hold to match FAQ_HEADING_RE / TLDR_HEADING_RE. Compiling those
 * (Unicode classes, case-insensitive) costs ~0.5 ms each on a click; most headings fail these plain tests first.
 * They avoid "k" and "s", which the `iu` patterns also match as KELVIN SIGN and LONG S.
 */
const FAQ_HEADING_HINT = /faq|frequently|常见问题|常見問題/i;
const TLDR_HEADING_HINT = /dr|eaway|brief|要点|摘要/i;

interface Parsed {
  content: Element;
  title: string | null | undefined;
  byline: string | null | undefined;
  dir: string | null | undefined;
  siteName: string | null | undefined;
  lang: string | null | undefined;
  publishedTime: string | null | undefined;
  excerpt: string | null | undefined;
  textLength: number;
}

interface Prepared {
  clone: Document;
  tldr: string[] | null;
}

/** Clone, then cut the page's TL;DR and FAQ (kept as signals) and obvious boilerplate out of the clone. */
function prepare(doc: Document, lang: string | null, bodyTextLength: number, cutBoilerplate: boolean): Prepared {
  const clone = doc.cloneNode(true) as Document;
  // Page scripts and styles are never article text; JSON-LD stays because Readability reads its metadata.
  // Ruby readings (<rt>) and their fallback parentheses (<rp>) are pronunciation aids: kept inline they read
  // "子こどもへの虐待ぎゃくたい". One selector for both: each selector walks every element of the clone, which is
  // most of the cost on a page of 100,000 elements.
  for (const el of Array.from(clone.querySelectorAll('script, style, rt, rp'))) {
    if (el.localName === 'rt' || el.localName === 'rp' || !/ld\+json/i.test(el.getAttribute('type') ?? '')) el.remove();
  }
  boundForReadability(clone);
  if (!clone.body) return { clone, tldr: null };
  flattenDeep(clone.body);
  const scan = scanBody(clone.body);
  const tldr = findTldr(scan, lang);
  if (tldr) for (const el of tldr.elements) el.remove();
  for (const el of findFaqRegions(scan, bodyTextLength)) el.remove();
  if (cutBoilerplate) removeBoilerplateRegions(scan, bodyTextLength);
  return { clone, tldr: tldr?.items ?? null };
}

function parse(clone: Document, charThreshold: number): Parsed | null {
  const result = new Readability<Element>(clone, { charThreshold, serializer: (el) => el as Element }).parse();
  if (!result?.content) return null;
  return {
    content: result.content,
    title: result.title,
    byline: result.byline,
    dir: result.dir,
    siteName: result.siteName,
    lang: result.lang,
    publishedTime: result.publishedTime,
    excerpt: result.excerpt,
    textLength: result.length ?? (result.textContent ?? '').length,
  };
}

function cleanLine(s: string | null | undefined, max: number): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  return t.length > max ? t.slice(0, max).trimEnd() + '…' : t;
}

/**
 * Drops furniture, the page's own TL;DR and FAQ text, and the title repeated as the first block. `light` keeps
 * every block the boilerplate filter would judge, for a short article the full clean would leave too little of.
 */
function cleanBlocks(
  blocks: Block[],
  title: string,
  byline: string | null,
  tldr: string[] | null,
  faq: PageFaqEntry[],
  lang: string | null,
  light = false,
): Block[] {
  const removed = new Set<string>();
  for (const s of tldr ?? []) removed.add(normalizeForMatch(s));
  for (const e of faq) {
    removed.add(normalizeForMatch(e.question));
    removed.add(normalizeForMatch(e.answer));
  }
  removed.delete('');
  const normTitle = normalizeForMatch(title);
  const ctx = { title, byline, bylineNorm: byline ? normalizeForMatch(byline) : '', lang };
  const out: Block[] = [];
  let prev = '';
  // A picture's label ("Photo", "Image") was the line before: this one is the picture's caption.
  let afterLabel = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const n = normalizeForMatch(b.text);
    if (!n || n === prev) continue;
    if (removed.has(n)) continue;
    const label = afterLabel;
    afterLabel = !light && isPictureLabel(b.text);
    if (afterLabel) continue;
    if (label && b.kind !== 'h' && b.text.length <= CAPTION_MAX) continue;
    // A credit line ("Source: Supplied", "(Bild: Hersteller)") closes a caption: the short line before it is one.
    if (!light && b.kind === 'p' && b.text.length <= 120 && boilerplateKind(b.text, lang) === 'credit') {
      const last = out[out.length - 1];
      if (last && last.kind === 'p' && last.text.length <= CAPTION_MAX && last === blocks[i - 1]) out.pop();
      continue;
    }
    if (
      b.kind === 'h' &&
      ((FAQ_HEADING_HINT.test(b.text) && FAQ_HEADING_RE.test(b.text)) || (TLDR_HEADING_HINT.test(b.text) && TLDR_HEADING_RE.test(b.text)))
    ) {
      continue;
    }
    if (out.length < 3 && n === normTitle) continue;
    if (!light && isBoilerplateBlock(b.text, b.kind, ctx, n)) continue;
    out.push(b);
    prev = n;
  }
  // A short trailing heading with nothing under it is a leftover label ("Related", "Photos", "Comments").
  for (let last = out[out.length - 1]; last && last.kind === 'h' && last.text.length <= 40; last = out[out.length - 1]) out.pop();
  return out;
}

/** A caption is a line or two; a longer block beside a picture label or a credit is the article's own text. */
const CAPTION_MAX = 250;

const SITE_SEPARATOR = /^\s*[-|_–—:·»/]\s*\S.{0,60}$/u;

/**
 * Readability drops a "Title - Site" suffix only when the title part has three or more space-separated words,
 * which a Chinese or Japanese title never has. When an h1 on the page is the title minus such a suffix (or
 * prefix), the h1 is the title.
 */
function withoutSiteSuffix(title: string, doc: Document): string {
  // The live collection stops at the third h1 instead of collecting every h1 of the page.
  const all = doc.getElementsByTagName('h1');
  for (let i = 0; i < 3; i++) {
    const h1 = all[i];
    if (!h1) break;
    const h = cleanLine(h1.textContent, 300);
    if (!h || h.length < 4 || h.length >= title.length) continue;
    // The site part must be the shorter one: "Evolve: Shared Mutable History — evolve extension" is all title.
    const rest = title.length - h.length;
    if (rest >= h.length) continue;
    if (title.startsWith(h) && SITE_SEPARATOR.test(title.slice(h.length))) return h;
    if (title.endsWith(h) && SITE_SEPARATOR.test([...title.slice(0, -h.length)].reverse().join(''))) return h;
  }
  return title;
}

/** Readability falls back to the first paragraph it saw, which may be the byline or a share bar we dropped. */
function excerptOf(raw: string | null | undefined, blocks: Block[], title: string, byline: string | null): string | null {
  const ex = cleanLine(raw, 500);
  if (ex && !isBoilerplateBlock(ex, 'p', { title, byline })) return ex;
  const first = blocks.find((b) => b.kind === 'p');
  return first ? cleanLine(first.text, 300) : null;
}

/** The article's text: blocks joined, without short picture captions. */
function textOf(blocks: Block[]): string {
  return blocks
    .filter((b) => b.kind !== 'caption' || b.text.length >= STORY_CAPTION)
    .map((b) => b.text)
    .join('\n\n');
}

function notArticle(message: string, opts: ExtractOptions): ExtractResult {
  const selection = opts.selectionText?.trim();
  return selection
    ? { ok: false, code: 'not-article', message, selectionText: selection }
    : { ok: false, code: 'not-article', message };
}

export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractResult {
  const url = opts.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
  if (!doc.body) return notArticle('The page has no body.', opts);
  const start = performance.now();
  const bodyText = doc.body.textContent ?? '';
  const large = tooLarge(doc, bodyText.length);
  if (large) return { ok: false, code: 'too-large', message: large };

  const jsonLd = readJsonLd(doc);
  const head = readHeadSignals(doc, url, jsonLd);
  let faq: PageFaqEntry[] = [];
  try {
    faq = findPageFaq(doc);
  } catch {
    faq = []; // a malformed FAQ must not cost the reader the article
  }

  // cjkRatio reads the first 20,000 characters and is 0 when none of them is CJK; one native regular-expression
  // test settles that for most pages, where cjkRatio's loop runs cold (first call in the page) and costs ~1 ms.
  const cjk = CJK_RE.test(bodyText.length > 20000 ? bodyText.slice(0, 20000) : bodyText) && cjkRatio(bodyText) > 0.3;
  const minText = cjk ? MIN_CJK_TEXT : MIN_TEXT;

  let prepared = prepare(doc, head.lang, bodyText.length, true);
  let parsed = parse(prepared.clone, cjk ? CJK_CHAR_THRESHOLD : CHAR_THRESHOLD);
  let retried = false;
  /** Readability again on a fresh clone, keeping everything and with the lowest threshold. */
  const retry = (): Parsed | null => {
    retried = true;
    const retryPrep = prepare(doc, head.lang, bodyText.length, false);
    const again = parse(retryPrep.clone, CJK_CHAR_THRESHOLD);
    if (again && (!parsed || again.textLength > parsed.textLength)) {
      prepared = retryPrep;
      return again;
    }
    return parsed;
  };
  // Our own cuts or Readability's threshold may be what lost a short article.
  // A second pass over a page that already took this long would double the wait; answer with what there is.
  if ((!parsed || parsed.textLength < minText) && !overBudget(start)) parsed = retry();
  if (!parsed) return notArticle('No article found on this page.', opts);

  const title = withoutSiteSuffix(cleanLine(parsed.title, 300) ?? cleanLine(doc.title, 300) ?? '', doc);
  const byline = cleanLine(parsed.byline, 200);
  const lang = head.lang ?? normalizeLang(parsed.lang);
  const shortLang = lang ? lang.split('-')[0]!.toLowerCase() : null;
  const build = (from: Parsed): { blocks: Block[]; text: string } => {
    const raw = blocksFrom(from.content);
    const full = cleanBlocks(raw, title, byline, prepared.tldr, faq, shortLang);
    const fullText = textOf(full);
    if (fullText.length >= minText) return { blocks: full, text: fullText };
    // A short story is never rejected for what the boilerplate filter took: the filter errs on a page this small.
    const light = cleanBlocks(raw, title, byline, prepared.tldr, faq, shortLang, true);
    return { blocks: light, text: textOf(light) };
  };
  let { blocks, text } = build(parsed);
  if (text.length < minText && !retried && !overBudget(start)) {
    const again = retry();
    if (again && again !== parsed) {
      parsed = again;
      ({ blocks, text } = build(parsed));
    }
  }

  if (text.length < minText) return notArticle('The page has too little text to be an article.', opts);
  // Read-only on the page itself, which nothing here has changed, so asked only when the answer matters: most
  // articles are long enough to count whatever it says. CJK paragraphs are shorter in characters for the same content.
  if (
    text.length < (cjk ? UNREADERABLE_MIN_CJK_TEXT : UNREADERABLE_MIN_TEXT) &&
    !(isProbablyReaderable(doc) || (cjk && isProbablyReaderable(doc, { minContentLength: CJK_MIN_PARAGRAPH, minScore: 10 })))
  ) {
    return notArticle('This page does not look like an article.', opts);
  }

  const article: Article = {
    url,
    title,
    byline,
    siteName: cleanLine(parsed.siteName, 200) ?? head.siteName,
    lang,
    dir: pageDir(doc, parsed.dir, lang, text),
    publishedTime: normalizeDate(parsed.publishedTime) ?? head.publishedTime,
    excerpt: excerptOf(parsed.excerpt, blocks, title, byline),
    text,
    blocks,
    html: parsed.content.innerHTML,
    signals: {
      tldr: prepared.tldr && prepared.tldr.length > 0 ? prepared.tldr : null,
      faq,
      canonicalUrl: head.canonicalUrl,
      keywords: head.keywords,
      section: head.section,
      sectionHints: head.sectionHints,
      image: head.image,
    },
  };
  return { ok: true, article };
}
