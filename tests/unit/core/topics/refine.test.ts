import { describe, expect, it } from 'vitest';
import { refineCandidates, type Candidate } from '../../../../src/core/topics/refine';

let n = 0;
function cand(label: string, opts: Partial<Candidate> = {}): Candidate {
  const tokens = label.split(' ');
  return { key: label.toLowerCase(), label, tokens, entity: /^\p{Lu}/u.test(label), score: 1, count: 2, first: n++, ...opts };
}
const labels = (cs: Candidate[]) => cs.map((c) => c.label);

describe('refining topic candidates', () => {
  it('drops a declined German adjective alone and a title abbreviation at the end, keeps nouns that look alike', () => {
    const out = refineCandidates(
      [cand('Internationalen'), cand('Technischer'), cand('Signale'), cand('Kapital'), cand('Landesbranddirektor Dr'), cand('Rathaus Tannstadt')],
      { lang: 'de', publisher: null },
    );
    expect(labels(out).sort()).toEqual(['Kapital', 'Landesbranddirektor', 'Rathaus Tannstadt', 'Signale'].sort());
  });

  it('keeps an acronym of five capitals, not a longer shouted word', () => {
    const out = refineCandidates([cand('UNHCR'), cand('STOLEN'), cand('NASA')], { lang: 'en', publisher: null });
    expect(labels(out).sort()).toEqual(['NASA', 'UNHCR']);
  });

  it('keeps a well-known longer acronym written only in capitals', () => {
    const out = refineCandidates([cand('UNESCO'), cand('WARNING')], { lang: 'en', publisher: null });
    expect(labels(out)).toEqual(['UNESCO']);
  });

  it('strips Korean particles and Japanese endings, and drops a lone kana run', () => {
    expect(labels(refineCandidates([cand('엘제이의')], { lang: 'ko', publisher: null }))).toEqual(['엘제이']);
    const ja = refineCandidates([cand('設置した'), cand('って'), cand('いました'), cand('東京都')], { lang: 'ja', publisher: null });
    expect(labels(ja).sort()).toEqual(['東京都', '設置'].sort());
  });

  it('drops datelines, sign-offs, share rows, agencies and the publisher, but keeps acronyms and CJK with Latin capitals', () => {
    const out = refineCandidates(
      [
        cand('SIOUX FALLS'),
        cand('CONCERNED SISTER'),
        cand('PUBLICIDADE'),
        cand('Whatsapp Facebook Pint Baixar'),
        cand('Getty Images'),
        cand('BBC'),
        cand('NASA'),
        cand('Seattle'),
        cand('公衆 無線 LAN', { label: '公衆無線LAN' }),
      ],
      { lang: 'en', publisher: 'BBC News' },
    );
    expect(labels(out).sort()).toEqual(['NASA', 'Seattle', '公衆無線LAN'].sort());
    expect(labels(refineCandidates([cand('Seattle')], { lang: 'en', publisher: 'The Seattle Times' }))).toEqual(['Seattle']);
  });

  it('drops German abstract nouns standing alone', () => {
    expect(labels(refineCandidates([cand('Verbesserungen'), cand('Rheinmetall')], { lang: 'de', publisher: null }))).toEqual(['Rheinmetall']);
  });

  it('merges a demonym or abbreviation into its country, keeping the country name', () => {
    const out = refineCandidates([cand('Israeli', { score: 3 }), cand('Israel', { score: 1 }), cand('U.S', { score: 2 }), cand('United States', { score: 1 })], {
      lang: 'en',
      publisher: null,
    });
    expect(labels(out).sort()).toEqual(['Israel', 'United States']);
    expect(out.find((c) => c.label === 'Israel')!.score).toBeGreaterThan(3);
  });

  it('merges a case form of a surname into the full name, but not a name met before a phrase that qualifies it', () => {
    const cs = refineCandidates([cand('Tomáš Souček', { first: 5 }), cand('Součka', { first: 1 }), cand('West Ham')], { lang: 'cs', publisher: null });
    expect(labels(cs).sort()).toEqual(['Tomáš Souček', 'West Ham']);
    const de = refineCandidates([cand('Rheinmetall', { first: 1 }), cand('Rüstungskonzern Rheinmetall', { first: 9 })], { lang: 'de', publisher: null });
    expect(labels(de).sort()).toEqual(['Rheinmetall', 'Rüstungskonzern Rheinmetall']);
  });
});
