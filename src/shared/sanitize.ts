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
 * `name` for DOM clobbering). Images are not kept (fetching them would tell the site the article is being read):
 * each becomes a placeholder with its alt text. Links are absolute http(s)/mailto and open in a new tab.
 */
import DOMPurify from 'dompurify';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

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
  'video', 'audio', 'picture', 'select', 'textarea', 'button', 'title', 'head', 'xmp', 'plaintext', 'canvas',
  'frameset', 'object', 'applet', 'portal', 'dialog', 'form', 'option', 'datalist', 'map',
];
const FORBID_CONTENTS = new Set(FORBID_CONTENTS_LIST);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ALLOWED_ATTR_SET = new Set(ALLOWED_ATTR);

export interface SanitizeOptions {
  /** The text of an image's placeholder, given its alt text ('' when it has none). */
  imageLabel: (alt: string) => string;
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
function build(doc: Document, source: P5Parent, root: Element): void {
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
    for (const attr of el.attrs) {
      if (!attr.namespace && (ALLOWED_ATTR_SET.has(attr.name) || /^aria-[a-z]+$/.test(attr.name))) created.setAttribute(attr.name, attr.value);
    }
    frame.into.append(created);
    stack.push({ nodes: el.childNodes, index: 0, into: created });
  }
}

/** Images become a placeholder naming what was there; nothing in the copy fetches. */
function replaceImages(root: Element, opts: SanitizeOptions): void {
  const doc = root.ownerDocument;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    const placeholder = doc.createElement('span');
    placeholder.className = 'lede-image';
    placeholder.setAttribute('role', 'img');
    placeholder.textContent = opts.imageLabel(alt);
    placeholder.setAttribute('aria-label', placeholder.textContent);
    img.replaceWith(placeholder);
  }
}

/**
 * Untrusted article HTML -> a fragment safe to insert into an extension page, with links made absolute against
 * `baseUrl` (the article's URL). The fragment belongs to an inert document; inserting it adopts its nodes.
 */
export function sanitizeArticle(html: string, baseUrl: string, opts: SanitizeOptions): DocumentFragment {
  const p = instance();
  const doc = document.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  build(doc, parseFragment(html), root);
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
  replaceImages(root, opts);
  const fragment = doc.createDocumentFragment();
  fragment.append(...Array.from(root.childNodes));
  return fragment;
}
