/** "From your library": up to three related items from history and the saved list, each opening in the library. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { extensionUrl } from '../shared/browser';
import { sendMessage, type RelatedItem } from '../shared/messages';
import type { Analysis } from '../core/types';

/** The library's reader route (src/library/route.ts). */
function readerUrl(url: string): string {
  return extensionUrl(`src/library/index.html#/read/${encodeURIComponent(url)}`);
}

export function RelatedArticles({ url, title, analysis }: { url: string; title: string; analysis: Analysis }) {
  const [items, setItems] = useState<RelatedItem[]>([]);
  useEffect(() => {
    let live = true;
    sendMessage('libRelated', { url, title, analysis })
      .then((r) => live && setItems(r.items))
      .catch(() => live && setItems([]));
    return () => {
      live = false;
    };
  }, [url, title, analysis]);

  if (items.length === 0) return null;
  return (
    <section class="related" aria-labelledby="related-title" data-testid="related">
      <h2 class="section-title" id="related-title">
        {t('popupRelated')}
      </h2>
      <ul class="related-list">
        {items.map((row) => (
          <li key={row.url}>
            <a href={readerUrl(row.url)} target="_blank" rel="noopener" title={t('libRelatedOpen', row.title)} dir="auto">
              {row.title}
            </a>{' '}
            <span class="muted">{row.saved ? t('libRelatedSaved') : t('libRelatedHistory')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
