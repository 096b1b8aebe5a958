// Hover intent for the popover: open after the pointer rests on a mention, stay open while it moves into the popover, close with grace.

export const OPEN_DELAY_MS = 200;
export const CLOSE_DELAY_MS = 300;

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface HoverIntentCallbacks<T> {
  open(target: T): void;
  close(): void;
}

/**
 * A small state machine with injectable timers (unit-tested with fake ones). `T` is whatever identifies a
 * mention; identity (===) decides "same mention". A popover opened from the keyboard is pinned: pointer moves
 * over empty text do not close it (the reader is not using the mouse), only Esc, another mention or the next step.
 */
export class HoverIntent<T> {
  current: T | null = null;
  private pending: T | null = null;
  private openTimer: unknown = null;
  private closeTimer: unknown = null;
  private inPopover = false;
  private pinned = false;

  constructor(
    private readonly callbacks: HoverIntentCallbacks<T>,
    private readonly timers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as number) },
    private readonly openDelay = OPEN_DELAY_MS,
    private readonly closeDelay = CLOSE_DELAY_MS,
  ) {}

  /** The pointer is over this mention (or over no mention: null), outside the popover. */
  pointerOver(target: T | null): void {
    this.inPopover = false;
    if (target !== null && target === this.current) {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    if (target === null) {
      this.cancelOpen();
      if (this.current !== null && !this.pinned) this.scheduleClose();
      return;
    }
    if (target === this.pending) return; // already counting down for it
    this.cancelOpen();
    this.pending = target;
    this.openTimer = this.timers.set(() => {
      this.openTimer = null;
      const next = this.pending;
      this.pending = null;
      if (next !== null) this.show(next, false);
    }, this.openDelay);
    if (this.current !== null && !this.pinned) this.scheduleClose();
  }

  /** The pointer entered the popover: keep it open. */
  enterPopover(): void {
    this.inPopover = true;
    this.cancelOpen();
    this.cancelClose();
  }

  /** The pointer left the popover (to somewhere that is not a mention): close after the grace period. */
  leavePopover(): void {
    this.inPopover = false;
    if (this.current !== null) this.scheduleClose();
  }

  /** Opens at once (keyboard, popup's "jump to"), pinned until dismissed. */
  openNow(target: T): void {
    this.cancelOpen();
    this.show(target, true);
  }

  /** Closes at once (Esc, teardown). Returns whether something was open. */
  closeNow(): boolean {
    this.cancelOpen();
    this.cancelClose();
    const wasOpen = this.current !== null;
    this.current = null;
    this.pinned = false;
    if (wasOpen) this.callbacks.close();
    return wasOpen;
  }

  private show(target: T, pinned: boolean): void {
    this.cancelClose();
    this.current = target;
    this.pinned = pinned;
    this.callbacks.open(target);
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null || this.inPopover) return;
    this.closeTimer = this.timers.set(() => {
      this.closeTimer = null;
      if (!this.inPopover) this.closeNow();
    }, this.closeDelay);
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) this.timers.clear(this.openTimer);
    this.openTimer = null;
    this.pending = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.timers.clear(this.closeTimer);
    this.closeTimer = null;
  }
}
