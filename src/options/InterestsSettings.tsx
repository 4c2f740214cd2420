/**
 * Options: followed, muted and learned topics with their weights (follow / mute / forget each), the reading mix
 * as a small bar chart, and the taxonomy categories to follow.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import { forgetInterest, listInterests, setExplicit } from '../storage/interests';
import { interestKey, interestMix, type Explicit, type Interest } from '../core/interests/profile';
import { TAXONOMY, categoryLabel } from '../core/topics/taxonomy';

type Row = Interest & { current: number };

function display(i: Pick<Interest, 'kind' | 'label'>): string {
  return i.kind === 'category' ? categoryLabel(i.label, uiLanguage()) : i.label;
}

export function InterestsSettings() {
  const [rows, setRows] = useState<Row[]>([]);
  const reload = () => void listInterests().then(setRows).catch(() => setRows([]));
  useEffect(reload, []);

  async function pick(i: Pick<Interest, 'kind' | 'label' | 'explicit'>, want: Explicit) {
    await setExplicit({ label: i.label, kind: i.kind }, i.explicit === want ? null : want);
    reload();
  }

  const now = Date.now();
  const followed = rows.filter((r) => r.explicit === 'follow');
  const muted = rows.filter((r) => r.explicit === 'mute');
  const learned = rows.filter((r) => r.explicit === null);
  const mix = interestMix(rows, now);
  const byKey = new Map(rows.map((r) => [r.key, r]));

  const list = (items: Row[]) =>
    items.length === 0 ? (
      <p>{t('intNone')}</p>
    ) : (
      <ul class="lede-interests">
        {items.map((i) => (
          <li key={i.key}>
            <span>{display(i)}</span> <span class="lede-muted">{t('intWeight', i.current.toFixed(1))}</span>{' '}
            <button type="button" aria-pressed={i.explicit === 'follow'} onClick={() => void pick(i, 'follow')}>
              {i.explicit === 'follow' ? t('intFollowing') : t('intFollow')}
            </button>
            <button type="button" aria-pressed={i.explicit === 'mute'} onClick={() => void pick(i, 'mute')}>
              {i.explicit === 'mute' ? t('intMuted') : t('intMute')}
            </button>
            <button type="button" onClick={() => void forgetInterest(i.key).then(reload)}>
              {t('intForget')}
            </button>
          </li>
        ))}
      </ul>
    );

  return (
    <section aria-labelledby="int-title">
      <h2 id="int-title">{t('intTitle')}</h2>
      <p>{t('intIntro')}</p>
      {mix.length > 0 && (
        <figure>
          <figcaption>{t('intMix')}</figcaption>
          <svg role="img" aria-label={t('intMix')} width="100%" height={mix.length * 22} viewBox={`0 0 300 ${mix.length * 22}`}>
            {mix.map((m, n) => {
              const label = m.key ? display(byKey.get(m.key) ?? { kind: 'keyphrase', label: m.label }) : t('intMixOther');
              return (
                <g key={m.key || 'other'} transform={`translate(0 ${n * 22})`}>
                  <text x="0" y="14" font-size="12">
                    {label}
                  </text>
                  <rect x="120" y="4" height="12" width={Math.max(2, m.share * 170)} fill="currentColor" opacity="0.6" />
                  <title>{`${label}: ${Math.round(m.share * 100)}%`}</title>
                </g>
              );
            })}
          </svg>
        </figure>
      )}
      <h3>{t('intFollowed')}</h3>
      {list(followed)}
      <h3>{t('intMutedList')}</h3>
      {list(muted)}
      <h3>{t('intLearned')}</h3>
      {list(learned)}
      <h3>{t('intCategories')}</h3>
      <ul class="lede-categories">
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
