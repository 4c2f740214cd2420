/**
 * The reading list mirrored into bookmarks: read the three states (library, bookmarks, the mirror's base), plan
 * (core/sync/readingListPlan.ts), and apply the plan in batches. Each batch writes its bookmarks first and then,
 * in one database transaction, the library's side and the new base. A worker stopped between the two leaves
 * bookmarks without a base, which the next run matches by URL: nothing is created twice, nothing is lost.
 *
 * Runs are serialised: events and library changes that arrive during a run are collected and handled by the
 * next, so Lede's own bookmark writes come back as events only to find both sides already agree.
 */
import { normalizeUrl } from '../../core/url';
import { countSteps, planReconcile, type FolderBookmark, type MirrorRow, type RunReport, type SyncStep } from '../../core/sync/readingListPlan';
import { applyLibrarySteps, clearMirror, isLibraryStep, libraryStates, mirrorRows, titlesOf } from '../../storage/bookmarkMirror';
import { pruneSyncTrash } from '../../storage/syncTrash';
import type { BookmarkNode, BookmarksLike } from '../../shared/bookmarksApi';
import { ensureFolders, folderOf, type FolderIds } from './folders';
import type { BookmarkEvent } from './events';
import { OwnChanges } from './ownChanges';

/** Steps per batch: one transaction each, short enough that the library page's reads never wait long. */
export const BATCH_STEPS = 100;

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface MirrorState {
  enabled: boolean;
  folders?: FolderIds;
  lastRun?: RunReport;
}

export const STATE_KEY = 'bookmarkSync';

export async function readState(local: KeyValueArea): Promise<MirrorState> {
  const v = (await local.get(STATE_KEY))[STATE_KEY] as Partial<MirrorState> | undefined;
  return { enabled: v?.enabled === true, folders: v?.folders, lastRun: v?.lastRun };
}

export async function writeState(local: KeyValueArea, patch: Partial<MirrorState>): Promise<MirrorState> {
  const next = { ...(await readState(local)), ...patch };
  await local.set({ [STATE_KEY]: next });
  return next;
}

/**
 * The folder's bookmarks with canonical URLs. `isKey` says a URL already is a library or base key: Lede's own
 * bookmarks are, and skipping the URL parser for them saves ~80 ms on a 10,000-item pass.
 */
function folderBookmarks(nodes: readonly BookmarkNode[], state: FolderBookmark['state'], isKey: (url: string) => boolean): FolderBookmark[] {
  const out: FolderBookmark[] = [];
  for (const n of nodes) {
    // Sub-folders and non-web bookmarks (javascript:, file:) are the reader's: left alone.
    const url = n.url ? (isKey(n.url) ? n.url : normalizeUrl(n.url)) : null;
    if (url) out.push({ id: n.id, url, title: n.title, state });
  }
  return out;
}

/** Bookmark writes in flight at once. */
const WRITES_IN_FLIGHT = 8;

async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

const yieldToEventLoop = () => new Promise<void>((r) => setTimeout(r, 0));

export interface MirrorOptions {
  api: BookmarksLike;
  local: KeyValueArea;
  batchSteps?: number;
  now?: () => number;
  /** Tests and the benchmark: called after each batch is committed (a "worker stop" can be simulated here). */
  afterBatch?: (done: number, total: number) => void | Promise<void>;
  /** Checked before each batch: once the reader turns the option off, nothing more is written. */
  keepGoing?: () => Promise<boolean>;
}

export class BookmarkMirror {
  private running: Promise<void> | null = null;
  private pendingEvents: BookmarkEvent[] = [];
  private pendingUrls = new Set<string>();
  private pendingFull = false;
  private folders: FolderIds | null = null;
  /** The bookmark changes this mirror is making, whose events are no news (after a restart: none). */
  private own = new OwnChanges();

  constructor(private readonly opts: MirrorOptions) {}

  /**
   * Bookmark events (a burst of them). They join the same queue as the passes: each is looked at after the pass
   * that was running when it arrived has finished, so Lede's own writes are registered and the folders known.
   * Resolves once the passes they call for are done.
   */
  handleEvents(events: readonly BookmarkEvent[]): Promise<void> {
    this.pendingEvents.push(...events);
    return this.kick();
  }

  /** The folders as last found (null before the first run). */
  get folderIds(): FolderIds | null {
    return this.folders;
  }

  /**
   * Reconciles these URLs, or everything when `urls` is absent; resolves once a run that covers them is done.
   * Calls during a run are merged into one following run.
   */
  schedule(urls?: readonly string[]): Promise<void> {
    if (urls) for (const u of urls) this.pendingUrls.add(normalizeUrl(u) ?? u);
    else this.pendingFull = true;
    return this.kick();
  }

  /** The one queue of the mirror's work: events, then the passes they and the library asked for, one at a time. */
  private kick(): Promise<void> {
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    // A job that fails (the bookmark model busy, the database closing) must not stall the work queued behind it;
    // the first failure is passed on to the callers once the queue is empty (the run's report keeps it too).
    let failure: unknown = null;
    for (;;) {
      try {
        if (this.pendingEvents.length) {
          const events = this.pendingEvents;
          this.pendingEvents = [];
          await this.classify(events);
          continue;
        }
        if (!this.pendingFull && !this.pendingUrls.size) break;
        const full = this.pendingFull;
        const only = full ? undefined : [...this.pendingUrls];
        this.pendingFull = false;
        this.pendingUrls.clear();
        // Turned off while this work waited: nothing more is read or written.
        if (this.opts.keepGoing && !(await this.opts.keepGoing())) continue;
        await this.run(only);
      } catch (err) {
        failure ??= err;
      }
    }
    if (failure) throw failure;
  }

  /** Which URLs the events concern (or that only a full pass can tell); queued for the next pass. */
  private async classify(events: readonly BookmarkEvent[]): Promise<void> {
    const { api, local } = this.opts;
    const news = events.filter((ev) => !this.own.isEcho(ev));
    if (!news.length) return;
    const folders = this.folders ?? (await readState(local)).folders;
    if (!folders) {
      this.pendingFull = true;
      return;
    }
    const ours = new Set([folders.root, folders.unread, folders.archived]);
    const lookUp = async (id: string) => (await api.get(id).catch(() => [] as BookmarkNode[]))[0];
    for (const ev of news) {
      // Lede making its own folders is no news; one of them moved or removed by the reader is.
      if (ours.has(ev.id)) {
        if (ev.kind !== 'created') this.pendingFull = true;
        continue;
      }
      if (ev.kind === 'urlChanged') {
        const parent = (await lookUp(ev.id))?.parentId;
        if (parent && ours.has(parent)) this.pendingFull = true;
        continue;
      }
      const parents = ev.kind === 'moved' ? [ev.parentId, ev.oldParentId] : ev.parentId ? [ev.parentId] : [];
      if (!parents.some((p) => ours.has(p))) continue;
      // A sub-folder the reader made or removed in Lede's folders: only a full pass knows what it held.
      if ((ev.kind === 'created' && ev.url === undefined) || (ev.kind === 'removed' && ev.folder)) {
        this.pendingFull = true;
        continue;
      }
      const url = ev.kind === 'moved' ? (await lookUp(ev.id))?.url : ev.url;
      const key = url ? normalizeUrl(url) : null;
      if (key) this.pendingUrls.add(key);
      else if (url === undefined) this.pendingFull = true;
    }
  }

  /** One pass. Exposed for tests and the benchmark; the worker goes through `schedule`. */
  async run(only?: readonly string[]): Promise<RunReport> {
    const { api, local } = this.opts;
    const now = this.opts.now ?? Date.now;
    const started = now();
    const state = await readState(local);
    let steps: SyncStep[] = [];
    try {
      // The library's side is read while the folders are checked: on a cold start both are slow.
      const reads = Promise.all([libraryStates(only), mirrorRows(only)]);
      reads.catch(() => undefined); // awaited below; a failure of the folders first must not leave it unhandled
      const found = await ensureFolders(api, state.folders);
      this.folders = found.ids;
      if (found.recreated) await clearMirror();
      if (JSON.stringify(found.ids) !== JSON.stringify(state.folders)) await writeState(local, { folders: found.ids });
      // A lost folder means the base is gone: everything is matched again by URL.
      const scope = found.recreated ? undefined : only;
      const [unread, archived, [library, mirror]] = await Promise.all([
        api.getChildren(found.ids.unread),
        api.getChildren(found.ids.archived),
        found.recreated
          ? Promise.all([only ? libraryStates() : reads.then(([lib]) => lib), new Map<string, MirrorRow>()])
          : reads,
      ]);
      const isKey = (url: string) => library.has(url) || mirror.has(url);
      const bookmarks = [...folderBookmarks(unread, 'unread', isKey), ...folderBookmarks(archived, 'archived', isKey)];
      const readMs = now() - started;
      steps = planReconcile({ library, bookmarks, mirror, only: scope && new Set(scope) });
      await this.apply(steps, found.ids);
      if (!scope) await pruneSyncTrash(now());
      const report: RunReport = { at: now(), full: !scope, counts: countSteps(steps), ms: now() - started, readMs };
      // A pass over a few URLs that found nothing to do (the echo of Lede's own writes) keeps the last report.
      if (!scope || steps.length) await writeState(local, { lastRun: report });
      return report;
    } catch (err) {
      const report: RunReport = {
        at: now(),
        full: !only,
        counts: countSteps(steps),
        ms: now() - started,
        error: err instanceof Error ? err.message : String(err),
      };
      await writeState(local, { lastRun: report }).catch(() => undefined);
      throw err;
    }
  }

  private async apply(steps: readonly SyncStep[], ids: FolderIds): Promise<void> {
    const size = this.opts.batchSteps ?? BATCH_STEPS;
    for (let i = 0; i < steps.length; i += size) {
      if (this.opts.keepGoing && !(await this.opts.keepGoing())) return;
      const batch = steps.slice(i, i + size);
      const titles = await titlesOf(batch.filter((s) => s.kind === 'create').map((s) => s.url));
      const library = batch.filter(isLibraryStep);
      // A bookmark write that failed (the bookmark vanished meanwhile) records no new base for its URL: the next
      // run, which the bookmark's own event starts, sees the difference again.
      const failed = new Set<string>();
      // A few bookmark writes in flight at once: each is a round trip to the browser's bookmark model, and a whole
      // batch at once would queue the library page's database requests behind them in the browser process.
      await inParallel(
        batch,
        WRITES_IN_FLIGHT,
        async (s) => {
          try {
            if (s.kind === 'create') {
              const parentId = folderOf(ids, s.state);
              const pending = this.own.expectCreate(parentId, s.url);
              const node = await this.opts.api.create({ parentId, title: titles.get(s.url) ?? s.url, url: s.url }).catch((err: unknown) => {
                this.own.createFailed(pending);
                throw err;
              });
              this.own.created(pending, node.id);
              library.push({ kind: 'record', url: s.url, bookmarkId: node.id, state: s.state });
            } else if (s.kind === 'move') {
              const parentId = folderOf(ids, s.state);
              this.own.expectMove(s.bookmarkId, parentId);
              await this.opts.api.move(s.bookmarkId, { parentId }).catch((err: unknown) => {
                this.own.failed(s.bookmarkId);
                throw err;
              });
            } else if (s.kind === 'remove') {
              // Already gone (removed by the reader at the same moment) is what we wanted; its event is theirs.
              this.own.expectRemove(s.bookmarkId);
              await this.opts.api.remove(s.bookmarkId).catch(() => this.own.failed(s.bookmarkId));
            }
          } catch {
            failed.add(s.url);
          }
        },
      );
      const apply = failed.size ? library.filter((s) => !(s.kind === 'record' && failed.has(s.url))) : library;
      await applyLibrarySteps(apply, (this.opts.now ?? Date.now)());
      await this.opts.afterBatch?.(Math.min(i + size, steps.length), steps.length);
      await yieldToEventLoop();
    }
  }
}
