import { useLayoutEffect } from 'preact/hooks';
import type { Tldr as TldrData } from '../core/types';
import { t } from '../shared/i18n';
import { Passage, type ShowInPage } from './Passage';
import { sourceLabel } from './sourceLabel';

/**
 * The TL;DR as sentences the reader can click to find in the page. Marks `lede:tldr-rendered` once painted:
 * the speed benchmark and the end-to-end tests measure the click-to-answer time from it.
 */
export function Tldr({ tldr, lang, dir, onShow }: { tldr: TldrData; lang?: string; dir?: 'ltr' | 'rtl' | null; onShow?: ShowInPage }) {
  useLayoutEffect(() => {
    requestAnimationFrame(() => performance.mark('lede:tldr-rendered'));
  }, []);
  return (
    <section class="tldr" data-testid="tldr" aria-labelledby="tldr-title" data-source={tldr.source}>
      <h2 class="section-title" id="tldr-title">
        {t('popupTldr')}
        <span class="source-tag">{sourceLabel(tldr.source, 'tldr')}</span>
      </h2>
      <ul class="tldr-list" lang={lang} dir={dir ?? 'auto'}>
        {tldr.sentences.map((s) => (
          <li key={s}>
            <Passage text={s} onShow={onShow} />
          </li>
        ))}
      </ul>
    </section>
  );
}
