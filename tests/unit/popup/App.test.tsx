// @vitest-environment jsdom
/**
 * The popup's states as a reader sees them: a skeleton while loading, the article when it arrives, and for each
 * failure a message with the right next step. The worker is replaced by a fake `sendMessage`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { PopupAnswer } from '../../../src/shared/messages';
import type { Analysis } from '../../../src/core/types';

vi.mock('../../../src/shared/browser', async (importOriginal) => ({ ...(await importOriginal<object>()), browser: fakeBrowser }));

const send = vi.fn();
vi.mock('../../../src/shared/messages', () => ({
  sendMessage: (...args: unknown[]) => send(...args),
  onMessage: vi.fn(),
}));

const { App } = await import('../../../src/popup/App');

const analysis: Analysis = {
  lang: 'en',
  wordCount: 420,
  readingMinutes: 2,
  tldr: { source: 'extractive', sentences: ['The library lends seeds.', 'Gardeners bring seeds back.'] },
  faq: [{ question: 'What does it cost?', answer: 'The pilot cost $3,800.', source: 'generated' }],
  topics: [{ label: 'seed libraries', kind: 'keyphrase', score: 1 }],
  category: null,
  contentHash: 'abc',
};

const { faq: _faq, topics: _topics, category: _category, ...lead } = analysis;

/** The worker had the whole analysis already (a cached page): it answers with all of it at once. */
const ready: PopupAnswer & { ok: true } = {
  ok: true,
  tabId: 7,
  fromCache: false,
  lead,
  analysis,
  article: {
    url: 'https://news.example/seeds',
    title: 'Libraries lend seeds',
    byline: 'By A. Writer',
    siteName: 'News Example',
    lang: 'en',
    dir: null,
    publishedTime: '2026-04-02T09:00:00Z',
    excerpt: null,
    text: 'The library lends seeds. Gardeners bring seeds back. The pilot cost $3,800.',
    blocks: [{ kind: 'p', text: 'The library lends seeds. Gardeners bring seeds back. The pilot cost $3,800.' }],
    signals: { tldr: null, faq: [], canonicalUrl: null, keywords: [], section: null, image: null },
  },
};

/** What the worker answers to the popup's other messages (saved state, related items, interest picks). */
function reply(type: string): unknown {
  if (type === 'libIsSaved') return { saved: false };
  if (type === 'libRelated') return { items: [] };
  if (type === 'intPicks') return {};
  return undefined;
}

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
  history.replaceState(null, '', '/popup.html?tab=7');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

const byTestId = (id: string) => root.querySelector(`[data-testid="${id}"]`);

describe('popup', () => {
  it('shows a skeleton, then the article with its TL;DR, FAQ and topics', async () => {
    let answer!: (r: PopupAnswer) => void;
    send.mockImplementation((type: string) =>
      type === 'analyzeTab' ? new Promise((r) => (answer = r)) : Promise.resolve(reply(type)),
    );
    await act(() => render(<App />, root));
    expect(byTestId('status')?.getAttribute('data-state')).toBe('loading');
    expect(send).toHaveBeenCalledWith('analyzeTab', { tabId: 7, useSelection: false, openedAt: expect.any(Number) });

    answer(ready);
    await settle();
    expect(byTestId('status')?.getAttribute('data-state')).toBe('ready');
    expect(byTestId('article-title')?.textContent).toBe('Libraries lend seeds');
    expect(byTestId('tldr')?.textContent).toContain('Gardeners bring seeds back.');
    expect(root.querySelectorAll('[data-testid="faq-question"]')).toHaveLength(1);
    expect(root.textContent).toContain('2 min read');
  });

  it('marks what each topic names with an icon a screen reader can name, and none when the engine is unsure', async () => {
    const typed: Analysis = {
      ...analysis,
      topics: [
        { label: 'Ada Lovelace', kind: 'entity', type: 'person', score: 1 },
        { label: 'Lyon', kind: 'entity', type: 'place', score: 0.8 },
        { label: 'seed libraries', kind: 'keyphrase', score: 0.5 },
      ],
    };
    send.mockImplementation((type: string) => Promise.resolve(type === 'analyzeTab' ? { ...ready, analysis: typed } : reply(type)));
    await act(() => render(<App />, root));
    await settle();
    const chips = [...root.querySelectorAll('[data-testid="topic"]')];
    const names = chips.map((chip) => chip.querySelector('[data-testid="topic-type"]')?.getAttribute('aria-label') ?? null);
    expect(names).toEqual(['Person', 'Place', null]);
    expect(chips[0]!.querySelector('[role="img"]')).not.toBeNull();
    // The chip's own label and its buttons are as before.
    expect(chips[0]!.querySelector('.chip-label')?.textContent).toBe('Ada Lovelace');
    expect(chips[0]!.querySelector('[data-testid="topic-follow"]')?.getAttribute('aria-label')).toBe('Follow: Ada Lovelace');
  });

  it('asks the page to highlight a TL;DR sentence when it is clicked, and says so when it is gone', async () => {
    send.mockImplementation((type: string) => {
      if (type === 'analyzeTab') return Promise.resolve(ready);
      if (type === 'highlightInTab') return Promise.resolve({ found: false });
      return Promise.resolve(reply(type));
    });
    await act(() => render(<App />, root));
    await settle();
    const sentence = root.querySelector<HTMLButtonElement>('[data-testid="tldr"] button.passage')!;
    await act(() => sentence.click());
    await settle();
    expect(send).toHaveBeenCalledWith('highlightInTab', { tabId: 7, text: 'The library lends seeds.' });
    expect(root.textContent).toContain('could not be found in the page');
  });

  it('answers a question typed in the ask box with a sentence from the article', async () => {
    send.mockImplementation((type: string) => Promise.resolve(type === 'analyzeTab' ? ready : reply(type)));
    await act(() => render(<App />, root));
    await settle();
    const input = byTestId('ask-input') as HTMLInputElement;
    await act(() => {
      input.value = 'How much did the pilot cost?';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => (byTestId('ask-submit') as HTMLButtonElement).click());
    // The engine is loaded on demand (a dynamic import, slow on a busy machine), so wait for the answers.
    await vi.waitFor(
      async () => {
        await settle();
        expect(root.querySelector('[data-testid="ask-answer"]')?.textContent).toContain('$3,800');
      },
      { timeout: 10_000 },
    );
  });

  it("says the article doesn't say when asked about something it never mentions", async () => {
    send.mockImplementation((type: string) => Promise.resolve(type === 'analyzeTab' ? ready : reply(type)));
    await act(() => render(<App />, root));
    await settle();
    const input = byTestId('ask-input') as HTMLInputElement;
    await act(() => {
      input.value = 'Who won the Tour de France in 1998?';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => (byTestId('ask-submit') as HTMLButtonElement).click());
    await vi.waitFor(
      async () => {
        await settle();
        expect(byTestId('ask-answers')?.textContent).toContain("The article doesn't say.");
      },
      { timeout: 10_000 },
    );
    expect(root.querySelector('[data-testid="ask-answer"]')).toBeNull();
  });

  it.each([
    ['restricted', "can't read this page", false],
    ['no-access', 'click its button in the toolbar', false],
    ['pdf', 'PDF', false],
    ['loading', 'still loading', true],
    ['timeout', '10 seconds', true],
    ['extraction-failed', 'went wrong', true],
  ] as const)('explains %s and offers a retry only where one can help', async (code, words, retry) => {
    send.mockResolvedValue({ ok: false, tabId: 7, code });
    await act(() => render(<App />, root));
    await settle();
    expect(byTestId('status')?.getAttribute('data-state')).toBe(code);
    expect(root.textContent).toContain(words);
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Try again')).toBe(retry);
  });

  it('offers the selected text as the article on a page that is not one', async () => {
    send.mockResolvedValueOnce({ ok: false, tabId: 7, code: 'not-article', hasSelection: true });
    send.mockImplementation((type: string) => Promise.resolve(type === 'analyzeTab' ? ready : reply(type)));
    await act(() => render(<App />, root));
    await settle();
    expect(root.textContent).toContain('You selected some text');
    const use = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Use the selected text')!;
    await act(() => use.click());
    await settle();
    expect(send).toHaveBeenCalledWith('analyzeTab', { tabId: 7, useSelection: true });
    expect(byTestId('status')?.getAttribute('data-state')).toBe('ready');
  });

  it('paints the TL;DR first, then the FAQ and topics when the worker has completed them', async () => {
    let complete!: (r: { analysis: typeof analysis | null }) => void;
    send.mockImplementation((type: string) => {
      if (type === 'analyzeTab') return Promise.resolve({ ...ready, analysis: null });
      if (type === 'analysisOf') return new Promise((r) => (complete = r));
      return Promise.resolve(reply(type));
    });
    await act(() => render(<App />, root));
    await settle();
    expect(byTestId('status')?.getAttribute('data-state')).toBe('ready');
    expect(byTestId('tldr')?.textContent).toContain('Gardeners bring seeds back.');
    expect(root.querySelectorAll('[data-testid="faq-question"]')).toHaveLength(0);
    expect(root.querySelector('.section-pending')).not.toBeNull();
    expect((byTestId('save-button') as HTMLButtonElement).disabled).toBe(true);
    expect(send).toHaveBeenCalledWith('analysisOf', { url: ready.article.url, contentHash: 'abc' });

    complete({ analysis });
    await settle();
    expect(root.querySelectorAll('[data-testid="faq-question"]')).toHaveLength(1);
    expect(byTestId('topics')?.textContent).toContain('seed libraries');
    expect(root.querySelector('.section-pending')).toBeNull();
    expect((byTestId('save-button') as HTMLButtonElement).disabled).toBe(false);
  });

  it('asks for the whole analysis again when the worker lost the rest of it', async () => {
    send.mockImplementation((type: string, data?: { whole?: boolean }) => {
      if (type === 'analyzeTab') return Promise.resolve(data?.whole ? ready : { ...ready, analysis: null });
      if (type === 'analysisOf') return Promise.resolve({ analysis: null });
      return Promise.resolve(reply(type));
    });
    await act(() => render(<App />, root));
    await settle();
    expect(send).toHaveBeenCalledWith('analyzeTab', { tabId: 7, useSelection: false, whole: true });
    expect(root.querySelectorAll('[data-testid="faq-question"]')).toHaveLength(1);
    expect(root.querySelector('.section-pending')).toBeNull();
  });

  it('renders the answer main.ts already has at once, without asking again', async () => {
    send.mockImplementation((type: string) => Promise.resolve(reply(type)));
    await act(() => render(<App first={ready} />, root));
    expect(byTestId('status')?.getAttribute('data-state')).toBe('ready');
    expect(byTestId('tldr')?.textContent).toContain('The library lends seeds.');
    await settle();
    expect(send).not.toHaveBeenCalledWith('analyzeTab', expect.anything());
  });

  it('says so, and offers to try again, when the worker cannot finish the analysis at all', async () => {
    let whole = false;
    send.mockImplementation((type: string, data?: { whole?: boolean }) => {
      if (type === 'analyzeTab') return Promise.resolve(data?.whole && !whole ? { ok: false, tabId: 7, code: 'timeout' } : whole ? ready : { ...ready, analysis: null });
      if (type === 'analysisOf') return Promise.resolve({ analysis: null });
      return Promise.resolve(reply(type));
    });
    await act(() => render(<App />, root));
    await settle();
    expect(byTestId('tldr')?.textContent).toContain('The library lends seeds.');
    expect(byTestId('details-failed')?.textContent).toContain('could not be finished');
    expect(root.querySelector('.section-pending')).toBeNull();

    whole = true;
    const retry = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!;
    await act(() => retry.click());
    await settle();
    expect(byTestId('details-failed')).toBeNull();
    expect(root.querySelectorAll('[data-testid="faq-question"]')).toHaveLength(1);
  });
});
