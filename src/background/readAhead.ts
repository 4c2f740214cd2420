/**
 * Reads started before anyone asked for them: when the popup's page begins to load, the worker starts reading
 * its tab at once (see popupOpening.ts), and the popup's request, ~50 ms later, takes that read over instead of
 * starting its own. Pure bookkeeping, no browser: one read per tab, good for a short while, taken at most once.
 */
import { tabParam } from '../popup/tabTarget';

/** Longer than any popup takes to load and ask (a cold start included); an unclaimed read is then dropped. */
export const READ_AHEAD_TTL_MS = 10_000;
/**
 * How much earlier than the popup's navigation a read may seem to start and still be that popup's: the two
 * times come from different processes' clocks. Far less than it takes to close a popup and open another.
 */
export const CLOCK_SKEW_MS = 250;

export class ReadAhead<T> {
  private readonly reads = new Map<number, { at: number; result: Promise<T> }>();

  constructor(
    private readonly ttlMs = READ_AHEAD_TTL_MS,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Starts `read` for the tab, replacing an earlier read of it that nobody took. */
  start(tabId: number, read: () => Promise<T>): void {
    this.prune();
    const result = read();
    // Nobody may ever take it: its failure must not surface as an unhandled rejection.
    result.catch(() => {});
    this.reads.set(tabId, { at: this.now(), result });
  }

  /**
   * The read started for the tab, if it is recent; it is handed out once. With `openedAt` (the popup's
   * navigation start, epoch ms), only a read started for that popup: one started for an earlier popup that
   * closed without asking may show a page the tab has left since.
   */
  take(tabId: number, openedAt?: number): Promise<T> | undefined {
    const entry = this.reads.get(tabId);
    this.reads.delete(tabId);
    this.prune();
    if (!entry || this.now() - entry.at > this.ttlMs) return undefined;
    if (openedAt !== undefined && entry.at < openedAt - CLOCK_SKEW_MS) return undefined;
    return entry.result;
  }

  get size(): number {
    return this.reads.size;
  }

  private prune(): void {
    const now = this.now();
    for (const [tabId, entry] of this.reads) if (now - entry.at > this.ttlMs) this.reads.delete(tabId);
  }
}

/**
 * The tab a popup navigation is for: `?tab=<id>` when the popup was opened as a page for a given tab (the
 * end-to-end tests), 'active' for the toolbar popup (it works on the active tab of the focused window), null
 * for any other URL.
 */
export function popupTarget(url: string, popupUrl: string): number | 'active' | null {
  let parsed: URL;
  let popup: URL;
  try {
    parsed = new URL(url);
    popup = new URL(popupUrl);
  } catch {
    return null;
  }
  // Host, not origin: URL gives every non-web scheme (chrome-extension:, moz-extension:) the origin "null".
  if (parsed.protocol !== popup.protocol || parsed.host !== popup.host || parsed.pathname !== popup.pathname) return null;
  // The popup reads its URL the same way (tabTarget.ts), so both ask for the same tab.
  const tab = tabParam(parsed.search);
  return tab === undefined ? 'active' : tab;
}
