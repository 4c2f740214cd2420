import { describe, expect, it } from 'vitest';
import { howMuchQuestion, peopleEn } from '../../../../src/core/faq/questions';

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

describe('howMuchQuestion', () => {
  it('asks what was paid for the thing bought, never "how much did X buy"', () => {
    expect(howMuchQuestion('Amazon bought Whole Foods in August 2017 for $13.7 billion, its largest deal.', 'en')).toBe('How much did Amazon pay for Whole Foods?');
    expect(howMuchQuestion('Harbor Bank sold Tidewater Insurance for $80 million last spring.', 'en')).toBe('How much did Harbor Bank sell Tidewater Insurance for?');
    // Nothing named as bought: no question rather than a wrong one.
    expect(howMuchQuestion('Amazon bought $2 billion of bonds from the Treasury last year.', 'en')).toBeNull();
    expect(howMuchQuestion('Harbor City raised $240 million for a flood wall.', 'en')).toBe('How much did Harbor City raise?');
  });
});
