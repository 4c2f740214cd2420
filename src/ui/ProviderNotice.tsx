import { t } from '../shared/i18n';
import { errorMessageKey } from '../ai/errors';
import type { ProviderState } from './aiEnhancer';

/**
 * Says what the AI provider is doing: writing (with a cancel), where the article was sent when it left the
 * device, or why the local TL;DR is shown instead. Nothing at all when the reader uses Local.
 */
export function ProviderNotice({ state }: { state: ProviderState }) {
  if (state.status === 'off') return null;
  const source = state.source ?? '';
  const remote = state.remoteOrigin;
  return (
    <div
      class={`provider-notice provider-${state.status}${remote ? ' provider-remote' : ''}`}
      data-testid="provider-notice"
      data-state={state.status}
      role="status"
      aria-live="polite"
    >
      {remote && state.status !== 'fallback' && <p class="provider-offdevice">{t('aiNoticeSentTo', [remote])}</p>}
      {state.status === 'running' && (
        <p>
          {t('aiNoticeWriting', [source])}{' '}
          <button type="button" class="link-btn" onClick={state.cancel}>
            {t('aiCancel')}
          </button>
        </p>
      )}
      {state.status === 'done' && <p>{t('aiNoticeWrittenBy', [source])}</p>}
      {state.status === 'fallback' && state.error && (
        <p>
          {state.error === 'cancelled' ? t('aiNoticeCancelled') : t('aiNoticeFallback', [t(errorMessageKey(state.error))])}
        </p>
      )}
    </div>
  );
}
