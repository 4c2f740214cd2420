import { beforeAll, describe, expect, it } from 'vitest';
import { classify, loadCategoryPack } from '../../../../src/core/topics/category';

// Texts written for this test: a police story and an election story in each language read through a lexicon.
const CRIME: Record<string, string> = {
  es: 'Detenido un hombre tras el tiroteo en un bar del centro\nLa policía detuvo el sábado a un sospechoso del tiroteo que dejó dos víctimas en un bar del centro de la ciudad. La fiscalía lo acusa de homicidio y el juez decretó prisión preventiva mientras avanza la investigación. Testigos dijeron que el acusado disparó tras una discusión.',
  fr: 'Un homme interpellé après une fusillade devant une boulangerie\nLes gendarmes ont arrêté mardi un suspect après la fusillade qui a fait deux victimes. Le parquet a ouvert une enquête pour homicide et le procureur a demandé sa détention. Selon un témoin, le meurtrier a tiré après une dispute.',
  pt: 'Polícia prende suspeito de tiroteio em bar da zona norte\nA polícia prendeu no sábado um suspeito do tiroteio que deixou duas vítimas em um bar. O delegado disse que a investigação aponta para um assalto. O acusado foi levado para a delegacia e uma testemunha contou que o assassino fugiu de moto.',
};
// A town official arrested for fraud: the officials pull towards politics, the arrest and the charge decide.
const OFFICIAL_ARRESTED: Record<string, string> = {
  es: 'Detenido el tesorero del ayuntamiento por fraude\nAgentes detuvieron el martes al tesorero municipal, acusado de fraude y robo de fondos públicos. La fiscalía pidió prisión y el juez escuchó a dos testigos. Según la investigación, el detenido desviaba dinero a cuentas de su familia desde hace tres años. La condena podría llegar a ocho años.',
  fr: 'Le trésorier de la mairie interpellé pour escroquerie\nLes enquêteurs ont interpellé mardi le trésorier municipal, accusé d’escroquerie et de détournement. Le parquet a requis la détention et un témoin a été entendu. Selon l’enquête, le trésorier versait de l’argent sur les comptes de sa famille depuis trois ans. La peine pourrait atteindre huit ans.',
  pt: 'Tesoureiro da prefeitura é preso por fraude\nPoliciais prenderam na terça o tesoureiro municipal, acusado de fraude e roubo de dinheiro público. O delegado ouviu uma testemunha e a investigação aponta que o preso desviava dinheiro para contas da família há três anos. A pena pode chegar a oito anos.',
};
const POLITICS: Record<string, string> = {
  es: 'El gobierno pierde la votación del presupuesto en el Congreso\nLos diputados de la oposición votaron contra el proyecto del gobierno. El presidente convocó a los partidos para negociar antes de las elecciones y el ministro defendió la reforma ante el parlamento.',
  fr: 'Le gouvernement perd le vote du budget à l’Assemblée\nLes députés de l’opposition ont voté contre le projet du gouvernement. Le président a réuni les partis avant les élections et le ministre a défendu la réforme devant le parlement.',
  pt: 'Governo perde votação do orçamento no Congresso\nOs deputados da oposição votaram contra o projeto do governo. O presidente chamou os partidos para negociar antes das eleições e o ministro defendeu a reforma no parlamento.',
};

describe('transfer lexicons: a police story is crime, not politics', () => {
  beforeAll(async () => {
    for (const lang of Object.keys(CRIME)) expect(await loadCategoryPack(lang)).toBe(true);
  });

  for (const lang of Object.keys(CRIME)) {
    it(`files a ${lang} shooting and arrest under crime, and keeps a ${lang} budget vote out of crime`, () => {
      expect(classify(CRIME[lang]!, lang)?.label).toBe('crime');
      expect(classify(OFFICIAL_ARRESTED[lang]!, lang)?.label).toBe('crime');
      // A vote in a foreign parliament reads as politics or world news to the English pack; never as crime.
      expect(['politics', 'world']).toContain(classify(POLITICS[lang]!, lang)?.label);
    });
  }
});
