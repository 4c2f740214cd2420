/** Tabs, search, filters and sort, and the slot for Import / Export. */
import type { Ref } from 'preact';
import { ImportExport } from './ImportExport';
import { t, tPlural } from '../shared/i18n';
import type { Filters, SortOrder, StatusFilter } from './filter';
import type { LibraryTab } from './model';


const TABS: [LibraryTab, string][] = [
  ['saved', 'libpageTabSaved'],
  ['archive', 'libpageTabArchive'],
  ['history', 'libpageTabHistory'],
];

interface Props {
  filters: Filters;
  query: string;
  topicLabel: string | null;
  sites: { value: string; count: number }[];
  langs: { value: string; count: number }[];
  count: number;
  indexing: boolean;
  searchRef: Ref<HTMLInputElement>;
  onQuery: (q: string) => void;
  onFilters: (patch: Partial<Filters>) => void;
  /** Called after an import changed the library (the list also follows storage by itself). */
  onChanged?: () => void;
  /** URLs of the items the current filter shows, for "export the current filter". */
  visibleUrls: readonly string[];
}

export function Toolbar({ filters, query, topicLabel, sites, langs, count, indexing, searchRef, onQuery, onFilters, onChanged, visibleUrls }: Props) {
  const langName = (code: string) => {
    try {
      return new Intl.DisplayNames([navigator.language], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  return (
    <header class="lib-toolbar">
      <div class="lib-toolbar-row">
        <h1 class="lib-brand">{t('libpageTitle')}</h1>
        <div class="lib-tabs" role="tablist" aria-label={t('libpageTabs')}>
          {TABS.map(([tab, key]) => (
            <button
              key={tab}
              type="button"
              role="tab"
              class="lib-tab"
              data-testid={`tab-${tab}`}
              aria-selected={filters.tab === tab}
              onClick={() => onFilters({ tab })}
            >
              {t(key)}
            </button>
          ))}
        </div>
        <div class="lib-tools" data-slot="import-export" aria-label={t('libpageToolsSlot')}>
          <ImportExport onChanged={onChanged} currentUrls={visibleUrls} />
        </div>
      </div>
      <div class="lib-toolbar-row">
        <label class="visually-hidden" for="lib-search">
          {t('libpageSearch')}
        </label>
        <input
          id="lib-search"
          ref={searchRef}
          class="lib-search"
          type="search"
          data-testid="search"
          placeholder={t('libpageSearchPlaceholder')}
          value={query}
          onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
          autocomplete="off"
        />
        <button
          type="button"
          class={`btn lib-mytopics${filters.myTopics ? ' is-on' : ''}`}
          data-testid="topic-filter"
          aria-pressed={filters.myTopics}
          title={t('libpageMyTopicsHint')}
          onClick={() => onFilters({ myTopics: !filters.myTopics })}
        >
          {t('libpageMyTopics')}
        </button>
        {filters.topic !== null && (
          <span class="chip lib-active-topic" data-testid="active-topic">
            {t('libpageTopicActive', topicLabel ?? filters.topic)}
            <button type="button" class="link-btn" aria-label={t('libpageClearTopic')} onClick={() => onFilters({ topic: null })}>
              ×
            </button>
          </span>
        )}
      </div>
      <div class="lib-toolbar-row lib-filters">
        <label>
          <span>{t('libpageSite')}</span>
          <select data-testid="site-filter" value={filters.site ?? ''} onChange={(e) => onFilters({ site: (e.target as HTMLSelectElement).value || null })}>
            <option value="">{t('libpageAllSites')}</option>
            {sites.map((s) => (
              <option key={s.value} value={s.value}>
                {s.value} ({s.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('libpageLang')}</span>
          <select data-testid="lang-filter" value={filters.lang ?? ''} onChange={(e) => onFilters({ lang: (e.target as HTMLSelectElement).value || null })}>
            <option value="">{t('libpageAllLangs')}</option>
            {langs.map((l) => (
              <option key={l.value} value={l.value}>
                {langName(l.value)} ({l.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('libpageStatus')}</span>
          <select data-testid="status-filter" value={filters.status} onChange={(e) => onFilters({ status: (e.target as HTMLSelectElement).value as StatusFilter })}>
            <option value="any">{t('libpageStatusAny')}</option>
            <option value="unread">{t('libpageStatusUnread')}</option>
            <option value="read">{t('libpageStatusRead')}</option>
          </select>
        </label>
        <label>
          <span>{t('libpageSort')}</span>
          <select data-testid="sort" value={filters.sort} onChange={(e) => onFilters({ sort: (e.target as HTMLSelectElement).value as SortOrder })}>
            <option value="newest">{t('libpageSortNewest')}</option>
            <option value="oldest">{t('libpageSortOldest')}</option>
            <option value="forMe">{t('libpageSortForMe')}</option>
          </select>
        </label>
        <span class="lib-count" aria-live="polite">
          {tPlural('libpageCount', count)}
          {indexing && <span class="lib-indexing"> · {t('libpageIndexing')}</span>}
        </span>
      </div>
    </header>
  );
}
