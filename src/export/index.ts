/** Export in one call: the bytes of the file and the name and type to download it under. */
import { strToU8 } from 'fflate';
import type { ArticleRecord } from '../storage/types';
import { toBackupJson, type BackupInput } from './backup';
import { toCsv } from './csv';
import { toMarkdownZip } from './markdown';
import { toNetscape } from './netscape';

import type { ExportFormat } from './formats';

export { EXPORT_FORMATS, type ExportFormat } from './formats';

export interface ExportFile {
  name: string;
  mime: string;
  data: Uint8Array;
}

function stamp(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** `rows` is what the reader chose (all or the current filter); the backup also needs visits, interests, settings. */
export function exportFile(format: ExportFormat, data: BackupInput, now = Date.now()): ExportFile {
  const rows: readonly ArticleRecord[] = data.articles;
  const day = stamp(now);
  switch (format) {
    case 'backup':
      return { name: `lede-backup-${day}.json`, mime: 'application/json', data: strToU8(toBackupJson(data, now)) };
    case 'csv':
      // A byte-order mark so spreadsheet programs read the file as UTF-8 (Chinese titles...).
      return { name: `lede-${day}.csv`, mime: 'text/csv', data: strToU8('\uFEFF' + toCsv(rows)) };
    case 'bookmarks':
      return { name: `lede-bookmarks-${day}.html`, mime: 'text/html', data: strToU8(toNetscape(rows)) };
    case 'markdown':
      return { name: `lede-markdown-${day}.zip`, mime: 'application/zip', data: toMarkdownZip(rows, now) };
  }
}

export { toCsv, toNetscape, toMarkdownZip };
export { makeBackup, toBackupJson } from './backup';
