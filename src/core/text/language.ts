import { cjkRatio } from './segment';
export function detectLanguage(text: string, declared: string | null | undefined): string {
  if (declared) return declared.split(/[-_]/)[0]!.toLowerCase();
  return cjkRatio(text) > 0.3 ? 'zh' : 'en';
}
