// Finds the element holding the article body and walks its text nodes into an ArticleText (one-shot or in idle slices).
import { BLOCK_TAGS, classAndId, insideSkipped, isSkipped, tagOf } from './dom';
import { Break, TextMapBuilder } from './textmap';
import type { ArticleText } from './textmap';

export type { ArticleText, TextSegment } from './textmap';
export { locate, locateStart } from './textmap';

/** Class/id names of article body containers used by common CMSs and news sites. */
const BODY_SELECTORS = [
  '.entry-content', '.article-body', '.article__body', '.articleBody', '.article-content', '.article__content',
  '.story-body', '.story-content', '.post-content', '.post-body', '.post__content', '.content-body', '.body-text',
  '.c-entry-content', '.rich-text', '.article-text', '#article-body', '#articleBody', '#story-body', '#content-body',
].join(', ');

// A paragraph shorter than this is a caption, a teaser or a button label, not body text (Readability uses 140 for
// isProbablyReaderable and 25 for candidate paragraphs; a body container is judged on its total, so a low bar).
const MIN_PARAGRAPH = 25;
// Share of the winner's own paragraph text that its parent's own paragraphs must reach to be taken as one body.
const SPLIT_SHARE = 0.15;
// An ancestor holding this many times the winner's paragraph text is the real body (spread over siblings).
const SPREAD_FACTOR = 1.6;
// How many paragraphs to score at most: enough for any article, bounded for giant pages.
const MAX_PARAGRAPHS = 3000;

/** Text length of the paragraphs inside el, not counting paragraphs in skipped subtrees (comments, related…). */
function paragraphText(el: Element): number {
  let total = 0;
  const ps = el.querySelectorAll('p');
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = ps[i];
    const len = (p.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH) continue;
    if (insideSkipped(p, el)) continue;
    total += len;
  }
  return total;
}

/** Best of a list by paragraph text; returns the element and its score. */
function bestByParagraphs(els: ArrayLike<Element>, limit = 50): { el: Element | null; score: number } {
  let best: Element | null = null;
  let bestScore = 0;
  const n = Math.min(els.length, limit);
  for (let i = 0; i < n; i++) {
    const el = els[i];
    if (insideSkipped(el, null)) continue;
    const score = paragraphText(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return { el: best, score: bestScore };
}

/**
 * The container with the densest paragraph text: each paragraph credits its parent fully and its grandparent
 * half (Readability's candidate scoring, without the tree clone), skipping paragraphs inside page furniture.
 * An article split into sibling parts (a lead in one container, the rest in a nested one) is kept whole: when
 * the winner's parent has paragraphs of its own worth a fair share of the winner's, the parent is the body.
 */
export function densestContainer(doc: Document): { el: Element | null; score: number } {
  const direct = new Map<Element, number>();
  const scores = new Map<Element, number>();
  const ps = doc.querySelectorAll('p');
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = ps[i];
    const len = (p.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH) continue;
    if (insideSkipped(p, null)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    direct.set(parent, (direct.get(parent) ?? 0) + len);
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand && tagOf(grand) !== 'body' && tagOf(grand) !== 'html') {
      scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  for (let i = 0; best && i < 2; i++) {
    const parent: Element | null = best.parentElement;
    if (!parent || tagOf(parent) === 'body' || tagOf(parent) === 'html') break;
    if ((direct.get(parent) ?? 0) < SPLIT_SHARE * (direct.get(best) ?? scores.get(best) ?? 0)) break;
    best = parent;
  }
  // Step-by-step pages and split layouts spread the body over sibling blocks (each "step" its own container): climb
  // while an ancestor close above holds much more paragraph text than the winner.
  if (best) {
    let cur: Element = best;
    let curText = paragraphText(cur);
    let anc: Element | null = cur.parentElement;
    for (let depth = 0; anc && depth < 3; depth++, anc = anc.parentElement) {
      const tag = tagOf(anc);
      if (tag === 'body' || tag === 'html') break;
      const t = paragraphText(anc);
      if (t >= SPREAD_FACTOR * curText) {
        cur = anc;
        curText = t;
      }
    }
    best = cur;
  }
  return { el: best, score: bestScore };
}

/**
 * The element containing the article body: [itemprop=articleBody], else the <article> with the most paragraph
 * text, else a common body class, else the densest paragraph container. A marked-up candidate is only trusted
 * when it holds a fair share of the page's paragraph text (a teaser <article> in a sidebar does not).
 */
export function findArticleRoot(doc: Document): Element | null {
  const dense = densestContainer(doc);
  const enough = (score: number) => score >= 140 && score >= dense.score * 0.5;

  const marked = bestByParagraphs(doc.querySelectorAll('[itemprop~="articleBody"], [itemprop~="articlebody"]'));
  if (marked.el && enough(marked.score)) return widenToHeadline(marked.el);

  const article = bestByParagraphs(doc.querySelectorAll('article'));
  // The <article> itself rather than a body class inside it: it includes the headline, and the walk skips its
  // share bars and related links anyway.
  if (article.el && enough(article.score)) return article.el;

  const classed = bestByParagraphs(doc.querySelectorAll(BODY_SELECTORS));
  if (classed.el && enough(classed.score)) return widenToHeadline(classed.el);

  if (dense.el) return widenToHeadline(dense.el);
  return doc.body ?? null;
}

/**
 * Widens a body container to the nearest ancestor that also holds the page's single <h1>, when that ancestor is
 * close (a few levels) and holds little else, so the headline's names are annotated too.
 */
function widenToHeadline(el: Element): Element {
  const h1s = el.ownerDocument?.querySelectorAll('h1');
  if (!h1s || h1s.length !== 1) return el;
  const h1 = h1s[0];
  if (el.contains(h1)) return el;
  let cur: Element | null = el.parentElement;
  for (let depth = 0; cur && depth < 3; depth++, cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (tag === 'body' || tag === 'html' || tag === 'main') return el;
    if (cur.contains(h1)) {
      // Only widen when the ancestor is not much more than headline + body (no second big text container).
      const extra = (cur.textContent ?? '').length - (el.textContent ?? '').length;
      return extra < 2000 ? cur : el;
    }
  }
  return el;
}

/** A resumable walk over the article's text nodes, for idle-time slices in the content script. */
export interface TextExtractor {
  /** Walks until done or until the clock passes deadlineMs; returns true when the walk is complete. */
  step(deadlineMs: number): boolean;
  readonly done: boolean;
  /** The text so far (complete once done). */
  result(): ArticleText;
}

export interface ExtractOptions {
  /** Stop after this many characters (the annotate message takes at most 5 MB). */
  maxLength?: number;
  /** Clock for step(); defaults to performance.now. */
  now?: () => number;
}

const NODE_ELEMENT = 1;
const NODE_TEXT = 3;
const NODE_CDATA = 4;
// Check the clock every this many nodes: reading it per node costs more than the walk itself.
const CLOCK_EVERY = 256;

/**
 * Creates a resumable walker over root's text. The walk is iterative (no recursion, no tree clone) and keeps only
 * a node pointer between slices. If the page changes between slices the walk still ends; nodes removed meanwhile
 * may be missing or stale, and the caller re-extracts after large mutations.
 */
export function createTextExtractor(root: Element, options: ExtractOptions = {}): TextExtractor {
  const builder = new TextMapBuilder();
  const maxLength = options.maxLength ?? 5_000_000;
  const now = options.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  let current: Node | null = root.firstChild;
  let done = current === null;

  // Moves past `node` without entering it, closing any blocks it leaves.
  function advance(node: Node): Node | null {
    let cur: Node | null = node;
    while (cur && cur !== root) {
      const next: Node | null = cur.nextSibling;
      if (next) {
        // Two sibling elements with nothing between them: the page shows them apart (styled spans of a byline).
        if (cur.nodeType === NODE_ELEMENT && next.nodeType === NODE_ELEMENT) builder.requestBreak(Break.Space);
        return next;
      }
      cur = cur.parentNode;
      if (cur && cur !== root && cur.nodeType === NODE_ELEMENT && BLOCK_TAGS.has(tagOf(cur as Element))) {
        builder.requestBreak(Break.Block);
      }
    }
    return null;
  }

  function visit(node: Node): Node | null {
    const type = node.nodeType;
    if (type === NODE_TEXT || type === NODE_CDATA) {
      builder.appendText(node as Text);
      return advance(node);
    }
    if (type !== NODE_ELEMENT) return advance(node);
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'br') {
      builder.requestBreak(Break.Line);
      return advance(node);
    }
    if (tag === 'hr' || tag === 'img') {
      if (tag === 'hr') builder.requestBreak(Break.Block);
      return advance(node);
    }
    const block = BLOCK_TAGS.has(tag);
    if (isSkipped(el)) {
      // A skipped block still separates its neighbours ("a<div hidden>x</div>b" must not read "ab").
      if (block) builder.requestBreak(Break.Block);
      return advance(node);
    }
    if (block) builder.requestBreak(Break.Block);
    if (el.firstChild) return el.firstChild;
    return advance(node);
  }

  return {
    step(deadlineMs: number): boolean {
      let count = 0;
      while (current && !done) {
        current = visit(current);
        if (builder.textLength >= maxLength) current = null;
        if (++count % CLOCK_EVERY === 0 && now() >= deadlineMs) break;
      }
      if (!current) done = true;
      return done;
    },
    get done() {
      return done;
    },
    result(): ArticleText {
      return builder.finish();
    },
  };
}

/** One-shot extraction of the article's text and its DOM map. */
export function extractArticleText(root: Element, options: ExtractOptions = {}): ArticleText {
  const extractor = createTextExtractor(root, options);
  extractor.step(Number.POSITIVE_INFINITY);
  return extractor.result();
}

/** For diagnostics: a short description of an element ("article#the-post.post-content"). */
export function describeElement(el: Element | null): string {
  if (!el) return 'null';
  const name = classAndId(el).trim().split(/\s+/).slice(0, 2).join('.');
  return name ? `${tagOf(el)}.${name}` : tagOf(el);
}
