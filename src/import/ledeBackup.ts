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

/** A backup as read for restoring: `articles` holds every row to restore, history-only ones included. */
export interface ParsedBackup extends LedeBackup {
  /** Rows that were opened but never saved: restored into the history, not counted as articles in the preview. */
  historyOnly: number;
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

/**
 * What the reader would call the article's tags: its own tags and its topics' labels. The `topics` column holds
 * interest keys (`category:technology`), which are an index, never shown.
 */
function labelsOf(article: Row): string[] {
  const out: string[] = [];
  if (Array.isArray(article.tags)) for (const t of article.tags) if (typeof t === 'string') out.push(t);
  const analysis = article.analysis as Row | null | undefined;
  const topics = analysis && typeof analysis === 'object' ? analysis.topics : undefined;
  if (Array.isArray(topics)) {
    for (const t of topics) if (t && typeof t === 'object' && typeof (t as Row).label === 'string') out.push((t as Row).label as string);
  }
  return out;
}

/** Validates the envelope; articles with unsafe URLs become problems and are dropped from `backup.articles`. */
export function parseBackup(text: string): { backup: ParsedBackup; result: ResultBuilder } {
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
  let historyOnly = 0;
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
    if (result.items.length === before) return;
    articles.push({ ...a, url: result.items[result.items.length - 1]!.url });
    // Validated like the others (a bad URL is a problem either way), but the preview counts saved articles only.
    if (a.saved === false) {
      result.items.pop();
      historyOnly++;
    }
  });
  const backup: ParsedBackup = {
    format: BACKUP_FORMAT,
    version,
    exportedAt: typeof d.exportedAt === 'string' ? d.exportedAt : '',
    articles,
    historyOnly,
    visits: rows(d.visits).filter((v) => typeof v.url === 'string'),
    interests: rows(d.interests).filter((v) => typeof v.label === 'string'),
    settings,
  };
  return { backup, result };
}
