// Maps annotated mentions (offsets into the article text) to live DOM Ranges, with a per-text-node index for hit-testing.
import type { AnnotatedMention } from '../types';
import { locate, locateStart, type ArticleText } from '../article/textmap';
import { blockOf } from './block';

/** A mention placed in the document. `order` is its position in document order (the keyboard steps by it). */
export interface PlacedMention {
  order: number;
  mention: AnnotatedMention;
  range: Range;
  /** The paragraph (or other block) its text starts in: the near-viewport painter watches these. */
  block?: Element | null;
}

/** One mention's extent inside one text node (a mention across `Sergey <b>Lavrov</b>` has two). */
interface NodeSpan {
  start: number;
  end: number;
  placed: PlacedMention;
}

/**
 * The mentions of one annotation run as Ranges, in document order. A mention whose text no longer matches the DOM
 * (the page changed the text while the background was matching) is dropped rather than painted in the wrong place.
 * Built incrementally (step) so that thousands of mentions never block the page in one task.
 */
export class MentionIndex {
  readonly placed: PlacedMention[] = [];
  /** The placed mentions by the block their text starts in, in document order (the near-viewport painter's units). */
  readonly blocks = new Map<Element, PlacedMention[]>();
  /** The types present among the placed mentions. */
  readonly types = new Set<AnnotatedMention['type']>();
  private byNode = new Map<Text, NodeSpan[]>();
  private readonly sorted: AnnotatedMention[];
  private next = 0;
  private lastEnd = -1;
  // Consecutive mentions mostly start in the same text node: its block is looked up once, here, in idle slices.
  private lastNode: Node | null = null;
  private lastBlock: Element | null = null;
  private lastList: PlacedMention[] | null = null;

  constructor(
    private readonly articleText: ArticleText,
    mentions: readonly AnnotatedMention[],
    private readonly doc: Document,
  ) {
    this.sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** True once every mention has been placed. */
  get done(): boolean {
    return this.next >= this.sorted.length;
  }

  /**
   * Places mentions until done or until the clock passes deadlineMs (checked every 64 mentions), so a long
   * article's ranges are built in idle slices. Returns done.
   */
  step(deadlineMs: number, now: () => number = () => performance.now()): boolean {
    while (this.next < this.sorted.length) {
      this.place(this.sorted[this.next++]);
      if ((this.next & 63) === 0 && now() >= deadlineMs) break;
    }
    return this.done;
  }

  /** Places everything at once (tests, short articles). */
  complete(): this {
    this.step(Number.POSITIVE_INFINITY);
    return this;
  }

  private place(mention: AnnotatedMention): void {
    const { articleText, doc } = this;
    const segs = articleText.segments;
    if (mention.start < this.lastEnd || mention.end <= mention.start) return; // overlapping or empty: never paint twice
    if (articleText.text.slice(mention.start, mention.end) !== mention.text) return;
    const from = locateStart(articleText, mention.start);
    const to = locate(articleText, mention.end);
    if (!from || !to) return;
    let range: Range;
    try {
      range = doc.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      return; // a node left the document meanwhile
    }
    if (from.node !== this.lastNode) {
      this.lastNode = from.node;
      this.lastBlock = blockOf(from.node);
    }
    const block = this.lastBlock;
    const placed: PlacedMention = { order: this.placed.length, mention, range, block };
    // Index the mention under every text node it covers, checking the node still holds the mapped text.
    const spans: Array<[Text, NodeSpan]> = [];
    for (let i = firstSegmentAtOrAfter(segs, mention.start); i < segs.length && segs[i].start < mention.end; i++) {
      const seg = segs[i];
      const start = Math.max(mention.start, seg.start) - seg.start;
      const end = Math.min(mention.end, seg.start + seg.length) - seg.start;
      if (end <= start) continue;
      if (seg.node.data.slice(start, end) !== articleText.text.slice(seg.start + start, seg.start + end)) return;
      spans.push([seg.node, { start, end, placed }]);
    }
    if (spans.length === 0) return;
    for (const [node, span] of spans) {
      let list = this.byNode.get(node);
      if (!list) this.byNode.set(node, (list = []));
      list.push(span);
    }
    this.placed.push(placed);
    this.lastEnd = mention.end;
    this.types.add(mention.type);
    if (block) {
      // The map is keyed by page elements (slower to hash than our objects): consulted only when the block changes.
      if (!this.lastList || this.lastList[0].block !== block) {
        this.lastList = this.blocks.get(block) ?? null;
        if (!this.lastList) this.blocks.set(block, (this.lastList = []));
      }
      this.lastList.push(placed);
    }
  }

  /** The mention covering the character at `offset` in `node` (the character after the caret), if any. */
  at(node: Node, offset: number): PlacedMention | null {
    const list = this.byNode.get(node as Text);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = list[mid];
      if (offset < span.start) hi = mid - 1;
      else if (offset >= span.end) lo = mid + 1;
      else return span.placed;
    }
    return null;
  }

  /** Mentions of one entity (by id, or by canonical name for names not in the dictionary). */
  ofEntity(name: string, type: string): PlacedMention[] {
    return this.placed.filter((p) => p.mention.type === type && entityName(p.mention) === name);
  }
}

/** The name the popup lists an entity under: canonical name, the date's text for dates. */
export function entityName(m: AnnotatedMention): string {
  return m.name ?? m.card?.title ?? m.text;
}

function firstSegmentAtOrAfter(segs: ArticleText['segments'], offset: number): number {
  // The last segment starting at or before offset (it may contain offset), else 0.
  let lo = 0;
  let hi = segs.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
