import type { Category } from '../types';
export function classify(_text: string, _lang: string): Category | null {
  return null;
}
