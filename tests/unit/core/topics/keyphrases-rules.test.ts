/**
 * The rules that make topics read as a news site's tags: names are what running text capitalises (not the
 * Title Case of a title or heading), a lone adjective is no topic, spelling variants are one topic, and a
 * modifier in front of a name does not make a new topic. Each article here is written for one rule.
 */
import { describe, expect, it } from 'vitest';
import { extractTopics } from '../../../../src/core/topics/keyphrases';
import { articleOf, p } from '../articleOf';

const h = (text: string) => ({ kind: 'h' as const, level: 2, text });
const labelsOf = (...args: Parameters<typeof articleOf>) => extractTopics(articleOf(...args), 'en').map((t) => t.label);

describe('extractTopics: what counts as a name', () => {
  const article = articleOf(
    [
      p('The harbour board approved a plan to dredge the channel so larger ferries can dock at Port Elling.'),
      h('A Bold Pivot For The Harbour'),
      p('The board called the plan a pivot away from cargo and towards ferries and tourism.'),
      p('Dredging the channel will take two winters, and the ferries will run a reduced timetable meanwhile.'),
      p('Mayor Ines Carvalho said the ferries carry more people than the road bridge each summer.'),
      p('Ines Carvalho wants the channel finished before the regatta, when ferries are fullest.'),
    ],
    'Port Elling Harbour Makes A Bold Pivot To Ferries',
    'en',
  );
  const topics = extractTopics(article, 'en');
  const labels = topics.map((t) => t.label);

  it('does not promote a word capitalised only by the Title Case of the title or a heading', () => {
    expect(labels).not.toContain('Pivot');
    expect(labels.map((l) => l.toLowerCase())).not.toContain('pivot');
    expect(labels).not.toContain('Bold Pivot');
  });

  it('keeps names that running text capitalises, as entities', () => {
    expect(labels).toContain('Ines Carvalho');
    expect(topics.find((t) => t.label === 'Ines Carvalho')?.kind).toBe('entity');
    // "ferries" is lower case in the body: a keyphrase, whatever the title does with it.
    expect(topics.find((t) => t.label.toLowerCase() === 'ferries')?.kind).toBe('keyphrase');
  });
});

describe('extractTopics: adjectives and modifiers', () => {
  it('drops a single adjective that only ever modifies the next word', () => {
    const labels = labelsOf(
      [
        p('Engineers studying coastal erosion say coastal towns lose a metre of cliff each year to the sea.'),
        p('The coastal survey mapped every cliff between the two estuaries and found the erosion speeding up.'),
        p('Coastal councils want money for sea walls, but engineers say erosion moves along the cliff to the next town.'),
        p('The survey recommends letting some cliff fall and moving the coastal path inland before the erosion reaches it.'),
      ],
      'Survey maps erosion along the cliffs',
      'en',
    );
    expect(labels.map((l) => l.toLowerCase())).not.toContain('coastal');
    expect(labels.map((l) => l.toLowerCase())).toContain('erosion');
  });

  it('keeps the name, not a modifier in front of it, and not a nationality in front of a common noun', () => {
    const labels = labelsOf(
      [
        p('Officials in Valdora agreed to reopen the border with neighbouring Upper Valdora on Monday.'),
        p('Valdoran officials said trade across the border had halved since it closed, and Valdora needs the grain.'),
        p('Traders in neighbouring Upper Valdora said Valdoran officials had promised the same thing twice before.'),
        p('Valdora will station customs teams at three crossings, and Valdoran officials will publish weekly figures.'),
      ],
      'Valdora to reopen its border',
      'en',
    );
    expect(labels).toContain('Valdora');
    expect(labels).not.toContain('neighbouring Upper Valdora');
    expect(labels).not.toContain('Valdoran officials');
    expect(labels).not.toContain('Valdoran');
  });
});

describe('extractTopics: variants', () => {
  it('merges hyphenated and spaced spellings and labels them as the body writes them', () => {
    const topics = extractTopics(
      articleOf(
        [
          p('The lab trains robots on the physical world rather than on text, and the physical world is messy.'),
          p('Its models watch video of the physical world and predict what happens when a cup is pushed.'),
          p('Physical-world training needs far more compute than language, the lab says.'),
        ],
        'A Lab Bets On Physical-World Robots',
        'en',
      ),
      'en',
    );
    const world = topics.filter((t) => /physical[\s-]world/i.test(t.label));
    expect(world).toHaveLength(1);
    expect(world[0]!.label).toBe('physical world');
  });

  it('keeps "New" and "United" inside place names', () => {
    const labels = labelsOf(
      [
        p('Exports from New Zealand to the United States rose by a fifth last year, led by dairy and wine.'),
        p('Dairy makers in New Zealand say the United States now buys more cheese than any market but China.'),
        p('Wine from New Zealand sells at a premium in the United States, the trade ministry said.'),
      ],
      'Dairy exports climb',
      'en',
    );
    expect(labels).toContain('New Zealand');
    expect(labels).toContain('United States');
    expect(labels).not.toContain('Zealand');
  });

  it('keeps a hyphenated name whole in Japanese text', () => {
    const topics = extractTopics(
      articleOf(
        [
          p('駅の無料Wi-Fiは安全ではないと専門家が指摘した。'),
          p('無料Wi-Fiを使うときは通信を暗号化するアプリが必要だ。'),
          p('無料Wi-Fiの利用者は毎年増えている。'),
        ],
        '無料Wi-Fiの安全',
        'ja',
      ),
      'ja',
    );
    const labels = topics.map((t) => t.label);
    expect(labels.some((l) => l.includes('Wi-Fi'))).toBe(true);
    expect(labels).not.toContain('Fi');
  });
});

describe('extractTopics: bounded cost', () => {
  it('reads a bounded prefix: a topic first named after the first 40,000 characters is not found', () => {
    const filler = p('The committee met again to discuss the municipal budget and the library opening hours in detail.');
    const blocks = Array.from({ length: 600 }, () => filler);
    blocks.push(p('Zanzibar Zanzibar Zanzibar Zanzibar Zanzibar appears only at the very end of this page.'));
    const labels = extractTopics(articleOf(blocks, 'Budget meeting', 'en'), 'en').map((t) => t.label);
    expect(labels).not.toContain('Zanzibar');
    expect(labels.map((l) => l.toLowerCase())).toContain('municipal budget');
  });
});
