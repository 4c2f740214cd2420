/**
 * One entry point for every import: bytes in (whatever the file is called), the format detected from its
 * content, one normalised list of items out, plus the rows that could not be read. Whole-file failures throw
 * ImportError so the caller can say why and change nothing.
 */
import type { ResultBuilder } from './build';
import { csvHeader } from './csv';
import { decodeText } from './decode';
import { isInstapaperHeader, parseInstapaperCsv } from './instapaperCsv';
import { looksLikeBackup, parseBackup, type ParsedBackup } from './ledeBackup';
import { dedupeItems } from './merge';
import { isNetscape, parseNetscape } from './netscape';
import { hasOmnivoreMetadata, isOmnivoreEntry, parseOmnivore } from './omnivore';
import { isPocketHeader, parsePocketCsv } from './pocketCsv';
import { isPocketHtml, parsePocketHtml } from './pocketHtml';
import { readZip, isZip } from './zip';
import { ImportError, LIMITS, type ImportFormat, type ImportResult, type ParseOptions } from './types';

export type { ImportedItem, ImportProblem, ImportResult, ImportFormat, ParseOptions, ProblemReason } from './types';
export { ImportError } from './types';
export type { LedeBackup } from './ledeBackup';

export interface ParsedImport extends ImportResult {
  /** Present for Lede backups: the full rows to restore (articles, visits, interests, settings). */
  backup?: ParsedBackup;
}

function parseCsvText(text: string, file?: string): { format: 'pocket-csv' | 'instapaper-csv'; out: ResultBuilder } | null {
  const headers = csvHeader(text);
  if (isPocketHeader(headers)) return { format: 'pocket-csv', out: parsePocketCsv(text, file) };
  if (isInstapaperHeader(headers)) return { format: 'instapaper-csv', out: parseInstapaperCsv(text, file) };
  return null;
}

function parseZip(bytes: Uint8Array, opts: ParseOptions): { format: ImportFormat; out: ResultBuilder } {
  const files = readZip(bytes, (n) => /\.csv$/i.test(n) || isOmnivoreEntry(n), opts);
  if (hasOmnivoreMetadata(files.keys())) return { format: 'omnivore-zip', out: parseOmnivore(files, decodeText) };
  let combined: ResultBuilder | null = null;
  let format: ImportFormat | null = null;
  const names = [...files.keys()].filter((n) => /\.csv$/i.test(n) && !/(^|\/)__MACOSX\//.test(n));
  names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const name of names) {
    const parsed = parseCsvText(decodeText(files.get(name)!), name);
    if (!parsed) continue; // other CSVs in the zip (Pocket adds annotations files): not a list of saves
    format ??= parsed.format === 'pocket-csv' ? 'pocket-zip' : parsed.format;
    if (combined) combined.merge(parsed.out);
    else combined = parsed.out;
  }
  if (!combined || !format) throw new ImportError('unknown-format');
  return { format, out: combined };
}

/** Detects the format and parses the file. Throws ImportError for a file that cannot be imported at all. */
export function parseImport(bytes: Uint8Array, opts: ParseOptions = {}): ParsedImport {
  if (bytes.length === 0) throw new ImportError('empty');
  if (bytes.length > (opts.maxBytes ?? LIMITS.maxBytes)) throw new ImportError('too-large');
  let format: ImportFormat;
  let out: ResultBuilder;
  let backup: ParsedBackup | undefined;
  if (isZip(bytes)) {
    ({ format, out } = parseZip(bytes, opts));
  } else {
    const text = decodeText(bytes);
    if (!text.trim()) throw new ImportError('empty');
    if (looksLikeBackup(text)) {
      const parsed = parseBackup(text);
      [format, out, backup] = ['lede-backup', parsed.result, parsed.backup];
    } else if (isNetscape(text)) {
      [format, out] = ['netscape-html', parseNetscape(text)];
    } else if (isPocketHtml(text)) {
      [format, out] = ['pocket-html', parsePocketHtml(text)];
    } else {
      const csv = /^[^\n<{]*,/.test(text) ? parseCsvText(text) : null;
      if (!csv) throw new ImportError('unknown-format');
      ({ format, out } = csv);
    }
  }
  const result = out.result(format);
  result.items = dedupeItems(result.items);
  if (result.items.length === 0 && result.problems.length === 0 && !backup) throw new ImportError('nothing-to-import');
  return backup ? { ...result, backup } : result;
}

export interface ImportSummary {
  total: number;
  unread: number;
  archived: number;
  favourites: number;
  withContent: number;
  /** ms since the epoch; null when no item has a date. */
  from: number | null;
  to: number | null;
  /** Tags found, most used first, with their counts. */
  tags: { tag: string; count: number }[];
  problems: number;
}

/** What the preview shows before anything is written. */
export function summarize(result: ImportResult): ImportSummary {
  let from: number | null = null;
  let to: number | null = null;
  let unread = 0;
  let favourites = 0;
  let withContent = 0;
  const counts = new Map<string, { tag: string; count: number }>();
  for (const item of result.items) {
    if (item.status === 'unread') unread++;
    if (item.favourite) favourites++;
    if (item.html) withContent++;
    if (item.savedAt !== null) {
      if (from === null || item.savedAt < from) from = item.savedAt;
      if (to === null || item.savedAt > to) to = item.savedAt;
    }
    for (const tag of item.tags) {
      const key = tag.toLocaleLowerCase();
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, { tag, count: 1 });
    }
  }
  const tags = [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  return {
    total: result.items.length,
    unread,
    archived: result.items.length - unread,
    favourites,
    withContent,
    from,
    to,
    tags,
    problems: result.problems.length,
  };
}
