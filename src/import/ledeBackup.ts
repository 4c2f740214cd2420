/**
 * Lede's own backup: `{format: 'lede-backup', version: 1, exportedAt, articles, visits, interests, settings}`.
 * Rows are kept as the storage layer wrote them; this module only checks the envelope and every article's URL,
 * and derives ImportedItems so the preview can show what a restore would bring in.
 */
import { ResultBuilder } from './build';
import { ImportError } from './types';

export const BACKUP_FORMAT = 'lede-backup';
export const BACKUP_VERSION = 1;

type Row = Record<string, unknown>;

export interface LedeBackup {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO 8601 */
  exportedAt: string;
  articles: Row[];
  visits: Row[];
  interests: Row[];
  settings: Row;
}

/** Setting names that hold credentials: never written into a backup, never restored from one. */
export const SECRET_SETTING = /(api.?key|token|secret|password|credential)/i;

export function stripSecrets(settings: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(settings)) {
    if (SECRET_SETTING.test(k)) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? stripSecrets(v as Row) : v;
  }
  return out;
}

export function looksLikeBackup(text: string): boolean {
  // A JSON object whose `format` says so (JSON.stringify puts it first; a hand-edited file may not).
  return /^\s*\{/.test(text) && /"format"\s*:\s*"lede-backup"/.test(text.slice(0, 65536));
}

function rows(v: unknown): Row[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ImportError('bad-backup');
  return v.filter((r): r is Row => !!r && typeof r === 'object' && !Array.isArray(r));
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function labelsOf(article: Row): string[] {
  const out: string[] = [];
  for (const key of ['tags', 'topics']) {
    const list = article[key];
    if (!Array.isArray(list)) continue;
    for (const t of list) {
      if (typeof t === 'string') out.push(t);
      else if (t && typeof t === 'object' && typeof (t as Row).label === 'string') out.push((t as Row).label as string);
    }
  }
  return out;
}

/** Validates the envelope; articles with unsafe URLs become problems and are dropped from `backup.articles`. */
export function parseBackup(text: string): { backup: LedeBackup; result: ResultBuilder } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('bad-backup');
  }
  if (!data || typeof data !== 'object' || (data as Row).format !== BACKUP_FORMAT) throw new ImportError('bad-backup');
  const d = data as Row;
  const version = num(d.version);
  if (version === null) throw new ImportError('bad-backup');
  if (version > BACKUP_VERSION) throw new ImportError('newer-backup');
  const settings = d.settings && typeof d.settings === 'object' && !Array.isArray(d.settings) ? stripSecrets(d.settings as Row) : {};
  const result = new ResultBuilder(undefined, true);
  const articles: Row[] = [];
  rows(d.articles).forEach((a, i) => {
    const before = result.items.length;
    result.add(i + 1, {
      url: a.url,
      title: a.title,
      savedAt: num(a.savedAt),
      status: a.status === 'archived' ? 'archived' : 'unread',
      favourite: a.favourite === true,
      tags: labelsOf(a),
    });
    if (result.items.length > before) articles.push({ ...a, url: result.items[result.items.length - 1]!.url });
  });
  const backup: LedeBackup = {
    format: BACKUP_FORMAT,
    version,
    exportedAt: typeof d.exportedAt === 'string' ? d.exportedAt : '',
    articles,
    visits: rows(d.visits).filter((v) => typeof v.url === 'string'),
    interests: rows(d.interests).filter((v) => typeof v.label === 'string'),
    settings,
  };
  return { backup, result };
}
