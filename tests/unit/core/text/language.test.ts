import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../src/core/text/language';

const EN = 'The city council voted on Tuesday to close the old bridge while engineers inspect the cracks that residents reported last month. Commuters will have to use the ferry until the work is finished.';
const DE = 'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu sperren, während Ingenieure die Risse untersuchen, die Anwohner im letzten Monat gemeldet hatten. Pendler müssen bis zum Ende der Arbeiten die Fähre nehmen.';
const FR = "Le conseil municipal a voté mardi la fermeture du vieux pont pendant que les ingénieurs examinent les fissures signalées par les habitants le mois dernier. Les usagers devront prendre le bac jusqu'à la fin des travaux.";
const ZH = '市议会周二投票决定关闭这座老桥，工程师将检查居民上个月报告的裂缝。在工程完成之前，通勤者只能乘坐渡轮往返两岸。';
const JA = '市議会は火曜日、住民が先月報告したひび割れを技術者が調べる間、古い橋を閉鎖することを決めた。工事が終わるまで、通勤者はフェリーを使わなければならない。';
const AR = 'صوت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم بينما يفحص المهندسون الشقوق التي أبلغ عنها السكان الشهر الماضي. وسيضطر المسافرون إلى استخدام العبارة حتى انتهاء الأعمال.';
const HE = 'מועצת העיר הצביעה ביום שלישי על סגירת הגשר הישן בזמן שמהנדסים בודקים את הסדקים שדיווחו עליהם התושבים בחודש שעבר.';

describe('detectLanguage', () => {
  it('keeps a declared language that matches the script, reduced to its primary subtag', () => {
    expect(detectLanguage(EN, 'en-GB')).toBe('en');
    expect(detectLanguage(ZH, 'zh-TW')).toBe('zh');
    expect(detectLanguage(JA, 'ja')).toBe('ja');
  });

  it('overrides a declared language the script contradicts', () => {
    expect(detectLanguage(ZH, 'en')).toBe('zh');
    expect(detectLanguage(JA, 'en-US')).toBe('ja');
    expect(detectLanguage(AR, 'en')).toBe('ar');
    expect(detectLanguage(HE, 'en')).toBe('he');
  });

  it('tells Chinese from Japanese by kana when nothing is declared', () => {
    expect(detectLanguage(ZH, null)).toBe('zh');
    expect(detectLanguage(JA, undefined)).toBe('ja');
  });

  it('chooses among Latin-script languages by stopwords when undeclared', () => {
    expect(detectLanguage(EN, null)).toBe('en');
    expect(detectLanguage(DE, null)).toBe('de');
    expect(detectLanguage(FR, '')).toBe('fr');
  });

  it('ignores a malformed lang attribute and falls back to the text', () => {
    expect(detectLanguage(DE, '{{lang}}')).toBe('de');
  });
});
