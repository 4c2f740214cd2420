/**
 * The popup's entry: it asks the worker for the article as soon as it runs, and renders the Preact app once,
 * with the answer. The skeleton is already in index.html, so the popup shows its loading state before any
 * script runs, and nothing else is painted until the answer is here (on two cores, rendering a second skeleton
 * would compete with the page's extraction).
 *
 * The app is a static import: the page preloads its three files (this one, `shared`, `ui`; see vite.config.ts)
 * in parallel, which delays this script by ~2 ms, whereas loading the app with a dynamic import after the
 * request had left kept the browser fetching and instantiating it while the page was being read, which slowed
 * the extraction by more (A/B in bench:speed: request -> answer -9.7 ms, total -7 ms).
 */
import './popup.css';
import { markReceived, requestAnalysis } from './request';
import { t, uiLanguage } from '../shared/i18n';
import { mount } from './mount';

performance.mark('lede:popup-start');
const first = requestAnalysis(false).then(markReceived);

// Everything else waits for the next task, so the request above has left before any of it runs (with ?tab= the
// request goes out in this task's microtasks).
setTimeout(() => {
  // index.html is written in English; touching the document only when the reader's language differs spares the
  // popup a style recalculation and a frame while the page is being read.
  const lang = uiLanguage();
  const root = document.documentElement;
  if (lang.split('-')[0]!.toLowerCase() !== root.lang.split('-')[0]!.toLowerCase()) root.lang = lang;
  const loadingLabel = document.querySelector('[data-testid="status"] .visually-hidden');
  const label = t('popupLoading');
  if (loadingLabel && loadingLabel.textContent !== label) loadingLabel.textContent = label;
  // The app renders once, with the answer (the skeleton stays until then).
  void first.then(mount);
}, 0);
