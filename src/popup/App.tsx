import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { sendMessage, type CompanionResult } from '../shared/messages';
import { requestAnalysis } from './request';
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

type State = { kind: 'loading' } | { kind: 'done'; result: CompanionResult };

/** `first` is the request main.ts sent before this code loaded, so the worker starts while the app loads. */
export function App({ first }: { first?: Promise<CompanionResult> }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const load = useCallback((useSelection = false, started?: Promise<CompanionResult>) => {
    setState({ kind: 'loading' });
    void (started ?? requestAnalysis(useSelection)).then((result) => {
      // For the speed benchmark: when the answer arrived, and where the worker spent its time.
      performance.mark('lede:analysis-received', { detail: result.ok ? (result.timings ?? null) : null });
      setState({ kind: 'done', result });
    });
  }, []);
  useEffect(() => load(false, first), [load, first]);

  return (
    <div class="popup">
      <main class="popup-main">
        {state.kind === 'loading' ? (
          <Skeleton />
        ) : state.result.ok ? (
          <ArticleView result={state.result} />
        ) : (
          <ErrorState code={state.result.code} hasSelection={state.result.hasSelection}>
            {state.result.code === 'not-article' && state.result.hasSelection && (
              <button type="button" class="btn btn-primary" onClick={() => load(true)}>
                {t('popupUseSelection')}
              </button>
            )}
            {state.result.code !== 'restricted' && state.result.code !== 'pdf' && state.result.code !== 'no-tab' && (
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

function ArticleView({ result }: { result: CompanionResult & { ok: true } }) {
  const { article, analysis, tabId } = result;
  const showInPage = useCallback(
    async (text: string) => (await sendMessage('highlightInTab', { tabId, text }).catch(() => ({ found: false }))).found,
    [tabId],
  );
  const site = article.siteName || hostOf(article.url);
  const date = formatDate(article.publishedTime);
  const minutes = t('popupMinutes', String(analysis.readingMinutes));
  const dir = article.dir;
  // An opted-in AI provider may replace the local TL;DR / FAQ once it answers; the local ones show first.
  const ai = useProviderEnhancement(article, analysis);
  return (
    <article class="article">
      <p class="visually-hidden" data-testid="status" data-state="ready" role="status">
        {article.title}
      </p>
      <header class="article-header">
        <p class="meta">
          <span class="site">{site}</span>
          {date && <span> · {date}</span>}
          <span> · {minutes}</span>
        </p>
        <h1 class="article-title" data-testid="article-title" lang={analysis.lang} dir={dir ?? 'auto'}>
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
      <Tldr tldr={ai.tldr ?? analysis.tldr} lang={analysis.lang} dir={dir} onShow={showInPage} />
      <TopicChips topics={analysis.topics} category={analysis.category} />
      {ai.faq ? (
        <AiFaq faq={ai.faq} lang={analysis.lang} dir={dir} onShow={showInPage} />
      ) : (
        <Faq faq={analysis.faq} lang={analysis.lang} dir={dir} onShow={showInPage} />
      )}
      <AskBox article={article} lang={analysis.lang} onShow={showInPage} />
      <RelatedArticles url={article.url} title={article.title} analysis={analysis} />
    </article>
  );
}

function Footer() {
  const open = (path: string) => () => {
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
    window.close();
  };
  return (
    <footer class="popup-footer">
      <button type="button" class="link-btn" onClick={open('src/library/index.html')}>
        {t('popupOpenLibrary')}
      </button>
      <button type="button" class="link-btn" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOpenOptions')}
      </button>
    </footer>
  );
}
