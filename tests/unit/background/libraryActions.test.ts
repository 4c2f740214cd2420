import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/browser', async (importOriginal) => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { ...(await importOriginal<object>()), browser: fakeBrowser };
});

import { fakeBrowser } from '@webext-core/fake-browser';
import { mayRecord, recordArticleOpened, saveLinkFromMenu, saveTab } from '../../../src/background/libraryActions';
import { getSettings, setSettings, addExcludedSite, DEFAULT_SETTINGS } from '../../../src/storage/settings';
import { getArticle } from '../../../src/storage/articles';
import { listVisits } from '../../../src/storage/visits';
import { getInterests } from '../../../src/storage/interests';
import type { CompanionResult } from '../../../src/shared/messages';
import { analysis, content, freshDb, kp } from '../storage/helpers';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDb();
});

function opened(url: string): CompanionResult & { ok: true } {
  return { ok: true, tabId: 1, article: { ...content(url), blocks: [], signals: { tldr: null, faq: [], canonicalUrl: null, keywords: [], section: null, image: null } }, analysis: analysis([kp('Climate')]), fromCache: false };
}

const tab = { id: 1, incognito: false };

describe('recording history', () => {
  it('records a visit and learns from a normal tab', async () => {
    await recordArticleOpened(tab, opened('https://a.com/x'), '<p>x</p>');
    expect(await getArticle('https://a.com/x')).toMatchObject({ saved: false });
    expect(await listVisits()).toHaveLength(1);
    expect(await getInterests()).toHaveLength(1);
  });

  it('records nothing from a private window', async () => {
    await recordArticleOpened({ ...tab, incognito: true }, opened('https://a.com/x'), '');
    expect(await getArticle('https://a.com/x')).toBeUndefined();
    expect(await listVisits()).toEqual([]);
  });

  it('records nothing while paused, and again once resumed', async () => {
    await setSettings({ historyPaused: true });
    await recordArticleOpened(tab, opened('https://a.com/x'), '');
    expect(await getArticle('https://a.com/x')).toBeUndefined();
    await setSettings({ historyPaused: false });
    await recordArticleOpened(tab, opened('https://a.com/x'), '');
    expect(await getArticle('https://a.com/x')).toBeDefined();
  });

  it('records nothing on an excluded site or its subdomains', async () => {
    expect(await addExcludedSite('https://www.Example.com/')).toEqual(['example.com']);
    await recordArticleOpened(tab, opened('https://news.example.com/x'), '');
    expect(await listVisits()).toEqual([]);
    expect(mayRecord(tab, 'https://other.com/', await getSettings())).toBe(true);
  });

  it('settings fall back to defaults when sync holds something else', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.excludedSites': 'oops', 'settings.historyPaused': 'yes' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('saving without the popup', () => {
  it('the command saves the analysed page with the HTML it extracted, kept untrusted for display-time sanitizing', async () => {
    const result = opened('https://a.com/page');
    const res = await saveTab(tab, { analyzeTab: async () => result, lastExtracted: () => ({ html: '<p>raw<script>x</script></p>' }) });
    expect(res).toEqual({ ok: true, previous: null });
    expect(await getArticle('https://a.com/page')).toMatchObject({ saved: true, html: '<p>raw<script>x</script></p>' });
  });

  it('does not save a page that is not an article', async () => {
    const res = await saveTab(tab, { analyzeTab: async () => ({ ok: false, tabId: 1, code: 'not-article' }), lastExtracted: () => undefined });
    expect(res.ok).toBe(false);
  });

  it('save link refuses javascript: links and saves http ones', async () => {
    expect((await saveLinkFromMenu(tab, { url: 'javascript:alert(1)' })).ok).toBe(false);
    expect((await saveLinkFromMenu(tab, { url: 'https://a.com/l?utm_source=x', text: 'Read this' })).ok).toBe(true);
    expect(await getArticle('https://a.com/l')).toMatchObject({ title: 'Read this', saved: true, status: 'unread' });
  });
});
