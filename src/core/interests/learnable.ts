/**
 * Which topics may become learned interests. A topic chip that is a little off costs the reader a glance; a
 * learned interest built on one ("って", "levels", "country") re-ranks their library for weeks and fills the
 * reading-mix chart. So learning is stricter than showing: names and multi-word themes are learned, a lone
 * lower-case word, a lone kana run, a number or a one-letter label is not.
 */
import type { Topic } from '../types';
import { isGeneric } from '../topics/generic';

/** Only kana (and the long-vowel mark): Japanese particles and verb endings ("って", "いました"), never a subject alone. */
const KANA_ONLY_RE = /^[\u3040-\u309f\u30fc\s]+$/u;
const HAS_LETTER_RE = /\p{L}/u;
/** A letter with case: scripts where a name is told apart from a common word by its capital. */
const CASED_RE = /[\p{Lu}\p{Ll}]/u;

export function isLearnable(topic: Pick<Topic, 'label' | 'kind'>): boolean {
  if (topic.kind === 'category') return true;
  const label = topic.label.normalize('NFKC').trim();
  if ([...label].length < 2 || !HAS_LETTER_RE.test(label) || KANA_ONLY_RE.test(label)) return false;
  const words = label.split(/\s+/);
  if (words.length === 1) {
    const w = words[0]!;
    if (isGeneric(w.toLowerCase(), 'en')) return false;
    // A single cased word learns only as a name: "Tottenham", "NFL", not "fear" or "levels".
    if (CASED_RE.test(w) && w === w.toLowerCase()) return false;
  }
  return true;
}
