// Keyboard stepping order, the viewport starting point, entity groups, and the small async helpers.
import { describe, expect, it } from 'vitest';
import { firstAtOrBelow, groupEntities, stepIndex } from '../../utils/content/stepping';
import { retryingLazy } from '../../utils/content/lazy';
import { runInSlices } from '../../utils/content/idle';
import { COMMAND_DIRECTIONS } from '../../utils/content/commands';
import type { PlacedMention } from '../../utils/highlight/mentions';

describe('stepIndex', () => {
  it.each([
    [5, null, 1, 2, 2],
    [5, 1, 1, 0, 2],
    [5, 4, 1, 0, 0],
    [5, 0, -1, 0, 4],
    [5, null, -1, 9, 4],
    [0, null, 1, 0, null],
  ] as const)('count %i current %s dir %i from %i → %s', (count, current, dir, from, expected) => {
    expect(stepIndex(count, current, dir, from)).toBe(expected);
  });
  it('firstAtOrBelow', () => {
    expect(firstAtOrBelow([-300, -20, 5, 400], 0)).toBe(2);
    expect(firstAtOrBelow([-300, -20], 0)).toBe(-1);
    expect(firstAtOrBelow([], 0)).toBe(-1);
  });
});

describe('groupEntities', () => {
  const p = (type: string, name: string | null, text: string, id: string | null = null) =>
    ({ mention: { type, name, text, id, card: { title: name ?? `${text} (card)` } } }) as unknown as PlacedMention;
  it('groups by type and canonical name in order of first appearance, skipping hidden types', () => {
    const list = [p('person', 'Sergey Lavrov', 'Sergey Lavrov', 'wd:1'), p('place', 'China', 'China'), p('person', 'Sergey Lavrov', 'Lavrov', 'wd:1'), p('date', null, 'Thursday')];
    expect(groupEntities(list, () => true)).toEqual([
      { type: 'person', name: 'Sergey Lavrov', id: 'wd:1', count: 2 },
      { type: 'place', name: 'China', id: null, count: 1 },
      { type: 'date', name: 'Thursday (card)', id: null, count: 1 },
    ]);
    expect(groupEntities(list, (t) => t !== 'person').map((g) => g.name)).toEqual(['China', 'Thursday (card)']);
  });
});

describe('retryingLazy', () => {
  it('shares one load and retries after a failure', async () => {
    let calls = 0;
    const get = retryingLazy(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return calls;
    });
    await expect(get()).rejects.toThrow('offline');
    const [a, b] = await Promise.all([get(), get()]);
    expect([a, b, calls]).toEqual([2, 2, 2]);
  });
});

describe('runInSlices', () => {
  it('gives each slice a deadline and stops when cancelled', async () => {
    let t = 0;
    const deadlines: number[] = [];
    const done = await runInSlices((d) => (deadlines.push(d), deadlines.length === 3), () => false, () => (t += 10), async () => {});
    expect(done).toBe(true);
    expect(deadlines).toEqual([18, 28, 38]);
    let n = 0;
    expect(await runInSlices(() => false, () => ++n > 2, () => 0, async () => {})).toBe(false);
  });
});

describe('commands', () => {
  it('map the manifest commands to directions', () => {
    expect(COMMAND_DIRECTIONS).toEqual({ 'next-entity': 1, 'previous-entity': -1 });
  });
});
