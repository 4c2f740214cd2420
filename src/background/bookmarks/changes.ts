/**
 * How the worker's save, unsave and undo tell the bookmark mirror that a saved item changed, without importing
 * it (libraryActions stays testable on its own; the mirror subscribes when the reader turned it on).
 */
type Listener = (urls: string[]) => void;

let listener: Listener | null = null;

export function onLibraryChanged(fn: Listener | null): void {
  listener = fn;
}

/** Never throws: a save must not fail because the mirror could not be told. */
export function libraryChanged(urls: string[]): void {
  try {
    listener?.(urls);
  } catch {
    // The mirror's start-up reconcile catches up.
  }
}
