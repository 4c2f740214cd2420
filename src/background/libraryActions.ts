/**
 * What the worker does for history and saving, without the wiring: every function here takes plain data (and,
 * where it needs the companion, the two functions it uses), so tests run it on fake-indexeddb and a fake browser.
 */
import { browser } from '../shared/browser';
import { isOnSite, normalizeUrl } from '../core/url';
import type { Analysis, Article } from '../core/types';
import type { ArticleView, CompanionResult } from '../shared/messages';
import { getSettings, type Settings } from '../storage/settings';
import { recordOpened, saveArticle, saveLink, undoSave, unsaveArticle } from '../storage/library';
import { getArticle } from '../storage/articles';
import { toStorageError } from '../storage/errors';
import type { ArticleRecord, LibChangeResult, LibResult } from '../storage/types';
import { libraryChanged } from './bookmarks/changes';

export interface TabInfo {
  id: number;
  incognito: boolean;
  url?: string;
}

/**
 * Whether reading this page may leave a trace (history, learned interests): never in private windows, never on
 * a site the reader excluded, never while history is paused.
 */
export function mayRecord(tab: Pick<TabInfo, 'incognito'>, articleUrl: string, settings: Settings): boolean {
  if (tab.incognito || settings.historyPaused) return false;
  if (normalizeUrl(articleUrl) === null) return false;
  return !settings.excludedSites.some((site) => isOnSite(articleUrl, site));
}

/** Called by the companion after each successful popup analysis. Never throws: history must not break the popup. */
export async function recordArticleOpened(tab: TabInfo, result: CompanionResult & { ok: true }, html: string): Promise<void> {
  try {
    if (!mayRecord(tab, result.article.url, await getSettings())) return;
    await recordOpened(result.article, result.analysis, html || null);
  } catch (err) {
    console.warn('Lede: history not recorded', toStorageError(err).code);
  }
}

function failure(err: unknown): { ok: false; error: ReturnType<typeof toStorageError>['code'] } {
  return { ok: false, error: toStorageError(err).code };
}

async function tabInfo(tabId: number): Promise<TabInfo> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { id: tabId, incognito: tab.incognito, url: tab.url };
  } catch {
    // The tab closed while the popup was open: the save still counts, the visit is not private-window guarded.
    return { id: tabId, incognito: false };
  }
}

/** The popup's Save, with the offline copy the worker extracted for the article (untrusted, sanitized at display). */
export async function saveFromPopup(req: { tabId: number; article: ArticleView; analysis: Analysis }, html: string | null): Promise<LibChangeResult> {
  try {
    const tab = await tabInfo(req.tabId);
    const learn = mayRecord(tab, req.article.url, await getSettings());
    const { previous } = await saveArticle({ content: req.article, analysis: req.analysis, html }, { learn });
    libraryChanged([req.article.url]);
    return { ok: true, previous: previous ?? null };
  } catch (err) {
    return failure(err);
  }
}

export interface CompanionDeps {
  analyzeTab(tabId: number): Promise<CompanionResult>;
  lastExtracted(url: string): Pick<Article, 'html'> | undefined;
}

/**
 * Save the page in a tab without the popup (keyboard command, "Save page to Lede"): analyse it as the popup
 * would, and store the extracted HTML as the offline copy (untrusted: the reader view sanitizes it at display).
 */
export async function saveTab(tab: TabInfo, deps: CompanionDeps): Promise<LibChangeResult | { ok: false; error: 'not-article' }> {
  const result = await deps.analyzeTab(tab.id);
  if (!result.ok) return { ok: false, error: 'not-article' };
  try {
    const learn = mayRecord(tab, result.article.url, await getSettings());
    const html = deps.lastExtracted(result.article.url)?.html ?? null;
    const { previous } = await saveArticle({ content: result.article, analysis: result.analysis, html }, { learn });
    libraryChanged([result.article.url]);
    return { ok: true, previous: previous ?? null };
  } catch (err) {
    return failure(err);
  }
}

/** "Save link to Lede": only http(s) links; the link text becomes the title until the page is read. */
export async function saveLinkFromMenu(
  tab: Pick<TabInfo, 'incognito'> | undefined,
  link: { url: string; text?: string | null },
): Promise<LibChangeResult | { ok: false; error: 'bad-url' }> {
  if (normalizeUrl(link.url) === null) return { ok: false, error: 'bad-url' };
  try {
    const learn = mayRecord(tab ?? { incognito: false }, link.url, await getSettings());
    const { previous } = await saveLink({ url: link.url, title: link.text ?? null }, { learn });
    libraryChanged([link.url]);
    return { ok: true, previous: previous ?? null };
  } catch (err) {
    return failure(err);
  }
}

export async function unsave(url: string): Promise<LibChangeResult> {
  try {
    const previous = (await unsaveArticle(url)) ?? null;
    libraryChanged([url]);
    return { ok: true, previous };
  } catch (err) {
    return failure(err);
  }
}

export async function undo(url: string, previous: ArticleRecord | null): Promise<LibResult> {
  try {
    await undoSave(url, previous ?? undefined);
    libraryChanged([url]);
    return { ok: true };
  } catch (err) {
    return failure(err);
  }
}

export async function savedState(url: string): Promise<{ saved: boolean }> {
  try {
    return { saved: (await getArticle(url))?.saved === true };
  } catch {
    return { saved: false };
  }
}
