import { describe, expect, it } from 'vitest';
import { itemBytes, mergePicks, packPicks, unpackPicks, SYNC_ITEM_BYTES, type Pick } from '../../../../src/core/sync/packPicks';

/** Topic names of realistic length (two or three words), each one different. */
function picks(n: number, explicit: Pick['explicit'] = 'follow'): Pick[] {
  const words = ['climate', 'policy', 'election', 'semiconductor', 'supply', 'chain', 'federal', 'reserve', 'artificial', 'intelligence'];
  return Array.from({ length: n }, (_, i) => ({
    label: `${words[i % 10]} ${words[(i * 7 + 3) % 10]} ${i}`,
    kind: i % 3 === 0 ? 'entity' : 'keyphrase',
    explicit,
  }));
}

describe('followed and muted topics in storage.sync', () => {
  it('packs 500 followed topics within the quotas and reads them back unchanged', () => {
    const all = picks(500);
    const packed = packPicks(all);
    expect(packed.dropped).toEqual([]);
    for (const [key, value] of Object.entries(packed.items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    expect(packed.bytes).toBeLessThan(100 * 1024);
    expect(unpackPicks(packed.items)).toEqual(all);
  });

  it('keeps Chinese labels and tells follows from mutes and categories from topics', () => {
    const mixed: Pick[] = [
      { label: '人工智能', kind: 'keyphrase', explicit: 'follow' },
      { label: 'sports', kind: 'category', explicit: 'mute' },
    ];
    expect(unpackPicks(packPicks(mixed).items)).toEqual(mixed);
  });

  it('degrades instead of failing: what does not fit is reported, the newest picks kept', () => {
    const all = picks(400);
    const packed = packPicks(all, 4000);
    expect(packed.dropped.length).toBeGreaterThan(0);
    expect(packed.bytes).toBeLessThanOrEqual(4000);
    const kept = unpackPicks(packed.items)!;
    expect(kept).toEqual(all.slice(0, kept.length));
    expect(kept.length + packed.dropped.length).toBe(400);
  });

  it('ignores what another version left in sync rather than throwing', () => {
    expect(unpackPicks({})).toBeNull();
    expect(unpackPicks({ 'picks.n': 1, 'picks.0': 'fkFine\n??\nx' })).toEqual([{ label: 'Fine', kind: 'keyphrase', explicit: 'follow' }]);
  });

  it('merges three ways: an unfollow elsewhere reaches here, a pick made here offline survives', () => {
    const base = new Map([['a', 'follow' as const], ['b', 'follow' as const]]);
    const remote = new Map([['a', { label: 'a', kind: 'keyphrase' as const, explicit: 'follow' as const }], ['c', { label: 'c', kind: 'keyphrase' as const, explicit: 'mute' as const }]]);
    const local = new Map([['a', 'follow' as const], ['b', 'follow' as const], ['d', 'follow' as const]]);
    expect(mergePicks(base, remote, local)).toEqual({ set: [{ label: 'c', kind: 'keyphrase', explicit: 'mute' }], clear: ['b'] });
  });
});
