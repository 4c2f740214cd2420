import { useCallback, useEffect, useState } from 'preact/hooks';
import { extensionApi, extensionUrl } from '../shared/browser';
import { sendMessage, type PopupAnswer } from '../shared/messages';
import { useWholeAnalysis } from './wholeAnalysis';
import { markReceived, requestAnalysis } from './request';
import { t } from '../shared/i18n';
import { Skeleton, ErrorState } from '../ui/States';
import { Tldr } from '../ui/Tldr';
import { Faq } from '../ui/Faq';
import { AskBox } from '../ui/AskBox';
import { formatDate, hostOf } from '../ui/format';
import { SaveButton } from '../ui/SaveButton';
import { TopicChips } from '../ui/TopicChips';
import { RelatedArticles } from '../ui/RelatedArticles';
import { useProviderEnhancement } from '../ui/aiEnhancer';
import { ProviderNotice } from '../ui/ProviderNotice';
import { AiFaq } from '../ui/AiFaq';

type State = { kind: 'loading' } | { kind: 'done'; result: PopupAnswer; useSelection: boolean };

/**
 * `first` is the answer to the request main.ts sent before this code loaded: the app is first rendered with it,
 * so the static skeleton in index.html is replaced once, by the article. Without it (tests), the app asks itself.
 */
export function App({ first }: { first?: PopupAnswer }) {
  const [state, setState] = useState<State>(first ? { kind: 'done', result: first, useSelection: false } : { kind: 'loading' });
  const load = useCallback((useSelection = false) => {
    setState({ kind: 'loading' });
    void requestAnalysis(useSelection).then((result) => {
      markReceived(result);
      setState({ kind: 'done', result, useSelection });
    });
  }, []);
  useEffect(() => {
    if (!first) load(false);
  }, [load, first]);

  return (
    <div class="popup">
      <main class="popup-main">
        {state.kind === 'loading' ? (
          <Skeleton />
        ) : state.result.ok ? (
          <ArticleView result={state.result} useSelection={state.useSelection} onRetry={() => load(state.useSelection)} />
        ) : (
          <ErrorState code={state.result.code} hasSelection={state.result.hasSelection}>
            {(state.result.code === 'not-article' || state.result.code === 'too-large') && state.result.hasSelection && (
              <button type="button" class="btn btn-primary" onClick={() => load(true)}>
                {t('popupUseSelection')}
              </button>
            )}
            {state.result.code !== 'restricted' && state.result.code !== 'no-access' && state.result.code !== 'pdf' && state.result.code !== 'no-tab' && state.result.code !== 'too-large' && (
              <button type="button" class="btn" onClick={() => load()}>
                {t('popupRetry')}
              </button>
            )}
          </ErrorState>
        )}
      </main>
      <Footer />
    </div>
  );
}

/** Grey lines where a section will be, while the worker completes the analysis (a few milliseconds). */
function SectionPending({ lines }: { lines: number }) {
  return (
    <div class="skeleton section-pending" aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} class={`sk sk-line${i === lines - 1 ? ' sk-mid' : ''}`} />
      ))}
    </div>
  );
}

function ArticleView({ result, useSelection, onRetry }: { result: PopupAnswer & { ok: true }; useSelection: boolean; onRetry: () => void }) {
  const { article, lead, tabId } = result;
  const whole = useWholeAnalysis(result, useSelection);
  const analysis = whole.state === 'ready' ? whole.analysis : null;
  const showInPage = useCallback(
    async (text: string) => (await sendMessage('highlightInTab', { tabId, text }).catch(() => ({ found: false }))).found,
    [tabId],
  );
  const site = article.siteName || hostOf(article.url);
  const date = formatDate(article.publishedTime);
  const minutes = t('popupMinutes', String(lead.readingMinutes));
  const dir = article.dir;
  // An opted-in AI provider may replace the local TL;DR / FAQ once it answers; the local ones show first.
  const ai = useProviderEnhancement(article, analysis);
  return (
    <article class="article" data-complete={whole.state !== 'waiting'}>
      <p class="visually-hidden" data-testid="status" data-state="ready" role="status">
        {article.title}
      </p>
      <header class="article-header">
        <p class="meta">
          <span class="site">{site}</span>
          {date && <span> · {date}</span>}
          <span> · {minutes}</span>
        </p>
        <h1 class="article-title" data-testid="article-title" lang={lead.lang} dir={dir ?? 'auto'}>
          {article.title || site}
        </h1>
        {article.byline && (
          <p class="byline" dir="auto">
            {article.byline}
          </p>
        )}
        <SaveButton tabId={tabId} article={article} analysis={analysis} />
      </header>
      <ProviderNotice state={ai} />
      <Tldr tldr={ai.tldr ?? lead.tldr} lang={lead.lang} dir={dir} onShow={showInPage} />
      {analysis ? (
        <>
          <TopicChips topics={analysis.topics} category={analysis.category} />
          {ai.faq ? (
            <AiFaq faq={ai.faq} lang={lead.lang} dir={dir} onShow={showInPage} />
          ) : (
            <Faq faq={analysis.faq} lang={lead.lang} dir={dir} onShow={showInPage} />
          )}
        </>
      ) : whole.state === 'waiting' ? (
        <SectionPending lines={3} />
      ) : (
        // The worker could not finish the analysis even when asked again: say so, and offer the whole click again.
        <p class="state-body" data-testid="details-failed" role="status">
          {t('popupDetailsFailed')}{' '}
          <button type="button" class="link-btn" onClick={onRetry}>
            {t('popupRetry')}
          </button>
        </p>
      )}
      <AskBox article={article} lang={lead.lang} onShow={showInPage} />
      {analysis && <RelatedArticles url={article.url} title={article.title} analysis={analysis} />}
    </article>
  );
}

function Footer() {
  const open = (path: string) => () => {
    void extensionApi()?.tabs.create({ url: extensionUrl(path) });
    window.close();
  };
  return (
    <footer class="popup-footer">
      <button type="button" class="link-btn" onClick={open('src/library/index.html')}>
        {t('popupOpenLibrary')}
      </button>
      <button type="button" class="link-btn" onClick={() => void extensionApi()?.runtime.openOptionsPage()}>
        {t('popupOpenOptions')}
      </button>
    </footer>
  );
}
