import { describe, expect, it } from 'vitest';
import { sectionFromHints } from '../../../../src/core/topics/sectionHints';

describe('sectionFromHints: the site names its section in its own language', () => {
  it('reads German section names and police-report sections', () => {
    expect(sectionFromHints(['Unterhaltung', 'Promis'])).toBe('entertainment');
    expect(sectionFromHints(['Blaulicht', 'Stadt & Region'])).toBe('crime');
    expect(sectionFromHints(['Rezepte', 'Frühstück'])).toBe('food-travel');
    expect(sectionFromHints(['Abnehmen'])).toBe('health');
  });

  it('reads a German compound by its last part, but not a word that only ends like a section', () => {
    expect(sectionFromHints(['Kommunalpolitik'])).toBe('politics');
    expect(sectionFromHints(['Regionalwirtschaft'])).toBe('business');
    expect(sectionFromHints(['Transport'])).toBeNull();
    expect(sectionFromHints(['Politik'])).toBe('politics');
  });

  it('reads French, Spanish, Portuguese and Italian section names, whole or as one word of a path', () => {
    expect(sectionFromHints(['Bien-être'])).toBe('health');
    expect(sectionFromHints(['direct-foot'])).toBe('sports');
    expect(sectionFromHints(['policiales'])).toBe('crime');
    expect(sectionFromHints(['Farándula'])).toBe('entertainment');
    expect(sectionFromHints(['Cotidiano policial'])).toBe('crime');
    expect(sectionFromHints(['cronaca nera'])).toBe('crime');
    expect(sectionFromHints(['Esteri'])).toBe('world');
  });

  it('skips names that say nothing of the subject and takes the next hint', () => {
    expect(sectionFromHints(['Aktuelles', 'Nachrichten', 'Wirtschaft'])).toBe('business');
    expect(sectionFromHints(['actualidad', 'pais'])).toBeNull();
    expect(sectionFromHints(['ACTU NATIONALE'])).toBeNull();
  });

  it('keeps a qualifying "international" behind the section it qualifies', () => {
    expect(sectionFromHints(['Fútbol Internacional'])).toBe('sports');
    expect(sectionFromHints(['Internationale Politik'])).toBe('politics');
  });
});
