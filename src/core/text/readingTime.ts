import { words } from './segment';
export function countWords(text: string, lang: string): number {
  return words(text, lang).length;
}
export function readingMinutes(text: string, lang: string): number {
  return Math.max(1, Math.round(countWords(text, lang) / 230));
}
