// The content script's controller: runs detect → extract → annotate → highlight, keeps it current, and drives hover and keyboard.
import type { AnnotatedMention, EntityType } from '../types';
import type { EntityGroup, RequestOf, ResponseOf } from '../messaging';
import type { GlossSettings } from '../settings';
import { isSiteEnabled } from '../settings';
import { detectArticle } from '../article/detect';
import { createTextExtractor, findArticleRoot } from '../article/extract';
import { findPublicationDate } from '../article/published';
import { MentionIndex, entityName, type PlacedMention } from '../highlight/mentions';
import { mentionAtPoint } from '../highlight/hit-test';
import { clearAll, paintActive, type HighlightApi } from '../highlight/paint';
import { createPainter, NEAR_VIEWPORT_MIN_MENTIONS, type Painter } from '../highlight/near-viewport';
import { HoverIntent } from './hover-intent';
import { runInSlices } from './idle';
import { firstIndexAtOrBelow, groupEntities, stepIndex } from './stepping';
import { createPopoverMount, type PopoverMount } from '../../components/popover/mount';
import type { WorldMap } from '../../components/popover/LocatorMap';

/** A client-rendered page is re-checked for an article while it is this young (ms since the script started). */
export const YOUNG_PAGE_MS = 5_000;
/** …at most this many times (each check is one detectArticle call). */
export const YOUNG_PAGE_CHECKS = 6;
/** Quiet time after the last mutation before re-checking (ms). */
export const MUTATION_DEBOUNCE_MS = 400;
/** A page that never stops mutating is still re-read this often at most (ms). */
export const MUTATION_MAX_WAIT_MS = 3_000;

export interface ControllerDeps {
  doc: Document;
  win: Window & typeof globalThis;
  /** The page's URL now (SPAs change it). */
  url(): string;
  annotate(request: RequestOf<'annotate'>): Promise<ResponseOf<'annotate'>>;
  loadWorldMap(): Promise<WorldMap | null>;
  highlights: HighlightApi | null;
  /** performance.mark/measure, for the bench (entries are visible to the page; they carry no page data). */
  mark?(name: string, measureFrom?: string): void;
  /** From this many mentions on, only those near the viewport are painted (tests lower it). */
  nearViewportFrom?: number;
}

export class GlossController {
  private settings: GlossSettings | null = null;
  private active = false;
  private runId = 0;
  private index: MentionIndex | null = null;
  private painter: Painter | null = null;
  private isArticle = false;
  private lastText: string | null = null;
  private root: Element | null = null;
  private startedAt: number;
  private youngChecks = 0;
  private youngObserver: MutationObserver | null = null;
  private rootObserver: MutationObserver | null = null;
  private mutationTimer: ReturnType<typeof setTimeout> | null = null;
  private mutationFirstAt = 0;
  private popover: PopoverMount;
  private intent: HoverIntent<PlacedMention>;
  private current: PlacedMention | null = null;
  // Separate frames: a pending scroll update must not swallow the last pointer move, nor the reverse.
  private pointerFrame = 0;
  private scrollFrame = 0;
  private lastPointer: PointerEvent | null = null;
  private removeListeners: Array<() => void> = [];
  private focusPosition: string | null = null;
  private lastHref: string;

  constructor(private readonly deps: ControllerDeps) {
    this.startedAt = deps.win.performance.now();
    this.lastHref = deps.url();
    this.popover = createPopoverMount(deps.doc, {
      onPointerEnter: () => this.intent.enterPopover(),
      onPointerLeave: () => this.intent.leavePopover(),
      loadWorldMap: () => deps.loadWorldMap(),
    });
    this.intent = new HoverIntent<PlacedMention>({
      // Called from timers: wrapped so that nothing can throw into the page's console.
      open: (placed) =>
        safely(() => {
          // Opened by focus(): announce it with its position; opened by hovering: show it quietly.
          const position = this.focusPosition;
          this.focusPosition = null;
          this.show(placed, position !== null, position ?? undefined);
        }),
      close: () => safely(() => this.hide()),
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Life cycle.

  /** First detection, synchronously at document_idle. Returns whether the page is an article now. */
  detect(): boolean {
    this.deps.mark?.('gloss:detect-start');
    const { isArticle } = detectArticle(this.deps.doc, this.deps.url());
    this.deps.mark?.('gloss:detect-end', 'gloss:detect-start');
    this.isArticle = isArticle;
    return isArticle;
  }

  /** Applies settings (first read or a change): start, repaint or tear down. */
  applySettings(settings: GlossSettings): void {
    const previous = this.settings;
    this.settings = settings;
    const on = isSiteEnabled(settings, hostnameOf(this.deps.url()));
    if (!on) {
      if (this.active) this.teardown();
      return;
    }
    if (!this.active) {
      this.active = true;
      if (this.isArticle) this.run().catch(logDebug);
      else this.watchYoungPage();
      return;
    }
    if (previous && (previous.highlightStyle !== settings.highlightStyle || !sameCategories(previous, settings))) {
      this.repaint();
      if (this.current && !this.typeOn(this.current.mention.type)) this.intent.closeNow();
    }
  }

  /**
   * The URL changed without a page load (single-page apps): the new view counts as a young page again. Whatever
   * was painted belongs to the old view; the root observer or the young-page watcher picks up the new content.
   */
  locationChanged(): void {
    // The page can dispatch WXT's location-change event itself: only a real change of address counts.
    const href = this.deps.url();
    if (href === this.lastHref) return;
    this.lastHref = href;
    this.startedAt = this.deps.win.performance.now();
    this.youngChecks = 0;
    if (!this.active) {
      this.detect();
      return;
    }
    this.intent.closeNow();
    if (this.detect()) {
      this.youngObserver?.disconnect();
      this.youngObserver = null;
      this.run().catch(logDebug);
      return;
    }
    this.runId++;
    this.clearHighlights();
    this.index = null;
    this.lastText = null;
    this.rootObserver?.disconnect();
    this.rootObserver = null;
    this.root = null;
    this.watchYoungPage();
  }

  /** Everything off: highlights, host element, observers, listeners (settings changes can bring it back). */
  teardown(): void {
    this.active = false;
    this.runId++;
    this.intent.closeNow();
    this.popover.destroy();
    this.clearHighlights();
    this.index = null;
    this.lastText = null;
    this.youngObserver?.disconnect();
    this.youngObserver = null;
    this.rootObserver?.disconnect();
    this.rootObserver = null;
    if (this.mutationTimer) clearTimeout(this.mutationTimer);
    this.mutationTimer = null;
    if (this.pointerFrame) this.deps.win.cancelAnimationFrame(this.pointerFrame);
    if (this.scrollFrame) this.deps.win.cancelAnimationFrame(this.scrollFrame);
    this.pointerFrame = 0;
    this.scrollFrame = 0;
    for (const remove of this.removeListeners) remove();
    this.removeListeners = [];
  }

  // ---------------------------------------------------------------------------------------------------------------
  // detect → extract → annotate → highlight.

  private async run(): Promise<void> {
    const id = ++this.runId;
    const { doc } = this.deps;
    const root = findArticleRoot(doc) ?? doc.body;
    if (!root) return;
    const published = findPublicationDate(doc, this.deps.url());
    const extractor = createTextExtractor(root);
    const finished = await runInSlices((deadline) => extractor.step(deadline), () => id !== this.runId);
    if (!finished) return;
    const articleText = extractor.result();
    this.observeRoot(root);
    if (articleText.text === this.lastText && this.index) return; // the mutations did not change the text
    if (!articleText.text.trim()) return;
    const reply = await this.deps.annotate({ text: articleText.text, published, url: this.deps.url() });
    if (id !== this.runId) return;
    if (!reply.ok) {
      console.debug('Gloss: annotate failed:', reply.error);
      return;
    }
    const index = new MentionIndex(articleText, reply.mentions, doc);
    if (!(await runInSlices((deadline) => index.step(deadline), () => id !== this.runId))) return;
    this.deps.mark?.('gloss:paint-start');
    // A rebuilt index has new Range objects: an open popover would point at the old ones.
    if (this.current) this.intent.closeNow();
    this.index = index;
    this.lastText = articleText.text;
    this.painter?.destroy();
    this.painter = this.deps.highlights
      ? createPainter(this.deps.highlights, index, this.deps.win, this.deps.nearViewportFrom ?? NEAR_VIEWPORT_MIN_MENTIONS)
      : null;
    // Pointer, scroll and key listeners only once there is something to hover: other pages pay nothing.
    if (this.removeListeners.length === 0) this.addListeners();
    this.repaint();
    this.deps.mark?.('gloss:paint-end', 'gloss:paint-start');
    this.deps.mark?.('gloss:highlighted');
  }

  private repaint(): void {
    const api = this.deps.highlights;
    if (!api || !this.painter || !this.settings) return;
    this.painter.paint({ categories: this.settings.categories, style: this.settings.highlightStyle });
    if (this.current) paintActive(api, this.current.range);
  }

  /** Removes every Gloss highlight and stops the near-viewport painter following the scroll. */
  private clearHighlights(): void {
    this.painter?.destroy();
    this.painter = null;
    if (this.deps.highlights) clearAll(this.deps.highlights);
  }

  /**
   * A page that is not an article yet may still become one (client-rendered: the body arrives after
   * document_idle). While it is young, re-detect when the body changes; then give up so that long-lived apps
   * (mail, editors, feeds) do not pay for an observer forever.
   */
  private watchYoungPage(): void {
    const { doc, win } = this.deps;
    if (this.youngObserver || !doc.body) return;
    if (win.performance.now() - this.startedAt > YOUNG_PAGE_MS || this.youngChecks >= YOUNG_PAGE_CHECKS) return;
    this.youngObserver = new win.MutationObserver(() =>
      this.debounced(() => {
        this.youngChecks++;
        const young = win.performance.now() - this.startedAt <= YOUNG_PAGE_MS && this.youngChecks < YOUNG_PAGE_CHECKS;
        if (this.detect()) {
          this.youngObserver?.disconnect();
          this.youngObserver = null;
          this.run().catch(logDebug);
        } else if (!young) {
          this.youngObserver?.disconnect();
          this.youngObserver = null;
        }
      }),
    );
    this.youngObserver.observe(doc.body, { childList: true, subtree: true });
    // The observer stops itself on its next callback once the page is old, or here if nothing ever changes.
    win.setTimeout(() => {
      if (!this.isArticle && this.youngObserver) {
        this.youngObserver.disconnect();
        this.youngObserver = null;
      }
    }, YOUNG_PAGE_MS + MUTATION_DEBOUNCE_MS);
  }

  /**
   * Live blogs append paragraphs and client-rendered pages re-render: re-read the article after its subtree
   * changes (debounced, with a maximum wait). Our highlights never mutate the DOM, so they cause no callbacks.
   */
  private observeRoot(root: Element): void {
    if (this.root === root && this.rootObserver) return;
    this.rootObserver?.disconnect();
    this.root = root;
    this.rootObserver = new this.deps.win.MutationObserver(() =>
      this.debounced(() => {
        if (!this.active) return;
        // The root itself may have been replaced (SPA navigation): detect again from scratch.
        if (!root.isConnected) {
          this.rootObserver?.disconnect();
          this.rootObserver = null;
          this.root = null;
          if (!this.detect()) {
            this.clearHighlights();
            this.index = null;
            return;
          }
        }
        this.run().catch(logDebug);
      }),
    );
    this.rootObserver.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private debounced(fn: () => void): void {
    const now = this.deps.win.performance.now();
    if (this.mutationTimer === null) this.mutationFirstAt = now;
    else clearTimeout(this.mutationTimer);
    const wait = now - this.mutationFirstAt >= MUTATION_MAX_WAIT_MS ? 0 : MUTATION_DEBOUNCE_MS;
    this.mutationTimer = setTimeout(() => {
      this.mutationTimer = null;
      safely(fn);
    }, wait);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Hover, scroll, Esc.

  private addListeners(): void {
    const { win } = this.deps;
    const listen = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void, options: AddEventListenerOptions) => {
      const handler = (e: WindowEventMap[K]) => safely(() => fn(e));
      win.addEventListener(type, handler, options);
      this.removeListeners.push(() => win.removeEventListener(type, handler, options));
    };
    listen('pointermove', (e) => this.onPointerMove(e), { passive: true, capture: true });
    // Leaving the window (relatedTarget null) sends no further pointermove: treat it as leaving the mention.
    listen('pointerout', (e) => {
      if (e.relatedTarget === null && e.pointerType !== 'touch') this.intent.pointerOver(null);
    }, { passive: true, capture: true });
    listen('scroll', () => this.onScroll(), { passive: true, capture: true });
    listen('resize', () => this.onScroll(), { passive: true });
    listen('keydown', (e) => this.onKeyDown(e), { capture: true });
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch' || !this.index) return;
    this.lastPointer = e;
    if (this.pointerFrame) return;
    // One hit-test per frame at most: pointermove fires up to several hundred times a second on some mice.
    this.pointerFrame = this.deps.win.requestAnimationFrame(() => {
      this.pointerFrame = 0;
      safely(() => this.hitTest());
    });
  }

  private hitTest(): void {
    const e = this.lastPointer;
    if (!e || !this.index) return;
    if (this.popover.owns(e.target)) {
      this.intent.enterPopover();
      return;
    }
    // Cheap filter first: caret hit-testing forces layout; only do it over the article.
    const target = e.target as Node | null;
    if (!this.root || !target || !this.root.contains(target)) {
      this.intent.pointerOver(null);
      return;
    }
    const hit = mentionAtPoint(this.index, this.deps.doc, e.clientX, e.clientY);
    this.intent.pointerOver(hit && this.typeOn(hit.mention.type) ? hit : null);
  }

  private onScroll(): void {
    if (!this.current || !this.popover.isOpen || this.scrollFrame) return;
    this.scrollFrame = this.deps.win.requestAnimationFrame(() => {
      this.scrollFrame = 0;
      safely(() => {
        if (!this.current) return;
        const rect = this.current.range.getBoundingClientRect();
        const offscreen = rect.bottom < 0 || rect.top > this.deps.win.innerHeight || (rect.width === 0 && rect.height === 0);
        if (offscreen) this.intent.closeNow();
        else this.popover.reposition(rect);
      });
    });
  }

  private onKeyDown(e: KeyboardEvent): void {
    // Esc closes our popover; the page still sees the key (it may have its own Esc handling).
    if (e.key === 'Escape' && this.popover.isOpen) this.intent.closeNow();
  }

  private show(placed: PlacedMention, announce: boolean, position?: string): void {
    this.current = placed;
    const { mention, range } = placed;
    this.popover.show({ card: mention.card, text: mention.text, anchor: anchorRect(range), announce, position });
    if (this.deps.highlights) paintActive(this.deps.highlights, range);
  }

  private hide(): void {
    this.current = null;
    this.popover.hide();
    if (this.deps.highlights) paintActive(this.deps.highlights, null);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Keyboard commands and the toolbar popup.

  /** Mentions the reader can currently see (their category is on). */
  private visible(): PlacedMention[] {
    return this.index ? this.index.placed.filter((p) => this.typeOn(p.mention.type)) : [];
  }

  /** Next/previous entity command: scroll to it and show its popover, announced to screen readers. */
  step(direction: 1 | -1): boolean {
    const list = this.visible();
    if (!this.active || list.length === 0) return false;
    const currentIndex = this.current ? list.indexOf(this.current) : -1;
    let fromViewport = 0;
    if (currentIndex < 0) {
      // A binary search reading boxes as it goes: a long article's every box would cost a layout walk per mention.
      const below = firstIndexAtOrBelow(list.length, (i) => list[i].range.getBoundingClientRect().top, 0);
      fromViewport = direction === 1 ? (below < 0 ? 0 : below) : below <= 0 ? list.length - 1 : below - 1;
    }
    const next = stepIndex(list.length, currentIndex < 0 ? null : currentIndex, direction, fromViewport);
    if (next === null) return false;
    this.focus(list[next], `${next + 1} of ${list.length}`);
    return true;
  }

  /** The popup's list of what Gloss found here. */
  entities(): ResponseOf<'tabEntities'> {
    const groups: EntityGroup[] = this.index && this.active ? groupEntities(this.index.placed, (t) => this.typeOn(t)) : [];
    // The hostname lets the popup offer its per-site switch without a permission to read tab URLs.
    const hostname = hostnameOf(this.deps.url());
    return { ok: true, isArticle: this.isArticle, groups, ...(hostname ? { hostname } : {}) };
  }

  /** The popup's "jump to": first mention of the entity. */
  focusEntity(request: RequestOf<'focusEntity'>): ResponseOf<'focusEntity'> {
    const list = this.visible();
    const i = list.findIndex(
      (p) => p.mention.type === request.type && (entityName(p.mention) === request.name || (!!request.id && p.mention.id === request.id)),
    );
    if (i < 0) return { ok: false, error: 'not on this page' };
    this.focus(list[i], `${i + 1} of ${list.length}`);
    return { ok: true };
  }

  private focus(placed: PlacedMention, position: string): void {
    const el = placed.range.startContainer.parentElement;
    // Instant, not smooth: the popover is placed against the line's final position in the same task.
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    // On a long article its block may not be painted yet: paint it in this frame, not after the observer's next one.
    this.painter?.reveal(placed);
    this.focusPosition = position;
    this.intent.openNow(placed);
  }

  private typeOn(type: EntityType): boolean {
    return !!this.settings?.categories[type];
  }

  /** For tests and the bench: what is painted, by type. */
  mentions(): readonly AnnotatedMention[] {
    return this.index ? this.index.placed.map((p) => p.mention) : [];
  }
}

function anchorRect(range: Range): { left: number; top: number; width: number; height: number } {
  // A mention broken over two lines: anchor to its first line box, where the reader's eye is.
  const rects = range.getClientRects();
  const r = rects.length > 0 ? rects[0] : range.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

function sameCategories(a: GlossSettings, b: GlossSettings): boolean {
  return (Object.keys(a.categories) as EntityType[]).every((k) => a.categories[k as keyof GlossSettings['categories']] === b.categories[k as keyof GlossSettings['categories']]);
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function logDebug(error: unknown): void {
  console.debug('Gloss:', error);
}

/** Runs fn; an exception is logged at debug level and never reaches the page's console as an error. */
export function safely(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    logDebug(error);
  }
}
