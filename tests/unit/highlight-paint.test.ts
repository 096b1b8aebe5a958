// Painting: one Highlight per type, registered under its canonical name and the styled alias of the chosen style.
import { describe, expect, it } from 'vitest';
import { allNames, clearAll, highlightName, paint, paintActive, styledName, type HighlightApi } from '../../utils/highlight/paint';
import type { PlacedMention } from '../../utils/highlight/mentions';
import type { EntityType } from '../../utils/types';

function fakeApi() {
  const map = new Map<string, { ranges: unknown[] }>();
  const api: HighlightApi = {
    registry: { set: (n, h) => map.set(n, h as { ranges: unknown[] }), delete: (n) => map.delete(n), get: (n) => map.get(n) },
    create: (ranges) => ({ ranges, add: () => undefined, delete: () => false }),
  };
  return { api, map };
}

const placed = (type: EntityType, i: number) => ({ order: i, range: { id: i } as unknown as Range, mention: { type } }) as unknown as PlacedMention;
const all = { person: true, place: true, organization: true, date: true };

describe('paint', () => {
  it('registers each type under its name and its styled alias (same object)', () => {
    const { api, map } = fakeApi();
    const counts = paint(api, [placed('person', 0), placed('place', 1), placed('person', 2)], { categories: all, style: 'underline' });
    expect(counts).toEqual({ person: 2, place: 1, organization: 0, date: 0 });
    expect(map.get('gloss-person')!.ranges).toHaveLength(2);
    expect(map.get('gloss-underline-person')).toBe(map.get('gloss-person'));
    expect(map.has('gloss-tint-person')).toBe(false);
    expect(map.has('gloss-organization')).toBe(false);
  });

  it('switches style and categories by re-registering, and "none" keeps only the unstyled names', () => {
    const { api, map } = fakeApi();
    const list = [placed('person', 0), placed('date', 1)];
    paint(api, list, { categories: all, style: 'underline' });
    paint(api, list, { categories: { ...all, date: false }, style: 'tint' });
    expect([...map.keys()].sort()).toEqual(['gloss-person', 'gloss-tint-person']);
    paint(api, list, { categories: all, style: 'none' });
    expect([...map.keys()].sort()).toEqual(['gloss-date', 'gloss-person']);
  });

  it('keeps the active mark across repaints and clears everything on clearAll', () => {
    const { api, map } = fakeApi();
    map.set('page-own-highlight', { ranges: [] });
    paintActive(api, { id: 9 } as unknown as Range);
    paint(api, [placed('place', 0)], { categories: all, style: 'tint' });
    expect(map.has('gloss-active')).toBe(true);
    clearAll(api);
    expect([...map.keys()]).toEqual(['page-own-highlight']);
  });

  it('names', () => {
    expect(highlightName('organization')).toBe('gloss-organization');
    expect(styledName('date', 'none')).toBeNull();
    expect(allNames()).toHaveLength(13);
  });
});
