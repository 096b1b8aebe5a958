// The popover renders cards as text only (never HTML), with the misspelling note and the locator map for places.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { Popover, announcement, popoverLabel } from '../../components/popover/Popover';
import { locatorViewBox } from '../../utils/popover/locator';
import type { EntityCard } from '../../utils/types';

function mount(card: EntityCard, text = card.title, worldMap: { path: string; width: number; height: number } | null = null) {
  const win = new Window();
  const doc = win.document as unknown as Document;
  (globalThis as { document?: Document }).document = doc;
  const el = doc.createElement('div');
  render(h(Popover, { card, text, worldMap }), el);
  return el;
}

describe('Popover', () => {
  it('shows title, subtitle, lines and the page text, as text nodes only', () => {
    const el = mount(
      { type: 'person', title: 'Sergey <b>Lavrov</b>', subtitle: 'Minister of Foreign Affairs of Russia since 2004', lines: ['Born 1950', '<img src=x onerror=alert(1)>'] },
      'Lavrov',
    );
    expect(el.textContent).toContain('Sergey <b>Lavrov</b>');
    expect(el.textContent).toContain('Minister of Foreign Affairs of Russia');
    expect(el.textContent).toContain('as “Lavrov”');
    expect(el.querySelector('b, img')).toBeNull();
    expect(el.querySelectorAll('li')).toHaveLength(2);
  });

  it('says when a name is a probable misspelling', () => {
    const el = mount({ type: 'person', title: 'Alexei Navalny', subtitle: 'Russian opposition leader', lines: [], possibleMisspellingOf: 'Alexei Navalny' }, 'Navalani');
    expect(el.textContent).toContain('Possible misspelling of Alexei Navalny');
  });

  it('draws a locator map for places when the world outline is there', () => {
    const card: EntityCard = { type: 'place', title: 'Xinjiang', subtitle: 'Region of China', lines: [], location: { lat: 41, lon: 85 } };
    expect(mount(card).querySelector('svg')).toBeNull();
    const svg = mount(card, 'Xinjiang', { path: 'M0 0L10 10Z', width: 360, height: 180 }).querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).toBe('Map: Xinjiang');
    expect(svg.getAttribute('viewBox')).toBe('225 29 80 40');
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
  });

  it('labels and announces', () => {
    const card: EntityCard = { type: 'date', title: 'Monday, 22 March 2021', subtitle: '4 days after this article', lines: [] };
    expect(popoverLabel(card)).toBe('Gloss: Monday, 22 March 2021');
    expect(announcement(card, '3 of 20')).toBe('Date: Monday, 22 March 2021. 4 days after this article. Mention 3 of 20.');
  });
});

describe('locatorViewBox', () => {
  it.each([
    [0, 0, { x: 140, y: 70, width: 80, height: 40 }],
    [80, -179, { x: 0, y: 0, width: 80, height: 40 }],
    [-89, 179, { x: 280, y: 140, width: 80, height: 40 }],
  ])('lat %d lon %d', (lat, lon, expected) => {
    expect(locatorViewBox({ width: 360, height: 180 }, lat, lon)).toEqual(expected);
  });
});
