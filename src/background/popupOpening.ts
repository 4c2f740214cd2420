/**
 * Tells the worker that the popup is opening, as its page starts to load: ~50 ms before the popup's first script
 * could ask for anything (extension pages take that long to fetch and start their scripts). The worker uses it
 * to start reading the tab while the popup loads (readAhead.ts), the slowest part of the click.
 *
 * How: a service worker sees the fetches of its extension's pages. A static route (Chrome 123+) sends only the
 * popup's navigation to the fetch listener, and races it with the network, so the page never waits for the worker
 * (not even for a stopped worker to start); every other request goes straight to the network, as if there were
 * no listener. Where routes are missing (Firefox's background page, older Chrome) nothing is registered and
 * the popup's own request starts the read, as it always did.
 */
import { popupTarget } from './readAhead';

export interface RouterRule {
  condition: Record<string, unknown>;
  source: 'network' | 'race-network-and-fetch-handler';
}
export interface InstallEventWithRoutes extends Event {
  addRoutes(rules: RouterRule[]): Promise<void>;
}
export interface NavigationFetchEvent extends Event {
  request: Request;
}
export interface WorkerScope {
  InstallEvent?: { prototype: object };
  URLPattern?: new (init: { pathname: string }) => unknown;
  addEventListener(type: 'install', listener: (event: InstallEventWithRoutes) => void): void;
  addEventListener(type: 'fetch', listener: (event: NavigationFetchEvent) => void): void;
}

/**
 * Calls `listener` with the popup's target (a tab id, or 'active' for the toolbar popup) whenever the page at
 * `popupUrl` starts loading. Must run in the worker's first evaluation (listeners added later are never called).
 * Returns false where the browser cannot do this without slowing every extension page.
 */
export function onPopupOpening(
  popupUrl: string,
  listener: (target: number | 'active') => void,
  scope: WorkerScope = globalThis as unknown as WorkerScope,
): boolean {
  const Pattern = scope.URLPattern;
  if (!scope.InstallEvent || !('addRoutes' in scope.InstallEvent.prototype) || typeof Pattern !== 'function') return false;
  const { pathname } = new URL(popupUrl);

  scope.addEventListener('install', (event) => {
    // Not in waitUntil: a rejected promise there would fail the install, and the extension with it. Without the
    // routes, every request would visit the listener below, which lets them all through: slower, still right.
    event
      .addRoutes([
        { condition: { requestMode: 'navigate', urlPattern: new Pattern({ pathname }) }, source: 'race-network-and-fetch-handler' },
        { condition: { urlPattern: new Pattern({ pathname: '/*' }) }, source: 'network' },
      ])
      .catch((e: unknown) => console.warn('Lede: no static routes; extension pages load through the worker', e));
  });

  scope.addEventListener('fetch', (event) => {
    // Never respondWith: the page always comes from the network (the route's race); this only listens.
    if (event.request.mode !== 'navigate') return;
    const target = popupTarget(event.request.url, popupUrl);
    if (target !== null) listener(target);
  });
  return true;
}
