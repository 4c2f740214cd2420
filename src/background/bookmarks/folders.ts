/**
 * The `Lede` folder with `Read later` and `Archive` inside, under Other bookmarks. Their ids are kept in
 * `storage.local` (ids are per device), so a folder the reader renamed or moved is still found; on a device that
 * has no ids yet (the folders arrived by sync) they are found by name before any is created.
 */
import { otherBookmarksId, type BookmarkNode, type BookmarksLike } from '../../shared/bookmarksApi';
import type { ListState } from '../../core/sync/readingListPlan';

/** Not translated: a device in another language must find the folders another device made. */
export const FOLDER_NAMES = { root: 'Lede', unread: 'Read later', archived: 'Archive' } as const;

export interface FolderIds {
  root: string;
  unread: string;
  archived: string;
}

export const folderOf = (ids: FolderIds, state: ListState) => (state === 'archived' ? ids.archived : ids.unread);

async function existing(api: BookmarksLike, id: string | undefined): Promise<BookmarkNode | null> {
  if (!id) return null;
  try {
    const [node] = await api.get(id);
    return node && !node.url ? node : null;
  } catch {
    return null;
  }
}

async function childFolder(api: BookmarksLike, parentId: string, title: string): Promise<BookmarkNode | null> {
  const children = await api.getChildren(parentId).catch(() => [] as BookmarkNode[]);
  return children.find((c) => !c.url && c.title === title) ?? null;
}

export interface FoundFolders {
  ids: FolderIds;
  /** A folder Lede knew was gone and had to be made again: the mirror's base no longer describes the bookmarks. */
  recreated: boolean;
}

/** Finds (by id, then by name) or creates the three folders. */
export async function ensureFolders(api: BookmarksLike, known: Partial<FolderIds> | undefined): Promise<FoundFolders> {
  // The usual case in one round trip: all three known and still folders.
  if (known?.root && known.unread && known.archived) {
    const nodes = await api.get([known.root, known.unread, known.archived]).catch(() => null);
    if (nodes?.every((n) => !n.url)) return { ids: { root: known.root, unread: known.unread, archived: known.archived }, recreated: false };
  }
  let recreated = false;
  let root = await existing(api, known?.root);
  if (!root) {
    if (known?.root) recreated = true;
    // The whole tree is read only here: with 10,000 bookmarks it costs a few hundred ms the usual run must not pay.
    const otherId = otherBookmarksId(await api.getTree());
    root = otherId ? await childFolder(api, otherId, FOLDER_NAMES.root) : null;
    if (!root) {
      const byName = (await api.search({ title: FOLDER_NAMES.root })).filter((n) => !n.url);
      root = byName[0] ?? (await api.create({ parentId: otherId, title: FOLDER_NAMES.root }));
    }
  }
  const sub = async (key: 'unread' | 'archived'): Promise<string> => {
    const byId = await existing(api, known?.[key]);
    if (byId) return byId.id;
    if (known?.[key]) recreated = true;
    const byName = await childFolder(api, root.id, FOLDER_NAMES[key]);
    return (byName ?? (await api.create({ parentId: root.id, title: FOLDER_NAMES[key] }))).id;
  };
  const unread = await sub('unread');
  const archived = await sub('archived');
  return { ids: { root: root.id, unread, archived }, recreated };
}
