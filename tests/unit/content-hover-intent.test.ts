// Hover intent: open after resting, survive the move into the popover, close with grace, pinned keyboard popovers.
import { describe, expect, it, vi, beforeEach, afterEach } from 'vitest';
import { HoverIntent, OPEN_DELAY_MS, CLOSE_DELAY_MS } from '../../utils/content/hover-intent';

describe('HoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const make = () => {
    const events: string[] = [];
    const intent = new HoverIntent<string>({ open: (t) => events.push(`open ${t}`), close: () => events.push('close') });
    return { intent, events };
  };

  it('opens only after the pointer rests for the open delay', () => {
    const { intent, events } = make();
    intent.pointerOver('A');
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(events).toEqual([]);
    intent.pointerOver('A'); // moving within the same mention does not restart the count
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open A']);
  });

  it('does not open when the pointer only passes over a mention', () => {
    const { intent, events } = make();
    intent.pointerOver('A');
    vi.advanceTimersByTime(100);
    intent.pointerOver(null);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('stays open while the pointer crosses into the popover, closes after the grace on leaving', () => {
    const { intent, events } = make();
    intent.pointerOver('A');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerOver(null); // the gap between the line and the popover
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 50);
    intent.enterPopover();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open A']);
    intent.leavePopover();
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(events).toEqual(['open A', 'close']);
  });

  it('moves to another mention after its open delay', () => {
    const { intent, events } = make();
    intent.pointerOver('A');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerOver('B');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(events).toEqual(['open A', 'open B']);
    expect(intent.current).toBe('B');
  });

  it('keeps a keyboard-opened popover while the pointer idles elsewhere; Esc closes it', () => {
    const { intent, events } = make();
    intent.openNow('K');
    intent.pointerOver(null);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open K']);
    expect(intent.closeNow()).toBe(true);
    expect(intent.closeNow()).toBe(false);
    expect(events).toEqual(['open K', 'close']);
  });
});
