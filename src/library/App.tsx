/**
 * The library page: Saved, Archive and History lists with search, topic / site / language / status filters
 * and sorting, and the reader view (`#/read/<url>`).
 *
 * Loading is staged for large libraries: the newest saved rows are read and painted first
 * (`lede:library-rendered`), then every row is read and the search index built in slices after that paint.
 * Search and topic filtering mark `lede:search-rendered` / `lede:filter-rendered` once the list is in the DOM.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { toStorageError, type StorageErrorCode } from '../storage';
import { toggleArchive, toggleRead, remove, type Done } from './actions';
import { loadAll, loadInterests, loadItem, loadRecent } from './data';
import { applyFilters, DEFAULT_FILTERS, facet, type Filters } from './filter';
import { ItemList } from './ItemList';
import { isTextField, keyAction } from './keys';
import { NO_INTERESTS, type InterestView, type LibraryItem } from './model';
import type { ReaderAction } from './Reader';
import { parseRoute, readerHash, type Route } from './route';
import { scanSearch } from './scan';
import type { LibrarySearch } from './searchIndex';
import { Toolbar } from './Toolbar';
import { UndoBar } from './UndoBar';
import { SyncTrashBar } from './SyncTrashBar';

/** Rows read for the first paint: a screenful and then some. */
const FIRST_PAGE = 24;

type LoadState = 'loading' | 'partial' | 'ready';

const ERROR_KEYS: Record<StorageErrorCode, string> = {
  quota: 'libpageErrorQuota',
  unavailable: 'libpageErrorUnavailable',
  unknown: 'libpageErrorUnknown',
};

const EMPTY_KEYS = { saved: 'libpageEmptySaved', archive: 'libpageEmptyArchive', history: 'libpageEmptyHistory' } as const;

export function App({ locale }: { locale: string }) {
  const [items, setItems] = useState<LibraryItem[]>([]);
  const [load, setLoad] = useState<LoadState>('loading');
  const [interests, setInterests] = useState<InterestView>(NO_INTERESTS);
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [query, setQuery] = useState('');
  const [indexed, setIndexed] = useState(false);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [selected, setSelected] = useState(0);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<StorageErrorCode | null>(null);
  const [revision, setRevision] = useState(0);
  // MiniSearch and the reader view are loaded when needed, not before the first paint.
  const indexRef = useRef<LibrarySearch | null>(null);
  const [Reader, setReader] = useState<typeof import('./Reader').Reader | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const pendingMark = useRef<string | null>(null);
  const firstPaint = useRef(false);

  const fail = useCallback((err: unknown) => {
    console.error(err);
    setError(toStorageError(err).code);
  }, []);

  /** Reads every row and brings the search index up to date (incrementally after the first time). */
  const refresh = useCallback(async () => {
    try {
      const [all, profile] = await Promise.all([loadAll(locale), loadInterests()]);
      setItems(all);
      setInterests(profile);
      setLoad('ready');
      if (!indexRef.current) indexRef.current = new (await import('./searchIndex')).LibrarySearch();
      if (await indexRef.current.sync(all)) setIndexed(true);
    } catch (err) {
      fail(err);
    }
  }, [locale, fail]);

  useEffect(() => {
    let live = true;
    Promise.all([loadRecent(FIRST_PAGE, locale), loadInterests()])
      .then(([recent, profile]) => {
        if (!live) return;
        setItems((prev) => (prev.length ? prev : recent));
        setInterests(profile);
        setLoad((prev) => (prev === 'loading' ? 'partial' : prev));
        // Everything else after the first screen is painted.
        setTimeout(() => live && void refresh(), 0);
      })
      .catch(fail);
    // Saves from the popup or another tab: catch up when the reader comes back to this tab.
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    const onHash = () => setRoute(parseRoute(location.hash));
    document.addEventListener('visibilitychange', onVisible);
    addEventListener('hashchange', onHash);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      removeEventListener('hashchange', onHash);
    };
  }, []);

  const matches = useMemo(() => {
    if (!query.trim()) return null;
    const index = indexRef.current;
    return indexed && index ? index.search(query) : scanSearch(items, query);
  }, [query, indexed, items]);

  const visible = useMemo(() => applyFilters(items, filters, interests, matches), [items, filters, interests, matches]);
  const visibleUrls = useMemo(() => visible.map((item) => item.url), [visible]);
  const sites = useMemo(() => facet(items, filters.tab, 'site'), [items, filters.tab]);
  const langs = useMemo(() => facet(items, filters.tab, 'lang'), [items, filters.tab]);
  const topicLabel = useMemo(() => {
    if (filters.topic === null) return null;
    for (const item of items) for (const topic of item.topics) if (topic.key === filters.topic) return topic.label;
    return null;
  }, [items, filters.topic]);

  useLayoutEffect(() => {
    if (load !== 'loading' && !firstPaint.current) {
      firstPaint.current = true;
      performance.mark('lede:library-rendered');
    }
    if (pendingMark.current) {
      performance.mark(pendingMark.current);
      pendingMark.current = null;
    }
  }, [visible, load]);

  useEffect(() => {
    document.title = t('libpageTitle');
  }, []);

  useEffect(() => {
    if (route.view === 'read' && !Reader) {
      import('./Reader').then((m) => setReader(() => m.Reader), fail);
    }
  }, [route.view]);

  const onQuery = (q: string) => {
    pendingMark.current = 'lede:search-rendered';
    setSelected(0);
    setQuery(q);
  };

  const onFilters = (patch: Partial<Filters>) => {
    if ('topic' in patch || 'myTopics' in patch) pendingMark.current = 'lede:filter-rendered';
    setSelected(0);
    setFilters((f) => ({ ...f, ...patch }));
  };

  const onTopic = (key: string) => {
    if (route.view === 'read') location.hash = '#/';
    onFilters({ topic: key });
  };

  /** Re-reads one row after an edit, keeping the list and the index in step without a full reload. */
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

  const act = useCallback(
    async (kind: ReaderAction, item: LibraryItem) => {
      try {
        const result = kind === 'archive' ? await toggleArchive(item) : kind === 'read' ? await toggleRead(item) : await remove(item);
        if (!result) return;
        await syncOne(item.url);
        setDone({
          message: result.message,
          undo: async () => {
            await result.undo();
            await syncOne(item.url);
          },
        });
      } catch (err) {
        fail(err);
      }
    },
    [syncOne, fail],
  );

  const onReaderAction = (kind: ReaderAction, item: LibraryItem) => {
    // A deleted article has nothing left to read: back to the list, where Undo is offered.
    if (kind === 'delete') location.hash = '#/';
    void act(kind, item);
  };

  // Keyboard: j/k move, o/Enter open, e archive, # delete, / search.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = keyAction({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inField: isTextField(e.target) });
      if (!action) return;
      if (route.view === 'read') {
        if (action === 'leave-field') (e.target as HTMLElement).blur();
        return;
      }
      // Enter on a link, button or select keeps its own meaning.
      const tag = (e.target as HTMLElement | null)?.tagName?.toLowerCase();
      if (e.key === 'Enter' && (tag === 'a' || tag === 'button' || tag === 'select')) return;
      const item = visible[selected];
      switch (action) {
        case 'next':
          setSelected((i) => Math.min(visible.length - 1, i + 1));
          break;
        case 'prev':
          setSelected((i) => Math.max(0, i - 1));
          break;
        case 'open':
          if (item) location.hash = readerHash(item.url);
          break;
        case 'archive':
          if (item) void act('archive', item);
          break;
        case 'delete':
          if (item) void act('delete', item);
          break;
        case 'focus-search':
          searchRef.current?.focus();
          break;
        case 'leave-field':
          (e.target as HTMLElement).blur();
          return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [route, visible, selected, act]);

  // The list may shrink under the selection (archive, delete, a narrower filter).
  useEffect(() => {
    if (selected >= visible.length && visible.length > 0) setSelected(visible.length - 1);
  }, [visible, selected]);

  const filtered = query.trim() !== '' || filters.topic !== null || filters.myTopics || filters.site !== null || filters.lang !== null || filters.status !== 'any';
  const clearFilters = () => {
    setQuery('');
    onFilters({ topic: null, myTopics: false, site: null, lang: null, status: 'any' });
  };

  return (
    <div class="lib" data-state={load} data-indexed={indexed ? 'true' : 'false'}>
      {error && (
        <p class="lib-error" role="alert" data-testid="library-error">
          {t(ERROR_KEYS[error])}
          <button type="button" class="link-btn" onClick={() => setError(null)}>
            ×
          </button>
        </p>
      )}
      <SyncTrashBar onRestored={() => void refresh()} onError={fail} />
      {route.view === 'read' ? (
        Reader ? (
          <Reader
            url={route.url}
            locale={locale}
            revision={revision}
            onBack={() => (location.hash = '#/')}
            onAction={onReaderAction}
            onTopic={onTopic}
            onError={fail}
          />
        ) : (
          <p class="lib-state" aria-busy="true">
            {t('libpageLoading')}
          </p>
        )
      ) : (
        <>
          <Toolbar
            filters={filters}
            query={query}
            topicLabel={topicLabel}
            sites={sites}
            langs={langs}
            count={visible.length}
            indexing={load === 'ready' && !indexed}
            searchRef={searchRef}
            onQuery={onQuery}
            onFilters={onFilters}
            onChanged={() => void refresh()}
            visibleUrls={visibleUrls}
          />
          <main class="lib-main">
            {load === 'loading' ? (
              <p class="lib-state" aria-busy="true">
                {t('libpageLoading')}
              </p>
            ) : visible.length === 0 ? (
              <div class="lib-state" data-testid="empty-state">
                <p>{filtered ? (filters.myTopics && interests.followed.size === 0 ? t('libpageNoFollowed') : t('libpageNoMatches')) : t(EMPTY_KEYS[filters.tab])}</p>
                {filtered && (
                  <button type="button" class="btn" onClick={clearFilters}>
                    {t('libpageClearFilters')}
                  </button>
                )}
              </div>
            ) : (
              <ItemList items={visible} tab={filters.tab} selected={selected} interests={interests} locale={locale} onSelect={setSelected} onTopic={onTopic} />
            )}
            <p class="lib-shortcuts">{t('libpageShortcuts')}</p>
          </main>
        </>
      )}
      {done && (
        <UndoBar
          message={done.message}
          onUndo={() => {
            const d = done;
            setDone(null);
            d.undo().catch(fail);
          }}
          onClose={() => setDone(null)}
        />
      )}
    </div>
  );
}
