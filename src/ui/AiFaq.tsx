import type { GroundedFaqItem } from '../ai/grounding';
import { t } from '../shared/i18n';
import { Passage, type ShowInPage } from './Passage';

/**
 * An FAQ written by an AI provider. Each answer is the provider's words, so the article passage that supports
 * it is shown beneath it, quoted, and that passage (not the answer) is what "show in page" finds. Same test ids
 * as the local FAQ, so the popup's tests read both.
 */
export function AiFaq({ faq, lang, dir, onShow }: { faq: GroundedFaqItem[]; lang?: string; dir?: 'ltr' | 'rtl' | null; onShow?: ShowInPage }) {
  const source = faq[0]?.source ?? '';
  return (
    <section class="faq" data-testid="faq" data-source={source} aria-labelledby="faq-title">
      <h2 class="section-title" id="faq-title">
        {t('popupFaq')}
        <span class="source-tag">{source}</span>
      </h2>
      <div lang={lang} dir={dir ?? 'auto'}>
        {faq.map((item, i) => (
          <details key={`${i}-${item.question}`} class="faq-item">
            <summary data-testid="faq-question">{item.question}</summary>
            <div class="faq-answer" data-testid="faq-answer">
              <p>{item.answer}</p>
              <blockquote class="faq-support" data-testid="faq-support">
                <span class="muted">{t('aiSupportedBy')} </span>
                <Passage text={item.support} onShow={onShow} />
              </blockquote>
            </div>
          </details>
        ))}
      </div>
    </section>
  );
}
