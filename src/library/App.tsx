/**
 * The library page: Saved, Archive and History lists with search, topic / site / language / status filters
 * and sorting, and the reader view (`#/read/<url>`).
 *
 * Rows, interests and the search index come from useLibraryData (staged loading, then kept live). The first
 * paint marks `lede:library-rendered`; search and topic filtering mark `lede:search-rendered` / `lede:filter-rendered` once the list is in the DOM.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { toStorageError, type StorageErrorCode } from '../storage';
import { toggleArchive, toggleRead, remove, type Done } from './actions';
import { applyFilters, DEFAULT_FILTERS, facet, type Filters } from './filter';
import { ItemList } from './ItemList';
import type { LibraryItem } from './model';
import type { ReaderAction } from './Reader';
import { parseRoute, type Route } from './route';
import { scanSearch } from './scan';
import { Toolbar } from './Toolbar';
import { UndoBar } from './UndoBar';
import { SyncTrashBar } from './SyncTrashBar';
import { useLibraryData } from './useLibraryData';
import { useListKeys } from './useListKeys';

const ERROR_KEYS: Record<StorageErrorCode, string> = {
  quota: 'libpageErrorQuota',
  unavailable: 'libpageErrorUnavailable',
  unknown: 'libpageErrorUnknown',
};

const EMPTY_KEYS = { saved: 'libpageEmptySaved', archive: 'libpageEmptyArchive', history: 'libpageEmptyHistory' } as const;

export function App({ locale }: { locale: string }) {
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [query, setQuery] = useState('');
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [selected, setSelected] = useState(0);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<StorageErrorCode | null>(null);
  // The reader view is loaded when first opened, not before the first paint.
  const [Reader, setReader] = useState<typeof import('./Reader').Reader | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const pendingMark = useRef<string | null>(null);
  const firstPaint = useRef(false);

  const fail = useCallback((err: unknown) => {
    console.error(err);
    setError(toStorageError(err).code);
  }, []);

  const { items, interests, load, indexed, index, syncOne, revision } = useLibraryData(locale, route.view === 'list', fail);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const matches = useMemo(() => {
    if (!query.trim()) return null;
    return indexed && index ? index.search(query) : scanSearch(items, query);
  }, [query, indexed, index, items]);

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

  useListKeys({ reading: route.view === 'read', visible, selected, setSelected, act, searchRef });

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
      <SyncTrashBar onError={fail} />
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
