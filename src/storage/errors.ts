/**
 * Storage failures the reader can act on. Everything Dexie or IndexedDB throws is mapped to one of these codes so
 * the UI shows a sentence (`saveError_<code>` in the locale files) rather than a stack trace.
 */
export type StorageErrorCode = 'quota' | 'unavailable' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    override readonly cause?: unknown,
  ) {
    super(`storage: ${code}${cause instanceof Error ? ` (${cause.message})` : ''}`);
    this.name = 'StorageError';
  }
}

function names(err: unknown): string[] {
  const out: string[] = [];
  let e: unknown = err;
  // Dexie wraps the DOMException (`inner`), and an aborted transaction carries the failure that aborted it.
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const o = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    e = o.inner ?? o.cause;
  }
  return out;
}

export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const n = names(err);
  if (n.some((x) => x === 'QuotaExceededError')) return new StorageError('quota', err);
  if (n.some((x) => x === 'DatabaseClosedError' || x === 'OpenFailedError' || x === 'MissingAPIError' || x === 'InvalidStateError')) {
    return new StorageError('unavailable', err);
  }
  return new StorageError('unknown', err);
}

/** Runs a storage operation and rethrows any failure as a StorageError. */
export async function guard<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    throw toStorageError(err);
  }
}
