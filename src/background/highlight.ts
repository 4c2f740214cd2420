/**
 * Highlighting a passage of the popup's article in the page: the CSS Custom Highlight API's style, the highlighter
 * (content/highlight.ts) injected on demand, then one call to it. A page that refuses simply finds nothing.
 */
import { browser } from '../shared/browser';
import { INJECTED_SCRIPTS } from '../content/protocol';

const HIGHLIGHT_CSS = '::highlight(lede){background-color:#ffe066;color:#111;}';

/** Highlights `text` in the tab; `found` is false when the passage is not in the page (or the page refused). */
export async function highlightInTab(tabId: number, text: string): Promise<{ found: boolean }> {
  try {
    await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
    await browser.scripting.executeScript({ target: { tabId }, files: [INJECTED_SCRIPTS.highlight] });
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: (passage: string) => globalThis.__lede?.highlight?.(passage) ?? false,
      args: [text.slice(0, 5000)],
    });
    return { found: injection?.result === true };
  } catch {
    return { found: false };
  }
}
