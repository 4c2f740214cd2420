/**
 * Which topics may become learned interests. A topic chip that is a little off costs the reader a glance; a
 * learned interest built on one ("って", "levels", "country") re-ranks their library for weeks and fills the
 * reading-mix chart. So learning is stricter than showing: names and multi-word themes are learned; a lone
 * lower-case word only when it leads the article ("climate" on a climate story, not "levels" in passing); a
 * lone kana run, a generic word, a number or a one-letter label never.
 */
import type { Topic } from '../types';
import { isGeneric } from '../topics/generic';
import { isNeverTopic } from '../topics/gate';

/** Only kana (and the long-vowel mark): Japanese particles and verb endings ("って", "いました"), never a subject alone. */
const KANA_ONLY_RE = /^[\u3040-\u309f\u30fc\s]+$/u;
const HAS_LETTER_RE = /\p{L}/u;
/** A letter with case: scripts where a name is told apart from a common word by its capital. */
const CASED_RE = /[\p{Lu}\p{Ll}]/u;

/** Topic scores are relative to the article's best (1): a lone common word must be about this high. */
const LEADING_SCORE = 0.6;

export function isLearnable(topic: Pick<Topic, 'label' | 'kind' | 'score'>): boolean {
  if (topic.kind === 'category') return true;
  const label = topic.label.normalize('NFKC').trim();
  if ([...label].length < 2 || !HAS_LETTER_RE.test(label) || KANA_ONLY_RE.test(label)) return false;
  // Stored before the topic gate (topics/gate.ts) existed, a time word or a navigation label is still no interest.
  if (isNeverTopic(label)) return false;
  const words = label.split(/\s+/);
  if (words.length === 1) {
    const w = words[0]!;
    if (isGeneric(w.toLowerCase(), 'en')) return false;
    // A single lower-case word learns only as the article's subject: "fear" or "levels" in passing never.
    if (CASED_RE.test(w) && w === w.toLowerCase() && topic.score < LEADING_SCORE) return false;
  }
  return true;
}
