/**
 * One article, one row: the same page reached through a newsletter link, a social share or a bookmark must land
 * on the same key. `normalizeUrl` is that key. Pure string work (WHATWG URL is a language built-in, not a DOM API).
 */

/** Query parameters that only say where a click came from; they never change the page. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'rb_clickid',
  's_cid',
  'ncid',
  'cmpid',
  'ref_src',
  'ref_url',
  'share',
  'smid',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The canonical key of an article URL, or null for anything that is not an http(s) URL.
 * - scheme and host lower-cased (the URL parser does it), `www.` kept (some sites serve different content);
 * - default ports and the fragment dropped;
 * - tracking parameters dropped, the others kept in their order (order can matter to a server);
 * - a trailing slash dropped from any path but the root, so `/a/b/` and `/a/b` are one article
 *   (news sites serve both; none serve different articles at each).
 */
export function normalizeUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  // The parser already drops :80 on http and :443 on https.
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/(?<!\/)\/+$/, '') || '/';
  let out = url.toString();
  // `new URL('https://a.com/?')` keeps nothing after search = '', but an empty `?` can survive toString in some cases.
  if (out.endsWith('?')) out = out.slice(0, -1);
  return out;
}

/** Host without `www.`, lower-case: what the reader calls "the site" (excluded sites, the site filter). */
export function siteOf(input: string): string {
  try {
    return new URL(input).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * True when `url` is on `site` or one of its subdomains. `site` is what the reader typed in the excluded list:
 * a host name ("nytimes.com"), possibly with a scheme or path that we ignore.
 */
export function isOnSite(url: string, site: string): boolean {
  const host = siteOf(url);
  const wanted = normalizeSite(site);
  if (!host || !wanted) return false;
  return host === wanted || host.endsWith(`.${wanted}`);
}

/** "https://www.Example.com/path" or "example.com" -> "example.com"; "" when it is not a host name. */
export function normalizeSite(site: string): string {
  const trimmed = site.trim().toLowerCase();
  if (!trimmed) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const host = new URL(withScheme).hostname.replace(/^www\./, '').replace(/\.$/, '');
    // The parser has already turned an IDN into its ASCII (punycode) form.
    return host.includes('.') || host === 'localhost' ? host : '';
  } catch {
    return '';
  }
}
