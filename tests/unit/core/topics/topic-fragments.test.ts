/**
 * Topics a reader can follow, not pieces of the page: no file names or URL parts, names kept whole across
 * their particles, no title abbreviation left on a name, one topic for the case forms and the singular and
 * plural of one word, no shouted word, no generic count word. Each article here is written for one rule.
 */
import { describe, expect, it } from 'vitest';
import { extractTopics } from '../../../../src/core/topics/keyphrases';
import { isNeverTopic, looksLikeFileOrPath } from '../../../../src/core/topics/gate';
import { articleOf, p } from '../articleOf';

const labelsOf = (paras: string[], title: string, lang: string) =>
  extractTopics(articleOf(paras.map(p), title, lang), lang).map((t) => t.label);
const lower = (labels: string[]) => labels.map((l) => l.toLowerCase());

describe('topics: no file names or paths', () => {
  it('takes a file name, a path or a WordPress folder for no topic, a name with a dot for one', () => {
    for (const t of ['logo_white.png', 'wp-content', 'uploads/2024', 'hero_image', 'www.example.com', 'Banner.JPG']) expect(isNeverTopic(t), t).toBe(true);
    for (const t of ['Node.js', 'St. Louis', 'Harbour Ferry', 'U.S.']) expect(looksLikeFileOrPath(t), t).toBe(false);
  });

  it('reads no topic out of image names and upload paths left in the text', () => {
    const labels = labelsOf(
      [
        'The Riverside Library reopened on Saturday after a long renovation. riverside_logo.png',
        'Visitors crowded the Riverside Library reading room, said librarian Ada Moor. /wp-content/uploads/2024/07/reading-room.jpg',
        'Ada Moor said the Riverside Library will keep longer hours. riverside_logo.png',
        'The wp-content folder held the photos, riverside_logo.png among them.',
      ],
      'Riverside Library reopens',
      'en',
    );
    expect(labels).toContain('Riverside Library');
    for (const l of lower(labels)) {
      expect(l).not.toMatch(/png|jpg|logo|uploads|wp/);
    }
  });
});

describe('topics: names kept whole', () => {
  it('keeps a surname particle inside the name instead of splitting it into two fragments', () => {
    const labels = labelsOf(
      [
        'Bundespräsident Alexander Van der Bellen hat am Montag die neue Regierung in Wien angelobt.',
        'Alexander Van der Bellen sagte, die Regierung müsse rasch arbeiten.',
        'Die Opposition kritisierte die Rede, doch Alexander Van der Bellen blieb bei seiner Linie.',
        'Die Opposition will Zugang zu den Protokollen. Zugang zu den Protokollen gebe es bald, hieß es.',
      ],
      'Van der Bellen lobt Regierung an',
      'de',
    );
    // "zu den" is a preposition and an article, no surname particle: it links no phrase.
    expect(labels.some((l) => / zu den /.test(l))).toBe(false);
    expect(labels).toContain('Alexander Van der Bellen');
    expect(labels).not.toContain('Alexander Van');
    expect(labels).not.toContain('Bellen');
  });

  it("keeps an organisation's 'and' and does not cut its name", () => {
    const labels = labelsOf(
      [
        'The Food and Agriculture Organisation warned on Tuesday that wheat harvests will fall in the region.',
        'Officials of the Food and Agriculture Organisation said farmers need seed and fuel.',
        'Britain and France pledged money, and the Food and Agriculture Organisation will hand it out.',
      ],
      'Harvests will fall, UN agency warns',
      'en',
    );
    expect(labels).toContain('Food and Agriculture Organisation');
    expect(labels).not.toContain('Agriculture Organisation');
    expect(labels).not.toContain('Britain and France');
  });

  it('drops a title abbreviation left at the end of a name by its full stop', () => {
    const labels = labelsOf(
      [
        'Die Feuerwehr Tannstadt rückte am Abend zu einem Brand in der Altstadt aus, sagte Kommandant Dr. Peter Lang.',
        'Laut Feuerwehr Tannstadt Dr. Peter Lang war das Feuer nach zwei Stunden gelöscht.',
        'Die Feuerwehr Tannstadt lobte die Nachbarn, die den Brand früh meldeten.',
      ],
      'Brand in der Altstadt',
      'de',
    );
    expect(labels.some((l) => /\bDr$/.test(l))).toBe(false);
    expect(labels).toContain('Feuerwehr Tannstadt');
  });

  it("keeps a German federal office's 'für' in its name", () => {
    const labels = labelsOf(
      [
        'Das Bundesamt für Strahlenschutz hat neue Messwerte aus dem Süden veröffentlicht.',
        'Nach Angaben vom Bundesamt für Strahlenschutz liegen die Werte unter den Grenzwerten.',
        'Das Bundesamt für Strahlenschutz will die Messungen im Herbst wiederholen.',
      ],
      'Strahlenschutz: neue Messwerte',
      'de',
    );
    expect(labels).toContain('Bundesamt für Strahlenschutz');
  });
});

describe('topics: one topic for one word', () => {
  it('shows the nominative of a German name the page also declines', () => {
    const labels = labelsOf(
      [
        'Das Deutsche Rote Kreuz hat in Halle eine Notunterkunft eröffnet.',
        'Helfer vom Deutschen Roten Kreuz bauten Betten auf.',
        'Deutsches Rotes Kreuz und Stadt teilen sich die Kosten, sagte ein Sprecher vom Deutschen Roten Kreuz.',
      ],
      'Notunterkunft in Halle',
      'de',
    );
    expect(labels).toContain('Deutsches Rotes Kreuz');
    expect(labels.filter((l) => /Rot/.test(l))).toHaveLength(1);
  });

  it('merges the singular and plural of one French noun', () => {
    const labels = labelsOf(
      [
        'Les éoliennes du plateau de Millevaches divisent les habitants depuis deux ans.',
        'Une éolienne mesure plus de cent mètres, rappellent les opposants aux éoliennes.',
        'Le préfet doit autoriser trois éoliennes de plus, et chaque éolienne rapporte une taxe à la commune.',
      ],
      'Les éoliennes divisent le plateau',
      'fr',
    );
    const wind = lower(labels).filter((l) => l.startsWith('éolienne'));
    expect(wind).toHaveLength(1);
  });
});

describe('topics: no shouted or generic words', () => {
  it('keeps an acronym in capitals, not a shouted word the page never writes otherwise', () => {
    const labels = labelsOf(
      [
        'STOLEN: the bicycle of a courier was taken outside the NASA visitor centre in Houston.',
        'NASA staff said the courier, Lena Ortiz, had locked the bicycle. STOLEN bicycles are rarely found.',
        'Police in Houston asked NASA for camera footage. STOLEN, said a sign Lena Ortiz put up.',
      ],
      'Courier bicycle taken at NASA centre',
      'en',
    );
    expect(labels).toContain('NASA');
    expect(labels).not.toContain('STOLEN');
  });

  it('takes no count word or group word for the theme of a German story', () => {
    const labels = labelsOf(
      [
        'Die Gemeinde Moosach investiert zwei Millionen Euro in den Kindergarten. Kinder bekommen neue Räume.',
        'Der Kindergarten war zu klein, sagen die Eltern. Die Millionen kommen vom Land, die Kinder ziehen im Herbst um.',
        'Für den Kindergarten sind weitere Millionen geplant, damit alle Kinder einen Platz haben.',
      ],
      'Moosach baut Kindergarten aus',
      'de',
    );
    expect(labels).toContain('Kindergarten');
    expect(labels).not.toContain('Millionen');
    expect(labels).not.toContain('Kinder');
  });
});
