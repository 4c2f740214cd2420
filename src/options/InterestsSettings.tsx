/**
 * Options: followed, muted and learned topics with their weights (follow / mute / forget each), the reading mix
 * as a small bar chart, and the taxonomy categories to follow.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import { forgetInterest, listInterests, setExplicit } from '../storage/interests';
import { pushPicks, type AreaLike } from '../storage/syncedPicks';
import { browser } from '../shared/browser';
import { interestKey, interestMix, type Explicit, type Interest } from '../core/interests/profile';
import { TAXONOMY, categoryLabel } from '../core/topics/taxonomy';

type Row = Interest & { current: number };

function display(i: Pick<Interest, 'kind' | 'label'>): string {
  return i.kind === 'category' ? categoryLabel(i.label, uiLanguage()) : i.label;
}

/** Picks go to the reader's other browsers (storage.sync); a failure is reported in the sync section, the pick stays. */
function syncPicks(): void {
  void pushPicks(browser.storage.sync as unknown as AreaLike, browser.storage.local as unknown as AreaLike);
}

export function InterestsSettings() {
  const [rows, setRows] = useState<Row[]>([]);
  const [showAll, setShowAll] = useState(false);
  const reload = () => void listInterests().then(setRows).catch(() => setRows([]));
  useEffect(reload, []);

  async function pick(i: Pick<Interest, 'kind' | 'label' | 'explicit'>, want: Explicit) {
    await setExplicit({ label: i.label, kind: i.kind }, i.explicit === want ? null : want);
    syncPicks();
    reload();
  }

  const now = Date.now();
  const followed = rows.filter((r) => r.explicit === 'follow');
  const muted = rows.filter((r) => r.explicit === 'mute');
  const learned = rows.filter((r) => r.explicit === null);
  const mix = interestMix(rows, now);
  const byKey = new Map(rows.map((r) => [r.key, r]));

  const list = (items: Row[], limit = Infinity) =>
    items.length === 0 ? (
      <p class="muted">{t('intNone')}</p>
    ) : (
      <ul class="interest-list">
        {items.slice(0, limit).map((i) => (
          <li key={i.key} class="interest-row">
            <span class="interest-label" dir="auto">
              {display(i)}
            </span>
            <span class="muted interest-weight">{t('intWeight', i.current.toFixed(1))}</span>
            <span class="interest-actions">
              <button type="button" class="btn btn-sm" aria-pressed={i.explicit === 'follow'} onClick={() => void pick(i, 'follow')}>
                {i.explicit === 'follow' ? t('intFollowing') : t('intFollow')}
              </button>
              <button type="button" class="btn btn-sm" aria-pressed={i.explicit === 'mute'} onClick={() => void pick(i, 'mute')}>
                {i.explicit === 'mute' ? t('intMuted') : t('intMute')}
              </button>
              <button type="button" class="btn btn-sm" onClick={() => void forgetInterest(i.key).then(() => (syncPicks(), reload()))}>
                {t('intForget')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    );

  return (
    <section aria-labelledby="int-title">
      <h2 id="int-title">{t('intTitle')}</h2>
      <p>{t('intIntro')}</p>
      {mix.length > 0 && (
        <figure class="mix">
          <figcaption>{t('intMix')}</figcaption>
          <ul class="mix-bars">
            {mix.map((m) => {
              const label = m.key ? display(byKey.get(m.key) ?? { kind: 'keyphrase', label: m.label }) : t('intMixOther');
              const pct = Math.round(m.share * 100);
              return (
                <li key={m.key || 'other'} class={m.followed ? 'mix-followed' : undefined} title={`${label}: ${pct}%`}>
                  <span class="mix-label" dir="auto">
                    {m.followed ? t('intMixFollowed', label) : label}
                  </span>
                  <span class="mix-track" aria-hidden="true">
                    <span class="mix-bar" style={{ width: `${Math.max(1, pct)}%` }} />
                  </span>
                  <span class="mix-pct">{pct}%</span>
                </li>
              );
            })}
          </ul>
        </figure>
      )}
      <h3>{t('intFollowed')}</h3>
      {list(followed)}
      <h3>{t('intMutedList')}</h3>
      {list(muted)}
      <h3>{t('intLearned')}</h3>
      {list(learned, showAll ? Infinity : 12)}
      {learned.length > 12 && (
        <button type="button" class="link-btn" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('intShowFewer') : t('intShowAll', String(learned.length))}
        </button>
      )}
      <h3>{t('intCategories')}</h3>
      <ul class="category-grid">
        {TAXONOMY.map((c) => {
          const state = byKey.get(interestKey('category', c.id))?.explicit ?? null;
          return (
            <li key={c.id}>
              <label>
                <input
                  type="checkbox"
                  checked={state === 'follow'}
                  onChange={() => void pick({ kind: 'category', label: c.id, explicit: state }, 'follow')}
                />{' '}
                {categoryLabel(c.id, uiLanguage())}
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
