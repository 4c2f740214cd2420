/**
 * Which rows of a long list to render: only those in view plus a margin, so 10,000 items cost as much to
 * draw as thirty. Rows have a fixed height (the row styles clamp every line), which keeps this arithmetic.
 */
export interface WindowRange {
  start: number;
  /** Exclusive. */
  end: number;
  /** Space above the first rendered row, in px. */
  before: number;
  /** Space below the last rendered row, in px. */
  after: number;
}

export function visibleRange(count: number, rowHeight: number, scrollTop: number, viewport: number, overscan = 6): WindowRange {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.min(count, first + Math.ceil(viewport / rowHeight) + overscan);
  return { start, end: Math.max(start, end), before: start * rowHeight, after: Math.max(0, count - Math.max(start, end)) * rowHeight };
}

/** The scroll position that brings row `index` fully into view, or null when it already is. */
export function scrollToReveal(index: number, rowHeight: number, scrollTop: number, viewport: number): number | null {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport;
  return null;
}
