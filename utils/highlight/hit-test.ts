// Finds the mention under a viewport point: caret hit-testing, then a check that the point is inside the mention's boxes.
import type { MentionIndex, PlacedMention } from './mentions';

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position at a point: caretPositionFromPoint (standard; Firefox, Chrome ≥ 128), else caretRangeFromPoint (older WebKit/Blink). */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** True when (x, y) lies inside one of the range's line boxes. */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * The mention under (x, y), or null. Caret hit-testing snaps to the nearest character boundary, even from the
 * margin beside a paragraph, so the caret only proposes candidates (the character after it, and before it when
 * the pointer is on a character's right half) and the range's boxes decide.
 */
export function mentionAtPoint(index: MentionIndex, doc: Document, x: number, y: number): PlacedMention | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3 /* Node.TEXT_NODE */) return null;
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (offset < 0) continue;
    const hit = index.at(caret.node, offset);
    if (hit && rangeContainsPoint(hit.range, x, y)) return hit;
  }
  return null;
}
