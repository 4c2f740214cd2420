/**
 * A reader follows people by their full name: a story that introduces "Marta Kowalczyk" and then writes
 * "Kowalczyk" shows one topic, "Marta Kowalczyk"; an office in front of a name is no part of it; a place is
 * never taken for a surname. Words every article uses are no topic; Chinese and Japanese compounds keep their
 * noun suffix and verb forms are dropped. Each article is written for its rule.
 */
import { describe, expect, it } from 'vitest';
import { extractTopics } from '../../../../src/core/topics/keyphrases';
import { refineCandidates, type Candidate } from '../../../../src/core/topics/refine';
import { articleOf, p } from '../articleOf';

const labelsOf = (...args: Parameters<typeof articleOf>) => extractTopics(articleOf(...args), args[2] ?? 'en').map((t) => t.label);

describe('topics: people by their full name', () => {
  it('folds a lone surname into the full name the story introduced', () => {
    const labels = labelsOf(
      [
        p('The orchestra named Marta Kowalczyk as its first female principal conductor on Tuesday.'),
        p('Kowalczyk, who trained in Krakow, takes over the baton from the autumn season.'),
        p('Musicians said Kowalczyk had won them over during two guest concerts last year.'),
        p('The board expects Kowalczyk to widen the repertoire with contemporary works.'),
      ],
      'Orchestra appoints a new conductor',
      'en',
    );
    expect(labels).toContain('Marta Kowalczyk');
    expect(labels).not.toContain('Kowalczyk');
  });

  it('folds a first name into the one person of that name', () => {
    const labels = labelsOf(
      [
        p('A jury heard that Rachel Okafor had warned the landlord about the boiler twice.'),
        p('Rachel told the court the flat smelled of gas for weeks before the leak.'),
        p('The landlord denied that Rachel had ever complained about the boiler.'),
        p('Rachel and her neighbours were treated in hospital after the leak.'),
      ],
      'Tenant tells jury of boiler warnings',
      'en',
    );
    expect(labels).toContain('Rachel Okafor');
    expect(labels).not.toContain('Rachel');
  });

  it('drops the office in front of a name, even behind an institution', () => {
    const labels = labelsOf(
      [
        p('Harbour Police Commissioner Dana Whitfield announced new night patrols along the waterfront.'),
        p('The patrols follow a string of thefts from moored boats, Dana Whitfield said.'),
        p('Whitfield said the patrols would run until the end of the sailing season.'),
      ],
      'Night patrols for the waterfront',
      'en',
    );
    expect(labels).toContain('Dana Whitfield');
    expect(labels.some((l) => /Commissioner/.test(l))).toBe(false);
  });

  it('does not take a country for the surname of a longer place name', () => {
    const labels = labelsOf(
      [
        p('Aid agencies in Sudan warned that the harvest had failed across the east of the country.'),
        p('Refugees from South Sudan have crossed the border in growing numbers since spring.'),
        p('Sudan has asked donors for emergency grain shipments before the rains.'),
        p('Officials in Sudan said roads to the camps were already flooding.'),
      ],
      'Sudan asks donors for grain',
      'en',
    );
    expect(labels).toContain('Sudan');
  });
});

describe('topics: generic words', () => {
  it('shows no word that news articles use whatever their subject', () => {
    const labels = labelsOf(
      [
        p('The keepers of Skerry Point kept a daily lighthouse log of passing ships for ninety years.'),
        p('Read today, the log is a record of the herring trade, the historian said.'),
        p('Every storm went on record in the log, down to the last wave on the rocks.'),
        p('Once the record was digitised, researchers began to map the lost herring fleets.'),
      ],
      'A lighthouse log maps the herring fleets',
      'en',
    );
    // "record" recurs as often as "log", but every section of the news writes it.
    expect(labels.map((l) => l.toLowerCase())).not.toContain('record');
    expect(labels.some((l) => l.toLowerCase().includes('log'))).toBe(true);
  });
});

describe('topics: Chinese and Japanese compounds', () => {
  it('keeps a noun suffix on its compound', () => {
    const labels = labelsOf(
      [
        p('三名宇航员昨天抵达了国际空间站，继续进行科学实验。'),
        p('宇航员在国际空间站上种植了蔬菜，并记录了生长情况。'),
        p('地面控制中心表示，宇航员将在国际空间站停留六个月。'),
      ],
      '宇航员返回国际空间站',
      'zh',
    );
    expect(labels).toContain('宇航员');
    expect(labels).toContain('国际空间站');
  });

  it('drops a Japanese verb form and keeps a noun left by a particle', () => {
    let n = 0;
    const cand = (label: string): Candidate => ({ key: label, label, tokens: [label], entity: false, score: 1, count: 2, first: n++ });
    const out = refineCandidates([cand('決めています'), cand('児童相談所が'), cand('子ども')], { lang: 'ja', publisher: null }).map((c) => c.label);
    expect(out).toContain('児童相談所');
    expect(out).not.toContain('決めてい');
    expect(out).not.toContain('決めています');
    expect(out).not.toContain('子ど');
  });
});

describe('topics: names the page spells out', () => {
  it('shows an acronym the page spells out as its name, without the name cut in pieces', () => {
    const labels = labelsOf(
      [
        p('Voters in the valley backed the Bright Harbour Alliance (BHA) in the council election on Sunday.'),
        p('The BHA campaigned on cleaner water and cheaper ferries for the islands.'),
        p('Leaders of the BHA said the Bright Harbour Alliance would govern with independents.'),
        p('Turnout rose, and the BHA took seven of the eleven seats.'),
      ],
      'Alliance wins the valley council',
      'en',
    );
    expect(labels).toContain('Bright Harbour Alliance');
    expect(labels).not.toContain('BHA');
    expect(labels).not.toContain('Bright Harbour');
    expect(labels).not.toContain('Harbour Alliance');
  });

  it('shows no capitalised word that the page writes only inside names', () => {
    const labels = labelsOf(
      [
        p('The Liberty Party and the Harvest Party agreed on Monday to form a coalition in the province.'),
        p('Talks between the Liberty Party and the Harvest Party had stalled over farm subsidies.'),
        p('The Harvest Party will name the agriculture minister, the Liberty Party the treasurer.'),
      ],
      'Two parties agree a coalition',
      'en',
    );
    expect(labels).not.toContain('Party');
    expect(labels).toContain('Liberty Party');
  });
});
