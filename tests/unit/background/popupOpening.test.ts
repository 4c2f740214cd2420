/**
 * The worker hears of the popup as its page starts to load, and of nothing else: only the popup's navigation
 * visits the fetch listener (raced with the network, so the page never waits), every other request goes straight
 * to the network, and browsers without static routes get no listener at all.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  onPopupOpening,
  type InstallEventWithRoutes,
  type NavigationFetchEvent,
  type RouterRule,
  type WorkerScope,
} from '../../../src/background/popupOpening';

const POPUP = 'chrome-extension://abcdefgh/src/popup/index.html';

class FakePattern {
  constructor(readonly init: { pathname: string }) {}
}

function fakeScope(opts: { routes?: boolean; addRoutes?: (rules: RouterRule[]) => Promise<void> } = {}) {
  const listeners: { install: ((e: InstallEventWithRoutes) => void)[]; fetch: ((e: NavigationFetchEvent) => void)[] } = {
    install: [],
    fetch: [],
  };
  const added: RouterRule[][] = [];
  const addRoutes =
    opts.addRoutes ??
    (async (rules: RouterRule[]) => {
      added.push(rules);
    });
  class InstallEvent {}
  if (opts.routes !== false) Object.assign(InstallEvent.prototype, { addRoutes });
  const scope = {
    InstallEvent,
    URLPattern: FakePattern,
    addEventListener: (type: 'install' | 'fetch', listener: never) => listeners[type].push(listener),
  } as unknown as WorkerScope;
  const install = () => listeners.install.forEach((l) => l({ addRoutes } as unknown as InstallEventWithRoutes));
  const fetch = (url: string, mode: RequestMode) =>
    listeners.fetch.forEach((l) => l({ request: { url, mode } } as unknown as NavigationFetchEvent));
  return { scope, listeners, added, install, fetch };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('onPopupOpening', () => {
  it('routes the popup navigation to the listener, raced with the network, and everything else to the network', () => {
    const f = fakeScope();
    expect(onPopupOpening(POPUP, () => {}, f.scope)).toBe(true);
    f.install();
    const [rules] = f.added;
    expect(rules).toHaveLength(2);
    expect(rules![0]).toEqual({
      condition: { requestMode: 'navigate', urlPattern: new FakePattern({ pathname: '/src/popup/index.html' }) },
      source: 'race-network-and-fetch-handler',
    });
    expect(rules![1]).toEqual({ condition: { urlPattern: new FakePattern({ pathname: '/*' }) }, source: 'network' });
  });

  it('tells the listener which tab the popup opens for, for the popup navigation only', () => {
    const f = fakeScope();
    const targets: (number | 'active')[] = [];
    onPopupOpening(POPUP, (t) => targets.push(t), f.scope);
    f.fetch(`${POPUP}?tab=12`, 'navigate');
    f.fetch(POPUP, 'navigate');
    f.fetch(POPUP, 'cors');
    f.fetch('chrome-extension://abcdefgh/src/library/index.html', 'navigate');
    f.fetch('chrome-extension://abcdefgh/assets/ui.js', 'cors');
    expect(targets).toEqual([12, 'active']);
  });

  it('a browser that refuses the routes still installs the worker', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const f = fakeScope({ addRoutes: () => Promise.reject(new TypeError('unknown condition')) });
    onPopupOpening(POPUP, () => {}, f.scope);
    expect(() => f.install()).not.toThrow();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
  });

  it('registers nothing where static routes are missing (every page would go through the worker)', () => {
    const f = fakeScope({ routes: false });
    expect(onPopupOpening(POPUP, () => {}, f.scope)).toBe(false);
    expect(f.listeners.fetch).toHaveLength(0);
    expect(f.listeners.install).toHaveLength(0);
  });
});
