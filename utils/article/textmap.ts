// The article's plain text and its map back to DOM text nodes, so mention offsets become DOM Ranges.

/** One DOM text node's place in the article text: text.slice(start, start + length) === node.data. */
export interface TextSegment {
  node: Text;
  start: number;
  length: number;
}

/** The article's text (blocks separated by "\n\n", <br> by "\n") and where each text node sits in it. */
export interface ArticleText {
  text: string;
  /** Sorted by start, non-overlapping; separators between blocks belong to no segment. */
  segments: TextSegment[];
}

/**
 * Separator strength: none; a space between two adjacent inline elements whose words would otherwise run
 * together ("<span>News Desk</span><span>March 18</span>" reads "News Desk March 18", as the page shows it);
 * a line break (<br>); a block break.
 */
export const Break = { None: 0, Space: 1, Line: 2, Block: 3 } as const;
export type Break = (typeof Break)[keyof typeof Break];

/**
 * Builds an ArticleText by appending text nodes and block breaks in document order. Breaks are only written
 * between two pieces of text and collapse to the strongest one, so the text never starts or ends with a separator
 * and never holds more than "\n\n" in a row from markup alone.
 */
export class TextMapBuilder {
  private parts: string[] = [];
  private length = 0;
  private pending: Break = Break.None as Break;
  private endsWithSpace = true;
  private endsWithWordChar = false;
  readonly segments: TextSegment[] = [];

  /** Requests a separator before the next text (the stronger request wins). */
  requestBreak(kind: Break): void {
    if (kind > this.pending) this.pending = kind;
  }

  /** Appends one text node as it is (its data must stay identical for the map to hold). */
  appendText(node: Text): void {
    const data = node.data;
    if (!data) return;
    // Whitespace-only nodes between blocks (source indentation) add nothing; inside a line they are real spaces.
    if (isBlank(data) && (this.pending !== Break.None || this.endsWithSpace)) return;
    if (this.pending !== Break.None) {
      if (this.length > 0) {
        let sep = this.pending === Break.Block ? '\n\n' : this.pending === Break.Line ? '\n' : '';
        // The soft space only where two words would touch; punctuation and existing spaces join as they are.
        if (this.pending === Break.Space && this.endsWithWordChar && WORD_START.test(data)) sep = ' ';
        if (sep) {
          this.parts.push(sep);
          this.length += sep.length;
        }
      }
      this.pending = Break.None;
    }
    this.segments.push({ node, start: this.length, length: data.length });
    this.parts.push(data);
    this.length += data.length;
    this.endsWithSpace = isSpace(data.charCodeAt(data.length - 1));
    this.endsWithWordChar = WORD_END.test(data);
  }

  get textLength(): number {
    return this.length;
  }

  finish(): ArticleText {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 160;
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/**
 * The text node and offset inside it for a text offset. An offset that falls on a separator (or past the end of a
 * node) resolves to the end of the preceding node, so a range end stays inside the text it closes; offsets before
 * the first node resolve to its start. Returns null only when there is no text at all.
 */
export function locate(articleText: ArticleText, offset: number): { node: Text; offset: number } | null {
  const segs = articleText.segments;
  if (segs.length === 0) return null;
  if (offset <= segs[0].start) return { node: segs[0].node, offset: 0 };
  // Binary search: the last segment whose start <= offset.
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo];
  return { node: seg.node, offset: Math.min(offset - seg.start, seg.length) };
}

/**
 * Like locate, but for the start of a range: an offset on a separator moves forward to the start of the next
 * node, so a range never begins at the end of the previous block.
 */
export function locateStart(articleText: ArticleText, offset: number): { node: Text; offset: number } | null {
  const hit = locate(articleText, offset);
  if (!hit) return null;
  if (hit.offset < hit.node.data.length) return hit;
  const segs = articleText.segments;
  const i = indexOfNode(segs, hit.node, offset);
  if (i >= 0 && i + 1 < segs.length && segs[i].start + segs[i].length <= offset) {
    return { node: segs[i + 1].node, offset: 0 };
  }
  return hit;
}

function indexOfNode(segs: TextSegment[], node: Text, near: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].start <= near) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo].node === node ? lo : -1;
}
