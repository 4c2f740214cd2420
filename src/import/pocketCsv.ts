/**
 * Pocket's CSV export: `title,url,time_added,cursor,tags,status` (older files lack `cursor`), tags joined with
 * `|`, status `unread` / `archive`, times in Unix seconds.
 */
import { ResultBuilder } from './build';
import { readCsv } from './csv';
import { fromUnix } from './safety';

/** Undoes the apostrophe spreadsheets-safe exports (Lede's among them) put before `=`, `+`, `-`, `@`. */
export function unneutralise(cell: string | undefined): string {
  return (cell ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
}

export function isPocketHeader(headers: string[]): boolean {
  return headers.includes('url') && headers.includes('time_added') && headers.includes('status');
}

export function parsePocketCsv(text: string, file?: string): ResultBuilder {
  const out = new ResultBuilder(file);
  const { rows } = readCsv(text);
  for (const row of rows) {
    if (row.ragged && !row.get('url')) {
      out.problem(row.line, 'bad-row');
      continue;
    }
    const tags = unneutralise(row.get('tags')).split('|');
    const status = (row.get('status') ?? '').trim().toLowerCase();
    out.add(row.line, {
      url: row.get('url'),
      title: unneutralise(row.get('title')),
      savedAt: fromUnix(row.get('time_added')),
      status: status === 'archive' || status === 'archived' ? 'archived' : 'unread',
      // Not a Pocket column: Lede's own CSV export adds it.
      favourite: row.get('favourite') === '1',
      tags,
    });
  }
  return out;
}
