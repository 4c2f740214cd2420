/** "From your library": up to three related items from history and the saved list, each opening in the library. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { browser } from '../shared/browser';
import { findRelated } from '../storage/related';
import type { Analysis } from '../core/types';
import type { ArticleRecord } from '../storage/types';

/** The library's reader route (src/library/route.ts). */
function readerUrl(url: string): string {
  return browser.runtime.getURL(`src/library/index.html#/read/${encodeURIComponent(url)}`);
}

export function RelatedArticles({ url, analysis }: { url: string; analysis: Analysis }) {
  const [items, setItems] = useState<ArticleRecord[]>([]);
  useEffect(() => {
    let live = true;
    findRelated({ url, title: '' }, analysis)
      .then((rows) => live && setItems(rows))
      .catch(() => live && setItems([]));
    return () => {
      live = false;
    };
  }, [url, analysis]);

  if (items.length === 0) return null;
  return (
    <section class="lede-related" aria-label={t('popupRelated')}>
      <h2>{t('popupRelated')}</h2>
      <ul>
        {items.map((row) => (
          <li key={row.url}>
            <a href={readerUrl(row.url)} target="_blank" rel="noopener" title={t('libRelatedOpen', row.title)}>
              {row.title}
            </a>{' '}
            <span class="lede-muted">{row.saved ? t('libRelatedSaved') : t('libRelatedHistory')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
