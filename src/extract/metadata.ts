/**
 * Page signals read from the original document's head and structured data: language, direction, dates,
 * canonical URL, keywords, section (and where else the site files the article), lead image. Read-only: nothing here touches the document.
 */
import { RTL_RE, rtlCharRe } from '../core/text/scripts';
import { LIMITS } from './limits';

/** The flat fields of every JSON-LD object on the page, `@graph` members included. */
export type JsonLdNode = Record<string, unknown>;

/** Parses the `application/ld+json` scripts within the LIMITS sizes; broken JSON is skipped (pages ship plenty of it). */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || out.length >= LIMITS.maxJsonLdNodes || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const node = value as JsonLdNode;
    out.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
  };
  // A page may carry any number of scripts: past the total, the rest is not read (a 10,000-entry FAQ exists to hurt).
  let budget = LIMITS.maxJsonLdTotalChars;
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const raw = script.textContent ?? '';
    if (!raw.trim() || raw.length > LIMITS.maxJsonLdScriptChars || raw.length > budget) continue;
    budget -= raw.length;
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

/**
 * Every `<meta>` keyed by `name:x`, `property:x`, `itemprop:x`, `http-equiv:x` (lower-cased), values in page
 * order. One walk instead of one selector per key: selectors are slow under jsdom.
 */
export type MetaMap = Map<string, string[]>;

export function readMeta(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = (m.getAttribute('content') ?? m.getAttribute('datetime') ?? '').trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const v = m.getAttribute(attr);
      if (!v) continue;
      // `property` may hold several space-separated properties (RDFa).
      for (const k of v.toLowerCase().split(/\s+/)) {
        if (!k) continue;
        const key = `${attr}:${k}`;
        const list = map.get(key);
        if (list) list.push(content);
        else map.set(key, [content]);
      }
    }
  }
  return map;
}

function metaContent(meta: MetaMap, keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k)?.[0];
    if (v) return v;
  }
  return null;
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
export function pageLang(doc: Document, meta: MetaMap): string | null {
  return (
    normalizeLang(doc.documentElement?.getAttribute('lang')) ??
    normalizeLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normalizeLang(metaContent(meta, ['http-equiv:content-language', 'name:language'])) ??
    normalizeLang(metaContent(meta, ['property:og:locale']))
  );
}

const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug', 'syr']);
const RTL_CHARS = rtlCharRe();
const RTL_CHAR = RTL_RE;

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
  // Without a single Hebrew/Arabic character the share is 0 whatever the letter count: skip counting letters.
  if (!RTL_CHAR.test(sample)) return 'ltr';
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

/** The first `<time datetime>` (an article's own date usually comes first; sidebars come later). */
function firstTimeDatetime(doc: Document): string | null {
  for (const t of Array.from(doc.querySelectorAll('time[datetime]'))) {
    const v = t.getAttribute('datetime')?.trim();
    if (v) return v;
  }
  return null;
}

function canonicalHref(doc: Document): string | null {
  for (const l of Array.from(doc.querySelectorAll('link[rel]'))) {
    if (/(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? '')) return l.getAttribute('href')?.trim() || null;
  }
  return null;
}

export interface HeadSignals {
  lang: string | null;
  publishedTime: string | null;
  canonicalUrl: string | null;
  keywords: string[];
  section: string | null;
  /** Where the site files the article, most explicit first (see sectionHints). */
  sectionHints: string[];
  image: string | null;
  siteName: string | null;
}

const HINT_MAX = 8;

/** The first crumb of most trails: the site's front page, no section. */
const HOME_RE = /^(home|homepage|start|startseite|accueil|inicio|início|home page|首页|首頁|ホーム|トップ|홈|главная)$/i;

/** A hint as the site writes it: trimmed, one line, short (a section name, not a sentence), not "Home". */
function hintText(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const t = raw.replace(/\s+/g, ' ').trim();
  return t && t.length <= 40 && !HOME_RE.test(t) ? t : null;
}

/** The names in a JSON-LD BreadcrumbList, less the home crumb and the last when it is the article's title. */
function ldBreadcrumbs(nodes: JsonLdNode[], title: string): string[] {
  for (const n of nodes) {
    if (!typesOf(n).includes('BreadcrumbList') || !Array.isArray(n.itemListElement)) continue;
    const items = (n.itemListElement as unknown[])
      .filter((x): x is JsonLdNode => !!x && typeof x === 'object')
      .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
      .map((x) => hintText(x.name ?? (x.item && typeof x.item === 'object' ? (x.item as JsonLdNode).name : undefined)));
    return items.filter((x): x is string => !!x && !(title && title.startsWith(x.slice(0, 30)) && x.length > 20));
  }
  return [];
}

const BREADCRUMB_RE = /breadcrumb/i;

/**
 * Link texts of the page's breadcrumb trail (a `nav`, `ol` or `ul` whose class, aria-label or itemtype says
 * breadcrumb), if it has one. Found by walking those three tag lists rather than by an attribute-substring
 * selector, which jsdom (the command line, tests) evaluates over every element: 1.4 s on a large page.
 */
function domBreadcrumbs(doc: Document): string[] {
  for (const tag of ['nav', 'ol', 'ul']) {
    for (const el of Array.from(doc.getElementsByTagName(tag))) {
      const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('itemtype') ?? ''}`;
      if (!BREADCRUMB_RE.test(marks)) continue;
      return Array.from(el.getElementsByTagName('a'))
        .map((a) => hintText(a.textContent))
        .filter((x): x is string => !!x)
        .slice(0, HINT_MAX);
    }
  }
  return [];
}

/**
 * A locale a site puts first in its paths ("/it/", "/de-at/", "/pt_BR/"): the page's language, no section.
 * "it" would otherwise read as the IT section.
 */
const LOCALE_SEGMENT = /^(?:[a-z]{2}(?:[-_][a-z]{2})?)$/;
const LANGUAGE_CODES = new Set('en de fr es it pt nl pl cs sk fi sv da no nb ru uk ja zh ko tr el hu ro bg hr sl ca ar he'.split(' '));

/**
 * The first path segments of the article's URL that read as words ("/sport/football/123-slug" -> sport,
 * football): news sites file by path. A long hyphenated slug, a number, a date or a file name is not a section.
 */
function pathHints(url: string | null): string[] {
  if (!url) return [];
  let path: string;
  try {
    const u = new URL(url);
    // A saved file's path names folders on a disk, not a section.
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return [];
    path = u.pathname;
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const raw of path.split('/').slice(1, -1).slice(0, 3)) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw).toLowerCase();
    } catch {
      continue;
    }
    if (!seg || seg.length > 30 || /\d/.test(seg) || seg.split('-').length > 3 || /\.[a-z]+$/.test(seg)) continue;
    if (out.length === 0 && LOCALE_SEGMENT.test(seg) && LANGUAGE_CODES.has(seg.slice(0, 2))) continue;
    out.push(seg);
  }
  return out;
}

/**
 * Where the site itself files the article, most explicit first: \`article:section\`, JSON-LD articleSection
 * (a string or a list), the breadcrumb trail (JSON-LD, then the page's own), then the URL path. Raw names
 * as the site writes them; core/topics/sectionHints.ts maps the ones it knows onto the taxonomy.
 */
export function sectionHints(doc: Document, meta: MetaMap, art: JsonLdNode[], jsonLd: JsonLdNode[], url: string | null, title: string): string[] {
  const out: string[] = [];
  const add = (v: unknown): void => {
    const t = hintText(v);
    if (t && !out.includes(t) && out.length < HINT_MAX) out.push(t);
  };
  for (const key of ['property:article:section', 'name:article:section']) for (const v of meta.get(key) ?? []) add(v);
  for (const n of art) {
    const s = n.articleSection;
    if (Array.isArray(s)) s.forEach(add);
    else add(s);
  }
  ldBreadcrumbs(jsonLd, title).forEach(add);
  if (!ldBreadcrumbs(jsonLd, title).length) domBreadcrumbs(doc).forEach(add);
  pathHints(url).forEach(add);
  return out;
}

/** Everything the head and JSON-LD say about the article. `baseUrl` resolves relative links. */
export function readHeadSignals(doc: Document, baseUrl: string, jsonLd: JsonLdNode[]): HeadSignals {
  const art = articleNodes(jsonLd);
  const fromLd = (key: string): unknown => art.map((n) => n[key]).find((v) => v !== undefined && v !== null && v !== '');

  const meta = readMeta(doc);
  const published =
    metaContent(meta, [
      'property:article:published_time',
      'property:og:published_time',
      'name:article:published_time',
      'itemprop:datepublished',
      'name:date',
      'name:pubdate',
      'name:dc.date',
      'name:dcterms.created',
    ]) ??
    str(fromLd('datePublished')) ??
    firstTimeDatetime(doc);

  const keywordSet = new Set<string>();
  const addKeywords = (raw: string | null | undefined): void => {
    for (const k of (raw ?? '').split(/[,;，、]/)) {
      const t = k.trim();
      if (t && t.length <= 60) keywordSet.add(t);
    }
  };
  for (const key of ['name:keywords', 'name:news_keywords', 'property:article:tag']) for (const k of meta.get(key) ?? []) addKeywords(k);
  const ldKeywords = fromLd('keywords');
  if (typeof ldKeywords === 'string') addKeywords(ldKeywords);
  else if (Array.isArray(ldKeywords)) for (const k of ldKeywords) if (typeof k === 'string') addKeywords(k);

  const ldSection = fromLd('articleSection');
  const canonical = canonicalHref(doc) ?? metaContent(meta, ['property:og:url']);

  return {
    lang: pageLang(doc, meta),
    publishedTime: normalizeDate(published),
    canonicalUrl: absolute(canonical, baseUrl),
    keywords: [...keywordSet].slice(0, 30),
    section: metaContent(meta, ['property:article:section', 'name:article:section']) ?? str(ldSection),
    sectionHints: sectionHints(doc, meta, art, jsonLd, absolute(canonical, baseUrl) ?? baseUrl, doc.title ?? ''),
    image: absolute(metaContent(meta, ['property:og:image', 'name:twitter:image']) ?? str(fromLd('image')), baseUrl),
    siteName: metaContent(meta, ['property:og:site_name', 'name:application-name']),
  };
}
