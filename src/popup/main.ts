/**
 * The popup's first script, kept as small as the worker's messaging allows: it asks the worker for the article
 * at once, then loads the Preact app while the page is being read. The skeleton is already in index.html, so the
 * popup shows its loading state before any script runs, and nothing else is painted until the answer is here
 * (on two cores, rendering a second skeleton would compete with the page's extraction).
 */
import './popup.css';
import { markReceived, requestAnalysis } from './request';
import { t, uiLanguage } from '../shared/i18n';

performance.mark('lede:popup-start');
const first = requestAnalysis(false).then(markReceived);

// Everything else waits for the next task, so the request above has left before any of it runs (with ?tab= the
// request goes out in this task's microtasks; the rest costs a few ms, the dynamic import most of all).
setTimeout(() => {
  // index.html is written in English; touching the document only when the reader's language differs spares the
  // popup a style recalculation and a frame while the page is being read.
  const lang = uiLanguage();
  const root = document.documentElement;
  if (lang.split('-')[0]!.toLowerCase() !== root.lang.split('-')[0]!.toLowerCase()) root.lang = lang;
  const loadingLabel = document.querySelector('[data-testid="status"] .visually-hidden');
  const label = t('popupLoading');
  if (loadingLabel && loadingLabel.textContent !== label) loadingLabel.textContent = label;
  // The app's code loads while the page is read; it renders once, with the answer (the skeleton stays until then).
  void Promise.all([import('./mount'), first]).then(([{ mount }, answer]) => mount(answer));
}, 0);
