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
 * Words many news articles use whatever their section ("improve", "moment", "Nachmittag", "一下"), measured on
 * section-labelled articles per language by scripts/build-generic-words.ts (npm run build:generic-words).
 */
const MEASURED: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(measured as Record<string, string[]>).map(([lang, list]) => [lang, new Set(list)]),
);

export function isGeneric(word: string, lang: string): boolean {
  if (MEASURED[lang]?.has(word)) return true;
  if (lang === 'en') return GENERIC_EN.has(word);
  if (lang === 'zh' || lang === 'ja') return GENERIC_ZH.has(word);
  return false;
}
