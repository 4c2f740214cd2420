import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { pullPicks, pushPicks, type AreaLike } from '../../../src/storage/syncedPicks';
import { getInterests, setExplicit } from '../../../src/storage/interests';
import { getDb } from '../../../src/storage/db';
import type { Interest } from '../../../src/core/interests/profile';
import { freshDb } from './helpers';

/** A storage area in memory, with `storage.sync`'s per-item quota enforced as the browsers do. */
function area(perItem = Infinity): AreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(keys) {
      if (keys === null || keys === undefined) return structuredClone(data);
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) {
        if (k.length + JSON.stringify(v).length > perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

/** Two browsers share `storage.sync`; each has its own database and `storage.local`. */
async function device(rows: Interest[]) {
  await freshDb();
  if (rows.length) await getDb().interests.bulkPut(rows);
}
const picks = async () => Object.fromEntries((await getInterests()).filter((i) => i.explicit).map((i) => [i.label, i.explicit]));

let sync: ReturnType<typeof area>;
beforeEach(async () => {
  await freshDb();
  sync = area(8192);
});

describe('followed and muted topics across devices', () => {
  it('follows reach the other device, an unfollow there comes back, a pick made offline here survives', async () => {
    const localA = area();
    const localB = area();
    await setExplicit({ label: 'Climate', kind: 'keyphrase' }, 'follow');
    await setExplicit({ label: 'sports', kind: 'category' }, 'mute');
    await pushPicks(sync, localA);
    const rowsA = await getInterests();

    await device([]);
    await pullPicks(sync, localB);
    expect(await picks()).toEqual({ Climate: 'follow', sports: 'mute' });
    await setExplicit({ label: 'Climate', kind: 'keyphrase' }, null);
    await pushPicks(sync, localB);
    const rowsB = await getInterests();

    await device(rowsA);
    // While A was offline it followed something new.
    await setExplicit({ label: 'OpenAI', kind: 'entity' }, 'follow');
    await pullPicks(sync, localA);
    expect(await picks()).toEqual({ sports: 'mute', OpenAI: 'follow' });

    // And back on B, A's offline pick arrives.
    await device(rowsB);
    await pullPicks(sync, localB);
    expect(await picks()).toEqual({ sports: 'mute', OpenAI: 'follow' });
  });

  it('too many picks for the sync space: the synced copy is cut, the device keeps all, and the report says so', async () => {
    await getDb().interests.bulkPut(
      Array.from({ length: 3000 }, (_, i) => ({ key: `a longer topic name ${i}`, label: `A longer topic name ${i}`, kind: 'keyphrase' as const, explicit: 'follow' as const, weight: 0, updatedAt: i })),
    );
    const report = await pushPicks(sync, area());
    expect(report.total).toBe(3000);
    expect(report.dropped).toBeGreaterThan(0);
    expect(report.error).toBeUndefined();
    expect((await getInterests()).filter((i) => i.explicit)).toHaveLength(3000);
  });

  it('a sync area that refuses the write loses nothing here and reports why', async () => {
    await setExplicit({ label: 'Climate', kind: 'keyphrase' }, 'follow');
    const refusing = { ...area(), set: async () => Promise.reject(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded')) };
    const report = await pushPicks(refusing, area());
    expect(report.error).toMatch(/quota/);
    expect(await picks()).toEqual({ Climate: 'follow' });
  });
});
