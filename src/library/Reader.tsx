/**
 * The reader view of a saved article's offline copy, sanitized here at display (the one place stored HTML is
 * made safe: src/shared/sanitize.ts), with the TL;DR / FAQ / topics panel beside it. Reading progress is saved as the reader scrolls (throttled) and restored when they come back.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sanitizeArticleWithImages, type ImageSlot } from '../shared/sanitize';
import { getArticle, setProgress, type ArticleRecord } from '../storage';
import { Faq } from '../ui/Faq';
import { Tldr } from '../ui/Tldr';
import { formatDate } from '../ui/format';
import { toItem } from './data';
import type { LibraryItem } from './model';
import { throttle } from './throttle';
import { ReaderImages } from './ReaderImages';

/** Progress writes at most this often while scrolling; the last position is always written. */
const PROGRESS_MS = 1000;

export type ReaderAction = 'archive' | 'read' | 'delete';

interface Props {
  url: string;
  locale: string;
  /** Bumped by the page after an action so the reader shows the row's new state. */
  revision: number;
  onBack: () => void;
  onAction: (action: ReaderAction, item: LibraryItem) => void;
  onTopic: (key: string) => void;
  onError: (err: unknown) => void;
}

function scrollProgress(): number {
  const max = document.documentElement.scrollHeight - innerHeight;
  return max <= 0 ? 1 : Math.min(1, Math.max(0, scrollY / max));
}

export function Reader({ url, locale, revision, onBack, onAction, onTopic, onError }: Props) {
  const [row, setRow] = useState<ArticleRecord | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    getArticle(url).then((r) => live && setRow(r ?? null), onError);
    return () => {
      live = false;
    };
  }, [url, revision]);

  // The stored copy is untrusted whatever saved it: sanitized into an inert document's fragment, whose nodes are
  // moved in. Lede's bundles never assign HTML strings to innerHTML (scripts/vite-no-innerhtml.ts).
  const html = row?.html ?? '';
  const bodyRef = useRef<HTMLDivElement>(null);
  // The copy's images: placeholders, and the address each would be loaded from (ReaderImages).
  const [slots, setSlots] = useState<ImageSlot[] | null>(null);
  useLayoutEffect(() => {
    const el = bodyRef.current;
    if (!el || !html || !row) return;
    const copy = sanitizeArticleWithImages(html, row.url, { imageLabel: (alt) => (alt ? t('libpageImageAlt', alt) : t('libpageImage')) });
    el.replaceChildren(copy.fragment);
    setSlots(copy.images);
  }, [html, row?.url]);

  const rowUrl = row?.url;
  const startProgress = row?.progress ?? 0;
  useEffect(() => {
    if (!rowUrl) return;
    // Back where the reader left off (after layout, so the page has its height).
    requestAnimationFrame(() => {
      const max = document.documentElement.scrollHeight - innerHeight;
      if (startProgress > 0 && startProgress < 1 && max > 0) scrollTo(0, startProgress * max);
    });
    const save = throttle((p: number) => {
      setProgress(rowUrl, p).catch(onError);
    }, PROGRESS_MS);
    const onScroll = () => save(scrollProgress());
    const onHide = () => save.flush();
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('scroll', onScroll);
      removeEventListener('pagehide', onHide);
      save.flush();
    };
  }, [rowUrl]);

  if (row === undefined) return <p class="lib-state" aria-busy="true">{t('libpageLoading')}</p>;
  if (row === null) {
    return (
      <main class="lib-reader-missing">
        <p class="lib-state">{t('libpageNotFound')}</p>
        <button type="button" class="btn" onClick={onBack}>
          {t('libpageBack')}
        </button>
      </main>
    );
  }

  const item = toItem(row, locale);
  const a = row.analysis;
  const lang = row.lang ?? undefined;
  return (
    <div class="lib-reader" data-testid="reader">
      <nav class="lib-reader-bar">
        <button type="button" class="btn" data-testid="reader-back" onClick={onBack}>
          ← {t('libpageBack')}
        </button>
        <span class="lib-reader-actions">
          {row.saved && (
            <button type="button" class="btn" data-testid="reader-read" onClick={() => onAction('read', item)}>
              {item.status === 'read' ? t('libpageMarkUnread') : t('libpageMarkRead')}
            </button>
          )}
          {row.saved && (
            <button type="button" class="btn" data-testid="reader-archive" onClick={() => onAction('archive', item)}>
              {item.status === 'archived' ? t('libpageUnarchive') : t('libpageArchive')}
            </button>
          )}
          <button type="button" class="btn" data-testid="reader-delete" onClick={() => onAction('delete', item)}>
            {t('libpageDelete')}
          </button>
          <a class="btn" href={row.url} target="_blank" rel="noopener noreferrer" data-testid="reader-original">
            {t('libpageOpenOriginal')} ↗
          </a>
        </span>
      </nav>
      <div class="lib-reader-layout">
        <article class="lib-reader-article" lang={lang} dir={row.dir ?? 'auto'}>
          <h1 class="lib-reader-title">{row.title}</h1>
          <p class="lib-meta">
            <span class="lib-site">{item.site}</span>
            {row.byline && <span>{row.byline}</span>}
            {formatDate(row.publishedTime, locale) && <span>{formatDate(row.publishedTime, locale)}</span>}
            {item.readingMinutes > 0 && <span>{t('libpageMinutes', String(item.readingMinutes))}</span>}
          </p>
          {html && <ReaderImages url={row.url} locale={locale} slots={slots} onError={onError} />}
          {html ? (
            // Filled from `html` above through sanitizeArticle: never raw page HTML. Its links open in a new tab (the
            // sanitizer sets target), so the library stays where it is.
            <div class="lib-reader-body" data-testid="reader-body" ref={bodyRef} />
          ) : row.text ? (
            <div class="lib-reader-body" data-testid="reader-body">
              {row.text.split(/\n{2,}/).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          ) : (
            <p class="lib-state">{t('libpageNoOfflineCopy')}</p>
          )}
        </article>
        <aside class="lib-reader-panel">
          {a && a.tldr.sentences.length > 0 && <Tldr tldr={a.tldr} lang={lang} dir={row.dir} />}
          {a && <Faq faq={a.faq} lang={lang} dir={row.dir} />}
          {item.topics.length > 0 && (
            <section>
              <h2 class="section-title">{t('libpageTopics')}</h2>
              <div class="lib-topics is-wrapping">
                {item.topics.map((topic) => (
                  <button key={topic.key} type="button" class="chip lib-chip" data-testid="topic" title={t('libpageFilterTopic', topic.label)} onClick={() => onTopic(topic.key)}>
                    {topic.label}
                  </button>
                ))}
              </div>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
