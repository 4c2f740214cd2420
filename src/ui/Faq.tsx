import type { FaqItem } from '../core/types';
import { t } from '../shared/i18n';
import { Passage, type ShowInPage } from './Passage';
import { sourceLabel } from './sourceLabel';

/**
 * The FAQ as native disclosure widgets (keyboard and screen-reader behaviour for free). Answers from the
 * page's own FAQ are not in the article body, so only generated answers (quoted from it) are clickable.
 */
export function Faq({ faq, lang, dir, onShow }: { faq: FaqItem[]; lang?: string; dir?: 'ltr' | 'rtl' | null; onShow?: ShowInPage }) {
  const source = faq[0]?.source;
  return (
    <section class="faq" data-testid="faq" aria-labelledby="faq-title">
      <h2 class="section-title" id="faq-title">
        {t('popupFaq')}
        {source && <span class="source-tag">{sourceLabel(source, 'faq')}</span>}
      </h2>
      {faq.length === 0 ? (
        <p class="muted">{t('popupNoFaq')}</p>
      ) : (
        <div lang={lang} dir={dir ?? 'auto'}>
          {faq.map((item, i) => (
            <details key={`${i}-${item.question}`} class="faq-item">
              <summary data-testid="faq-question">{item.question}</summary>
              <div class="faq-answer" data-testid="faq-answer">
                <Passage text={item.answer} onShow={item.source === 'page' ? undefined : onShow} />
              </div>
            </details>
          ))}
        </div>
      )}
    </section>
  );
}
