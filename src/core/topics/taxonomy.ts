/**
 * The broad sections an article can belong to, like a news site's navigation. The category classifier
 * picks one of these ids (or none); the interest picker shows their labels. Ids are stable: they are stored
 * with saved articles and interests, so rename a label freely but never an id. (Version 2 of the classifier
 * retired 'science' into 'technology' and 'family' and 'religion' into 'style'; categoryLabel still shows a
 * retired id stored by the old model as the id itself.)
 */

export const CATEGORY_IDS = [
  'world',
  'politics',
  'business',
  'technology',
  'health',
  'sports',
  'entertainment',
  'style',
  'food-travel',
  'environment',
  'education',
  'crime',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryInfo {
  id: CategoryId;
  /** English display label. */
  en: string;
  /** Simplified Chinese display label. */
  zh: string;
}

export const TAXONOMY: readonly CategoryInfo[] = [
  { id: 'world', en: 'World', zh: '国际' },
  { id: 'politics', en: 'Politics', zh: '政治' },
  { id: 'business', en: 'Business & Money', zh: '财经' },
  { id: 'technology', en: 'Science & Technology', zh: '科技' },
  { id: 'health', en: 'Health & Wellness', zh: '健康' },
  { id: 'sports', en: 'Sports', zh: '体育' },
  { id: 'entertainment', en: 'Entertainment & Arts', zh: '娱乐与艺术' },
  // Style, home, family and faith: the "living" pages of a news site.
  { id: 'style', en: 'Style & Living', zh: '时尚与生活' },
  { id: 'food-travel', en: 'Food & Travel', zh: '美食与旅行' },
  { id: 'environment', en: 'Environment', zh: '环境' },
  { id: 'education', en: 'Education', zh: '教育' },
  { id: 'crime', en: 'Crime & Justice', zh: '犯罪与司法' },
];

const BY_ID = new Map<string, CategoryInfo>(TAXONOMY.map((c) => [c.id, c]));

export function isCategoryId(id: string): id is CategoryId {
  return BY_ID.has(id);
}

/**
 * The display label of a category for a UI locale ('en', 'zh-CN', 'zh_CN'...). Chinese locales get the
 * Chinese label, everything else English; an unknown id comes back unchanged rather than throwing, so an
 * article stored by an older taxonomy still shows something.
 */
export function categoryLabel(id: string, locale: string): string {
  const info = BY_ID.get(id);
  if (!info) return id;
  return locale.toLowerCase().startsWith('zh') ? info.zh : info.en;
}
