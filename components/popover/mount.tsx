// Gloss's one element in the page: a host with a closed shadow root holding the popover (top layer) and a polite live region.
import { render } from 'preact';
import css from './popover.css?inline';
import type { EntityCard } from '../../utils/types';
import { placePopover, type Rect } from '../../utils/popover/placement';
import { Popover, announcement, popoverLabel } from './Popover';
import type { WorldMap } from './LocatorMap';

/** Tag of the host element: a valid custom element name that no page defines, so it renders as a plain element. */
export const HOST_TAG = 'gloss-popover-host';

export interface ShowOptions {
  card: EntityCard;
  text: string;
  anchor: Rect;
  position?: string;
  /** Keyboard stepping: also read the card out through the live region. */
  announce: boolean;
}

export interface PopoverMount {
  show(options: ShowOptions): void;
  reposition(anchor: Rect): void;
  hide(): void;
  /** True when the event target is Gloss's host (events from inside a closed shadow root are retargeted to it). */
  owns(target: EventTarget | null): boolean;
  destroy(): void;
  readonly isOpen: boolean;
}

export interface MountOptions {
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** Fetches the world outline (once per page; the mount caches it). */
  loadWorldMap(): Promise<WorldMap | null>;
}

export function createPopoverMount(doc: Document, options: MountOptions): PopoverMount {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let panel: HTMLDivElement | null = null;
  let live: HTMLDivElement | null = null;
  let worldMap: WorldMap | null = null;
  let worldMapRequested = false;
  let current: ShowOptions | null = null;
  let open = false;

  function ensureHost(): void {
    if (host && shadow) {
      // A page script may have removed unknown elements; put ours back where it was.
      if (!host.isConnected) {
        doc.documentElement.appendChild(host);
        // Leaving the document hid the top-layer popover: the next show() must open it again.
        open = false;
      }
      return;
    }
    host = doc.createElement(HOST_TAG);
    // A page that defined our tag as its own custom element may have given it a shadow root already (or disabled
    // shadow roots for it): attachShadow then throws. A one-off name no page can have defined is the way out.
    try {
      shadow = host.attachShadow({ mode: 'closed' });
    } catch {
      host = doc.createElement(`${HOST_TAG}-${Math.random().toString(36).slice(2, 10)}`);
      shadow = host.attachShadow({ mode: 'closed' });
    }
    // Inline !important beats any page rule that matches every element (`* { display: block !important }`).
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('top', '0', 'important');
    host.style.setProperty('left', '0', 'important');
    host.style.setProperty('width', '0', 'important');
    host.style.setProperty('height', '0', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    adoptStyles(doc, shadow, css);

    live = doc.createElement('div');
    live.className = 'sr-only';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    shadow.appendChild(live);

    panel = doc.createElement('div');
    panel.className = 'popover';
    panel.setAttribute('role', 'tooltip');
    // Popover API: the top layer is above every page stacking context (sticky headers, modals with huge z-index).
    if (supportsPopoverApi(panel)) panel.setAttribute('popover', 'manual');
    else panel.classList.add('no-popover-api');
    panel.addEventListener('pointerenter', () => guard(options.onPointerEnter));
    panel.addEventListener('pointerleave', () => guard(options.onPointerLeave));
    shadow.appendChild(panel);
    doc.documentElement.appendChild(host);
  }

  function draw(): void {
    if (!panel || !current) return;
    const { card, text, position } = current;
    panel.setAttribute('aria-label', popoverLabel(card));
    render(
      <div class="scroller">
        <Popover card={card} text={text} worldMap={worldMap} position={position} />
        <div class="footer">Gloss · offline dictionary</div>
      </div>,
      panel,
    );
  }

  function place(anchor: Rect): void {
    if (!panel) return;
    const scroller = panel.firstElementChild as HTMLElement | null;
    if (scroller) scroller.style.maxHeight = '';
    const view = doc.defaultView;
    const viewport = { width: doc.documentElement.clientWidth || view?.innerWidth || 0, height: view?.innerHeight || 0 };
    const size = panel.getBoundingClientRect();
    const where = placePopover(anchor, { width: size.width, height: size.height }, viewport);
    panel.style.left = `${where.left}px`;
    panel.style.top = `${where.top}px`;
    if (scroller && where.maxHeight < size.height) scroller.style.maxHeight = `${where.maxHeight}px`;
  }

  function requestWorldMap(): void {
    if (worldMapRequested) return;
    worldMapRequested = true;
    options
      .loadWorldMap()
      .then((map) => {
        worldMap = map;
        if (open && current?.card.location) {
          draw();
          place(current.anchor);
        }
      })
      .catch((error: unknown) => console.debug('Gloss: world map unavailable', error));
  }

  return {
    get isOpen() {
      return open;
    },
    show(next: ShowOptions): void {
      ensureHost();
      current = next;
      if (next.card.location) requestWorldMap();
      draw();
      if (panel && !open) {
        if (panel.hasAttribute('popover')) panel.showPopover();
        open = true;
      }
      place(next.anchor);
      if (live) live.textContent = next.announce ? announcement(next.card, next.position) : '';
    },
    reposition(anchor: Rect): void {
      if (!open || !current) return;
      current = { ...current, anchor };
      place(anchor);
    },
    hide(): void {
      if (!panel || !open) return;
      open = false;
      current = null;
      if (panel.hasAttribute('popover')) {
        try {
          panel.hidePopover();
        } catch {
          /* already hidden (the host was removed from the document) */
        }
      }
      render(null, panel);
      if (live) live.textContent = '';
    },
    owns(target: EventTarget | null): boolean {
      return target !== null && target === host;
    },
    destroy(): void {
      this.hide();
      host?.remove();
      host = null;
      shadow = null;
      panel = null;
      live = null;
    },
  };
}

function supportsPopoverApi(el: HTMLElement): boolean {
  return typeof (el as HTMLElement & { showPopover?: unknown }).showPopover === 'function';
}

/**
 * Constructable style sheet on the shadow root. If adopting fails (Firefox content scripts could not assign
 * adoptedStyleSheets across the Xray boundary before bug 1751346 was fixed), a <style> inside our own shadow root
 * is the fallback: still nothing in the page's DOM.
 */
function adoptStyles(doc: Document, shadow: ShadowRoot, text: string): void {
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(text);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch (error) {
    console.debug('Gloss: adoptedStyleSheets unavailable, using a style element in the shadow root', error);
  }
  const style = doc.createElement('style');
  style.textContent = text;
  shadow.appendChild(style);
}

function guard(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    console.debug('Gloss:', error);
  }
}
