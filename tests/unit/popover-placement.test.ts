// Table tests for the popover's placement: below or above the hovered line, never over it, inside the viewport.
import { describe, expect, it } from 'vitest';
import { GAP, GUTTER, placePopover } from '../../utils/popover/placement';

const viewport = { width: 1000, height: 800 };
const popover = { width: 320, height: 200 };
const line = (left: number, top: number, width = 60, height = 20) => ({ left, top, width, height });

describe('placePopover', () => {
  const rows: Array<[string, ReturnType<typeof line>, { width: number; height: number }, { side: 'below' | 'above'; left: number; top: number; maxHeight: number }]> = [
    ['below the line by default', line(100, 100), popover, { side: 'below', left: 100, top: 120 + GAP, maxHeight: 200 }],
    ['above when there is no room below', line(100, 700), popover, { side: 'above', left: 100, top: 700 - GAP - 200, maxHeight: 200 }],
    ['shifted left to stay inside the right edge', line(900, 100), popover, { side: 'below', left: 1000 - GUTTER - 320, top: 126, maxHeight: 200 }],
    ['kept inside the left gutter', line(-40, 100), popover, { side: 'below', left: GUTTER, top: 126, maxHeight: 200 }],
    ['pinned to the left gutter when wider than the viewport', line(50, 100), { width: 1200, height: 100 }, { side: 'below', left: GUTTER, top: 126, maxHeight: 100 }],
    ['exactly fits below', line(0, 800 - GUTTER - GAP - 200 - 20), popover, { side: 'below', left: GUTTER, top: 800 - GUTTER - 200, maxHeight: 200 }],
    ['fits neither side: roomier side above, shortened', line(10, 500), { width: 300, height: 700 }, { side: 'above', left: 10, top: GUTTER, maxHeight: 500 - GAP - GUTTER }],
    ['fits neither side: roomier side below, shortened', line(10, 200), { width: 300, height: 700 }, { side: 'below', left: 10, top: 220 + GAP, maxHeight: 800 - 220 - GAP - GUTTER }],
  ];
  it.each(rows)('%s', (_name, anchor, size, expected) => {
    expect(placePopover(anchor, size, viewport)).toEqual(expected);
  });

  it('never covers the hovered line, wherever the line is', () => {
    for (let top = -10; top < 820; top += 17) {
      for (const height of [50, 200, 500, 900]) {
        const a = line(300, top);
        const p = placePopover(a, { width: 320, height }, viewport);
        const bottom = p.top + p.maxHeight;
        const overlaps = p.top < a.top + a.height && bottom > a.top;
        expect(overlaps, `line at ${top}, height ${height}`).toBe(false);
        expect(p.maxHeight).toBeLessThanOrEqual(height);
      }
    }
  });
});
