import { describe, expect, it } from 'vitest';
import { formsFor, introducedPeople } from '../../../../src/core/faq/forms';

describe('German why: the finite verb moved before the subject', () => {
  const de = formsFor('de')!;

  it('asks why of a clause that opens with its subject, the rest left in place', () => {
    expect(de.why('Die Stadt sperrt die Brücke ab, weil sie marode ist.')).toBe('Warum sperrt die Stadt die Brücke ab?');
    expect(de.why('Die neue Regierung will die Steuern senken, denn die Wirtschaft schwächelt.')).toBe('Warum will die neue Regierung die Steuern senken?');
  });

  it('asks nothing of a pronoun subject or a clause without a causal conjunction', () => {
    expect(de.why('Er kam zu spät, weil der Zug ausfiel.')).toBeNull();
    expect(de.why('Die Stadt sperrt die Brücke ab und baut eine neue.')).toBeNull();
  });
});

describe('Japanese how much: the price of the topic', () => {
  const ja = formsFor('ja')!;

  it('asks what the topic before は costs when its price follows', () => {
    expect(ja.howMany('1年版ライセンスは2900円（税込）で、2年版ライセンスは5000円（税込）。')).toBe('1年版ライセンスはいくらですか？');
    expect(ja.howMany('新型車の価格は約300万円からとなる。')).toBe('新型車の価格はいくらですか？');
  });

  it('asks nothing of a pronoun or a year', () => {
    expect(ja.howMany('これは500円です。')).toBeNull();
    expect(ja.howMany('2020年は100億円の赤字だった。')).toBeNull();
  });
});

describe('who and what a copula defines, and people named by a compound role', () => {
  const de = formsFor('de')!;
  it('asks "Wer ist" of a named person the copula gives a role, "Was ist" of a thing', () => {
    expect(de.definition('Jonas Keller ist ein Ingenieur aus Kiel, der seit Jahren Windräder baut.')?.question).toBe('Wer ist Jonas Keller?');
    expect(de.definition('Radon ist ein radioaktives Edelgas, das aus dem Boden in Keller dringt.')?.question).toBe('Was ist Radon?');
    expect(formsFor('fr')!.definition('Claire Dubois est une chercheuse du CNRS à Lyon.')?.question).toBe('Qui est Claire Dubois ?');
  });

  it('takes the person out of a run opened by a compound role ("Justizministerin Katarina Barley")', () => {
    expect(introducedPeople('Dazu äußerte sich gestern auch Justizministerin Katarina Barley in Berlin.', 'de', de)).toEqual(['Katarina Barley']);
    expect(introducedPeople('Dazu äußerte sich gestern auch Sprecherin Katarina Barley in Berlin.', 'de', de)).toEqual(['Katarina Barley']);
  });
});
