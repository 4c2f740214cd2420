/**
 * The list's keyboard shortcuts, as a pure mapping from a key event to an action: j/k move, o or Enter opens,
 * e archives, # deletes, / focuses the search box. Typing in a text field never triggers them (only Escape
 * leaves the field), and modified keys are left to the browser (Ctrl+K, Alt+E...).
 */
export type KeyAction = 'next' | 'prev' | 'open' | 'archive' | 'delete' | 'focus-search' | 'leave-field';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** True when focus is in an input, textarea, select or contenteditable. */
  inField: boolean;
}

export function keyAction(e: KeyLike): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.inField) return e.key === 'Escape' ? 'leave-field' : null;
  switch (e.key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'prev';
    case 'o':
    case 'Enter':
      return 'open';
    case 'e':
      return 'archive';
    case '#':
      return 'delete';
    case '/':
      return 'focus-search';
    default:
      return null;
  }
}

export function isTextField(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (!el?.tagName) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return true;
  if (tag !== 'input') return false;
  const type = ((el as { type?: string }).type ?? 'text').toLowerCase();
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}
