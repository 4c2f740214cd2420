/**
 * The list, windowed: only the rows in view (plus a margin) are in the DOM, so 10,000 items scroll and filter
 * as fast as thirty. Every row has the same height (styles clamp each line), which windowing.ts relies on.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, tPlural } from '../shared/i18n';
import { formatDate } from '../ui/format';
import { itemDate, isMuted } from './filter';
import type { InterestView, LibraryItem, LibraryTab } from './model';
import { readerHash } from './route';
import { scrollToReveal, visibleRange } from './windowing';

/** Must match `.lib-row` height in library.css. */
export const ROW_HEIGHT = 124;

interface Props {
  items: LibraryItem[];
  tab: LibraryTab;
  selected: number;
  interests: InterestView;
  locale: string;
  onSelect: (index: number) => void;
  onTopic: (key: string) => void;
}

export function ItemList({ items, tab, selected, interests, locale, onSelect, onTopic }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(typeof innerHeight === 'number' ? innerHeight : 800);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setScrollTop(el.scrollTop));
    };
    const onResize = () => setViewport(el.clientHeight || innerHeight);
    onResize();
    el.addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
      removeEventListener('resize', onResize);
    };
  }, []);

  // Keep the keyboard selection in view.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const to = scrollToReveal(selected, ROW_HEIGHT, el.scrollTop, el.clientHeight || viewport);
    if (to !== null) {
      el.scrollTop = to;
      setScrollTop(to);
    }
  }, [selected]);

  // A new result set starts at the top.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && selected === 0) {
      el.scrollTop = 0;
      setScrollTop(0);
    }
  }, [items]);

  const range = visibleRange(items.length, ROW_HEIGHT, scrollTop, viewport);
  const rows = items.slice(range.start, range.end);

  return (
    <div class="lib-scroll" ref={scroller}>
      <ul class="lib-list" aria-label={tPlural('libpageCount', items.length)} style={{ paddingTop: `${range.before}px`, paddingBottom: `${range.after}px` }}>
        {rows.map((item, i) => {
          const index = range.start + i;
          return (
            <Row
              key={item.url}
              item={item}
              tab={tab}
              locale={locale}
              selected={index === selected}
              muted={isMuted(item, interests)}
              followed={interests.followed}
              onSelect={() => onSelect(index)}
              onTopic={onTopic}
            />
          );
        })}
      </ul>
    </div>
  );
}

interface RowProps {
  item: LibraryItem;
  tab: LibraryTab;
  locale: string;
  selected: boolean;
  muted: boolean;
  followed: Set<string>;
  onSelect: () => void;
  onTopic: (key: string) => void;
}

function Row({ item, tab, locale, selected, muted, followed, onSelect, onTopic }: RowProps) {
  const date = formatDate(new Date(itemDate(item, tab)).toISOString(), locale);
  return (
    <li
      class={`lib-row${selected ? ' is-selected' : ''}${muted ? ' is-muted' : ''}`}
      data-testid="library-item"
      data-url={item.url}
      data-status={item.status}
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect}
    >
      <a class="lib-title" href={readerHash(item.url)} lang={item.lang || undefined} dir="auto">
        {item.title}
      </a>
      <div class="lib-meta">
        <span class="lib-site">{item.site}</span>
        {date && <span>{date}</span>}
        {item.readingMinutes > 0 && <span>{t('libpageMinutes', String(item.readingMinutes))}</span>}
        {item.status === 'read' && <span class="lib-badge">{t('libpageRead')}</span>}
        {item.status === 'archived' && tab !== 'archive' && <span class="lib-badge">{t('libpageArchived')}</span>}
        {muted && <span class="lib-badge">{t('libpageMuted')}</span>}
        {item.progress > 0 && item.progress < 1 && (
          <span class="lib-progress" aria-label={t('libpageProgress', String(Math.round(item.progress * 100)))}>
            <span style={{ width: `${Math.round(item.progress * 100)}%` }} />
          </span>
        )}
      </div>
      <p class="lib-tldr" lang={item.lang || undefined} dir="auto">
        {item.tldr}
      </p>
      <div class="lib-topics">
        {item.topics.map((topic) => (
          <button
            key={topic.key}
            type="button"
            class={`chip lib-chip${followed.has(topic.key) ? ' is-followed' : ''}`}
            data-testid="topic"
            data-topic={topic.key}
            title={t('libpageFilterTopic', topic.label)}
            onClick={(e) => {
              e.stopPropagation();
              onTopic(topic.key);
            }}
          >
            {topic.label}
          </button>
        ))}
      </div>
    </li>
  );
}
