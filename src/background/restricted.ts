/**
 * Pages where extensions may not run scripts, by URL, so the popup can say so at once instead of waiting for
 * an injection error. The list follows Chrome's and Firefox's own rules; anything missed here still ends as
 * `restricted` through the injection error.
 */
const RESTRICTED_SCHEMES = /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|extension|view-source|devtools|chrome-search|chrome-untrusted|resource|data|blob|javascript):/i;
const STORE_HOSTS = new Set([
  'chrome.google.com', // only /webstore, checked below
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
]);

export type PageKind = 'restricted' | 'pdf' | 'web';

export function classifyUrl(url: string | undefined): PageKind {
  if (!url) return 'restricted';
  if (RESTRICTED_SCHEMES.test(url)) return 'restricted';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'restricted';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return 'restricted';
  if (STORE_HOSTS.has(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) {
    return 'restricted';
  }
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return 'web';
}

/**
 * Injection errors that mean Lede was not given this tab (no toolbar click's grant, no host permission), as
 * Firefox ("Missing host permission for the tab") and Chrome ("Extension manifest must request permission to
 * access the respective host") word them, rather than a page that forbids every extension.
 */
export function isMissingAccessError(message: string): boolean {
  return /missing host permission|must request permission to access/i.test(message);
}

/** Injection errors that mean "not allowed here" rather than "something broke". */
export function isPermissionError(message: string): boolean {
  return /cannot access|cannot be scripted|extensions gallery|missing host permission|permission|not allowed|chrome:\/\/|Cannot script/i.test(
    message,
  );
}
