import { describe, expect, it } from 'vitest';
import { isDependent, isSignpost, standalone } from '../../../../src/core/summarize/standalone';
import { summarize } from '../../../../src/core/summarize/tldr';
import { articleFromBlocks } from '../../../../src/core/articleFromText';

describe('standalone', () => {
  it.each([
    ['In fact, the carmaker still believes in sedans.', true],
    ['She frankly said she would run again.', true],
    ['Она откровенно рассказала о своих планах.', true],
    ['但是，随着年龄的增长，关注点发生了变化。', true],
    ['Eso sí, la desventaja del equipo es clara.', true],
    ['The carmaker revealed a new sedan on Tuesday.', false],
    ['Shelters opened across the county.', false],
    ['Theater tickets sold out in an hour.', false],
    ['On Monday, the port reopened.', false],
    ['This week, the port reopened.', false],
    // Connectives and pronouns that lean on the sentence before, in each language readers met them in.
    ['Denn die Kosten waren zu hoch.', true],
    // A pronoun subject or object with its verb right after it, and a denial of something the sentence never names.
    ['Das bestätigte ein Sprecher der Stadt am Montag.', true],
    ['Dem widersprach die Gewerkschaft deutlich.', true],
    ['Das neue Gesetz tritt im Januar in Kraft.', false],
    ['Der Konzern wies die Vorwürfe am Abend entschieden zurück.', true],
    ['Der Konzern wies die Klage des Landes zurück.', false],
    ['The company denied the allegations.', true],
    ['The company denied a permit to the builders.', false],
    ["Le ministère l'a démenti dans un communiqué.", true],
    ['Lo negó el ministerio en un comunicado.', true],
    ['La empresa negó las acusaciones.', true],
    ['La empresa negó el permiso a los vecinos.', false],
    ['Dabei geht es um viel Geld.', true],
    ['Auch die Opposition stimmte zu.', true],
    ['Acá la situación es distinta.', true],
    ['Sin embargo, el gobierno no respondió.', true],
    ['Su hermano también fue detenido.', true],
    ['However, the council disagreed.', true],
    ['But the plan was delayed.', true],
    ["C'est la première fois depuis 2010.", true],
    ['Par ailleurs, le ministre a démissionné.', true],
    ['При этом цены выросли.', true],
    ['此外，政府还宣布了新的补贴。', true],
    ['また、同社は新製品も発表した。', true],
    ['同社は昨年、赤字だった。', true],
    ['그러나 정부는 답하지 않았다.', true],
    ['Therefore, the council postponed the vote.', true],
    // Sentences that open on their own: an article, a name, a time, an "it" that points ahead.
    ['Der Stadtrat stimmte am Dienstag zu.', false],
    ['Le gouvernement a annoncé un plan.', false],
    ['Este lunes, el gobierno anunció el plan.', false],
    ['It will be a hard task for the team to qualify.', false],
    ['El presidente viajó a Lima.', false],
    ['政府周二宣布了新的补贴。', false],
    // "The former" as a description names the person; as a pronoun it points back.
    ['The former finance minister resigned on Friday.', false],
    ['The latter was never built.', true],
    ['The former, a teacher, stayed home.', true],
  ])('%s dependent=%s', (s, dep) => {
    expect(isDependent(s)).toBe(dep);
  });

  it.each([
    // English: a demonstrative or a pronoun inside the opening clause, a quantity of something named before.
    ['Because of these changes, the ferry now runs at night.', true],
    ['Officials said that the bridge will reopen in May.', false],
    ['Despite those concerns, the council voted yes.', true],
    ['Any of these steps could delay the vote.', true],
    ['The same is true of the northern line.', true],
    ['Two of them were later released.', true],
    ['On Tuesday, she told reporters the plan was dead.', true],
    ['According to the report, they ignored the warnings.', true],
    ['Unlike such a move, the budget passed quietly.', true],
    ['Since this spring, the ferry has run at night.', false],
    ['As the jury came back this afternoon, the court fell silent.', false],
    ['At least twelve hikers have died this year in the range.', false],
    ['The mayor made his crackdown on those who dodge fares a pledge.', false],
    ['The rights of the smallest shareholders in this sale differ.', false],
    ['The same day, rescuers reached the village.', false],
    ['On Tuesday, the council told reporters the plan was dead.', false],
    ['By then, his lawyers had left the court.', true],
    ['Former Governor Ellen Marsh, her husband and two aides were arrested at the airport.', false],
    ['In the morning, her husband called the police.', true],
    ['When he landed, the crowd had gone home.', true],
    ['In other words, the budget is spent.', true],
    ['In his first speech, the new mayor promised cheaper buses.', false],
    ['Not long after she won, the rumours began.', true],
    ['Clutching their tickets, the fans waited outside.', false],
    ['The ferry captain said he felt lucky to be alive.', false],
    ['The two sisters met again after they moved to the coast.', false],
    ['Farmers in the valley say the river floods every spring.', false],
    // German: a connective inside the first clause, a pronoun subject after the verb, a demonstrative.
    ['Hier wohnen nur noch drei Familien.', true],
    ['Die Bienen starben trotzdem im Winter.', true],
    ['Jetzt kommt jedoch ein neues Problem hinzu.', true],
    ['Danach ging er nach Hause und schlief.', true],
    ['Am Montag hat sie das Amt abgegeben.', true],
    ['Mit dieser Entscheidung endet der Streit.', true],
    ['In diesem Jahr hat der Verein neue Mitglieder.', false],
    ['Am Montag hat die Ministerin das Amt abgegeben.', false],
    ['I dag er der kun tre familier tilbage.', false],
    // French: "d'abord", a demonstrative in the opening, a subject pronoun after an opening phrase.
    ["Il y a d'abord la question du prix.", true],
    ['Cet homme a tout perdu.', true],
    ['Avec cette décision, le club change de cap.', true],
    ['Mardi, elle a quitté le gouvernement.', true],
    ['Celui-ci a refusé de commenter.', true],
    ['Mardi, la ministre a quitté le gouvernement.', false],
    ["Au fond, il y a surtout une question d'argent.", false],
    ["Au fond, il n'y a pas de solution simple.", false],
    ['Depuis cette semaine, le pont est fermé.', false],
    // Spanish and Portuguese: a demonstrative in the opening.
    ['Con esta medida, el gobierno espera ahorrar.', true],
    ['Tras ese anuncio, las acciones cayeron.', true],
    ['Por su parte, la empresa no respondió.', true],
    ['Com essa decisão, o clube muda de rumo.', true],
    ['Desde esta semana, el puente está cerrado.', false],
    ['Con la nueva ley, el gobierno espera ahorrar.', false],
    // Japanese: conjunctions and ko-so-a words at the start, a "he/she" topic after an opening phrase.
    ['そうすれば、費用は半分になる。', true],
    ['では、なぜ価格は上がったのか。', true],
    ['となれば、選挙は避けられない。', true],
    ['そういう人は少なくない。', true],
    ['翌日、彼は辞任を発表した。', true],
    ['昨年、この制度は廃止された。', true],
    ['翌日、市長は辞任を発表した。', false],
    ['政府は昨年、制度を廃止した。', false],
    // Chinese: "that", "first/second", a pronoun subject after an opening phrase.
    ['那时，工厂已经停产。', true],
    ['首先，价格太高。', true],
    ['其次，交通不便。', true],
    ['当天，他表示将辞职。', true],
    ['随后，这项计划被取消。', true],
    ['当天，市长表示将辞职。', false],
    ['那家公司随后倒闭了。', true],
    ['后来他搬到了上海。', true],
    ['那不勒斯的港口周二重新开放。', false],
    ['后来市政府取消了计划。', false],
    ['市政府周二取消了计划。', false],
  ])('%s leans back from its opening=%s', (s, dep) => {
    expect(isDependent(s)).toBe(dep);
  });

  it('scores a half quotation and a line without an ending below a whole sentence', () => {
    const whole = standalone('The council approved the plan on Monday.');
    expect(standalone('"The council approved the plan, and we will start work soon.')).toBeLessThan(whole);
    expect(standalone('Council approves the plan')).toBeLessThan(whole);
  });
});

describe('isSignpost', () => {
  it.each([
    ["Here's what we know about the outage.", true],
    ['Here are the growing threats named in the report.', true],
    ['Voici les chiffres clés du rapport.', true],
    ['Estas son las claves del acuerdo.', true],
    ['以下是报告的要点。', true],
    ['Here, in the valley, the river floods every spring.', false],
    ['The report names five threats.', false],
  ])('%s signpost=%s', (s, expected) => {
    expect(isSignpost(s)).toBe(expected);
  });
});

describe('summarize never leaves an opener dangling', () => {
  it('takes a sentence that refers back only with the sentence it refers to', () => {
    const paras = [
      'Harbour officials opened a new ferry terminal on Monday after three years of building work.',
      'The terminal cost 40 million euros and can handle twelve ferries a day.',
      'It replaces a wooden pier that storms damaged twice in the last decade, forcing long closures of the harbour ferry terminal.',
      'Local shops expect more visitors in the summer.',
      'However, the ferry terminal still lacks a bus link, which the harbour council promised for next year.',
      'A new cafe opened nearby.',
    ];
    const tldr = summarize(articleFromBlocks(paras.map((text) => ({ kind: 'p' as const, text })), { title: 'New ferry terminal opens' }), 'en').sentences;
    for (const s of tldr) {
      if (!isDependent(s)) continue;
      const before = paras[paras.indexOf(s) - 1];
      expect(tldr).toContain(before);
    }
  });

  it('never takes a dependent sentence whose antecedent was left out of the candidates', () => {
    const blocks = [
      { kind: 'p' as const, text: 'The city library opened on the river front on Saturday.' },
      { kind: 'p' as const, text: 'The building holds 200,000 books and a reading garden.' },
      { kind: 'h' as const, text: 'Opening day' },
      { kind: 'p' as const, text: 'It lent 3,000 books on opening day, a record for the city library.' },
      { kind: 'p' as const, text: 'Staff said the library will open late on Thursdays.' },
    ];
    const tldr = summarize(articleFromBlocks(blocks, { title: 'City library lends 3,000 books on opening day' }), 'en').sentences;
    // The heading stands between "It lent..." and the sentence before it: shown, it would dangle.
    expect(tldr).not.toContain(blocks[3]!.text);
    expect(tldr[0]).toBe(blocks[0]!.text);
  });
});
