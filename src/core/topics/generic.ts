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
    'right left second great large important general present past free open line face turn test text name'
  ).split(' '),
);

export function isGeneric(word: string, lang: string): boolean {
  return lang === 'en' ? GENERIC_EN.has(word) : false;
}
