/**
 * The article's category and topics as chips; each chip has Follow and Mute toggles (plain buttons, so Tab and
 * Enter/Space work) that show the current pick. Picks are written straight to the interests table: the popup
 * is an extension page and shares the database with the worker.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { getInterests, setExplicit } from '../storage/interests';
import { interestKey, type Explicit } from '../core/interests/profile';
import { categoryLabel } from '../core/topics/taxonomy';
import { uiLanguage } from '../shared/i18n';
import type { Category, Topic, TopicKind } from '../core/types';

interface Chip {
  label: string;
  display: string;
  kind: TopicKind;
}

export function TopicChips({ topics, category }: { topics: Topic[]; category: Category | null }) {
  const [picks, setPicks] = useState<Map<string, Explicit | null>>(new Map());
  const chips: Chip[] = [
    ...(category ? [{ label: category.label, display: categoryLabel(category.label, uiLanguage()), kind: 'category' as const }] : []),
    ...topics.map((tp) => ({ label: tp.label, display: tp.label, kind: tp.kind })),
  ];

  useEffect(() => {
    getInterests()
      .then((all) => setPicks(new Map(all.map((i) => [i.key, i.explicit]))))
      .catch(() => undefined);
  }, [topics, category]);

  async function pick(chip: Chip, want: Explicit) {
    const key = interestKey(chip.kind, chip.label);
    const next = picks.get(key) === want ? null : want;
    try {
      await setExplicit({ label: chip.label, kind: chip.kind }, next);
      setPicks(new Map(picks).set(key, next));
    } catch {
      // Storage unavailable: the chip keeps showing the old state, which is the truth.
    }
  }

  if (chips.length === 0) return <p data-testid="topics">{t('popupNoTopics')}</p>;
  return (
    <ul data-testid="topics" class="lede-chips">
      {chips.map((chip) => {
        const state = picks.get(interestKey(chip.kind, chip.label)) ?? null;
        return (
          <li key={`${chip.kind}:${chip.label}`} data-testid="topic" data-kind={chip.kind} data-state={state ?? 'none'} class="lede-chip">
            <span>
              {chip.kind === 'category' && <span class="lede-chip-kind">{t('intCategory')}: </span>}
              {chip.display}
            </span>
            <span role="group" aria-label={t('intChipMenu', chip.display)}>
              <button type="button" aria-pressed={state === 'follow'} onClick={() => void pick(chip, 'follow')}>
                {state === 'follow' ? t('intFollowing') : t('intFollow')}
              </button>
              <button type="button" aria-pressed={state === 'mute'} onClick={() => void pick(chip, 'mute')}>
                {state === 'mute' ? t('intMuted') : t('intMute')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
