// Idle-time slices for the content script's work, so extracting a long article never blocks the page.

/** Longest slice of our work in one idle period (ms); a long task is 50 ms, a frame 16 ms. */
export const SLICE_MS = 8;
/** requestIdleCallback timeout: a busy page still gets the work done within this time (ms). */
export const IDLE_TIMEOUT_MS = 500;

type IdleWindow = {
  requestIdleCallback?: (cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void, opts?: { timeout: number }) => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
};

/** Resolves in the next idle period (requestIdleCallback; a 1 ms timer where it is missing, e.g. older Safari). */
export function nextIdle(win: IdleWindow = globalThis as unknown as IdleWindow): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(() => resolve(), 1);
  });
}

/**
 * Runs `step(deadline)` in idle slices until it returns true. Each slice gets at most SLICE_MS of clock time.
 * `cancelled()` is checked between slices (the page navigated, Gloss was switched off).
 */
export async function runInSlices(
  step: (deadlineMs: number) => boolean,
  cancelled: () => boolean,
  now: () => number = () => performance.now(),
  idle: () => Promise<void> = () => nextIdle(),
): Promise<boolean> {
  for (;;) {
    if (cancelled()) return false;
    await idle();
    if (cancelled()) return false;
    if (step(now() + SLICE_MS)) return true;
  }
}
