import { beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CATEGORY_PACKS, TRANSFER_LANGS, classify, loadCategoryPack, packFor, setCategoryPackLoader } from '../../../../src/core/topics/category';
import { CATEGORY_IDS, TAXONOMY, categoryLabel, isCategoryId } from '../../../../src/core/topics/taxonomy';
import modelFile from '../../../../src/core/topics/packs/category-en.json';

beforeAll(async () => {
  for (const lang of [...CATEGORY_PACKS, ...TRANSFER_LANGS]) expect(await loadCategoryPack(lang)).toBe(true);
});

const SPORTS = `Rovers snatch late winner to stay top of the league
The striker scored twice in the second half as Rovers came from a goal down to beat City 2-1 on Saturday.
The coach praised his players after the match, saying the team showed character in front of a sold-out
stadium. The win keeps them three points clear at the top of the table with five games left in the season,
and the captain is expected to be fit for the cup final next month after a hamstring injury.`;

const HEALTH = `What doctors want you to know about high blood pressure
Millions of adults have high blood pressure and do not know it, doctors warn. The condition raises the risk
of heart disease and stroke. Regular exercise, less salt, a healthy diet and enough sleep all help, and
patients who are prescribed medication should keep taking it. A simple check at the pharmacy or the
doctor's office takes a minute, and experts recommend one every year after the age of forty.`;

const TECH = `The new smartphone puts an AI assistant at the centre
The company unveiled its latest phone on Tuesday, with a faster chip, a brighter screen and software that
runs an artificial intelligence model on the device. The app store will open the assistant to developers,
and an update for older devices arrives next month. Analysts say the launch is aimed at rivals whose
Android phones already offer similar features, and the price starts at $799.`;

// The shape of the seed article: an AI researcher's startup raises money. Long, full of ordinary prose and
// a few words that also occur in politics ("government", "policy"); the old model called it politics.
const AI_STARTUP = `Famed AI researcher raises $1 billion for his new startup
The computer scientist, who led artificial intelligence research at a big tech company for a decade, has
raised $1 billion from investors for a startup that will build AI models that learn from video instead of
text. The funding round was led by venture capital firms and values the company at several billion dollars.
He argues that large language models, which predict the next word in a sentence, cannot reason about the
physical world, and that machines must learn the way children do, by watching and interacting. Most of the
money will pay for clusters of graphics chips and the engineers to run them. Some researchers welcome the
bet; others say language models keep improving and doubt a new architecture will catch up. The startup will
publish its research and release some of its software as open source, and it plans offices in Paris, New
York and Singapore. Regulators and government advisers have asked AI companies to explain how their systems
are tested, and the founder said the company would share its safety work with policy makers.`;

const ZH_SPORTS = `主队在加时赛中以三比二击败客队，夺得联赛冠军。主教练赛后称赞球员们的表现，
队长在比赛最后一分钟打进制胜一球。这是球队十年来第一次获得冠军，数万名球迷在体育场庆祝。`;

const ZH_TECH = `这家公司周二发布了新款智能手机，采用更快的芯片和更大的屏幕。新手机的软件可以在设备上运行人工智能模型，
用户可以通过应用程序使用这些功能。分析人士认为，这款产品将与其他手机厂商展开竞争。`;

const JA_SPORTS = `日本代表が決勝でブラジルを破り、初優勝を果たした。後半にエースのストライカーが二得点を挙げ、
監督は試合後、選手たちの粘り強さをたたえた。スタジアムには五万人のサポーターが集まり、チームは来月のワールドカップ予選に向けて調整を続ける。`;

const DE_BUSINESS = `Die Inflation sinkt, die Notenbank senkt die Zinsen
Die Europäische Zentralbank hat den Leitzins um einen Viertelprozentpunkt gesenkt. Die Inflation im Euroraum
ging zuletzt auf 2,1 Prozent zurück, die Wirtschaft wächst kaum. Banken und Unternehmen hoffen auf günstigere
Kredite, an der Börse stiegen die Aktienkurse. Ökonomen erwarten weitere Zinsschritte im Herbst, wenn die
Konjunktur schwach bleibt und die Preise für Energie weiter fallen.`;

describe('classify', () => {
  it('puts a sports report in sports', () => {
    expect(classify(SPORTS, 'en')?.label).toBe('sports');
  });

  it('puts a health explainer in health', () => {
    expect(classify(HEALTH, 'en')?.label).toBe('health');
  });

  it('puts a product launch in technology', () => {
    expect(classify(TECH, 'en')?.label).toBe('technology');
  });

  it('files a long story about an AI startup raising money under technology or business, never politics', () => {
    const c = classify(AI_STARTUP, 'en');
    expect(c).not.toBeNull();
    expect(['technology', 'business']).toContain(c!.label);
    // Repeated to article length, the answer must not drift to the section with the most training prose.
    expect(['technology', 'business']).toContain(classify(Array.from({ length: 5 }, () => AI_STARTUP).join('\n'), 'en')?.label);
  });

  it('answers with a taxonomy id and a probability at or above the calibrated threshold', () => {
    const c = classify(SPORTS, 'en-GB');
    expect(c).not.toBeNull();
    expect(isCategoryId(c!.label)).toBe(true);
    expect(c!.score).toBeGreaterThanOrEqual(modelFile.threshold);
    expect(c!.score).toBeLessThanOrEqual(1);
  });

  it('returns null for gibberish', () => {
    expect(classify('Blorf quazzle vintrop snee gallimaufry zupt wex tronkle plim. Harrumph quibbet zoot.', 'en')).toBeNull();
    expect(classify('asdkj qwe zzxcv lkjh poiu mnbv yxcv qwert zuiop', 'en')).toBeNull();
  });

  it('returns null for text too short to judge', () => {
    expect(classify('', 'en')).toBeNull();
    expect(classify('Big win', 'en')).toBeNull();
    expect(classify('12 34 56 78 90', 'en')).toBeNull();
  });

  it('does not pick a section for an article that is equally about three', () => {
    // Long texts must not become overconfident: a page that mixes sections should get no section.
    let mixed = '';
    while (mixed.split(/\s+/).length < 1000) mixed += `${SPORTS}\n${HEALTH}\n${TECH}\n`;
    const c = classify(mixed, 'en');
    if (c) expect(c.score).toBeLessThan(0.9);
  });

  it('keeps its answer when the same article is much longer', () => {
    const long = Array.from({ length: 200 }, () => SPORTS).join('\n\n');
    expect(classify(long, 'en')?.label).toBe('sports');
  });

  it('classifies Chinese text', () => {
    expect(classify(ZH_SPORTS, 'zh-CN')?.label).toBe('sports');
  });

  it('files a Chinese product launch under technology', () => {
    expect(classify(ZH_TECH, 'zh')?.label).toBe('technology');
  });

  it('classifies Japanese and German text with their own packs', () => {
    expect(packFor('ja-JP')).toBe('ja');
    expect(packFor('de-AT')).toBe('de');
    expect(classify(JA_SPORTS, 'ja')?.label).toBe('sports');
    expect(classify(DE_BUSINESS, 'de')?.label).toBe('business');
  });

  it('reads a language without a pack of its own with the English one', () => {
    expect(packFor('fr')).toBe('en');
    expect(packFor('')).toBe('en');
  });

  it('survives a malformed language tag', () => {
    expect(classify(SPORTS, 'not a lang!!')?.label).toBe('sports');
  });
});

describe('taxonomy', () => {
  it('has 12-16 unique sections, each labelled in English and Simplified Chinese', () => {
    expect(CATEGORY_IDS.length).toBeGreaterThanOrEqual(12);
    expect(CATEGORY_IDS.length).toBeLessThanOrEqual(16);
    expect(new Set(CATEGORY_IDS).size).toBe(CATEGORY_IDS.length);
    expect(TAXONOMY.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    for (const c of TAXONOMY) {
      expect(c.en).toMatch(/^[A-Z]/);
      expect(c.zh).toMatch(/^[\u4e00-\u9fff]+(与[\u4e00-\u9fff]+)?$/);
    }
  });

  it('gives the label for the UI locale', () => {
    expect(categoryLabel('sports', 'en')).toBe('Sports');
    expect(categoryLabel('sports', 'zh-CN')).toBe('体育');
    expect(categoryLabel('sports', 'zh_CN')).toBe('体育');
    expect(categoryLabel('no-such-id', 'en')).toBe('no-such-id');
  });
});

describe('weights files', () => {
  it('are each under 400 KB and cover exactly the taxonomy', async () => {
    for (const pack of CATEGORY_PACKS) {
      const path = fileURLToPath(new URL(`../../../../src/core/topics/packs/category-${pack}.json`, import.meta.url));
      expect(statSync(path).size).toBeLessThan(400 * 1024);
      const file = JSON.parse(await readFile(path, 'utf8')) as { classes: string[] };
      expect(file.classes).toEqual([...CATEGORY_IDS]);
    }
  });
});

describe('loading packs', () => {
  it('gives no section before the pack is read, and tries again after a failed read', async () => {
    let calls = 0;
    setCategoryPackLoader(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return modelFile as never;
    });
    try {
      expect(classify(SPORTS, 'en')).toBeNull();
      expect(await loadCategoryPack('en')).toBe(false);
      expect(classify(SPORTS, 'en')).toBeNull();
      expect(await loadCategoryPack('en-US')).toBe(true);
      expect(classify(SPORTS, 'en')?.label).toBe('sports');
      // Loaded once: a second request does not read the file again.
      expect(await loadCategoryPack('en-GB')).toBe(true);
      expect(calls).toBe(2);
    } finally {
      setCategoryPackLoader(async (file) => {
        const name = file.startsWith('transfer-') ? file : `category-${file}`;
        return (await import(`../../../../src/core/topics/packs/${name}.json`)).default as unknown;
      });
      for (const pack of CATEGORY_PACKS) await loadCategoryPack(pack);
    }
  });
});
