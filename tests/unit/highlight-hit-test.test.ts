// Hit-testing: caret position → candidate mention → confirmed by the range's boxes (caret hit-testing snaps).
import { describe, expect, it } from 'vitest';
import { caretAt, mentionAtPoint, rangeContainsPoint } from '../../utils/highlight/hit-test';
import type { MentionIndex, PlacedMention } from '../../utils/highlight/mentions';

const textNode = { nodeType: 3 } as unknown as Node;
const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom, width: right - left, height: bottom - top });
const rangeWith = (...rects: ReturnType<typeof box>[]) => ({ getClientRects: () => rects }) as unknown as Range;

/** An index with one mention covering offsets [5, 11) of textNode, drawn at x 50–110, y 10–30. */
function index(): MentionIndex {
  const placed = { order: 0, range: rangeWith(box(50, 10, 110, 30)), mention: { text: 'Lavrov' } } as unknown as PlacedMention;
  return { at: (node: Node, offset: number) => (node === textNode && offset >= 5 && offset < 11 ? placed : null) } as unknown as MentionIndex;
}

const docAt = (offset: number | null, standard = true) =>
  (standard
    ? { caretPositionFromPoint: () => (offset === null ? null : { offsetNode: textNode, offset }) }
    : { caretRangeFromPoint: () => (offset === null ? null : { startContainer: textNode, startOffset: offset }) }) as unknown as Document;

describe('hit-testing', () => {
  it('uses caretPositionFromPoint, else caretRangeFromPoint', () => {
    expect(caretAt(docAt(3), 0, 0)).toEqual({ node: textNode, offset: 3 });
    expect(caretAt(docAt(4, false), 0, 0)).toEqual({ node: textNode, offset: 4 });
    expect(caretAt({} as Document, 0, 0)).toBeNull();
  });

  it.each([
    ['on the first letter', 5, 52, 20, 'Lavrov'],
    ['on the right half of the last letter (caret after it)', 11, 108, 20, 'Lavrov'],
    ['caret before the mention', 4, 45, 20, null],
    ['snapped from the margin below the line', 8, 80, 60, null],
    ['no caret at all', null, 80, 20, null],
  ] as const)('%s', (_name, offset, x, y, expected) => {
    expect(mentionAtPoint(index(), docAt(offset), x, y)?.mention.text ?? null).toBe(expected);
  });

  it('ignores carets in element nodes', () => {
    const doc = { caretPositionFromPoint: () => ({ offsetNode: { nodeType: 1 }, offset: 0 }) } as unknown as Document;
    expect(mentionAtPoint(index(), doc, 60, 20)).toBeNull();
  });

  it('checks every line box of a wrapped mention', () => {
    const range = rangeWith(box(700, 10, 780, 30), box(0, 30, 40, 50));
    expect(rangeContainsPoint(range, 20, 40)).toBe(true);
    expect(rangeContainsPoint(range, 500, 40)).toBe(false);
  });
});
