/**
 * The worker's two-step answer to the popup: the TL;DR at once, the FAQ and topics when the popup asks for them
 * (or a little later when nobody asks), and the visit recorded after the complete analysis, never before the answer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { default: fakeBrowser };
});

import { fakeBrowser } from '@webext-core/fake-browser';
import { analysisOf, analyzeTabForPopup, onArticleOpened, readAheadForPopup } from '../../../src/background/companion';
import { articleFromText } from '../../../src/core/articleFromText';

const URL_A = 'https://news.example/harbour-ferry';
const TEXT = [
  'The harbour ferry will run every twenty minutes from March, the city council decided on Tuesday.',
  'Councillors voted eleven to four for the new timetable after a two-hour debate about its cost.',
  'The ferry company says two new boats will be needed, each costing about four million euros.',
  'Commuters from the north shore have asked for more crossings since the bridge closed for repairs last year.',
  'Opponents argued that buses could carry the same number of people for a fraction of the price.',
  'The first of the new boats is expected to arrive from the shipyard in February.',
].join('\n\n');

const opened: string[] = [];
onArticleOpened((_tab, result) => {
  opened.push(result.article.url);
});

/** The tab shows an article at `url`; returns the mock that counts the injections into it. */
function pageAnswers(url: string) {
  const article = articleFromText(TEXT, { url, title: 'Harbour ferry to run every twenty minutes', lang: 'en' });
  fakeBrowser.tabs.get = vi.fn(async (id: number) => ({ id, url, incognito: false, status: 'complete' })) as never;
  const executeScript = vi.fn(async () => [{ frameId: 0, result: { kind: 'article', article, ms: 1 } }]);
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return executeScript;
}

beforeEach(() => {
  opened.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the popup request', () => {
  it('answers with the TL;DR first, and the rest when the popup asks for it', async () => {
    pageAnswers(URL_A);
    const answer = await analyzeTabForPopup(1);
    if (!answer.ok) throw new Error(`expected an article, got ${answer.code}`);
    expect(answer.analysis).toBeNull();
    expect(answer.lead.tldr.sentences.length).toBeGreaterThanOrEqual(2);
    expect(opened).toEqual([]);

    const whole = await analysisOf(URL_A, answer.lead.contentHash);
    expect(whole?.tldr).toEqual(answer.lead.tldr);
    expect(whole?.topics.length).toBeGreaterThan(0);
    expect(whole?.faq.length).toBeGreaterThan(0);
    // The visit is recorded once the complete analysis exists, after the answer has left.
    await vi.waitFor(() => expect(opened).toEqual([URL_A]));
  });

  it('completes the analysis and records the visit even when the popup never asks', async () => {
    pageAnswers('https://news.example/closed-popup');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const answer = await analyzeTabForPopup(2);
    expect(answer.ok).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(opened).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(opened).toEqual(['https://news.example/closed-popup']);
  });

  it('gives no analysis for a text that has changed since the answer', async () => {
    pageAnswers('https://news.example/edited');
    const answer = await analyzeTabForPopup(3);
    if (!answer.ok) throw new Error('expected an article');
    expect(await analysisOf('https://news.example/edited', 'another-hash')).toBeNull();
  });
});

describe('reading ahead of the popup', () => {
  it('the popup takes over the read started as it opened: one injection, nothing recorded before it asks', async () => {
    const injections = pageAnswers('https://news.example/ahead');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await readAheadForPopup(11);
    await vi.advanceTimersByTimeAsync(1000);
    expect(injections).toHaveBeenCalledTimes(1);
    expect(opened).not.toContain('https://news.example/ahead');

    const answer = await analyzeTabForPopup(11);
    if (!answer.ok) throw new Error(`expected an article, got ${answer.code}`);
    expect(answer.timings?.ahead).toBe(true);
    expect(answer.lead.tldr.sentences.length).toBeGreaterThanOrEqual(2);
    expect(injections).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(opened).toContain('https://news.example/ahead');
  });

  it('a read the popup never takes leaves no trace in history', async () => {
    pageAnswers('https://news.example/never-asked');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await readAheadForPopup(12);
    await vi.advanceTimersByTimeAsync(5000);
    expect(opened).not.toContain('https://news.example/never-asked');
  });

  it('the toolbar popup reads the active tab of the focused window', async () => {
    const injections = pageAnswers('https://news.example/active');
    const query = vi.fn(async () => [{ id: 13, active: true }]);
    fakeBrowser.tabs.query = query as never;
    await readAheadForPopup('active');
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    const answer = await analyzeTabForPopup(13);
    expect(answer.ok && answer.timings?.ahead).toBe(true);
    expect(injections).toHaveBeenCalledTimes(1);
  });

  it('a popup is not handed a read left by an earlier popup of the tab that closed without asking', async () => {
    const injections = pageAnswers('https://news.example/earlier');
    await readAheadForPopup(16);
    // This popup's page started loading a second after that read began: the tab may show another page by now.
    const answer = await analyzeTabForPopup(16, { openedAt: Date.now() + 1000 });
    expect(answer.ok && answer.timings?.ahead).toBe(false);
    expect(injections).toHaveBeenCalledTimes(2);
  });

  it('a request for another tab, or for the selection, reads afresh', async () => {
    const injections = pageAnswers('https://news.example/other');
    await readAheadForPopup(14);
    const other = await analyzeTabForPopup(15);
    expect(other.ok && other.timings?.ahead).toBe(false);
    const selection = await analyzeTabForPopup(14, { useSelection: true });
    expect(selection.ok && selection.timings?.ahead).toBe(false);
    expect(injections).toHaveBeenCalledTimes(4); // 14 ahead; 15; the selection's flag and extractor on 14
  });
});

describe('a tab the browser refuses', () => {
  /** The browser hides the tab's URL (as it does from an extension not given the tab) and refuses the injection. */
  function refused(message: string, url?: string) {
    fakeBrowser.tabs.get = vi.fn(async (id: number) => ({ id, url, incognito: false, status: 'complete' })) as never;
    const executeScript = vi.fn(async () => {
      throw new Error(message);
    });
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  }

  it("says Lede was not given the page when Firefox opened the popup without the click's grant", async () => {
    refused('Missing host permission for the tab');
    const answer = await analyzeTabForPopup(40);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.code).toBe('no-access');
  });

  it('still says a browser page cannot be read', async () => {
    refused('Cannot access a chrome:// URL');
    const answer = await analyzeTabForPopup(41);
    if (!answer.ok) expect(answer.code).toBe('restricted');
    expect(answer.ok).toBe(false);
  });
});
