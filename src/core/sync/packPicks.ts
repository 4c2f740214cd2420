/**
 * Followed and muted topics in `storage.sync`, whose quotas are small: 8,192 bytes per item (key plus JSON
 * value) and 102,400 in all, shared with every other setting. Picks are packed as lines of text in a few
 * numbered items rather than one item per topic (per-item overhead and the 512-item cap would run out first).
 * What does not fit is left out of the synced copy, the newest picks first kept, and reported: the picks stay
 * on this device either way.
 *
 * Merging is three-way, like the reading list: the set this device last wrote or read is the base, so a topic
 * unfollowed on another device is unfollowed here, and a pick made here while offline is not lost.
 */
import type { TopicKind } from '../types';

export type PickKind = 'follow' | 'mute';

export interface Pick {
  label: string;
  kind: TopicKind;
  explicit: PickKind;
}

export const PICKS_PREFIX = 'picks.';
/** Chrome's and Firefox's `storage.sync.QUOTA_BYTES_PER_ITEM`. */
export const SYNC_ITEM_BYTES = 8192;
/** The share of the 102,400-byte `storage.sync` quota the picks may take; the rest is left to the settings. */
export const PICKS_BUDGET_BYTES = 64 * 1024;

const KIND_CODE: Record<TopicKind, string> = { keyphrase: 'k', entity: 'e', category: 'c' };
const CODE_KIND: Record<string, TopicKind> = { k: 'keyphrase', e: 'entity', c: 'category' };

/** One line: f|m, the kind's letter, the label (whitespace folded so it cannot break the line). */
function line(p: Pick): string {
  return `${p.explicit === 'follow' ? 'f' : 'm'}${KIND_CODE[p.kind]}${p.label.replace(/\s+/g, ' ').trim()}`;
}

const utf8 = new TextEncoder();
/** The size the browsers count against the quota: the key plus the value as JSON, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return utf8.encode(key).length + utf8.encode(JSON.stringify(value)).length;
}

export interface Packed {
  /** Items to write to `storage.sync`: `picks.0`..`picks.<n-1>`, and `picks.n`. */
  items: Record<string, string | number>;
  /** Picks that did not fit (the oldest, as the input is newest first). */
  dropped: Pick[];
  bytes: number;
}

/** Packs picks, newest first, into as many items as fit `budget` bytes. */
export function packPicks(picks: readonly Pick[], budget = PICKS_BUDGET_BYTES): Packed {
  const items: Record<string, string | number> = {};
  const dropped: Pick[] = [];
  let bytes = itemBytes(`${PICKS_PREFIX}n`, 9999);
  let chunk: string[] = [];
  let n = 0;
  const flush = () => {
    if (!chunk.length) return;
    const key = `${PICKS_PREFIX}${n++}`;
    items[key] = chunk.join('\n');
    bytes += itemBytes(key, items[key]);
    chunk = [];
  };
  for (const p of picks) {
    const l = line(p);
    if (itemBytes(`${PICKS_PREFIX}0`, l) > SYNC_ITEM_BYTES) {
      dropped.push(p);
      continue;
    }
    // A full item is closed and the line starts the next one.
    if (chunk.length && itemBytes(`${PICKS_PREFIX}${n}`, [...chunk, l].join('\n')) > SYNC_ITEM_BYTES) flush();
    const total = bytes + itemBytes(`${PICKS_PREFIX}${n}`, [...chunk, l].join('\n'));
    if (total > budget) {
      dropped.push(p);
      continue;
    }
    chunk.push(l);
  }
  flush();
  items[`${PICKS_PREFIX}n`] = n;
  return { items, dropped, bytes };
}

/** The picks in `storage.sync` items (as `storage.sync.get` returns them); malformed lines are skipped. */
export function unpackPicks(stored: Record<string, unknown>): Pick[] | null {
  const n = stored[`${PICKS_PREFIX}n`];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return null;
  const out: Pick[] = [];
  for (let i = 0; i < n; i++) {
    const chunk = stored[`${PICKS_PREFIX}${i}`];
    if (typeof chunk !== 'string') continue;
    for (const l of chunk.split('\n')) {
      const kind = CODE_KIND[l[1] ?? ''];
      const label = l.slice(2).trim();
      if ((l[0] !== 'f' && l[0] !== 'm') || !kind || !label) continue;
      out.push({ label, kind, explicit: l[0] === 'f' ? 'follow' : 'mute' });
    }
  }
  return out;
}

/** Keys of `storage.sync` the picks of a `n`-item packing occupy (to remove the leftovers of a longer one). */
export function pickKeys(n: number): string[] {
  return [`${PICKS_PREFIX}n`, ...Array.from({ length: n }, (_, i) => `${PICKS_PREFIX}${i}`)];
}

/** The identity of a pick across devices: kind and folded label (`interestKey` is the same fold). */
export type PickKey = string;

export interface PickChanges {
  /** Picks to set here (new or changed on another device). */
  set: Pick[];
  /** Keys whose pick was cleared on another device. */
  clear: PickKey[];
}

/**
 * What to apply locally from the remote set, given the base this device last agreed on. A pick present in the
 * base and gone remotely was cleared elsewhere; one new or changed remotely is set here. Local picks the
 * remote never saw are not touched (they are pushed next).
 */
export function mergePicks(
  base: ReadonlyMap<PickKey, PickKind>,
  remote: ReadonlyMap<PickKey, Pick>,
  local: ReadonlyMap<PickKey, PickKind>,
): PickChanges {
  const set: Pick[] = [];
  const clear: PickKey[] = [];
  for (const [key, pick] of remote) {
    if (base.get(key) !== pick.explicit && local.get(key) !== pick.explicit) set.push(pick);
  }
  for (const [key, was] of base) {
    if (!remote.has(key) && local.get(key) === was) clear.push(key);
  }
  return { set, clear };
}
