/** Nationality words and a country's abbreviations, for merging them into the country and for telling them from people's names. */

/** Demonyms and abbreviations -> the country a reader would follow. Lower case. */
export const COUNTRY_OF: ReadonlyMap<string, string> = new Map([
  ['u.s', 'united states'], ['u.s.', 'united states'], ['us', 'united states'], ['usa', 'united states'], ['u.s.a', 'united states'], ['american', 'united states'], ['americans', 'united states'],
  ['uk', 'united kingdom'], ['u.k', 'united kingdom'], ['u.k.', 'united kingdom'], ['britain', 'united kingdom'], ['british', 'united kingdom'], ['great britain', 'united kingdom'],
  ['israeli', 'israel'], ['israelis', 'israel'], ['palestinian', 'palestine'], ['palestinians', 'palestine'],
  ['chinese', 'china'], ['russian', 'russia'], ['russians', 'russia'], ['ukrainian', 'ukraine'], ['ukrainians', 'ukraine'],
  ['french', 'france'], ['german', 'germany'], ['germans', 'germany'], ['italian', 'italy'], ['spanish', 'spain'], ['japanese', 'japan'],
  ['korean', 'korea'], ['south korean', 'south korea'], ['north korean', 'north korea'], ['indian', 'india'], ['iranian', 'iran'], ['iraqi', 'iraq'],
  ['syrian', 'syria'], ['turkish', 'turkey'], ['mexican', 'mexico'], ['canadian', 'canada'], ['australian', 'australia'], ['brazilian', 'brazil'],
  ['sudanese', 'sudan'], ['egyptian', 'egypt'], ['saudi', 'saudi arabia'], ['afghan', 'afghanistan'], ['pakistani', 'pakistan'], ['nepalese', 'nepal'],
  ['zimbabwean', 'zimbabwe'], ['kenyan', 'kenya'], ['nigerian', 'nigeria'], ['polish', 'poland'], ['dutch', 'netherlands'], ['swiss', 'switzerland'],
  ['swedish', 'sweden'], ['greek', 'greece'], ['irish', 'ireland'], ['scottish', 'scotland'], ['european', 'europe'],
]);
