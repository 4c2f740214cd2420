/**
 * Injected into the active tab on a toolbar click (activeTab + scripting: no host permissions, no content script
 * on every page). Installs `__lede.runInjected`, and the statement the build appends (see protocol.ts)
 * calls it at once, so the injection's completion value is the outcome. It reads the page, never
 * changes it.
 */
import { extractArticle } from '../extract/extractArticle';
import { articleFromText } from '../core/articleFromText';
import { USE_SELECTION_TTL_MS, contentApi, type ExtractOutcome } from './protocol';

function selectedText(): string {
  return globalThis.getSelection?.()?.toString().trim() ?? '';
}

function extract(useSelection: boolean): ExtractOutcome {
  if (document.contentType === 'application/pdf') return { kind: 'pdf' };
  // A page still parsing has no body worth reading yet; once interactive, the article is usually there.
  if (document.readyState === 'loading' && (document.body?.innerText.length ?? 0) < 500) return { kind: 'loading' };
  const selection = selectedText();
  if (useSelection && selection) {
    const lang = document.documentElement.lang || null;
    return { kind: 'article', article: articleFromText(selection, { url: location.href, title: document.title, lang }) };
  }
  try {
    const result = extractArticle(document, { url: location.href, selectionText: selection || undefined });
    if (result.ok) return { kind: 'article', article: result.article };
    return { kind: 'error', code: result.code, message: result.message, hasSelection: selection.length > 0 };
  } catch (err) {
    return { kind: 'error', code: 'extraction-failed', message: String(err), hasSelection: selection.length > 0 };
  }
}

function runInjected(): ExtractOutcome {
  const asked = globalThis.__ledeUseSelection;
  const useSelection = typeof asked === 'number' && Date.now() - asked < USE_SELECTION_TTL_MS;
  globalThis.__ledeUseSelection = undefined;
  const t0 = performance.now();
  const outcome = extract(useSelection);
  outcome.ms = performance.now() - t0;
  return outcome;
}

contentApi().runInjected = runInjected;
