/**
 * Lede's storage API: the only door to the database. Pages (library, options, popup) and the worker use these
 * functions; nothing else touches Dexie tables.
 */
export { getDb, DB_NAME, LedeDb } from './db';
export { StorageError, toStorageError, type StorageErrorCode } from './errors';
export type { ArticleRecord, ArticleStatus, VisitRecord, Interest, VisitHow } from './types';
export {
  articleKey,
  getArticle,
  getArticles,
  isSaved,
  listArticles,
  listRecentSaved,
  listAllArticles,
  listTime,
  countArticles,
  updateArticle,
  setStatus,
  setProgress,
  setFavourite,
  deleteArticle,
  restoreDeleted,
  restoreArticle,
  putArticles,
  type ArticleQuery,
  type DeletedArticle,
} from './articles';
export {
  recordOpened,
  saveArticle,
  saveLink,
  unsaveArticle,
  undoSave,
  type ArticleContent,
  type SaveInput,
  type SaveOutcome,
  type RecordOptions,
} from './library';
export { getInterests, listInterests, setExplicit, forgetInterest, learnFrom } from './interests';
export { listVisits } from './visits';
export { clearHistory, type ClearRange, type ClearResult } from './history';
export {
  getSettings,
  setSettings,
  onSettingsChanged,
  addExcludedSite,
  removeExcludedSite,
  DEFAULT_SETTINGS,
  type Settings,
} from './settings';
export { findRelated } from './related';
export {
  getArticleImages,
  getImageSet,
  imageTotals,
  replaceArticleImages,
  removeArticleImages,
  sweepOrphanImages,
  type ImageRow,
  type ImageSetRow,
  type ImageTotals,
} from './images';
