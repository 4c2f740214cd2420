/**
 * The bookmarks API as Lede uses it, and its quirks between browsers (beside browser.ts, the one place for them):
 * - Chrome defines `bookmarks` only once the optional permission is granted, in every context at once;
 * - Firefox for Android has no bookmarks API at all (its bookmarks still sync to desktop Firefox);
 * - "Other bookmarks" is `unfiled_____` in Firefox and the `other` folder type (id "2" before Chrome 134) in Chrome.
 * The shape is the WebExtensions one (ids are strings, `parentId` + `index` place a node), so tests use a fake.
 */
import { browser } from './browser';

export interface BookmarkNode {
  id: string;
  parentId?: string;
  index?: number;
  title: string;
  /** Absent on folders. */
  url?: string;
  dateAdded?: number;
  children?: BookmarkNode[];
  /** Chrome 134+: 'bookmarks-bar' | 'other' | 'mobile' | 'managed'. */
  folderType?: string;
}

interface Ev<F> {
  addListener(fn: F): void;
  removeListener(fn: F): void;
}

export interface BookmarksLike {
  getTree(): Promise<BookmarkNode[]>;
  /** Rejects when any id is unknown (as both browsers do). */
  get(idOrIds: string | string[]): Promise<BookmarkNode[]>;
  getChildren(id: string): Promise<BookmarkNode[]>;
  search(query: { title?: string; url?: string }): Promise<BookmarkNode[]>;
  create(details: { parentId?: string; index?: number; title?: string; url?: string }): Promise<BookmarkNode>;
  move(id: string, destination: { parentId?: string; index?: number }): Promise<BookmarkNode>;
  remove(id: string): Promise<void>;
  onCreated: Ev<(id: string, node: BookmarkNode) => void>;
  onRemoved: Ev<(id: string, info: { parentId: string; index: number; node?: BookmarkNode }) => void>;
  onMoved: Ev<(id: string, info: { parentId: string; index: number; oldParentId: string; oldIndex: number }) => void>;
  onChanged: Ev<(id: string, info: { title: string; url?: string }) => void>;
}

export const BOOKMARKS_PERMISSION = { permissions: ['bookmarks'] } as const;

/** The API when this context may use it (permission granted), else null. */
export function bookmarksApi(): BookmarksLike | null {
  const api = (browser as unknown as { bookmarks?: BookmarksLike }).bookmarks;
  return api && typeof api.getTree === 'function' ? api : null;
}

/** False where the browser has no bookmarks API even with the permission: Firefox for Android. */
export async function bookmarksSupported(): Promise<boolean> {
  try {
    return (await browser.runtime.getPlatformInfo()).os !== 'android';
  } catch {
    return true;
  }
}

export async function hasBookmarksPermission(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['bookmarks'] }).catch(() => false);
}

/**
 * Asks for the permission; call from a click (browsers require a user gesture, so nothing is awaited first).
 * Firefox refuses to request a permission a build holds from the start (the e2e build): then it is granted.
 */
export async function requestBookmarksPermission(): Promise<boolean> {
  try {
    return await browser.permissions.request({ permissions: ['bookmarks'] });
  } catch {
    return hasBookmarksPermission();
  }
}

/** The "Other bookmarks" folder (Chrome) / "Other Bookmarks" (Firefox): where the Lede folder is created. */
export function otherBookmarksId(tree: readonly BookmarkNode[]): string | undefined {
  const top = tree[0]?.children ?? [];
  const other = top.find((n) => n.id === 'unfiled_____' || n.folderType === 'other') ?? top.find((n) => n.id === '2');
  return (other ?? top[top.length - 1])?.id;
}
