/** Which tab the popup reads: the one a test names with ?tab=, else the active tab the toolbar was clicked on. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { targetTabId } from '../../../src/popup/tabTarget';

afterEach(() => vi.unstubAllGlobals());

describe('targetTabId', () => {
  it('takes ?tab= when given, and refuses an id that is not one', async () => {
    expect(await targetTabId('?tab=12')).toBe(12);
    expect(await targetTabId('?tab=-3')).toBeNull();
    expect(await targetTabId('?tab=x')).toBeNull();
  });

  it("asks the browser for the current window's active tab otherwise", async () => {
    const query = vi.fn(async () => [{ id: 41 }]);
    vi.stubGlobal('chrome', { tabs: { query } });
    expect(await targetTabId('')).toBe(41);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it("prefers Firefox's promise-based browser.tabs, and gives null when there is no tab", async () => {
    vi.stubGlobal('chrome', { tabs: { query: vi.fn(async () => [{ id: 1 }]) } });
    vi.stubGlobal('browser', { tabs: { query: vi.fn(async () => []) } });
    expect(await targetTabId('')).toBeNull();
  });
});

describe('extensionUrl', () => {
  it("makes an extension page's address with the browser's own runtime", async () => {
    const { extensionUrl } = await import('../../../src/shared/browser');
    vi.stubGlobal('chrome', { runtime: { getURL: (p: string) => `chrome-extension://abc/${p}` } });
    expect(extensionUrl('src/library/index.html')).toBe('chrome-extension://abc/src/library/index.html');
  });
});
