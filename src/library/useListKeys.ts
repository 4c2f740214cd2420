/**
 * The list's keyboard: j/k move the selection, o/Enter open, e archives, # deletes, / focuses the search box
 * (keys.ts maps the keys; this applies them). In the reader view only Escape, to leave a text field, applies.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';
import { isTextField, keyAction } from './keys';
import type { LibraryItem } from './model';
import { readerHash } from './route';

export interface ListKeys {
  reading: boolean;
  visible: LibraryItem[];
  selected: number;
  setSelected: (update: (i: number) => number) => void;
  act: (kind: 'archive' | 'delete', item: LibraryItem) => Promise<void>;
  searchRef: RefObject<HTMLInputElement>;
}

export function useListKeys(keys: ListKeys): void {
  // The handler reads the props of the latest render, not of the render that registered it: effects run only
  // after the next frame, and a key pressed right after a click must act on the row the click highlighted.
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { reading, visible, selected, setSelected, act, searchRef } = latest.current;
      const action = keyAction({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inField: isTextField(e.target) });
      if (!action) return;
      if (reading) {
        if (action === 'leave-field') (e.target as HTMLElement).blur();
        return;
      }
      // Enter on a link, button or select keeps its own meaning.
      const tag = (e.target as HTMLElement | null)?.tagName?.toLowerCase();
      if (e.key === 'Enter' && (tag === 'a' || tag === 'button' || tag === 'select')) return;
      const item = visible[selected];
      switch (action) {
        case 'next':
          setSelected((i) => Math.min(visible.length - 1, i + 1));
          break;
        case 'prev':
          setSelected((i) => Math.max(0, i - 1));
          break;
        case 'open':
          if (item) location.hash = readerHash(item.url);
          break;
        case 'archive':
          if (item) void act('archive', item);
          break;
        case 'delete':
          if (item) void act('delete', item);
          break;
        case 'focus-search':
          searchRef.current?.focus();
          break;
        case 'leave-field':
          (e.target as HTMLElement).blur();
          return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
