import { describe, expect, it } from 'vitest';
import { isDependent, isSignpost, standalone } from '../../../../src/core/summarize/standalone';
import { summarize } from '../../../../src/core/summarize/tldr';
import { articleFromBlocks } from '../../../../src/core/articleFromText';

describe('standalone', () => {
  it.each([
    ['In fact, the carmaker still believes in sedans.', true],
    ['She frankly said she would run again.', true],
    ['Она откровенно рассказала о своих планах.', true],
    ['但是，随着年龄的增长，关注点发生了变化。', true],
    ['Eso sí, la desventaja del equipo es clara.', true],
    ['The carmaker revealed a new sedan on Tuesday.', false],
    ['Shelters opened across the county.', false],
    ['Theater tickets sold out in an hour.', false],
    ['On Monday, the port reopened.', false],
    ['This week, the port reopened.', false],
    // Connectives and pronouns that lean on the sentence before, in each language readers met them in.
    ['Denn die Kosten waren zu hoch.', true],
    ['Dabei geht es um viel Geld.', true],
    ['Auch die Opposition stimmte zu.', true],
    ['Acá la situación es distinta.', true],
    ['Sin embargo, el gobierno no respondió.', true],
    ['Su hermano también fue detenido.', true],
    ['However, the council disagreed.', true],
    ['But the plan was delayed.', true],
    ["C'est la première fois depuis 2010.", true],
    ['Par ailleurs, le ministre a démissionné.', true],
    ['При этом цены выросли.', true],
    ['此外，政府还宣布了新的补贴。', true],
    ['また、同社は新製品も発表した。', true],
    ['同社は昨年、赤字だった。', true],
    ['그러나 정부는 답하지 않았다.', true],
    // Sentences that open on their own: an article, a name, a time, an "it" that points ahead.
    ['Der Stadtrat stimmte am Dienstag zu.', false],
    ['Le gouvernement a annoncé un plan.', false],
    ['Este lunes, el gobierno anunció el plan.', false],
    ['It will be a hard task for the team to qualify.', false],
    ['El presidente viajó a Lima.', false],
    ['政府周二宣布了新的补贴。', false],
    // "The former" as a description names the person; as a pronoun it points back.
    ['The former finance minister resigned on Friday.', false],
    ['The latter was never built.', true],
    ['The former, a teacher, stayed home.', true],
  ])('%s dependent=%s', (s, dep) => {
    expect(isDependent(s)).toBe(dep);
  });

  it('scores a half quotation and a line without an ending below a whole sentence', () => {
    const whole = standalone('The council approved the plan on Monday.');
    expect(standalone('"The council approved the plan, and we will start work soon.')).toBeLessThan(whole);
    expect(standalone('Council approves the plan')).toBeLessThan(whole);
  });
});

describe('isSignpost', () => {
  it.each([
    ["Here's what we know about the outage.", true],
    ['Here are the growing threats named in the report.', true],
    ['Voici les chiffres clés du rapport.', true],
    ['Estas son las claves del acuerdo.', true],
    ['以下是报告的要点。', true],
    ['Here, in the valley, the river floods every spring.', false],
    ['The report names five threats.', false],
  ])('%s signpost=%s', (s, expected) => {
    expect(isSignpost(s)).toBe(expected);
  });
});

describe('summarize never leaves an opener dangling', () => {
  it('takes a sentence that refers back only with the sentence it refers to', () => {
    const paras = [
      'Harbour officials opened a new ferry terminal on Monday after three years of building work.',
      'The terminal cost 40 million euros and can handle twelve ferries a day.',
      'It replaces a wooden pier that storms damaged twice in the last decade, forcing long closures of the harbour ferry terminal.',
      'Local shops expect more visitors in the summer.',
      'However, the ferry terminal still lacks a bus link, which the harbour council promised for next year.',
      'A new cafe opened nearby.',
    ];
    const tldr = summarize(articleFromBlocks(paras.map((text) => ({ kind: 'p' as const, text })), { title: 'New ferry terminal opens' }), 'en').sentences;
    for (const s of tldr) {
      if (!isDependent(s)) continue;
      const before = paras[paras.indexOf(s) - 1];
      expect(tldr).toContain(before);
    }
  });

  it('never takes a dependent sentence whose antecedent was left out of the candidates', () => {
    const blocks = [
      { kind: 'p' as const, text: 'The city library opened on the river front on Saturday.' },
      { kind: 'p' as const, text: 'The building holds 200,000 books and a reading garden.' },
      { kind: 'h' as const, text: 'Opening day' },
      { kind: 'p' as const, text: 'It lent 3,000 books on opening day, a record for the city library.' },
      { kind: 'p' as const, text: 'Staff said the library will open late on Thursdays.' },
    ];
    const tldr = summarize(articleFromBlocks(blocks, { title: 'City library lends 3,000 books on opening day' }), 'en').sentences;
    // The heading stands between "It lent..." and the sentence before it: shown, it would dangle.
    expect(tldr).not.toContain(blocks[3]!.text);
    expect(tldr[0]).toBe(blocks[0]!.text);
  });
});
