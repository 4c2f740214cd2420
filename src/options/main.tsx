import { render } from 'preact';
import '../ui/tokens.css';
import './options.css';
import { t, uiLanguage } from '../shared/i18n';
import { extensionUrl } from '../shared/browser';
import { InterestsSettings } from './InterestsSettings';
import { HistorySettings } from './HistorySettings';
import { AiSettings } from './AiSettings';
import { SyncSettings } from './SyncSettings';

document.documentElement.lang = uiLanguage();
document.title = t('optTitle');

function Options() {
  return (
    <div class="options">
      <header class="options-header">
        <img src="/icons/icon-48.png" alt="" width="32" height="32" />
        <h1>{t('optTitle')}</h1>
        <a class="options-library" href={extensionUrl('src/library/index.html')} data-testid="options-library">
          {t('optOpenLibrary')}
        </a>
      </header>
      <p class="options-privacy">{t('optPrivacy')}</p>
      <div class="options-section">
        <InterestsSettings />
      </div>
      <section class="options-section" aria-labelledby="opt-ai">
        <h2 id="opt-ai">{t('aiSectionTitle')}</h2>
        <AiSettings />
      </section>
      <div class="options-section">
        <HistorySettings />
      </div>
      <div class="options-section">
        <SyncSettings />
      </div>
    </div>
  );
}

render(<Options />, document.getElementById('app')!);
