/**
 * Bounds on the work a page can make the extractor do. The extractor runs on the page's own main thread, so a
 * hostile or absurd page (a 20 MB document, a million elements, a crafted head) must not freeze the reader's tab
 * through Lede: past these limits the page gets a clear "too large" answer, and Readability, which Lede does not
 * own, is handed a clone whose known super-linear inputs are cut down first.
 */

export const LIMITS = {
  /** Elements in the page. The largest real article pages in the corpora have under 30,000. */
  maxElements: 300_000,
  /** Characters of body text (about 600,000 words: no article is near it). */
  maxTextChars: 5_000_000,
  /**
   * A meta `name`/`property` longer than this is not one (real ones are under 40 characters). Readability matches
   * an unanchored `\s*(article|og|...)\s*:` against every one, which is quadratic in a long run of spaces.
   */
  maxMetaKeyChars: 256,
  /** Strings in JSON-LD handed to Readability: it compares `name`/`headline` with the title token by token, in
   * time proportional to the product of their lengths. Real headlines are under 300 characters. */
  maxJsonLdStringChars: 2_000,
  /** One JSON-LD script, and all of a page's together, read at most this many characters. */
  maxJsonLdScriptChars: 1_000_000,
  maxJsonLdTotalChars: 2_000_000,
  /** Nodes collected from a page's JSON-LD (10,000-entry FAQs exist only to hurt). */
  maxJsonLdNodes: 5_000,
  /**
   * Element depth past which a subtree is read as its text alone. Readability reads the text of every element
   * it walks, so its cost grows with depth times size: 100,000 nested divs (which Chromium's parser stacks
   * 511 deep over a run of 99,000 siblings) took it 8 to 13 s. The deepest of 459 real pages in the corpora
   * is 40 levels; blocks.ts stops recursing at the same depth.
   */
  maxDepth: 120,
  /** After this long, the extractor skips its second Readability pass and answers with what it has. */
  retryBudgetMs: 1_500,
} as const;

/** Why the page is too large to read, or null. Counts elements natively (one call) before any walk. */
export function tooLarge(
  doc: Document,
  bodyTextLength: number,
  limits: { maxElements: number; maxTextChars: number } = LIMITS,
): string | null {
  const elements = doc.getElementsByTagName('*').length;
  if (elements > limits.maxElements) return `The page has ${elements} elements; Lede reads pages of up to ${limits.maxElements}.`;
  if (bodyTextLength > limits.maxTextChars) {
    return `The page holds ${bodyTextLength} characters of text; Lede reads pages of up to ${limits.maxTextChars}.`;
  }
  return null;
}

function truncateStrings(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.length > LIMITS.maxJsonLdStringChars ? value.slice(0, LIMITS.maxJsonLdStringChars) : value;
  if (value === null || typeof value !== 'object' || depth > 8) return typeof value === 'object' ? null : value;
  if (Array.isArray(value)) return value.slice(0, 200).map((v) => truncateStrings(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = truncateStrings(v, depth + 1);
  return out;
}

/**
 * Cuts the clone Readability will parse down to inputs it handles in linear time: over-long meta keys go, and
 * JSON-LD is re-written with long strings and deep or long structures trimmed (too big or broken JSON-LD goes:
 * Readability would skip broken JSON anyway). The page itself is never touched.
 */
export function boundForReadability(clone: Document): void {
  for (const meta of Array.from(clone.getElementsByTagName('meta'))) {
    const key = `${meta.getAttribute('name') ?? ''}${meta.getAttribute('property') ?? ''}${meta.getAttribute('itemprop') ?? ''}`;
    if (key.length > LIMITS.maxMetaKeyChars) meta.remove();
  }
  let budget = LIMITS.maxJsonLdTotalChars;
  for (const script of Array.from(clone.getElementsByTagName('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const raw = script.textContent ?? '';
    if (raw.length > LIMITS.maxJsonLdScriptChars || raw.length > budget) {
      script.remove();
      continue;
    }
    budget -= raw.length;
    try {
      script.textContent = JSON.stringify(truncateStrings(JSON.parse(raw), 0));
    } catch {
      script.remove();
    }
  }
}

/**
 * Replaces every element deeper than `maxDepth` below `root` that still has element children with its text, in
 * place (on the clone only), and returns how many it flattened. The walk is iterative: recursion is what a deep
 * page is built to break.
 */
export function flattenDeep(root: Element, maxDepth: number = LIMITS.maxDepth): number {
  let flattened = 0;
  let el: Element | null = root;
  let depth = 0;
  while (el) {
    if (el.firstElementChild) {
      if (depth < maxDepth) {
        el = el.firstElementChild;
        depth++;
        continue;
      }
      // One text node for the whole subtree: its words stay readable, its structure goes.
      const text = el.textContent;
      el.textContent = text;
      flattened++;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (!el || el === root) break;
    el = el.nextElementSibling;
  }
  return flattened;
}

/** True once `start` (a performance.now() reading) is more than the budget ago. */
export function overBudget(start: number, budgetMs: number = LIMITS.retryBudgetMs): boolean {
  return performance.now() - start > budgetMs;
}
