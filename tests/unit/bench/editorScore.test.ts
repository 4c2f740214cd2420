import { describe, expect, it } from 'vitest';
import { rouge, sentenceHits, topicMatches, topicScores } from '../../../bench/lib/editorScore';

describe('editor-set scoring', () => {
  it('matches topic labels across case, diacritics, articles and inflection', () => {
    expect(topicMatches('Maori', 'Māori')).toBe(true);
    expect(topicMatches('the Federal Reserve', 'Federal Reserve')).toBe(true);
    expect(topicMatches('Součka', 'Tomáš Souček')).toBe(true);
    expect(topicMatches('Merkelin', 'Angela Merkel')).toBe(true);
    expect(topicMatches('telescope', 'Tottenham')).toBe(false);
    expect(topicMatches('while', 'whale')).toBe(false);
  });

  it('uses each reference label once', () => {
    const s = topicScores(['Merkel', 'Angela Merkel', 'Berlin'], ['Angela Merkel', 'Paris']);
    expect(s.p).toBeCloseTo(1 / 3);
    expect(s.r).toBeCloseTo(1 / 2);
  });

  it('counts a sentence as a hit by containment or near-identical wording, not by topic', () => {
    expect(sentenceHits('The council voted 7-2 to ban the scooters on Monday.', 'The council voted 7-2 to ban the scooters', 'en')).toBe(true);
    expect(sentenceHits('The council voted to keep the scooters.', 'The mayor vetoed the scooter ban.', 'en')).toBe(false);
    expect(sentenceHits('市议会周一投票禁止共享滑板车。', '市议会 周一投票禁止共享滑板车', 'zh')).toBe(true);
  });

  it('scores ROUGE on stemmed English words and on Chinese characters', () => {
    expect(rouge('The ministers resigned', 'the minister resigns', 'en').r1).toBeCloseTo(1);
    expect(rouge('部长辞职', '部长辞职了', 'zh').r1).toBeGreaterThan(0.8);
    expect(rouge('', 'anything', 'en').r1).toBe(0);
  });
});
