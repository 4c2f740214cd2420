// @vitest-environment jsdom
/**
 * The popup paints its loading state from plain HTML before any script runs, then the app takes over with
 * <Skeleton/>. A reader must not see the skeleton change shape at that moment, and tests that wait for the
 * `status` element's state must find the same element either way.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { Skeleton } from '../../../src/ui/States';

/** Tag, classes and attributes of an element and its descendants, text aside (the label is localised later). */
function shape(el: Element): unknown {
  const attrs = Object.fromEntries(
    Array.from(el.attributes)
      .filter((a) => a.name !== 'class')
      .map((a) => [a.name, a.value]),
  );
  return { tag: el.tagName, classes: [...el.classList].sort(), attrs, children: Array.from(el.children).map(shape) };
}

describe('the popup loading state', () => {
  const html = readFileSync(resolve(import.meta.dirname, '../../../src/popup/index.html'), 'utf8');
  const page = new DOMParser().parseFromString(html, 'text/html');
  const staticSkeleton = page.querySelector('[data-testid="status"]');

  it('is in index.html, in the loading state', () => {
    expect(staticSkeleton?.getAttribute('data-state')).toBe('loading');
    expect(page.querySelector('script[type="module"]')?.getAttribute('src')).toBe('./main.ts');
  });

  it('has the same shape as the app skeleton that replaces it', () => {
    const host = document.createElement('div');
    render(<Skeleton />, host);
    expect(shape(staticSkeleton!)).toEqual(shape(host.firstElementChild!));
  });
});
