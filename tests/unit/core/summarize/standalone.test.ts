import { describe, expect, it } from 'vitest';
import { isDependent, standalone } from '../../../../src/core/summarize/standalone';
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
  ])('%s dependent=%s', (s, dep) => {
    expect(isDependent(s)).toBe(dep);
  });

  it('scores a half quotation and a line without an ending below a whole sentence', () => {
    const whole = standalone('The council approved the plan on Monday.');
    expect(standalone('"The council approved the plan, and we will start work soon.')).toBeLessThan(whole);
    expect(standalone('Council approves the plan')).toBeLessThan(whole);
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
});
