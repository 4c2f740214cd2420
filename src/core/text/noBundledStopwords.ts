/**
 * stopwordLists.ts as the extension's build sees it (vite.config.ts swaps the module): no list is bundled; each is
 * loaded on first use through the loader the worker installs (setStopwordLoader in stopwords.ts).
 */
export const BUNDLED_STOPWORDS: Readonly<Record<string, readonly string[]>> | null = null;
