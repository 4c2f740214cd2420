/**
 * The reading list <-> bookmarks mirror as a three-way merge. Each saved URL has up to three states: the
 * library's (unread / archived / absent), the bookmarks' (in Read later / in Archive / absent) and the mirror's
 * base: the state both sides agreed on the last time Lede mirrored that URL. Whichever side differs from the
 * base changed; the plan carries that change to the other side. With no base (a first mirror, a new device,
 * a worker stopped between a bookmark write and its record) both sides are matched by URL, so running the plan
 * again never duplicates anything: it only finishes what the last run left undone.
 *
 * Pure: the worker reads the three states, plans, and applies the steps in batches (background/bookmarks/).
 */

export type ListState = 'unread' | 'archived';

/** What Lede last wrote or read for a URL: the base of the merge. */
export interface MirrorRow {
  /** Canonical article URL (`normalizeUrl`): the library's key. */
  url: string;
  bookmarkId: string;
  state: ListState;
}

/** A bookmark found in the Read later or Archive folder, its URL already canonical. */
export interface FolderBookmark {
  id: string;
  url: string;
  title: string;
  state: ListState;
}

export type SyncStep =
  /** A library item without its bookmark: create it in the folder of `state`. */
  | { kind: 'create'; url: string; state: ListState }
  /** Move the bookmark to the folder of `state` (the reader archived or unarchived in the library). */
  | { kind: 'move'; url: string; bookmarkId: string; state: ListState }
  /** The reader removed the item from the library: remove its bookmark. */
  | { kind: 'remove'; url: string; bookmarkId: string }
  /** A bookmark arrived (sync, or the reader put it there): a saved item with its title and URL. */
  | { kind: 'import'; url: string; title: string; state: ListState }
  /** The bookmark moved between the folders: the item's state follows. */
  | { kind: 'setState'; url: string; state: ListState }
  /** The bookmark was removed: the item leaves the list, into the sync trash (restorable). */
  | { kind: 'trash'; url: string }
  /** Both sides agree now: remember it as the new base. */
  | { kind: 'record'; url: string; bookmarkId: string; state: ListState }
  /** Neither side has the URL any more: forget the base. */
  | { kind: 'forget'; url: string };

export interface PlanInput {
  /** Saved library items by canonical URL. */
  library: ReadonlyMap<string, ListState>;
  /** Bookmarks in the two folders (duplicates of one URL allowed: the same page saved twice is one item). */
  bookmarks: readonly FolderBookmark[];
  mirror: ReadonlyMap<string, MirrorRow>;
  /** Plan only these URLs (an incremental pass after an event); every URL when absent. */
  only?: ReadonlySet<string>;
}

/**
 * When both sides have the URL but no base says which came first (first mirror, new device): archived wins, as
 * archiving is what a reader does after saving, so it is the later state on whichever device did it.
 */
function merged(a: ListState, b: ListState): ListState {
  return a === 'archived' || b === 'archived' ? 'archived' : 'unread';
}

export function planReconcile({ library, bookmarks, mirror, only }: PlanInput): SyncStep[] {
  const byUrl = new Map<string, FolderBookmark[]>();
  for (const b of bookmarks) {
    if (only && !only.has(b.url)) continue;
    const list = byUrl.get(b.url);
    if (list) list.push(b);
    else byUrl.set(b.url, [b]);
  }
  const urls = new Set<string>(only ?? []);
  if (!only) {
    for (const url of library.keys()) urls.add(url);
    for (const url of byUrl.keys()) urls.add(url);
    for (const url of mirror.keys()) urls.add(url);
  }

  const steps: SyncStep[] = [];
  for (const url of urls) {
    const lib = library.get(url);
    const base = mirror.get(url);
    const marks = byUrl.get(url) ?? [];
    // The bookmark the base names, when it is still in a folder; otherwise the first one with the URL.
    const primary = marks.find((b) => b.id === base?.bookmarkId) ?? marks[0];
    const mark = primary?.state;

    if (!base) {
      if (lib && !primary) steps.push({ kind: 'create', url, state: lib });
      else if (!lib && primary) {
        steps.push({ kind: 'import', url, title: primary.title, state: primary.state });
        steps.push({ kind: 'record', url, bookmarkId: primary.id, state: primary.state });
      } else if (lib && primary) {
        const state = merged(lib, primary.state);
        if (lib !== state) steps.push({ kind: 'setState', url, state });
        for (const b of marks) if (b.state !== state) steps.push({ kind: 'move', url, bookmarkId: b.id, state });
        steps.push({ kind: 'record', url, bookmarkId: primary.id, state });
      }
      continue;
    }

    const libChanged = lib !== base.state;
    const markChanged = mark !== base.state;
    if (!libChanged && !markChanged) {
      // Same state; the bookmark may have been replaced (sync re-created it under a new id).
      if (primary!.id !== base.bookmarkId) steps.push({ kind: 'record', url, bookmarkId: primary!.id, state: base.state });
      continue;
    }
    if (libChanged && !markChanged) {
      if (!lib) {
        for (const b of marks) steps.push({ kind: 'remove', url, bookmarkId: b.id });
        steps.push({ kind: 'forget', url });
      } else {
        for (const b of marks) if (b.state !== lib) steps.push({ kind: 'move', url, bookmarkId: b.id, state: lib });
        steps.push({ kind: 'record', url, bookmarkId: primary!.id, state: lib });
      }
      continue;
    }
    if (!libChanged && markChanged) {
      if (!primary) {
        steps.push({ kind: 'trash', url });
        steps.push({ kind: 'forget', url });
      } else {
        steps.push({ kind: 'setState', url, state: primary.state });
        for (const b of marks) if (b.state !== primary.state) steps.push({ kind: 'move', url, bookmarkId: b.id, state: primary.state });
        steps.push({ kind: 'record', url, bookmarkId: primary.id, state: primary.state });
      }
      continue;
    }
    // Both changed. With two states, two changes that both keep the item agree; otherwise a removal wins over a
    // move (the removed side's reader meant it; the library's copy goes to the trash, never lost).
    if (!lib && !primary) steps.push({ kind: 'forget', url });
    else if (!lib) {
      for (const b of marks) steps.push({ kind: 'remove', url, bookmarkId: b.id });
      steps.push({ kind: 'forget', url });
    } else if (!primary) {
      steps.push({ kind: 'trash', url });
      steps.push({ kind: 'forget', url });
    } else {
      for (const b of marks) if (b.state !== lib) steps.push({ kind: 'move', url, bookmarkId: b.id, state: lib });
      steps.push({ kind: 'record', url, bookmarkId: primary.id, state: lib });
    }
  }
  return steps;
}

/** How many steps of each kind: what the options page and the benchmark report. */
export function countSteps(steps: readonly SyncStep[]): Record<SyncStep['kind'], number> {
  const out = { create: 0, move: 0, remove: 0, import: 0, setState: 0, trash: 0, record: 0, forget: 0 };
  for (const s of steps) out[s.kind]++;
  return out;
}

/** What one mirror run did, kept for the options page. */
export interface RunReport {
  at: number;
  /** A whole pass (start-up, enabling) rather than the few URLs an event named. */
  full: boolean;
  counts: ReturnType<typeof countSteps>;
  ms: number;
  /** Of which reading the three states (the folders, the library's keys, the base). */
  readMs?: number;
  error?: string;
}
