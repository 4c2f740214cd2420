/** Turning one source row into an ImportedItem or a problem: the checks every format shares. */
import { checkUrl, cleanTags, cleanText, looksLikeFormula } from './safety';
import type { ImportedItem, ImportProblem, ImportResult } from './types';

export interface RawItem extends Omit<ImportedItem, 'url' | 'title' | 'tags'> {
  url: unknown;
  title: unknown;
  tags: Iterable<unknown>;
}

export class ResultBuilder {
  readonly items: ImportedItem[] = [];
  readonly problems: ImportProblem[] = [];
  skipped = 0;

  /**
   * `trustedTitles`: Lede's own backup, whose titles are the reader's library as stored (shown as text, and
   * neutralised on CSV export); files from elsewhere have rows with formula titles refused.
   */
  constructor(
    private readonly file?: string,
    private readonly trustedTitles = false,
  ) {}

  problem(line: number, reason: ImportProblem['reason']): void {
    this.problems.push(this.file ? { line, reason, file: this.file } : { line, reason });
  }

  /** Adds the item, or records why it cannot be read. */
  add(line: number, raw: RawItem): void {
    const url = checkUrl(raw.url);
    if (!url.ok) return this.problem(line, url.reason);
    const title = cleanText(raw.title);
    // A title a spreadsheet would run is a hostile row, not an article: refuse it rather than store a payload.
    if (!this.trustedTitles && looksLikeFormula(title)) return this.problem(line, 'formula');
    const item: ImportedItem = { ...raw, url: url.url, title: title || url.url, tags: cleanTags(raw.tags) };
    if (item.excerpt !== undefined) {
      const excerpt = cleanText(item.excerpt, 5000);
      if (excerpt) item.excerpt = excerpt;
      else delete item.excerpt;
    }
    this.items.push(item);
  }

  merge(other: { items: ImportedItem[]; problems: ImportProblem[]; skipped: number }): void {
    for (const i of other.items) this.items.push(i);
    for (const p of other.problems) this.problems.push(p);
    this.skipped += other.skipped;
  }

  result(format: ImportResult['format']): ImportResult {
    return { format, items: this.items, problems: this.problems, skipped: this.skipped };
  }
}
