/**
 * Page signals read from the original document's head and structured data: language, direction, dates,
 * canonical URL, keywords, section, lead image. Read-only: nothing here touches the document.
 */

/** The flat fields of every JSON-LD object on the page, `@graph` members included. */
export type JsonLdNode = Record<string, unknown>;

/** Parses every `application/ld+json` script; broken JSON is skipped (pages ship plenty of it). */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const node = value as JsonLdNode;
    out.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = script.textContent ?? '';
    if (!raw.trim() || raw.length > 1_000_000) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Invalid JSON-LD is common (trailing commas, raw newlines); the page's other signals still count.
    }
  }
  return out;
}

function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

const ARTICLE_TYPE_RE = /Article|BlogPosting|Report|NewsArticle|WebPage|Posting/i;

/** The JSON-LD objects that describe the article itself, most specific first. */
export function articleNodes(nodes: JsonLdNode[]): JsonLdNode[] {
  return nodes
    .filter((n) => typesOf(n).some((t) => ARTICLE_TYPE_RE.test(t)))
    .sort((a, b) => Number(typesOf(b).some((t) => /Article|Posting/.test(t))) - Number(typesOf(a).some((t) => /Article|Posting/.test(t))));
}

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = (el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? '').trim();
    if (v) return v;
  }
  return null;
}

function metaContents(doc: Document, selector: string): string[] {
  return Array.from(doc.querySelectorAll(selector))
    .map((el) => (el.getAttribute('content') ?? '').trim())
    .filter(Boolean);
}

/** `en_US` -> `en-US`; null when the tag is not a valid BCP 47 tag. */
export function normalizeLang(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const tag = raw.trim().split(/[,;\s]/)[0]!.replace(/_/g, '-');
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** html lang, then Content-Language, then og:locale. */
export function pageLang(doc: Document): string | null {
  return (
    normalizeLang(doc.documentElement?.getAttribute('lang')) ??
    normalizeLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normalizeLang(metaContent(doc, ['meta[http-equiv="content-language" i]', 'meta[name="language" i]'])) ??
    normalizeLang(metaContent(doc, ['meta[property="og:locale" i]']))
  );
}

const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug', 'syr']);
const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/g;

/**
 * rtl for pages that say so (dir attribute), whose language is written right to left, or whose text is mostly
 * Hebrew/Arabic script (many such pages declare neither).
 */
export function pageDir(doc: Document, readabilityDir: string | null | undefined, lang: string | null, text: string): 'ltr' | 'rtl' | null {
  const declared = (readabilityDir ?? doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') return declared;
  if (lang && RTL_LANGS.has(lang.split('-')[0]!.toLowerCase())) return 'rtl';
  const sample = text.slice(0, 5000);
  if (!sample) return null;
  const rtl = sample.match(RTL_CHARS)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && rtl / letters > 0.4 ? 'rtl' : 'ltr';
}

/** ISO 8601 when the value parses as a date; the raw string when it already looks like ISO; else null. */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const v = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return v.replace(' ', 'T');
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as JsonLdNode;
    return str(o['url'] ?? o['@id'] ?? o['name']);
  }
  return null;
}

function absolute(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, base || undefined).href;
  } catch {
    return null;
  }
}

export interface HeadSignals {
  lang: string | null;
  publishedTime: string | null;
  canonicalUrl: string | null;
  keywords: string[];
  section: string | null;
  image: string | null;
  siteName: string | null;
}

/** Everything the head and JSON-LD say about the article. `baseUrl` resolves relative links. */
export function readHeadSignals(doc: Document, baseUrl: string, jsonLd: JsonLdNode[]): HeadSignals {
  const art = articleNodes(jsonLd);
  const fromLd = (key: string): unknown => art.map((n) => n[key]).find((v) => v !== undefined && v !== null && v !== '');

  const published =
    metaContent(doc, [
      'meta[property="article:published_time" i]',
      'meta[property="og:published_time" i]',
      'meta[name="article:published_time" i]',
      'meta[itemprop="datePublished" i]',
      'meta[name="date" i]',
      'meta[name="pubdate" i]',
      'meta[name="dc.date" i]',
      'meta[name="dcterms.created" i]',
    ]) ??
    str(fromLd('datePublished')) ??
    doc.querySelector('[itemprop="datePublished"][datetime], time[itemprop="datePublished"]')?.getAttribute('datetime') ??
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ??
    null;

  const keywordSet = new Set<string>();
  const addKeywords = (raw: string | null | undefined): void => {
    for (const k of (raw ?? '').split(/[,;，、]/)) {
      const t = k.trim();
      if (t && t.length <= 60) keywordSet.add(t);
    }
  };
  for (const k of metaContents(doc, 'meta[name="keywords" i], meta[name="news_keywords" i]')) addKeywords(k);
  for (const k of metaContents(doc, 'meta[property="article:tag" i]')) addKeywords(k);
  const ldKeywords = fromLd('keywords');
  if (typeof ldKeywords === 'string') addKeywords(ldKeywords);
  else if (Array.isArray(ldKeywords)) for (const k of ldKeywords) if (typeof k === 'string') addKeywords(k);

  const ldSection = fromLd('articleSection');
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? metaContent(doc, ['meta[property="og:url" i]']);

  return {
    lang: pageLang(doc),
    publishedTime: normalizeDate(published),
    canonicalUrl: absolute(canonical, baseUrl),
    keywords: [...keywordSet].slice(0, 30),
    section: metaContent(doc, ['meta[property="article:section" i]', 'meta[name="article:section" i]']) ?? str(ldSection),
    image: absolute(metaContent(doc, ['meta[property="og:image" i]', 'meta[name="twitter:image" i]']) ?? str(fromLd('image')), baseUrl),
    siteName: metaContent(doc, ['meta[property="og:site_name" i]', 'meta[name="application-name" i]']),
  };
}
