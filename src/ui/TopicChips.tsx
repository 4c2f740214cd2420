/**
 * The article's category and topics as chips. Each chip carries Follow and Mute toggles (real buttons with
 * aria-pressed, so Tab and Enter/Space work and screen readers hear the state). Picks go to the worker, which
 * owns the database: the popup stays small and never opens IndexedDB itself.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import { sendMessage } from '../shared/messages';
import { interestKey, type Explicit } from '../core/interests/profile';
import { categoryLabel } from '../core/topics/taxonomy';
import type { Category, Topic, TopicKind, TopicType } from '../core/types';
import { TopicTypeIcon } from './TopicTypeIcon';

interface Chip {
  label: string;
  display: string;
  kind: TopicKind;
  type?: TopicType;
}

export function TopicChips({ topics, category }: { topics: Topic[]; category: Category | null }) {
  const [picks, setPicks] = useState<Record<string, Explicit | null>>({});
  const [failed, setFailed] = useState(false);
  const chips: Chip[] = [
    ...(category ? [{ label: category.label, display: categoryLabel(category.label, uiLanguage()), kind: 'category' as const }] : []),
    ...topics.map((tp) => ({ label: tp.label, display: tp.label, kind: tp.kind, type: tp.type })),
  ];

  useEffect(() => {
    sendMessage('intPicks', undefined)
      .then(setPicks)
      .catch(() => undefined);
  }, [topics, category]);

  async function pick(chip: Chip, want: Explicit) {
    const key = interestKey(chip.kind, chip.label);
    const next = picks[key] === want ? null : want;
    try {
      await sendMessage('intSetExplicit', { label: chip.label, kind: chip.kind, explicit: next });
      setPicks({ ...picks, [key]: next });
      setFailed(false);
    } catch {
      setFailed(true); // the chip keeps showing the old state, which is the truth
    }
  }

  return (
    <section class="topics" aria-labelledby="topics-title">
      <h2 class="section-title" id="topics-title">
        {t('popupTopics')}
      </h2>
      {chips.length === 0 ? (
        <p class="muted" data-testid="topics">
          {t('popupNoTopics')}
        </p>
      ) : (
        <ul data-testid="topics" class="chips">
          {chips.map((chip) => {
            const state = picks[interestKey(chip.kind, chip.label)] ?? null;
            return (
              <li
                key={`${chip.kind}:${chip.label}`}
                data-testid="topic"
                data-kind={chip.kind}
                data-state={state ?? 'none'}
                class={`chip topic-chip is-${chip.kind} is-${state ?? 'none'}`}
              >
                {chip.type && <TopicTypeIcon type={chip.type} />}
                <span class="chip-label" dir="auto">
                  {chip.display}
                </span>
                <button
                  type="button"
                  class="chip-btn"
                  data-testid="topic-follow"
                  aria-pressed={state === 'follow'}
                  aria-label={state === 'follow' ? `${t('intFollowing')}: ${chip.display}` : `${t('intFollow')}: ${chip.display}`}
                  title={state === 'follow' ? t('intFollowing') : t('intFollow')}
                  onClick={() => void pick(chip, 'follow')}
                >
                  {state === 'follow' ? '✓' : '+'}
                </button>
                <button
                  type="button"
                  class="chip-btn"
                  data-testid="topic-mute"
                  aria-pressed={state === 'mute'}
                  aria-label={`${state === 'mute' ? t('intMuted') : t('intMute')}: ${chip.display}`}
                  title={state === 'mute' ? t('intMuted') : t('intMute')}
                  onClick={() => void pick(chip, 'mute')}
                >
                  {'⊘'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {failed && (
        <p role="alert" class="error-text">
          {t('saveError_unknown')}
        </p>
      )}
    </section>
  );
}
