/**
 * Candidates for "From your library", then the pure ranking. Reading the whole library in the popup would be
 * slow at 10,000 items, so candidates are the articles sharing a topic plus the most recent ones.
 */
import { getDb } from './db';
import { guard } from './errors';
import { articleKey } from './articles';
import { articleTopicKeys } from '../core/interests/profile';
import { relatedArticles, type RelatedDoc } from '../core/interests/related';
import type { Analysis } from '../core/types';
import type { ArticleRecord } from './types';

const RECENT = 200;
const MAX_CANDIDATES = 2000;

function asDoc(row: ArticleRecord): RelatedDoc & { row: ArticleRecord } {
  return {
    url: row.url,
    title: row.title,
    summary: row.analysis?.tldr.sentences.join(' ') ?? row.excerpt ?? '',
    topicLabels: row.analysis?.topics.map((t) => t.label) ?? row.tags,
    topics: row.topics,
    lang: row.lang,
    row,
  };
}

export function findRelated(current: { url: string; title: string }, analysis: Analysis, limit = 3): Promise<ArticleRecord[]> {
  const db = getDb();
  return guard(async () => {
    const keys = articleTopicKeys(analysis.topics, analysis.category);
    const byTopic = keys.length ? await db.articles.where('topics').anyOf(keys).limit(MAX_CANDIDATES).toArray() : [];
    const recent = await db.articles.orderBy('updatedAt').reverse().limit(RECENT).toArray();
    const pool = new Map<string, ArticleRecord>();
    for (const r of [...byTopic, ...recent]) pool.set(r.url, r);
    const me: RelatedDoc = {
      url: articleKey(current.url),
      title: current.title,
      summary: analysis.tldr.sentences.join(' '),
      topicLabels: analysis.topics.map((t) => t.label),
      topics: keys,
      lang: analysis.lang,
    };
    return relatedArticles(me, [...pool.values()].map(asDoc), limit).map((m) => m.doc.row);
  });
}
