import type { Source } from '../core/types';
import { t } from '../shared/i18n';

/** Says who wrote a TL;DR or an FAQ: the page, the local engine, or a named AI provider. */
export function sourceLabel(source: Source, what: 'tldr' | 'faq'): string {
  if (source === 'page') return t('popupSourcePage');
  if (source === 'extractive') return t('popupSourceExtractive');
  if (source === 'generated') return what === 'faq' ? t('popupSourceGenerated') : t('popupSourceExtractive');
  return source;
}
