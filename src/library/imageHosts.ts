/**
 * The host permission "Load images" needs, for the moment it needs it. Lede holds no host access at install; to
 * fetch a copy's images the worker must be allowed to read their hosts (a cross-origin image without that
 * permission is an opaque answer it cannot downscale). The reader's click asks for exactly those hosts, and
 * what was not held before the click is given back once the images are kept, so no site stays reachable.
 */
import { browser } from '../shared/browser';
import { originPatternOf } from '../core/images/sources';

/** The origin patterns of `sources` (`https://img.example.com/*`), each once. */
export function hostPatterns(sources: readonly string[]): string[] {
  return [...new Set(sources.map(originPatternOf).filter((p): p is string => p !== null))];
}

/** The patterns already held (the reader's AI endpoint, the test build's 127.0.0.1): these are never given back. */
export async function heldPatterns(patterns: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  if (!browser?.permissions) return held;
  await Promise.all(
    patterns.map(async (p) => {
      // A pattern the browser cannot read throws rather than rejects: either way it is not held.
      try {
        if (await browser.permissions.contains({ origins: [p] })) held.add(p);
      } catch {
        /* not held */
      }
    }),
  );
  return held;
}

/**
 * Asks for the hosts. Call straight from the click, before any await: Firefox grants a request only within the
 * user's gesture.
 */
export function requestHosts(patterns: readonly string[]): Promise<boolean> {
  if (!patterns.length) return Promise.resolve(true);
  if (!browser?.permissions) return Promise.resolve(false);
  try {
    return browser.permissions.request({ origins: [...patterns] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives back the hosts granted for one load (never one held before it). */
export async function releaseHosts(patterns: readonly string[], heldBefore: ReadonlySet<string>): Promise<void> {
  const granted = patterns.filter((p) => !heldBefore.has(p));
  if (!granted.length || !browser?.permissions) return;
  await browser.permissions.remove({ origins: granted }).catch(() => false);
}
