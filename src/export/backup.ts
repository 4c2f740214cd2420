/** Lede's backup file: everything, versioned, never a credential. */
import { BACKUP_FORMAT, BACKUP_VERSION, stripSecrets, type LedeBackup } from '../import/ledeBackup';
import type { ArticleRecord, VisitRecord } from '../storage/types';
import type { Interest } from '../core/interests/profile';

export interface BackupInput {
  articles: readonly ArticleRecord[];
  visits: readonly VisitRecord[];
  interests: readonly Interest[];
  settings: Record<string, unknown>;
}

export function makeBackup(data: BackupInput, now = Date.now()): LedeBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles: data.articles.map((a) => ({ ...a })),
    // Visit ids are local auto-increment keys: meaningless in another profile.
    visits: data.visits.map(({ id: _id, ...v }) => ({ ...v })),
    interests: data.interests.map((i) => ({ ...i })),
    settings: stripSecrets(data.settings),
  };
}

export function toBackupJson(data: BackupInput, now = Date.now()): string {
  return JSON.stringify(makeBackup(data, now));
}
