/**
 * Topics a reader can follow: typed (person, organisation, place, product, event, theme), never a fragment
 * of a name or a cut abbreviation, and lone common words only as the article's theme. Each article here is
 * written for one rule.
 */
import { describe, expect, it } from 'vitest';
import { extractTopics } from '../../../../src/core/topics/keyphrases';
import { topicType } from '../../../../src/core/topics/topicType';
import { articleOf, p } from '../articleOf';

describe('topicType: the rules per kind', () => {
  const name = (label: string) => topicType(label, { entity: true, tokens: label.split(' ') });

  it('types people by title or given name, organisations by their suffix, places by the gazetteer', () => {
    expect(name('Mayor Ines Carvalho')).toBe('person');
    expect(name('Angela Merkel')).toBe('person');
    expect(name('Harbour Workers Union')).toBe('organisation');
    expect(name('Rheinwerk AG')).toBe('organisation');
    expect(name('Kenya')).toBe('place');
    expect(name('New Zealand')).toBe('place');
    expect(name('Elling County')).toBe('place');
  });

  it('types products by model designations and events by what they name', () => {
    expect(name('Lumo X')).toBe('product');
    expect(name('Pixel 9')).toBe('product');
    expect(name('World Cup')).toBe('event');
    expect(topicType('municipal election', { entity: false, tokens: ['municipal', 'election'] })).toBe('event');
    // "Open" ends a tournament's name; in front it is no event, nor is a hotel called "Grand".
    expect(name('Elling Open')).toBe('event');
    expect(name('Open Source')).not.toBe('event');
    expect(name('The Elling Grand')).not.toBe('event');
  });

  it('calls a lone lower-case word a theme and leaves an unknown name untyped rather than guess', () => {
    expect(topicType('ferries', { entity: false, tokens: ['ferries'] })).toBe('theme');
    expect(name('Quorvath')).toBeUndefined();
    // An acronym or a letters-and-digits code alone could be anything: a format, a chemical, a faction.
    expect(name('HDR')).toBeUndefined();
    expect(name('G40')).toBeUndefined();
  });
});

describe('extractTopics: names kept whole', () => {
  it('keeps "St." inside a place name and shows "U.S." as the United States', () => {
    const topics = extractTopics(
      articleOf(
        [
          p('Voters in St. Louis Park chose a new council on Tuesday, the first in the U.S. to seat three teachers.'),
          p('The vote in St. Louis Park drew twice the usual turnout, officials in the U.S. suburb said.'),
          p('Teachers have long run for office in St. Louis Park, but rarely won, and the U.S. trend is similar.'),
        ],
        'Teachers win council seats',
        'en',
      ),
      'en',
    );
    const labels = topics.map((t) => t.label);
    expect(labels).toContain('St. Louis Park');
    expect(labels).not.toContain('Louis Park');
    expect(labels).not.toContain('U.S');
    expect(labels.filter((l) => l === 'United States' || l === 'U.S.').length).toBeLessThanOrEqual(1);
    expect(topics.find((t) => t.label === 'St. Louis Park')?.type).toBe('place');
  });

  it('keeps a product name whole with its model letter, and drops the verb that follows a name', () => {
    const labels = extractTopics(
      articleOf(
        [
          p('The new Lumo X ships next month, and the company says the Lumo X battery lasts two days.'),
          p('Reviewers found the Lumo X screen dim outdoors, though the Lumo X camera impressed them.'),
          p('Sales of the Orbis Pad launched strongly in spring, and Orbis Pad launched again in autumn.'),
        ],
        'A phone that lasts two days',
        'en',
      ),
      'en',
    ).map((t) => t.label);
    expect(labels).toContain('Lumo X');
    expect(labels).not.toContain('Lumo');
    expect(labels).not.toContain('Orbis Pad launched');
  });
});

describe('extractTopics: one person, whatever office is written before the name', () => {
  it('shows "Amara Osei", not "President Amara Osei" beside "Northern President Osei"', () => {
    const labels = extractTopics(
      articleOf(
        [
          p('Lawmakers voted on Monday to censure President Amara Osei over the budget he sent to parliament.'),
          p('The vote came after Northern President Osei refused to revise the budget, officials said.'),
          p('President Amara Osei called the censure a stunt, and Northern President Osei left for talks abroad.'),
        ],
        'Parliament censures the president',
        'en',
      ),
      'en',
    ).map((t) => t.label);
    expect(labels).toContain('Amara Osei');
    expect(labels.filter((l) => /Osei/.test(l))).toEqual(['Amara Osei']);
    expect(labels).not.toContain('President');
  });
});

describe('extractTopics: lone common words', () => {
  it('shows at most two lone common words, and never a role like "president" or "wife" alone', () => {
    const topics = extractTopics(
      articleOf(
        [
          p('The president said the ferries, the harbour and the dredging would be funded, and his wife agreed.'),
          p('The president visited the harbour, where ferries wait while dredging continues and tides turn.'),
          p('Dredging the harbour lets larger ferries dock; the president and his wife watched the tides.'),
          p('Tides, ferries, dredging and the harbour: the president named each, and his wife named the tides.'),
        ],
        'The harbour opens',
        'en',
      ),
      'en',
    );
    const lone = topics.filter((t) => !t.label.includes(' ') && t.kind === 'keyphrase');
    expect(lone.length).toBeGreaterThan(0);
    expect(lone.length).toBeLessThanOrEqual(2);
    expect(topics.map((t) => t.label.toLowerCase())).not.toContain('president');
    expect(topics.map((t) => t.label.toLowerCase())).not.toContain('wife');
  });

  it('takes a German noun after its article for a common noun, not a name', () => {
    const topics = extractTopics(
      articleOf(
        [
          p('Die Firma Quorvath meldet, dass die Datenbank der Kunden offen im Netz stand.'),
          p('Quorvath hat die Datenbank inzwischen gesperrt; in der Datenbank lagen Adressen.'),
          p('Laut Quorvath war die Datenbank drei Wochen erreichbar, bevor ein Forscher Quorvath warnte.'),
        ],
        'Offene Kundendaten',
        'de',
      ),
      'de',
    );
    expect(topics.find((t) => t.label === 'Quorvath')?.kind).toBe('entity');
    expect(topics.find((t) => t.label === 'Datenbank')?.kind ?? 'keyphrase').toBe('keyphrase');
  });
});
