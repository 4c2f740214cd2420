/**
 * CSV export in Pocket's columns (`title,url,time_added,cursor,tags,status`), so other read-later services that
 * import Pocket files take it, plus `topics` (Lede's own topic labels) and `favourite`.
 */
import type { ArticleRecord } from '../storage/types';
import { csvCell, topicLabels } from './cells';

export const CSV_COLUMNS = ['title', 'url', 'time_added', 'cursor', 'tags', 'status', 'topics', 'favourite'] as const;

export function toCsv(rows: readonly ArticleRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    const seconds = Math.floor((r.savedAt ?? r.visitedAt ?? r.updatedAt) / 1000);
    lines.push(
      [
        csvCell(r.title),
        csvCell(r.url),
        String(seconds),
        '',
        csvCell(r.tags.join('|')),
        r.status === 'archived' ? 'archive' : 'unread',
        csvCell(topicLabels(r).join('|')),
        r.favourite ? '1' : '0',
      ].join(','),
    );
  }
  // CRLF: RFC 4180, and what spreadsheets expect.
  return lines.join('\r\n') + '\r\n';
}
