import { useMemo, useState } from 'preact/hooks';
import type { Answer, Article } from '../core/types';
import { t } from '../shared/i18n';
import { Passage, type ShowInPage } from './Passage';

/**
 * "Ask this article": answers are quoted from the article by the local engine, in the page (no message round
 * trip: the popup already holds the text), so they come back while the reader is still looking at the box.
 * The engine loads when the box is first focused, keeping it out of the popup's first paint.
 */
const loadAsk = () => import('../core/faq/ask');
export function AskBox({ article, lang, onShow }: { article: Pick<Article, 'text' | 'blocks'>; lang: string; onShow?: ShowInPage }) {
  const [question, setQuestion] = useState('');
  const [answers, setAnswers] = useState<Answer[] | null>(null);
  const doc = useMemo(() => ({ text: article.text, blocks: article.blocks }), [article]);
  const submit = async (e: Event) => {
    e.preventDefault();
    const q = question.trim();
    if (!q) return;
    const { ask } = await loadAsk();
    setAnswers(ask(doc, q, lang));
  };
  return (
    <section class="ask" aria-labelledby="ask-title">
      <h2 class="section-title" id="ask-title">
        {t('popupAskLabel')}
      </h2>
      <form class="ask-form" onSubmit={(e) => void submit(e)}>
        <input
          type="search"
          data-testid="ask-input"
          aria-labelledby="ask-title"
          placeholder={t('popupAskPlaceholder')}
          value={question}
          onFocus={() => void loadAsk()}
          onInput={(e) => setQuestion((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="btn" data-testid="ask-submit">
          {t('popupAskButton')}
        </button>
      </form>
      {answers && (
        <div class="ask-answers" data-testid="ask-answers" aria-live="polite">
          {answers.length === 0 ? (
            <p class="muted">{t('popupAskNone')}</p>
          ) : (
            <ol>
              {answers.map((a) => (
                <li key={a.text} data-testid="ask-answer">
                  <Passage text={a.text} onShow={onShow} />
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
