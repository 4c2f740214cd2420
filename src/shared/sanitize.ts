/**
 * The one place article HTML is made safe, at display. Every stored offline copy (saved from the popup, the
 * keyboard command, a context menu, or brought in by an import or a backup) is untrusted page HTML; the reader
 * view turns it into nodes here and nowhere else.
 *
 * Parsing: the browser's own parsers (DOMParser, `<template>`, innerHTML on an inert document) run nothing, but
 * Chrome still reports every inline event handler they meet as a CSP violation of the extension page, twice
 * (extension errors that hide real ones). So the HTML is parsed by parse5 (the WHATWG algorithm in plain
 * JavaScript: no DOM, no CSP), and only allowed elements and attributes are created, with DOM calls, in an inert
 * document (`createHTMLDocument`: no browsing context, nothing fetched or run). DOMPurify then checks that tree in
 * place as a second line. The tree is never serialised and parsed again, which is what mutation XSS needs.
 *
 * An allowlist, not a blocklist: text structure, tables, figures and links stay; everything that can run code or
 * fetch goes (scripts, handlers, styles and CSS `url()`s, SVG and MathML, forms, frames, media, `srcset`, `id` and
 * `name` for DOM clobbering). Images are never fetched from here (that would tell the site the article is being
 * read): each becomes a placeholder with its alt text, and the address it had is handed back beside the fragment
 * (never as an attribute) so the reader view can show the copy's kept image in its place, or offer to fetch it.
 * Links are absolute http(s)/mailto and open in a new tab.
 */
import DOMPurify from 'dompurify';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { imageSource, type RawImage } from '../core/images/sources';

const ALLOWED_TAGS = [
  'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col',
  'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'pre', 'q', 'rp',
  'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];
const ALLOWED_TAG_SET = new Set(ALLOWED_TAGS);
/** None of these can name a URL, a style or a script; `href` is checked by the hook below. */
const ALLOWED_ATTR = ['href', 'title', 'alt', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'headers', 'abbr', 'start', 'reversed', 'value', 'datetime', 'span'];
/** Elements dropped with everything inside them (their text is not article text). */
const FORBID_CONTENTS_LIST = [
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'frame', 'object', 'embed', 'svg', 'math',
  'video', 'audio', 'select', 'textarea', 'button', 'title', 'head', 'xmp', 'plaintext', 'canvas',
  'frameset', 'object', 'applet', 'portal', 'dialog', 'form', 'option', 'datalist', 'map',
];
const FORBID_CONTENTS = new Set(FORBID_CONTENTS_LIST);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ALLOWED_ATTR_SET = new Set(ALLOWED_ATTR);

export interface SanitizeOptions {
  /** The text of an image's placeholder, given its alt text ('' when it has none). */
  imageLabel: (alt: string) => string;
}

/** One image of the copy: its placeholder in the fragment and the http(s) URL it would be fetched from. */
export interface ImageSlot {
  placeholder: HTMLElement;
  /** null when the copy names no fetchable address (none, a data: URL, another scheme). */
  source: string | null;
  alt: string;
}

export interface SanitizedArticle {
  fragment: DocumentFragment;
  images: ImageSlot[];
}

let purifier: ReturnType<typeof DOMPurify> | null = null;
let currentBase = '';

function safeHref(value: string): string | null {
  if (!currentBase && !/^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  try {
    const u = new URL(value, currentBase || undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:' ? u.toString() : null;
  } catch {
    return null;
  }
}

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  // In a page the default export is bound to `window`; in Node tests the environment provides one.
  const p = DOMPurify.isSupported ? DOMPurify : DOMPurify(globalThis as unknown as Window & typeof globalThis);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href');
    // In-page anchors lost their targets (ids go); relative links would point into the extension.
    const abs = href == null || href.startsWith('#') ? null : safeHref(href);
    if (abs) {
      node.setAttribute('href', abs);
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else node.removeAttribute('href');
  });
  purifier = p;
  return p;
}

type P5Node = DefaultTreeAdapterMap['childNode'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

/**
 * parse5's tree -> DOM nodes under `root`, allowed elements and attributes only. Unknown or presentational
 * elements (font, center, custom tags) give way to their children; forbidden ones go with their content.
 * Iterative: a hostile page nests elements 100,000 deep, which would overflow a recursive walk.
 */
function build(doc: Document, source: P5Parent, root: Element, rawImages: WeakMap<Element, RawImage>): void {
  const stack: Array<{ nodes: P5Node[]; index: number; into: Element }> = [{ nodes: source.childNodes, index: 0, into: root }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.index++]!;
    if (node.nodeName === '#text') {
      frame.into.append(doc.createTextNode((node as DefaultTreeAdapterMap['textNode']).value));
      continue;
    }
    if (!('tagName' in node)) continue; // comments, doctypes
    const el = node as DefaultTreeAdapterMap['element'];
    if (el.namespaceURI !== HTML_NS || FORBID_CONTENTS.has(el.tagName)) continue;
    if (!ALLOWED_TAG_SET.has(el.tagName)) {
      stack.push({ nodes: el.childNodes, index: 0, into: frame.into });
      continue;
    }
    const created = doc.createElement(el.tagName);
    if (el.tagName === 'img') rawImages.set(created, rawImageOf(el.attrs));
    for (const attr of el.attrs) {
      if (!attr.namespace && (ALLOWED_ATTR_SET.has(attr.name) || /^aria-[a-z]+$/.test(attr.name))) created.setAttribute(attr.name, attr.value);
    }
    frame.into.append(created);
    stack.push({ nodes: el.childNodes, index: 0, into: created });
  }
}

/** The address attributes of an `<img>`, kept aside: none of them reaches the DOM. */
function rawImageOf(attrs: Array<{ name: string; value: string; namespace?: string }>): RawImage {
  const raw: RawImage = {};
  for (const a of attrs) {
    if (a.namespace) continue;
    if (a.name === 'src') raw.src = a.value;
    else if (a.name === 'srcset') raw.srcset = a.value;
    else if (a.name === 'data-src' || a.name === 'data-lazy-src' || a.name === 'data-original') raw.dataSrc ??= a.value;
    else if (a.name === 'data-srcset' || a.name === 'data-lazy-srcset') raw.dataSrcset ??= a.value;
  }
  return raw;
}

/** Images become a placeholder naming what was there; nothing in the copy fetches. */
function replaceImages(root: Element, opts: SanitizeOptions, rawImages: WeakMap<Element, RawImage>, baseUrl: string): ImageSlot[] {
  const doc = root.ownerDocument;
  const slots: ImageSlot[] = [];
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    const placeholder = doc.createElement('span');
    placeholder.className = 'lede-image';
    placeholder.setAttribute('role', 'img');
    placeholder.textContent = opts.imageLabel(alt);
    placeholder.setAttribute('aria-label', placeholder.textContent);
    img.replaceWith(placeholder);
    const raw = rawImages.get(img);
    const chosen = raw ? imageSource(raw, baseUrl) : null;
    slots.push({ placeholder, alt, source: chosen && 'url' in chosen ? chosen.url : null });
  }
  return slots;
}

/**
 * Untrusted article HTML -> a fragment safe to insert into an extension page, with links made absolute against
 * `baseUrl` (the article's URL). The fragment belongs to an inert document; inserting it adopts its nodes.
 */
export function sanitizeArticle(html: string, baseUrl: string, opts: SanitizeOptions): DocumentFragment {
  return sanitizeArticleWithImages(html, baseUrl, opts).fragment;
}

/** `sanitizeArticle`, with the copy's images: each placeholder and the address its image would come from. */
export function sanitizeArticleWithImages(html: string, baseUrl: string, opts: SanitizeOptions): SanitizedArticle {
  const p = instance();
  const doc = document.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  const rawImages = new WeakMap<Element, RawImage>();
  build(doc, parseFragment(html), root, rawImages);
  currentBase = baseUrl;
  try {
    p.sanitize(root, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      FORBID_CONTENTS: FORBID_CONTENTS_LIST,
      ALLOW_DATA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      KEEP_CONTENT: true,
      IN_PLACE: true,
    });
  } finally {
    currentBase = '';
  }
  const images = replaceImages(root, opts, rawImages, baseUrl);
  const fragment = doc.createDocumentFragment();
  fragment.append(...Array.from(root.childNodes));
  return { fragment, images };
}
