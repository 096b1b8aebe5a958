// Painting on very long articles: only the mentions near the viewport are registered, and the window follows the reader.
//
// Why: any change to any registered highlight (the first paint, the active mark of every hover, a settings toggle)
// makes Chromium revisit every registered range. With 26,656 ranges (a 1 MB article) that is a 160–250 ms frame
// each time; with the few hundred ranges within two viewport heights it is under a frame.
//
// How: mentions are grouped by the block that holds them (the nearest ancestor that is not phrasing content: a
// paragraph, a list item, a heading) and an IntersectionObserver with a margin of two viewport heights watches
// those blocks. The observer only reads the page (nothing is added to its elements) and does its work in the
// browser's rendering steps, so scrolling costs Gloss nothing until a block crosses the margin. Hit-testing, the
// keyboard and the popup's list work from the MentionIndex, which always holds every mention.
import type { EntityType } from '../types';
import type { PlacedMention } from './mentions';
import { ENTITY_TYPES, paint, register, type HighlightApi, type HighlightLike, type PaintOptions } from './paint';
import { blockOf } from './block';

/**
 * From this many placed mentions on, only those near the viewport are registered. Below it a highlight change
 * costs less than a frame (about 7.5 µs per registered range in Chromium) and everything is painted at once, so
 * mentions are painted in the same frame as they are placed and nothing depends on the observer.
 */
export const NEAR_VIEWPORT_MIN_MENTIONS = 2_000;

/** How far beyond the viewport mentions are painted: two viewport heights above and below it. */
export const NEAR_VIEWPORT_MARGIN = '200% 0px';

/** What the controller paints with: everything at once, or the near-viewport window. */
export interface Painter {
  /** (Re-)registers the highlights for these settings (first paint, style or category change). */
  paint(opts: PaintOptions): void;
  /** The keyboard or the popup jumped to this mention: paint its block now rather than after the next frame. */
  reveal(placed: PlacedMention): void;
  /** Stops following the viewport (the caller clears the registry). */
  destroy(): void;
}

/** What the painters need of a MentionIndex: every mention, and the same grouped by block (see MentionIndex). */
export interface PlacedMentions {
  readonly placed: readonly PlacedMention[];
  readonly blocks: ReadonlyMap<Element, readonly PlacedMention[]>;
  readonly types: ReadonlySet<EntityType>;
}

type ObserverCtor = new (callback: IntersectionObserverCallback, init?: IntersectionObserverInit) => Pick<IntersectionObserver, 'observe' | 'disconnect'>;

/**
 * The painter for these mentions: near the viewport only when there are at least `minMentions` and the browser has
 * IntersectionObserver, else everything at once.
 */
export function createPainter(
  api: HighlightApi,
  mentions: PlacedMentions,
  win: { IntersectionObserver?: ObserverCtor },
  minMentions = NEAR_VIEWPORT_MIN_MENTIONS,
): Painter {
  const Observer = win.IntersectionObserver;
  if (mentions.placed.length >= minMentions && typeof Observer === 'function') return new NearViewportPainter(api, mentions, Observer);
  return { paint: (opts) => void paint(api, mentions.placed, opts), reveal: () => {}, destroy: () => {} };
}

export class NearViewportPainter implements Painter {
  /** One Highlight per type present, kept for the painter's life: the window changes their ranges, not them. */
  private readonly highlights = new Map<EntityType, HighlightLike>();
  private readonly blocks: ReadonlyMap<Element, readonly PlacedMention[]>;
  private readonly shown = new Set<Element>();
  private observer: Pick<IntersectionObserver, 'observe' | 'disconnect'> | null;

  constructor(
    private readonly api: HighlightApi,
    mentions: PlacedMentions,
    Observer: ObserverCtor,
    margin: string = NEAR_VIEWPORT_MARGIN,
  ) {
    // MentionIndex grouped the mentions by block in idle slices: only one observe() per block is left for this task.
    this.blocks = mentions.blocks;
    for (const type of ENTITY_TYPES) if (mentions.types.has(type)) this.highlights.set(type, api.create([]));
    this.observer = new Observer((entries) => this.onEntries(entries), { rootMargin: margin });
    for (const block of this.blocks.keys()) this.observer.observe(block);
  }

  paint(opts: PaintOptions): void {
    register(this.api, this.highlights, opts);
  }

  reveal(placed: PlacedMention): void {
    const block = placed.block !== undefined ? placed.block : blockOf(placed.range.startContainer);
    if (block && this.blocks.has(block)) this.show(block);
  }

  destroy(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Blocks whose mentions are registered now (for tests). */
  get shownBlocks(): number {
    return this.shown.size;
  }

  /** Total number of blocks holding mentions. */
  get blockCount(): number {
    return this.blocks.size;
  }

  private onEntries(entries: readonly Pick<IntersectionObserverEntry, 'target' | 'isIntersecting'>[]): void {
    // Called by the browser: nothing may throw into the page's console.
    try {
      if (!this.observer) return; // a callback already queued when the painter was destroyed
      for (const entry of entries) {
        if (entry.isIntersecting) this.show(entry.target);
        else this.hide(entry.target);
      }
    } catch (error) {
      console.debug('Gloss:', error);
    }
  }

  private show(block: Element): void {
    if (this.shown.has(block)) return;
    const list = this.blocks.get(block);
    if (!list) return;
    this.shown.add(block);
    for (const p of list) this.highlights.get(p.mention.type)?.add(p.range);
  }

  private hide(block: Element): void {
    if (!this.shown.delete(block)) return;
    for (const p of this.blocks.get(block) ?? []) this.highlights.get(p.mention.type)?.delete(p.range);
  }
}
