/**
 * The one DOMPurify configuration for article HTML (offline copies, imports). Needs a DOM: call it in an
 * extension page (popup, library) or in Node with a jsdom window installed; the service worker has no
 * DOM, so it stores unsanitized HTML flagged `htmlSanitized: false` and the library page runs this before
 * rendering.
 *
 * What goes: scripts, styles, event handlers, forms and their controls, frames, embeds, `javascript:`/`data:`
 * links. What stays: text structure, links (absolute, opening in a new tab), images as remote URLs.
 */
import DOMPurify from 'dompurify';

const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea', 'fieldset',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template', 'dialog', 'svg', 'math',
];
const FORBID_ATTR = ['style', 'srcset', 'formaction', 'action', 'ping', 'autofocus', 'tabindex', 'contenteditable'];
const URL_ATTRS = ['href', 'src', 'cite', 'poster'];

let purifier: ReturnType<typeof DOMPurify> | null = null;
let currentBase = '';

function absolute(value: string): string | null {
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
    for (const name of URL_ATTRS) {
      const value = node.getAttribute?.(name);
      if (value == null) continue;
      // Relative links would point into the extension once rendered there; anything not http(s)/mailto goes.
      const abs = value.startsWith('#') ? null : absolute(value);
      if (abs) node.setAttribute(name, abs);
      else node.removeAttribute(name);
    }
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifier = p;
  return p;
}

/** Safe article HTML for an extension page, with URLs made absolute against `baseUrl` (the article URL). */
export function sanitizeArticleHtml(html: string, baseUrl: string): string {
  const p = instance();
  currentBase = baseUrl;
  try {
    return p.sanitize(html, {
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
      ADD_ATTR: ['target'],
      RETURN_TRUSTED_TYPE: false,
    }) as string;
  } finally {
    currentBase = '';
  }
}
