// Keyboard stepping through mentions in document order, and the entity list the toolbar popup shows.
import type { EntityGroup } from '../messaging';
import { entityName, type PlacedMention } from '../highlight/mentions';

/**
 * The next mention to show. From a current mention: the following (or preceding) one, wrapping around. With none
 * yet: `fromViewport` — the first mention at or below the top of the viewport going forward, or the last one
 * above its bottom going back — so the first key press starts where the reader is, not at the top of the page.
 */
export function stepIndex(count: number, current: number | null, direction: 1 | -1, fromViewport: number): number | null {
  if (count === 0) return null;
  if (current === null || current < 0 || current >= count) return Math.max(0, Math.min(count - 1, fromViewport));
  return (current + direction + count) % count;
}

/** Index of the first placed mention (in order) whose box starts at or after `top`; -1 when none. */
export function firstAtOrBelow(tops: readonly number[], top: number): number {
  return firstIndexAtOrBelow(tops.length, (i) => tops[i], top);
}

/** As firstAtOrBelow, reading the `count` tops through `topOf` (only about log2(count) of them are read). */
export function firstIndexAtOrBelow(count: number, topOf: (i: number) => number, top: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (topOf(mid) < top) lo = mid + 1;
    else hi = mid;
  }
  return lo < count ? lo : -1;
}

/** Groups mentions by entity (type + canonical name), in order of first appearance, with their counts. */
export function groupEntities(placed: readonly PlacedMention[], visible: (type: PlacedMention['mention']['type']) => boolean): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const p of placed) {
    const m = p.mention;
    if (!visible(m.type)) continue;
    const name = entityName(m);
    const key = `${m.type}\u0000${name}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { type: m.type, name, id: m.id, count: 1 });
  }
  return [...groups.values()];
}
