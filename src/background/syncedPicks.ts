/**
 * Followed and muted topics across devices (storage/syncedPicks.ts): pull what other devices wrote when
 * `storage.sync` changes and at start-up, push after a pick changes here.
 */
import { browser } from '../shared/browser';
import { pullPicks, pushPicks, type AreaLike } from '../storage/syncedPicks';
import { PICKS_PREFIX } from '../core/sync/packPicks';

const sync = browser.storage.sync as unknown as AreaLike;
const local = browser.storage.local as unknown as AreaLike;

/** One at a time: a pull and a push interleaved could write a stale set. */
let chain: Promise<unknown> = Promise.resolve();
function serial(op: () => Promise<unknown>): void {
  chain = chain.then(op).catch((err) => console.warn('Lede: topic sync', err));
}

/** After a follow / mute here. */
export function picksChanged(): void {
  serial(() => pushPicks(sync, local));
}

export function registerSyncedPicks(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith(PICKS_PREFIX))) serial(() => pullPicks(sync, local));
  });
  serial(() => pullPicks(sync, local));
}
