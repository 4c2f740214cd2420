import measured from './generic-words.json';

/**
 * Words a reader would never click as a topic though they are not function words: reporting verbs, units,
 * time words, page furniture. They may sit inside a phrase ("new york") but never start, end or stand alone.
 */
const GENERIC_EN = new Set(
  (
    'new said says say saying told tell percent per cent year years month months week weeks day days today ' +
    'yesterday tomorrow time times people person way ways thing things lot lots number numbers part parts ' +
    'report reports reported according news story article read photo photos image images video videos getty ' +
    'reuters ap afp click share comment comments email subscribe sign monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october november december ' +
    'mr mrs ms dr big small good bad many much more most less least first last next former latest recent ' +
    'early late long short high low kind sort case cases place places point points end side use used using ' +
    'make made work world-class company companies group groups state states home order help value member members ' +
    'right left second great large important general present past free open line face turn test text name ' +
    // Roles that end a description rather than a name ("Turing Award winner", "administration officials").
    'winner winners chief official officials spokesman spokeswoman spokesperson analyst analysts expert experts ' +
    'critic critics proponent proponents resident residents ' +
    // Words that read as a topic only by their frequency ("levels", "country", "step").
    'country countries level levels step steps grow grows growing ' +
    // Capitalised, these start names ("New Zealand"); alone they are no topic.
    'united north south east west old saint st san los las santa fort mount'
  ).split(' '),
);

/**
 * Chinese function words and reporting verbs stopwords-iso lists only in simplified form or not at all
 * (Taiwanese and Hong Kong pages write 還是, 因為, 這個).
 */
const GENERIC_ZH = new Set(
  (
    '還是 还是 但是 因為 因为 所以 這個 这个 那個 那个 這些 这些 那些 可以 沒有 没有 就是 已經 已经 什麼 什么 如果 ' +
    '還有 还有 雖然 虽然 我們 我们 他們 他们 你們 你们 自己 這樣 这样 一個 一个 不過 不过 然後 然后 時候 时候 現在 ' +
    '现在 表示 認為 认为 指出 記者 记者 報導 报道 今天 昨天 今年 去年 明年 目前 其中 以及 一些 這裡 这里 那裡 ' +
    '那里 非常 真的 覺得 觉得 知道 看到 大家 東西 东西 地方 問題 问题 方面 情況 情况 進行 进行 相關 相关'
  ).split(' '),
);

/**
 * Chinese verbs news copy uses of anything ("搭载" a phone carries a chip, "推出" a firm launches a product) and
 * nouns of the story's apparatus ("消息", "内容"): a reader follows what is carried or launched, not the verb.
 * Simplified and traditional forms.
 */
const VERBS_ZH = new Set(
  (
    '搭载 搭載 采用 採用 发布 發布 推出 宣布 提供 使用 实现 實現 支持 支援 参与 參與 发现 發現 开始 開始 继续 繼續 ' +
    '增加 减少 減少 获得 獲得 成为 成為 需要 包括 影响 影響 发生 發生 导致 導致 造成 举行 舉行 提出 要求 希望 通过 ' +
    '通過 带来 帶來 加入 推动 推動 出现 出現 显示 顯示 达到 達到 完成 处理 處理 开展 開展 进入 進入 拥有 擁有 ' +
    '消息 内容 內容 方式 部分 人员 人員 工作 时间 時間 情形 结果 結果 原因 重要 主要 最新 全新 ' +
    // Nouns of any public-affairs story ("the country", "development", "research", "answer").
    '国家 國家 发展 發展 研究 回答 方面 领域 領域 社会 社會'
  ).split(' '),
);

/**
 * Japanese pronouns, address words and nouns of any story ("オマエ" you, "今回" this time, "場合" case): spoken
 * in quotes and captions, never the subject.
 */
const GENERIC_JA = new Set(
  (
    'オマエ お前 おまえ あなた アナタ 彼 彼女 私 僕 俺 オレ 自分 みんな 皆さん 我々 今回 今後 場合 問題 状況 必要 ' +
    '可能 関係 情報 時間 時代 内容 結果 理由 方法 部分 一部 全体 最近 最新 以上 以下 前回 当日 今年 昨年 来年 ' +
    '発表 公開 開始 実施 予定 確認 対応 提供 使用 利用 利用者 搭載 登場 話題 記事 写真 動画'
  ).split(' '),
);

/**
 * Words many news articles use whatever their section ("improve", "moment", "Nachmittag", "一下"), measured on
 * section-labelled articles per language by scripts/build-generic-words.ts (npm run build:generic-words).
 */
const MEASURED: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(measured as Record<string, string[]>).map(([lang, list]) => [lang, new Set(list)]),
);

export function isGeneric(word: string, lang: string): boolean {
  if (MEASURED[lang]?.has(word)) return true;
  if (lang === 'en') return GENERIC_EN.has(word);
  if (lang === 'zh') return GENERIC_ZH.has(word) || VERBS_ZH.has(word);
  if (lang === 'ja') return GENERIC_ZH.has(word) || GENERIC_JA.has(word);
  return false;
}
