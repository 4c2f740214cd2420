/**
 * The bookkeeping behind reading a tab while the popup loads: which navigations are the popup's and for which
 * tab, and a read handed to the popup once, only while it is fresh.
 */
import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MS, READ_AHEAD_TTL_MS, ReadAhead, popupTarget } from '../../../src/background/readAhead';

const POPUP = 'chrome-extension://abcdefgh/src/popup/index.html';

describe('popupTarget', () => {
  it('reads the tab of a popup opened for a given tab, and the active tab for the toolbar popup', () => {
    expect(popupTarget(`${POPUP}?tab=42`, POPUP)).toBe(42);
    expect(popupTarget(POPUP, POPUP)).toBe('active');
    expect(popupTarget(`${POPUP}#top`, POPUP)).toBe('active');
  });

  it('ignores other pages of the extension, other extensions and malformed tab ids', () => {
    expect(popupTarget('chrome-extension://abcdefgh/src/library/index.html', POPUP)).toBeNull();
    expect(popupTarget('chrome-extension://zzzzzzzz/src/popup/index.html?tab=4', POPUP)).toBeNull();
    expect(popupTarget(`${POPUP}?tab=-3`, POPUP)).toBeNull();
    expect(popupTarget(`${POPUP}?tab=1.5`, POPUP)).toBeNull();
    expect(popupTarget('not a url', POPUP)).toBeNull();
  });
});

describe('ReadAhead', () => {
  function clock() {
    let t = 1000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  }

  it('hands a read to the first request for its tab only', async () => {
    const reads = new ReadAhead<string>();
    let runs = 0;
    reads.start(7, async () => `article ${++runs}`);
    expect(reads.take(8)).toBeUndefined();
    await expect(reads.take(7)).resolves.toBe('article 1');
    expect(reads.take(7)).toBeUndefined();
    expect(runs).toBe(1);
  });

  it('drops a read nobody took in time', () => {
    const c = clock();
    const reads = new ReadAhead<string>(READ_AHEAD_TTL_MS, c.now);
    reads.start(1, async () => 'old');
    c.advance(READ_AHEAD_TTL_MS + 1);
    expect(reads.take(1)).toBeUndefined();
    expect(reads.size).toBe(0);
  });

  it('hands a popup only a read started for it, not one left by an earlier popup of the same tab', async () => {
    const c = clock();
    const reads = new ReadAhead<string>(READ_AHEAD_TTL_MS, c.now);
    reads.start(5, async () => 'the page as it was');
    c.advance(3000);
    // A popup opened now, whose own navigation did not start a read (its read would have replaced this one).
    expect(reads.take(5, c.now() - 40)).toBeUndefined();

    reads.start(5, async () => 'the page now');
    // Its popup's navigation began a moment before; the two clocks may disagree by a little.
    await expect(reads.take(5, c.now() + CLOCK_SKEW_MS / 2)).resolves.toBe('the page now');
  });

  it('keeps only the latest read of a tab and forgets stale ones of other tabs', async () => {
    const c = clock();
    const reads = new ReadAhead<string>(5000, c.now);
    reads.start(1, async () => 'first');
    reads.start(2, async () => 'other tab');
    c.advance(6000);
    reads.start(1, async () => 'second');
    expect(reads.size).toBe(1);
    await expect(reads.take(1)).resolves.toBe('second');
  });

  it('a failed read that nobody takes is not an unhandled rejection, and one taken still fails', async () => {
    const reads = new ReadAhead<string>();
    reads.start(3, () => Promise.reject(new Error('tab closed')));
    reads.start(4, () => Promise.reject(new Error('tab closed')));
    await expect(reads.take(4)).rejects.toThrow('tab closed');
    // Vitest fails the run on an unhandled rejection; let tab 3's settle.
    await new Promise((r) => setTimeout(r, 0));
  });
});
