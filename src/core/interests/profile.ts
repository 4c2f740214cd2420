/**
 * The reader's interest profile: explicit picks (follow / mute) and learned weights that grow with each visit
 * and save and fade with a 30-day half-life. Weights are stored with the time they were last updated and
 * decayed lazily when read, so nothing has to rewrite the table every day.
 */
import { isLearnable } from './learnable';
import type { Analysis, Category, Topic, TopicKind } from '../types';

export type Explicit = 'follow' | 'mute';

export interface Interest {
  /** `interestKey(kind, label)`: the primary key and the value in an article's `topics` index. */
  key: string;
  /** The label as first shown to the reader ("OpenAI"), for display. */
  label: string;
  kind: TopicKind;
  explicit: Explicit | null;
  /** Learned weight as of `updatedAt` (undecayed). */
  weight: number;
  /** ms since the epoch. */
  updatedAt: number;
}

export const HALF_LIFE_MS = 30 * 24 * 60 * 60 * 1000;

/** How one reading event counts: a save says more than a glance, a long read more than a short one. */
export const EVENT_WEIGHT = { popup: 1, saved: 3, passive: 0.5 } as const;
export type VisitHow = keyof typeof EVENT_WEIGHT;
/** A read of this many minutes or more counts half as much again. */
export const LONG_READ_MINUTES = 5;
const LONG_READ_FACTOR = 1.5;
/** Learned weights below this after decay are noise: hidden and removable. */
export const MIN_VISIBLE_WEIGHT = 0.05;

/** "  Large  Language Models " and "large language models" are one interest; NFKC folds full-width forms. */
export function normalizeLabel(label: string): string {
  return label.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Keyphrases and entities share one key space (the same name found either way is one interest); categories are
 * taxonomy ids and get their own prefix so the category "science" and the keyphrase "science" stay apart.
 */
export function interestKey(kind: TopicKind, label: string): string {
  const norm = normalizeLabel(label);
  return kind === 'category' ? `category:${norm}` : norm;
}

/** The keys an article is indexed under: its topics and its category. */
export function articleTopicKeys(topics: readonly Topic[], category: Category | null): string[] {
  const keys = new Set<string>();
  for (const t of topics) {
    const k = interestKey(t.kind, t.label);
    if (k && k !== 'category:') keys.add(k);
  }
  if (category) keys.add(interestKey('category', category.label));
  return [...keys];
}

export function decayedWeight(weight: number, updatedAt: number, now: number, halfLifeMs = HALF_LIFE_MS): number {
  const age = Math.max(0, now - updatedAt);
  return weight * Math.pow(0.5, age / halfLifeMs);
}

/** The weight an interest has now. */
export function currentWeight(interest: Pick<Interest, 'weight' | 'updatedAt'>, now: number): number {
  return decayedWeight(interest.weight, interest.updatedAt, now);
}

/** How much one event adds to each of the article's topics, keyed by interest key. */
export function learnedIncrements(
  analysis: Pick<Analysis, 'topics' | 'category' | 'readingMinutes'>,
  how: VisitHow,
  dwellMs: number | null = null,
): Map<string, { label: string; kind: TopicKind; amount: number }> {
  let base: number = EVENT_WEIGHT[how];
  // A long article the reader stayed with (or saved to read) is a stronger signal than a skim.
  const longRead = dwellMs != null ? dwellMs >= LONG_READ_MINUTES * 60_000 : analysis.readingMinutes >= LONG_READ_MINUTES && how === 'saved';
  if (longRead) base *= LONG_READ_FACTOR;
  const out = new Map<string, { label: string; kind: TopicKind; amount: number }>();
  for (const t of analysis.topics) {
    const key = interestKey(t.kind, t.label);
    if (!normalizeLabel(t.label) || !isLearnable(t)) continue;
    // Topic scores are relative (the best is 1): the main subject of the article counts fully, side topics less.
    const amount = base * clamp01(t.score);
    const prev = out.get(key);
    if (prev) prev.amount = Math.max(prev.amount, amount);
    else out.set(key, { label: t.label, kind: t.kind, amount });
  }
  if (analysis.category) {
    const c = analysis.category;
    out.set(interestKey('category', c.label), { label: c.label, kind: 'category', amount: base * clamp01(c.score) });
  }
  return out;
}

/** Adds `amount` to an interest (new or existing), decaying the old weight to `now` first. */
export function addWeight(
  existing: Interest | undefined,
  topic: { key: string; label: string; kind: TopicKind },
  amount: number,
  now: number,
): Interest {
  if (!existing) return { key: topic.key, label: topic.label, kind: topic.kind, explicit: null, weight: amount, updatedAt: now };
  return { ...existing, weight: currentWeight(existing, now) + amount, updatedAt: now };
}

/** Rank of an explicit pick in lists: followed first, then learned, muted last. */
const PICK_ORDER = { follow: 0, none: 1, mute: 2 } as const;

/**
 * Interests to show the reader, decayed to now: the followed first (whatever their learned weight: the reader
 * chose them), then learned ones strongest first, then the muted; faded learned ones are left out.
 */
export function visibleInterests(all: readonly Interest[], now: number): (Interest & { current: number })[] {
  return all
    .map((i) => ({ ...i, current: currentWeight(i, now) }))
    .filter((i) => i.explicit !== null || i.current >= MIN_VISIBLE_WEIGHT)
    .sort(
      (a, b) =>
        PICK_ORDER[a.explicit ?? 'none'] - PICK_ORDER[b.explicit ?? 'none'] || b.current - a.current || a.label.localeCompare(b.label),
    );
}

export interface MixEntry {
  /** Interest key; '' for "other". */
  key: string;
  label: string;
  /** Share of the reading that carries this interest, 0..1. */
  share: number;
  followed: boolean;
}

/**
 * The reading mix: what share of the reader's (decayed) reading carries each of the followed interests and
 * the top learned ones, and "other", the reading filed under none of the sections shown. The reading is
 * measured by the sections (every analysed article has at most one, so their weights add up to the reading
 * without counting an article twice); a topic's share is its weight over that total. Followed interests are
 * always in the chart, even before any reading carries them.
 */
export function interestMix(all: readonly Interest[], now: number, top = 6): MixEntry[] {
  const live = visibleInterests(all, now).filter((i) => i.explicit !== 'mute');
  const learned = live.filter((i) => i.explicit === null && i.current >= MIN_VISIBLE_WEIGHT);
  const sections = live.filter((i) => i.kind === 'category');
  const sectionTotal = sections.reduce((s, i) => s + i.current, 0);
  // Without any section learned yet, the strongest topic stands for the whole reading.
  const total = sectionTotal > 0 ? sectionTotal : learned.reduce((m, i) => Math.max(m, i.current), 0);
  const followed = live.filter((i) => i.explicit === 'follow');
  if (total <= 0 && followed.length === 0) return [];
  const shown = [...followed, ...learned.slice(0, Math.max(0, top - followed.length))];
  const share = (w: number): number => (total > 0 ? Math.min(1, w / total) : 0);
  const out: MixEntry[] = shown.map((i) => ({ key: i.key, label: i.label, share: share(i.current), followed: i.explicit === 'follow' }));
  if (sectionTotal > 0) {
    const shownKeys = new Set(shown.map((i) => i.key));
    const rest = sections.filter((i) => !shownKeys.has(i.key)).reduce((s, i) => s + i.current, 0);
    if (rest / sectionTotal > 1e-9) out.push({ key: '', label: '', share: rest / sectionTotal, followed: false });
  }
  return out;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
