/**
 * The popup's first script, kept as small as the worker's messaging allows: it asks the worker for the article
 * at once, then loads the Preact app while the page is being read. The skeleton is already in index.html, so the
 * popup shows its loading state before any script runs.
 */
import '../ui/tokens.css';
import './popup.css';
import { requestAnalysis } from './request';
import { t, uiLanguage } from '../shared/i18n';

performance.mark('lede:popup-start');
const first = requestAnalysis(false);

document.documentElement.lang = uiLanguage();
const loadingLabel = document.querySelector('[data-testid="status"] .visually-hidden');
if (loadingLabel) loadingLabel.textContent = t('popupLoading');

void import('./mount').then(({ mount }) => mount(first));
