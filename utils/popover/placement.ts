// Pure geometry: where the popover goes relative to the hovered text, so it never covers the line being read.

/** Minimum space between the popover and the viewport's edge (px). */
export const GUTTER = 8;
/** Space between the hovered line and the popover (px). */
export const GAP = 6;

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height the popover may take; smaller than its natural height when it fits on neither side (it then scrolls). */
  maxHeight: number;
}

/**
 * Places a popover of `popover` size next to `anchor` (the hovered range's rect, viewport coordinates).
 * Below the line by default; above when it fits there and not below; when it fits neither, on the roomier side
 * with a max height so that it still never covers the anchor line. Horizontally: aligned with the anchor's left edge,
 * then shifted to stay GUTTER px inside the viewport (pinned to the left gutter when wider than the viewport).
 */
export function placePopover(anchor: Rect, popover: Size, viewport: Size): Placement {
  const anchorBottom = anchor.top + anchor.height;
  const roomBelow = viewport.height - anchorBottom - GAP - GUTTER;
  const roomAbove = anchor.top - GAP - GUTTER;

  let side: Placement['side'];
  if (popover.height <= roomBelow) side = 'below';
  else if (popover.height <= roomAbove) side = 'above';
  else side = roomBelow >= roomAbove ? 'below' : 'above';

  const maxHeight = Math.max(0, Math.min(popover.height, side === 'below' ? roomBelow : roomAbove));
  const top = side === 'below' ? anchorBottom + GAP : anchor.top - GAP - maxHeight;

  const maxLeft = viewport.width - GUTTER - popover.width;
  const left = Math.max(GUTTER, Math.min(anchor.left, maxLeft));
  return { left: Math.round(left), top: Math.round(top), side, maxHeight: Math.floor(maxHeight) };
}
