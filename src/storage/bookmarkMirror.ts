/**
 * The library's side of the bookmark mirror: the saved list's states, the mirror's base rows, and the library
 * steps of a plan (core/sync/readingListPlan.ts) written in one transaction per batch, so a worker stopped
 * half-way leaves each batch whole or not at all.
 */
import { getDb } from './db';
import { guard } from './errors';
import { emptyRow } from './library';
import type { ListState, MirrorRow, SyncStep } from '../core/sync/readingListPlan';
import type { ArticleRecord } from './types';

/** Up to this many URLs are read row by row; more, through the indexes. */
const FEW = 100;

const stateOf = (row: Pick<ArticleRecord, 'status'>): ListState => (row.status === 'archived' ? 'archived' : 'unread');

/**
 * Saved items and their state, by URL. Without `only`, reads index keys alone (no row is loaded): the start-up
 * reconcile of a 10,000-item library must not read every offline copy.
 */
export function libraryStates(only?: readonly string[]): Promise<Map<string, ListState>> {
  return guard(async () => {
    const t = getDb().articles;
    // A few URLs: their rows. Many (the echo of a large mirror, an import): the index keys, as rows would mean
    // reading their offline copies.
    if (only && only.length <= FEW) {
      const rows = await t.bulkGet(only.slice());
      return new Map(rows.filter((r): r is ArticleRecord => r?.saved === true).map((r) => [r.url, stateOf(r)]));
    }
    // `savedAt` is null (and so out of the index) unless the row is saved.
    const [saved, archived] = await Promise.all([
      t.where('savedAt').above(-Infinity).primaryKeys(),
      t.where('status').equals('archived').primaryKeys(),
    ]);
    const isArchived = new Set(archived);
    const wanted = only && new Set(only);
    const out = new Map<string, ListState>();
    for (const url of saved) if (!wanted || wanted.has(url)) out.set(url, isArchived.has(url) ? 'archived' : 'unread');
    return out;
  });
}

export function mirrorRows(only?: readonly string[]): Promise<Map<string, MirrorRow>> {
  return guard(async () => {
    const t = getDb().bookmarkMirror;
    const rows = only ? (await t.bulkGet(only.slice())).filter((r): r is MirrorRow => r !== undefined) : await t.toArray();
    return new Map(rows.map((r) => [r.url, r]));
  });
}

/** Titles of library items, for the bookmarks a plan creates. */
export function titlesOf(urls: readonly string[]): Promise<Map<string, string>> {
  return guard(async () => {
    const rows = await getDb().articles.bulkGet(urls.slice());
    return new Map(rows.filter((r): r is ArticleRecord => r !== undefined).map((r) => [r.url, r.title || r.url]));
  });
}

/** Forgets every base row: the folders were lost, and the library is mirrored into new ones as on a first run. */
export function clearMirror(): Promise<void> {
  return guard(() => getDb().bookmarkMirror.clear());
}

type LibraryStep = Extract<SyncStep, { kind: 'import' | 'setState' | 'trash' | 'record' | 'forget' }>;

export function isLibraryStep(step: SyncStep): step is LibraryStep {
  return step.kind === 'import' || step.kind === 'setState' || step.kind === 'trash' || step.kind === 'record' || step.kind === 'forget';
}

/**
 * Applies library steps (imports, state changes, removals into the trash) and the new base rows together.
 * Imported items are saved links: title and URL until the reader opens the page and Lede fills in the rest.
 */
export function applyLibrarySteps(steps: readonly LibraryStep[], now = Date.now()): Promise<void> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.articles, db.bookmarkMirror, db.syncTrash, async () => {
      const touched = [...new Set(steps.filter((s) => s.kind === 'import' || s.kind === 'setState' || s.kind === 'trash').map((s) => s.url))];
      const existing = new Map(
        (await db.articles.bulkGet(touched)).filter((r): r is ArticleRecord => r !== undefined).map((r) => [r.url, r]),
      );
      const puts = new Map<string, ArticleRecord>();
      const deletes: string[] = [];
      const trash: { url: string; row: ArticleRecord; removedAt: number; seen: boolean }[] = [];
      const cameBack: string[] = [];
      const records: MirrorRow[] = [];
      const forgets: string[] = [];
      for (const step of steps) {
        const row = puts.get(step.url) ?? existing.get(step.url);
        switch (step.kind) {
          case 'import': {
            const base = row ?? { ...emptyRow(step.url, now), title: step.title.trim() || step.url };
            const saved = base.saved ? base : { ...base, saved: true, savedAt: now, readAt: null };
            puts.set(step.url, {
              ...saved,
              status: step.state,
              readAt: step.state === 'archived' ? (saved.readAt ?? now) : saved.readAt,
              updatedAt: now,
            });
            cameBack.push(step.url);
            break;
          }
          case 'setState':
            if (row?.saved && stateOf(row) !== step.state) {
              puts.set(step.url, { ...row, status: step.state, readAt: step.state === 'archived' ? now : row.readAt, updatedAt: now });
            }
            break;
          case 'trash':
            if (row?.saved) {
              trash.push({ url: step.url, row, removedAt: now, seen: false });
              // As the library's own "remove from saved": a page the reader opened stays in history.
              if (row.visitedAt === null) deletes.push(step.url);
              else puts.set(step.url, { ...row, saved: false, savedAt: null, status: 'unread', html: '', updatedAt: now });
            }
            break;
          case 'record':
            records.push({ url: step.url, bookmarkId: step.bookmarkId, state: step.state });
            break;
          case 'forget':
            forgets.push(step.url);
            break;
        }
      }
      for (const url of deletes) puts.delete(url);
      if (puts.size) await db.articles.bulkPut([...puts.values()]);
      if (deletes.length) await db.articles.bulkDelete(deletes);
      if (cameBack.length) await db.syncTrash.bulkDelete(cameBack);
      if (trash.length) await db.syncTrash.bulkPut(trash);
      if (forgets.length) await db.bookmarkMirror.bulkDelete(forgets);
      if (records.length) await db.bookmarkMirror.bulkPut(records);
    }),
  );
}
