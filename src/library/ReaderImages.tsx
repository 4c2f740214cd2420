/**
 * The reader view's images bar: an offline copy shows placeholders until the reader asks for its images. "Load
 * images" asks for the image hosts (imageHosts.ts), has the worker fetch, downscale and keep them
 * (background/offlineImages.ts), then shows them from the database; "Remove images" frees the space. Kept images
 * show whenever the copy is opened again, with no network.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendMessage } from '../shared/messages';
import type { ImageSlot } from '../shared/sanitize';
import { IMAGE_CAPS } from '../core/images/caps';
import { StorageError, getArticleImages, getImageSet, imageTotals, removeArticleImages, sweepOrphanImages } from '../storage';
import type { ImageLoadReport, ImageOutcome } from '../background/offlineImages';
import { heldPatterns, hostPatterns, releaseHosts, requestHosts } from './imageHosts';
import { showImages } from './showImages';

interface Props {
  url: string;
  locale: string;
  /** The copy's images as the sanitizer left them (null until the copy is shown). */
  slots: ImageSlot[] | null;
  onError: (err: unknown) => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'denied' }
  | { kind: 'gone' }
  | { kind: 'loaded'; counts: Record<ImageOutcome, number> };

interface Kept {
  count: number;
  bytes: number;
  totalBytes: number;
}

export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes >= 1024 * 1024;
  const value = mb ? bytes / (1024 * 1024) : Math.max(bytes, bytes > 0 ? 1024 : 0) / 1024;
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', unitDisplay: 'short', maximumFractionDigits: mb ? 1 : 0 }).format(value);
  } catch {
    return `${value.toFixed(mb ? 1 : 0)} ${mb ? 'MB' : 'KB'}`;
  }
}

function tally(report: Extract<ImageLoadReport, { ok: true }>): Record<ImageOutcome, number> {
  const counts: Record<ImageOutcome, number> = { kept: 0, failed: 0, 'not-image': 0, svg: 0, 'too-large': 0, 'over-cap': 0 };
  for (const o of report.outcomes) counts[o.outcome]++;
  return counts;
}

export function ReaderImages({ url, locale, slots, onError }: Props) {
  const sources = useMemo(() => [...new Set((slots ?? []).map((s) => s.source).filter((s): s is string => s !== null))], [slots]);
  const patterns = useMemo(() => hostPatterns(sources), [sources]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [kept, setKept] = useState<Kept | null>(null);
  const [revision, setRevision] = useState(0);
  // Asked before any click, so a host held for another reason (the AI endpoint) is known and never given back.
  const heldBefore = useRef<Promise<Set<string>>>(Promise.resolve(new Set()));
  // The bar's buttons change with its state; a keyboard reader's focus stays in the bar instead of falling to the page.
  const barRef = useRef<HTMLElement>(null);
  const hadFocus = useRef(false);
  const keepFocus = () => {
    hadFocus.current = !!barRef.current?.contains(document.activeElement);
  };
  useEffect(() => {
    const bar = barRef.current;
    if (!hadFocus.current || !bar || bar.contains(document.activeElement)) return;
    (bar.querySelector<HTMLElement>('button:not([aria-disabled="true"])') ?? bar.querySelector<HTMLElement>('[role="status"]'))?.focus();
  });

  useEffect(() => {
    setPhase({ kind: 'idle' });
    setKept(null);
  }, [url]);

  useEffect(() => {
    heldBefore.current = heldPatterns(patterns);
  }, [patterns]);

  // Kept images replace their placeholders whenever the copy is shown, and after every load or removal.
  useEffect(() => {
    if (!slots) return;
    let live = true;
    let undo: (() => void) | null = null;
    // Images an article left when it went another way (history cleared, an import) are not counted.
    sweepOrphanImages()
      .then(() => Promise.all([getArticleImages(url), getImageSet(url), imageTotals()]))
      .then(([rows, set, totals]) => {
        if (!live) return;
        undo = showImages(slots, rows).undo;
        setKept(set ? { count: set.count, bytes: set.bytes, totalBytes: totals.bytes } : null);
      })
      .catch(onError);
    return () => {
      live = false;
      undo?.();
    };
  }, [slots, url, revision]);

  if (!slots || !sources.length) return null;

  const settle = (next: Phase) => {
    keepFocus();
    setPhase(next);
  };

  const load = () => {
    if (phase.kind === 'loading') return;
    // First, inside the click: the permission prompt needs the reader's gesture.
    const granted = requestHosts(patterns);
    keepFocus();
    setPhase({ kind: 'loading' });
    void (async () => {
      if (!(await granted)) {
        settle({ kind: 'denied' });
        return;
      }
      try {
        const report = await sendMessage('imgLoad', { url, sources });
        if (!report.ok) {
          if (report.error === 'no-article') settle({ kind: 'gone' });
          else {
            settle({ kind: 'idle' });
            onError(new StorageError(report.error));
          }
          return;
        }
        settle({ kind: 'loaded', counts: tally(report) });
        setRevision((r) => r + 1);
      } catch (err) {
        settle({ kind: 'idle' });
        onError(err);
      } finally {
        await releaseHosts(patterns, await heldBefore.current);
      }
    })();
  };

  const remove = () => {
    keepFocus();
    removeArticleImages(url)
      .then(() => {
        setPhase({ kind: 'idle' });
        setRevision((r) => r + 1);
      })
      .catch(onError);
  };

  const total = String(sources.length);
  const size = (n: number) => formatBytes(n, locale);
  const busy = phase.kind === 'loading';
  const lines: string[] = [];
  if (busy) lines.push(t('imgLoading', total));
  else if (kept && kept.count > 0) lines.push(t('imgKept', [String(kept.count), total, size(kept.bytes)]));
  else lines.push(t('imgOffer', total));

  let problem: string[] = [];
  if (phase.kind === 'denied') problem = [t('imgDenied')];
  if (phase.kind === 'gone') problem = [t('imgGone')];
  if (phase.kind === 'loaded') {
    const c = phase.counts;
    if (c.failed + c['not-image'] > 0) problem.push(t('imgFailed', String(c.failed + c['not-image'])));
    if (c.svg > 0) problem.push(t('imgSvg', String(c.svg)));
    if (c['too-large'] > 0) problem.push(t('imgTooLarge', [String(c['too-large']), size(IMAGE_CAPS.maxSourceBytes)]));
    if (c['over-cap'] > 0) {
      problem.push(t('imgOverCap', [String(c['over-cap']), String(IMAGE_CAPS.maxImagesPerArticle), size(IMAGE_CAPS.maxArticleBytes), size(IMAGE_CAPS.maxTotalBytes)]));
    }
  }
  const state = busy ? 'loading' : phase.kind === 'loaded' ? (problem.length ? (phase.counts['over-cap'] ? 'over-cap' : 'partial') : 'done') : kept?.count ? 'kept' : phase.kind;

  return (
    <section class="lib-images" data-testid="reader-images" data-state={state} aria-busy={busy} ref={barRef}>
      <p class="lib-images-status" role="status" tabIndex={-1}>
        {lines.join(' ')}
        {problem.length > 0 && <span class="lib-images-problem"> {problem.join(' ')}</span>}
      </p>
      <div class="lib-images-actions">
        {(busy || !kept?.count || problem.length > 0) && (
          <button type="button" class="btn" data-testid="reader-load-images" onClick={load} title={t('imgLoadHint')} aria-disabled={busy}>
            {kept?.count || phase.kind === 'loaded' ? t('imgRetry') : t('imgLoad')}
          </button>
        )}
        {!busy && !!kept?.count && (
          <button type="button" class="btn" data-testid="reader-remove-images" onClick={remove}>
            {t('imgRemove')}
          </button>
        )}
      </div>
      {kept && <p class="lib-images-total">{t('imgTotal', [size(kept.totalBytes), size(IMAGE_CAPS.maxTotalBytes)])}</p>}
    </section>
  );
}
