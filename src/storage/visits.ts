/** Visits repository (reads; visits are written by the transactions in library.ts). */
import { getDb } from './db';
import { guard } from './errors';
import { articleKey } from './articles';
import type { VisitRecord } from './types';

/** Visits newest first, optionally of one URL and/or since a time. */
export function listVisits(opts: { url?: string; since?: number } = {}): Promise<VisitRecord[]> {
  return guard(async () => {
    const t = getDb().visits;
    const rows = opts.url !== undefined ? await t.where('url').equals(articleKey(opts.url)).toArray() : await t.where('time').aboveOrEqual(opts.since ?? -Infinity).toArray();
    return rows.filter((v) => opts.since === undefined || v.time >= opts.since).sort((a, b) => b.time - a.time);
  });
}
