/**
 * An in-memory bookmarks API with the WebExtensions shapes: string ids, `parentId` and `index` kept in order as
 * nodes come and go, `dateAdded`, folders without `url`, Chrome's root ("0") with "Bookmarks bar" ("1") and
 * "Other bookmarks" ("2"), rejections for unknown ids and non-empty folders, and the four events fired after
 * each change (asynchronously, as the browsers do). `syncApply` plays the browser's sync engine: changes that
 * arrive from another device, with events, whether or not anyone listens.
 */
import type { BookmarkNode, BookmarksLike } from '../../../../src/shared/bookmarksApi';

type Fn = (...args: never[]) => void;

class FakeEvent<F extends Fn> {
  listeners = new Set<F>();
  addListener(fn: F) {
    this.listeners.add(fn);
  }
  removeListener(fn: F) {
    this.listeners.delete(fn);
  }
  fire(...args: Parameters<F>) {
    for (const fn of this.listeners) queueMicrotask(() => fn(...args));
  }
}

interface Stored {
  id: string;
  parentId?: string;
  title: string;
  url?: string;
  dateAdded: number;
  folderType?: string;
  children?: string[];
}

export class FakeBookmarks implements BookmarksLike {
  private nodes = new Map<string, Stored>();
  private nextId = 100;
  /** Writes Lede made (create, move, remove): what tests assert "nothing more was written" with. */
  writes = 0;

  onCreated = new FakeEvent<(id: string, node: BookmarkNode) => void>();
  onRemoved = new FakeEvent<(id: string, info: { parentId: string; index: number; node?: BookmarkNode }) => void>();
  onMoved = new FakeEvent<(id: string, info: { parentId: string; index: number; oldParentId: string; oldIndex: number }) => void>();
  onChanged = new FakeEvent<(id: string, info: { title: string; url?: string }) => void>();

  constructor() {
    this.nodes.set('0', { id: '0', title: '', dateAdded: 0, children: ['1', '2'] });
    this.nodes.set('1', { id: '1', parentId: '0', title: 'Bookmarks bar', dateAdded: 0, folderType: 'bookmarks-bar', children: [] });
    this.nodes.set('2', { id: '2', parentId: '0', title: 'Other bookmarks', dateAdded: 0, folderType: 'other', children: [] });
  }

  private view(s: Stored, deep: boolean): BookmarkNode {
    const parent = s.parentId ? this.nodes.get(s.parentId) : undefined;
    const node: BookmarkNode = { id: s.id, title: s.title, dateAdded: s.dateAdded };
    if (s.parentId !== undefined) {
      node.parentId = s.parentId;
      node.index = parent!.children!.indexOf(s.id);
    }
    if (s.url !== undefined) node.url = s.url;
    if (s.folderType) node.folderType = s.folderType;
    if (deep && s.children) node.children = s.children.map((c) => this.view(this.nodes.get(c)!, true));
    return node;
  }

  private must(id: string): Stored {
    const n = this.nodes.get(id);
    if (!n) throw new Error(`Can't find bookmark for id.`);
    return n;
  }

  async getTree() {
    return [this.view(this.nodes.get('0')!, true)];
  }
  async get(idOrIds: string | string[]) {
    return (Array.isArray(idOrIds) ? idOrIds : [idOrIds]).map((id) => this.view(this.must(id), false));
  }
  async getChildren(id: string) {
    const n = this.must(id);
    if (!n.children) throw new Error('Not a folder');
    return n.children.map((c) => this.view(this.nodes.get(c)!, false));
  }
  async search(query: { title?: string; url?: string }) {
    return [...this.nodes.values()]
      .filter((n) => n.id !== '0' && (query.title === undefined || n.title === query.title) && (query.url === undefined || n.url === query.url))
      .map((n) => this.view(n, false));
  }

  async create(d: { parentId?: string; index?: number; title?: string; url?: string }) {
    this.writes++;
    return this.insert(d);
  }
  async move(id: string, dest: { parentId?: string; index?: number }) {
    this.writes++;
    return this.relocate(id, dest);
  }
  async remove(id: string) {
    this.writes++;
    this.delete(id);
  }

  // ---- the same changes, as sync from another device applies them (not counted as Lede's writes) ----
  syncApply = {
    create: (d: { parentId: string; title: string; url?: string }) => this.insert(d),
    move: (id: string, parentId: string) => this.relocate(id, { parentId }),
    remove: (id: string) => this.delete(id),
    removeTree: (id: string) => this.delete(id, true),
    rename: (id: string, title: string) => {
      this.must(id).title = title;
      this.onChanged.fire(id, { title });
    },
  };

  private insert(d: { parentId?: string; index?: number; title?: string; url?: string }): BookmarkNode {
    const parent = this.must(d.parentId ?? '2');
    if (!parent.children) throw new Error('Parameter parentId must be a folder');
    const id = String(this.nextId++);
    const s: Stored = { id, parentId: parent.id, title: d.title ?? '', dateAdded: Date.now() };
    if (d.url !== undefined) s.url = d.url;
    else s.children = [];
    this.nodes.set(id, s);
    parent.children.splice(d.index ?? parent.children.length, 0, id);
    const node = this.view(s, false);
    this.onCreated.fire(id, node);
    return node;
  }

  private relocate(id: string, dest: { parentId?: string; index?: number }): BookmarkNode {
    const s = this.must(id);
    const oldParent = this.must(s.parentId!);
    const oldIndex = oldParent.children!.indexOf(id);
    const parent = this.must(dest.parentId ?? s.parentId!);
    oldParent.children!.splice(oldIndex, 1);
    parent.children!.splice(dest.index ?? parent.children!.length, 0, id);
    s.parentId = parent.id;
    const node = this.view(s, false);
    this.onMoved.fire(id, { parentId: parent.id, index: node.index!, oldParentId: oldParent.id, oldIndex });
    return node;
  }

  private delete(id: string, tree = false): void {
    const s = this.must(id);
    if (s.children?.length && !tree) throw new Error("Can't remove non-empty folder");
    const node = this.view(s, true);
    const parent = this.must(s.parentId!);
    const index = parent.children!.indexOf(id);
    parent.children!.splice(index, 1);
    const drop = (n: Stored) => {
      this.nodes.delete(n.id);
      for (const c of n.children ?? []) drop(this.nodes.get(c)!);
    };
    drop(s);
    this.onRemoved.fire(id, { parentId: parent.id, index, node });
  }

  /** Bookmarks (not folders) directly in a folder, in order. */
  urlsIn(folderId: string): string[] {
    return (this.nodes.get(folderId)?.children ?? []).map((c) => this.nodes.get(c)!).filter((n) => n.url).map((n) => n.url!);
  }

  /** Test helper: the first folder of this title. */
  folderNamed(title: string, parentId?: string): string | undefined {
    return [...this.nodes.values()].find((n) => n.children && n.title === title && (parentId === undefined || n.parentId === parentId))?.id;
  }

  listenerCount(): number {
    return this.onCreated.listeners.size + this.onRemoved.listeners.size + this.onMoved.listeners.size + this.onChanged.listeners.size;
  }
}

/** `storage.local` in memory, shaped as the mirror reads it. */
export function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(key: string) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(data, structuredClone(items));
    },
  };
}
