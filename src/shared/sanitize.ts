/**
 * The one place article HTML is made safe, at display. Every stored offline copy (saved from the popup, the
 * keyboard command, a context menu, or brought in by an import or a backup) is untrusted page HTML; the reader
 * view turns it into nodes here and nowhere else.
 *
 * DOMPurify parses the HTML in an inert DOMParser document (no browsing context: no script runs, no handler is
 * compiled, nothing is fetched) and returns a fragment of that document, which the reader view moves into the
 * page: the HTML string never meets the live document's parser.
 *
 * An allowlist, not a blocklist: text structure, tables, figures and links stay; everything that can run code or
 * fetch goes (scripts, handlers, styles and CSS `url()`s, SVG and MathML, forms, frames, media, `srcset`, `id` and
 * `name` for DOM clobbering). Images are not kept (fetching them would tell the site the article is being read):
 * each becomes a placeholder with its alt text. Links are absolute http(s)/mailto and open in a new tab.
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col',
  'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'pre', 'q', 'rp',
  'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];
/** None of these can name a URL, a style or a script; `href` is checked by the hook below. */
const ALLOWED_ATTR = ['href', 'title', 'alt', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'headers', 'abbr', 'start', 'reversed', 'value', 'datetime', 'span'];
/** Elements dropped with everything inside them (their text is not article text). */
const FORBID_CONTENTS = [
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'frame', 'object', 'embed', 'svg', 'math',
  'video', 'audio', 'picture', 'select', 'textarea', 'button', 'title', 'head', 'xmp', 'plaintext', 'canvas',
];

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

/** Images become a placeholder naming what was there; nothing in the copy fetches. */
function replaceImages(root: DocumentFragment, opts: SanitizeOptions): void {
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
  currentBase = baseUrl;
  try {
    const fragment = p.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      FORBID_CONTENTS,
      ALLOW_DATA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      KEEP_CONTENT: true,
      RETURN_DOM_FRAGMENT: true,
    });
    replaceImages(fragment, opts);
    return fragment;
  } finally {
    currentBase = '';
  }
}
