/**
 * The page's two views live in the URL hash so the browser's Back button and bookmarks work:
 * `#/` (or nothing) is the list, `#/read/<encodeURIComponent(url)>` the reader view of one saved article.
 */
export type Route = { view: 'list' } | { view: 'read'; url: string };

export function parseRoute(hash: string): Route {
  const m = /^#\/read\/(.+)$/.exec(hash);
  if (m) {
    try {
      return { view: 'read', url: decodeURIComponent(m[1]!) };
    } catch {
      // A malformed escape in a hand-edited URL: show the list rather than a broken reader.
    }
  }
  return { view: 'list' };
}

export function readerHash(url: string): string {
  return `#/read/${encodeURIComponent(url)}`;
}
