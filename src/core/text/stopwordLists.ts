/**
 * The stop-word lists of the languages Lede detects, from stopwords-iso, bundled: what Node (the command line,
 * tests, benchmarks) reads. Named imports, not the whole JSON, so the bundler keeps these 27 of the 58 lists.
 * The extension's build puts noBundledStopwords.ts in this module's place (vite.config.ts) and fetches each list
 * on first use instead (src/background/stopwordFiles.ts), so none of them is in the worker's startup bundle.
 */
import {
  ar, cs, da, de, en, es, fa, fi, fr, he, hi, hu, id, it, ja, ko, nl, no, pl, pt, ro, ru, sv, tr, uk, vi, zh,
} from 'stopwords-iso/stopwords-iso.json';

export const BUNDLED_STOPWORDS: Readonly<Record<string, readonly string[]>> | null = {
  ar, cs, da, de, en, es, fa, fi, fr, he, hi, hu, id, it, ja, ko, nl, no, pl, pt, ro, ru, sv, tr, uk, vi, zh,
};
