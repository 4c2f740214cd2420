/**
 * The locale catalogues as the build writes them: the fragments src/locales/<locale>/*.json merged per locale.
 * Its own module so that the tests that read the catalogues do not load the whole Vite configuration.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Merges src/locales/<locale>/*.json into _locales/<locale>/messages.json in the output. */
export function mergedLocales(): Record<string, Record<string, unknown>> {
  const dir = resolve(import.meta.dirname, '../src/locales');
  const out: Record<string, Record<string, unknown>> = {};
  for (const locale of readdirSync(dir)) {
    const merged: Record<string, unknown> = {};
    for (const file of readdirSync(resolve(dir, locale)).filter((f) => f.endsWith('.json')).sort()) {
      const entries = JSON.parse(readFileSync(resolve(dir, locale, file), 'utf8')) as Record<string, unknown>;
      for (const [key, value] of Object.entries(entries)) {
        if (key in merged) throw new Error(`locale key ${key} defined twice (${locale}/${file})`);
        merged[key] = value;
      }
    }
    out[locale] = merged;
  }
  return out;
}
