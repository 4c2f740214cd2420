import { describe, expect, it } from 'vitest';
import { extractTopics } from '../../../../src/core/topics/keyphrases';
import { articleOf, p } from '../articleOf';

const AI_ARTICLE = [
  p('Large language models have dominated artificial intelligence research for five years, and the new lab says that era is ending.'),
  p('Dr Amara Osei, who led robotics research at the university, said on Monday that LLMs cannot learn how the physical world behaves from text alone.'),
  p('Her new lab will build world models, systems that predict what happens next in a video of the physical world.'),
  p('Osei said world models need far less text than LLMs and learn from cameras and sensors instead.'),
  p('Investors put 300 million dollars into the lab, which Amara Osei will run from Accra and Zurich.'),
  p('Critics say large language models already reason well, and that world models remain unproven outside the lab.'),
  p('The lab will publish its world models as open research, Amara Osei said, 40 percent of them within a year.'),
];

describe('extractTopics', () => {
  const topics = extractTopics(articleOf(AI_ARTICLE, 'Amara Osei bets on world models over LLMs', 'en'), 'en');
  const labels = topics.map((t) => t.label.toLowerCase());

  it('finds multi-word keyphrases and full names', () => {
    expect(labels).toContain('world models');
    expect(labels).toContain('amara osei');
    expect(topics.find((t) => t.label.toLowerCase() === 'amara osei')?.kind).toBe('entity');
  });

  it('merges an acronym with its expansion and plural variants into one topic', () => {
    const llm = labels.filter((l) => /^(llms?|large language models?)$/.test(l));
    expect(llm).toHaveLength(1);
    expect(labels.filter((l) => /^world models?$/.test(l))).toHaveLength(1);
    // The surname alone is not a second topic beside the full name.
    expect(labels).not.toContain('osei');
  });

  it('drops generic words, stopword-only and number-only phrases', () => {
    for (const generic of ['new', 'said', 'percent', 'year', 'monday', '300', '40']) expect(labels).not.toContain(generic);
    expect(labels.every((l) => /\p{L}/u.test(l))).toBe(true);
  });

  it('scores 0..1, best first, at most eight', () => {
    expect(topics.length).toBeGreaterThan(2);
    expect(topics.length).toBeLessThanOrEqual(8);
    expect(topics[0]!.score).toBe(1);
    for (let i = 1; i < topics.length; i++) expect(topics[i]!.score).toBeLessThanOrEqual(topics[i - 1]!.score);
    expect(topics.every((t) => t.score > 0 && t.score <= 1)).toBe(true);
  });

  it('finds Chinese keyphrases through word segmentation', () => {
    const zh = extractTopics(
      articleOf(
        [
          p('人工智能公司发布了新的世界模型，世界模型可以预测视频中的物理变化。'),
          p('研究人员表示，世界模型比大型语言模型更适合机器人。'),
          p('这家人工智能公司计划明年开放世界模型的代码。'),
          p('机器人公司已经开始测试世界模型。'),
        ],
        '人工智能公司发布世界模型',
        'zh',
      ),
      'zh',
    );
    const zl = zh.map((t) => t.label);
    expect(zl.some((l) => l.includes('世界模型') || l === '世界')).toBe(true);
    expect(zl.some((l) => l.includes('人工智能'))).toBe(true);
    // Labels are Chinese words, not single characters or punctuation.
    expect(zl.every((l) => l.length >= 2 && !/[，。]/.test(l))).toBe(true);
  });

  it('lets the page keywords lift a phrase mentioned once', () => {
    const withKw = extractTopics(articleOf(AI_ARTICLE, 'Amara Osei bets on world models over LLMs', 'en', ['Accra']), 'en');
    expect(withKw.map((t) => t.label)).toContain('Accra');
  });
});
