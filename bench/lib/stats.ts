/** Median of a list (NaN when empty). */
export function median(xs: number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile, p in 0..100 (NaN when empty). */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}
