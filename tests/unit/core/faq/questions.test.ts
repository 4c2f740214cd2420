import { describe, expect, it } from 'vitest';
import { peopleEn } from '../../../../src/core/faq/questions';

describe('peopleEn', () => {
  it('ranks people by mentions, counting the surname alone as a mention', () => {
    const text =
      'Maria Delgado met Tom Reyes in Boston. Tom Reyes spoke first. Delgado said the wall was needed. ' +
      'Delgado later added that funding was short, and Delgado left.';
    expect(peopleEn(text).slice(0, 2)).toEqual(['Maria Delgado', 'Tom Reyes']);
  });

  it("counts surnames with an apostrophe or a hyphen too, and not inside longer words", () => {
    const text =
      "Sean O'Brien and Anna Smith-Jones met Paul Grant. Grant spoke. " +
      "O'Brien answered. O'Brien left. Smith-Jones stayed. Grantham is a town.";
    expect(peopleEn(text).slice(0, 3)).toEqual(["Sean O'Brien", 'Anna Smith-Jones', 'Paul Grant']);
  });
});
