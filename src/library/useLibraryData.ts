/**
 * The library's rows, interests and search index, kept up to date with storage.
 *
 * Loading is staged for large libraries: the newest saved rows are read and painted first, then every row is read
 * and the search index built in slices after that paint. From then on a Dexie `liveQuery` re-reads the rows when
 * anything writes them (the popup's Save, another tab, an import), while the list is on screen: in the reader
 * view the subscription is dropped, so saving the reading position as the reader scrolls does not re-read the
 * whole library, and coming back to the list subscribes again, which reads the current rows.
 */
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { loadAll, loadInterests, loadItem, loadRecent } from './data';
import { NO_INTERESTS, type InterestView, type LibraryItem } from './model';
import type { LibrarySearch } from './searchIndex';

/** Rows read for the first paint: a screenful and then some. */
const FIRST_PAGE = 24;

export type LoadState = 'loading' | 'partial' | 'ready';

export interface LibraryData {
  items: LibraryItem[];
  interests: InterestView;
  load: LoadState;
  /** True once the search index holds every row (until then search scans titles and topics). */
  indexed: boolean;
  index: LibrarySearch | null;
  /** Re-reads one row after an edit on this page, so the list and the index follow at once. */
  syncOne: (url: string) => Promise<void>;
  /** Bumped by syncOne: the reader view re-reads its row. */
  revision: number;
}

export function useLibraryData(locale: string, watching: boolean, fail: (err: unknown) => void): LibraryData {
  const [items, setItems] = useState<LibraryItem[]>([]);
  const [load, setLoad] = useState<LoadState>('loading');
  const [interests, setInterests] = useState<InterestView>(NO_INTERESTS);
  const [indexed, setIndexed] = useState(false);
  const [revision, setRevision] = useState(0);
  // MiniSearch loads after the first paint, with the first full read.
  const indexRef = useRef<LibrarySearch | null>(null);
  const [firstPagePainted, setFirstPagePainted] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([loadRecent(FIRST_PAGE, locale), loadInterests()])
      .then(([recent, profile]) => {
        if (!live) return;
        setItems((prev) => (prev.length ? prev : recent));
        setInterests(profile);
        setLoad((prev) => (prev === 'loading' ? 'partial' : prev));
        // Everything else after the first screen is painted.
        setTimeout(() => live && setFirstPagePainted(true), 0);
      })
      .catch((err: unknown) => {
        fail(err);
        if (live) setFirstPagePainted(true);
      });
    return () => {
      live = false;
    };
  }, [locale]);

  useEffect(() => {
    if (!firstPagePainted || !watching) return;
    let live = true;
    const subscription = liveQuery(() => Promise.all([loadAll(locale), loadInterests()])).subscribe({
      next: ([all, profile]) => {
        if (!live) return;
        setItems(all);
        setInterests(profile);
        setLoad('ready');
        void (async () => {
          indexRef.current ??= new (await import('./searchIndex')).LibrarySearch();
          if ((await indexRef.current.sync(all)) && live) setIndexed(true);
        })().catch(fail);
      },
      error: fail,
    });
    return () => {
      live = false;
      subscription.unsubscribe();
    };
  }, [firstPagePainted, watching, locale]);

  const syncOne = useCallback(
    async (url: string) => {
      const fresh = await loadItem(url, locale);
      setItems((prev) => {
        const rest = prev.filter((i) => i.url !== url);
        return fresh ? [...rest, fresh] : rest;
      });
      if (fresh) indexRef.current?.upsert(fresh);
      else indexRef.current?.remove(url);
      setRevision((r) => r + 1);
    },
    [locale],
  );

  return { items, interests, load, indexed, index: indexRef.current, syncOne, revision };
}
