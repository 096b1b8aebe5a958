// Browser figures for `npm run bench`: the content script's cost on a non-article, time to highlights, long tasks on a 1 MB article.
//
// How it measures (and what it does not):
// - The content script writes performance marks/measures into the page's timeline (gloss:main = its synchronous
//   start-up, detection included; gloss:detect = detectArticle alone; gloss:paint = ranges + highlights; the
//   gloss:highlighted mark). They time our own code on the page's main thread; the bundle's parse/compile time
//   and the background's matching (another process) are not in gloss:main.
// - Time to highlights: the gloss:highlighted mark's time minus the page's loadEventEnd (navigation timing).
//   The first run includes loading the dictionary in the background (cold); the median is over the later runs.
// - Long tasks: a buffered PerformanceObserver ('longtask', and 'long-animation-frame' where supported) in the
//   page, counting entries that start after loadEventStart, i.e. while Gloss extracts and paints. The generated
//   page has no scripts of its own, so those tasks are Gloss's (or the browser's rendering of the highlights).
// - On the 1 MB article, beyond load: the longest animation frame while hovering a mention and pressing Esc (the
//   active mark set, then removed), and while scrolling down 40 steps of 90 % of the viewport; the mentions the
//   popup lists (all of them) against the ranges registered in CSS.highlights (only those near the viewport,
//   utils/highlight/near-viewport.ts), after load and after the scrolling.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserAvailable, extensionDir, launch, type PageDriver } from '../tests/e2e/drivers';
import { hasPage, startServer } from '../tests/e2e/server';
import { longArticle } from '../tests/e2e/long-article';

const RUNS = 5;
const TARGET_BYTES = 1_000_000;

export async function benchBrowser(): Promise<Record<string, number | string>> {
  if (!browserAvailable('chromium')) return { browserBench: 'skipped: Chromium is not installed' };
  if (!existsSync(resolve(extensionDir('chromium'), 'manifest.json'))) return { browserBench: 'skipped: run npm run build first' };
  const big = megabyteArticle();
  const server = await startServer({ 'bench-megabyte': big.html });
  const driver = await launch('chromium');
  const out: Record<string, number | string> = {};
  try {
    const nonArticle = hasPage('home') ? 'home' : 'shop';
    const main: number[] = [];
    const detect: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await driver.newPage();
      try {
        await page.goto(server.url(nonArticle));
        await page.waitFor(() => performance.getEntriesByName('gloss:main').length > 0, undefined, 10_000);
        const m = await measures(page);
        main.push(m['gloss:main'] ?? NaN);
        detect.push(m['gloss:detect'] ?? NaN);
      } finally {
        await page.close();
      }
    }
    out[`contentScriptSyncMs_${nonArticle}`] = round(median(main));
    out[`detectArticleMs_${nonArticle}`] = round(median(detect));

    const seedPage = hasPage('seed') ? 'seed' : 'wire-article';
    const afterLoad: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await driver.newPage();
      try {
        await page.goto(server.url(seedPage));
        await page.waitFor(() => performance.getEntriesByName('gloss:highlighted').length > 0, undefined, 30_000);
        afterLoad.push(await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return performance.getEntriesByName('gloss:highlighted')[0].startTime - nav.loadEventEnd;
        }));
      } finally {
        await page.close();
      }
    }
    out[`loadToHighlightsMs_${seedPage}_cold`] = round(afterLoad[0]);
    out[`loadToHighlightsMs_${seedPage}_median`] = round(median(afterLoad.slice(1)));

    const page = await driver.newPage();
    try {
      await page.goto(server.url('bench-megabyte'));
      // One observer for the whole visit (buffered: it also gets the frames before it was made), so that each
      // step below can read the long animation frames of its own time span.
      await page.evaluate(() => {
        const w = window as unknown as { __benchFrames: Array<[number, number]> };
        w.__benchFrames = [];
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__benchFrames.push([e.startTime, e.duration]);
          }).observe({ type: 'long-animation-frame', buffered: true });
        } catch {
          /* no long-animation-frame support: the frame figures read 0 */
        }
      });
      await page.waitFor(() => performance.getEntriesByName('gloss:highlighted').length > 0, undefined, 60_000);
      await settle(page);
      const result = await page.evaluate(async () => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        // No named inner functions here: tsx compiles with keepNames, whose __name helper does not exist in the page.
        const longTasks = await new Promise<PerformanceEntry[]>((resolveEntries) => {
          try {
            const observer = new PerformanceObserver((list) => {
              observer.disconnect();
              resolveEntries(list.getEntries());
            });
            observer.observe({ type: 'longtask', buffered: true });
            setTimeout(() => resolveEntries([]), 500); // no entries at all: the callback never fires
          } catch {
            resolveEntries([]);
          }
        });
        const frames = (window as unknown as { __benchFrames: Array<[number, number]> }).__benchFrames.filter(([start]) => start >= nav.loadEventStart);
        const highlighted = performance.getEntriesByName('gloss:highlighted')[0].startTime;
        return {
          longestTask: Math.max(0, ...longTasks.filter((e) => e.startTime >= nav.loadEventStart).map((e) => e.duration)),
          longTasks: longTasks.filter((e) => e.startTime >= nav.loadEventStart).length,
          longestFrame: Math.max(0, ...frames.map(([, d]) => d)),
          afterLoad: highlighted - nav.loadEventEnd,
          paint: performance.getEntriesByName('gloss:paint')[0]?.duration ?? NaN,
        };
      });
      const listed = (await driver.messageTab(page, { type: 'tabEntities', payload: {} })) as { groups?: Array<{ count: number }> };
      out.megabyteArticleChars = big.chars;
      out.megabyteMentions = (listed.groups ?? []).reduce((sum, g) => sum + g.count, 0);
      out.megabyteRangesRegistered = await registeredRanges(page);
      out.megabyteLoadToHighlightsMs = round(result.afterLoad);
      out.megabyteLongestTaskMs = round(result.longestTask);
      out.megabyteLongTasks = result.longTasks;
      out.megabyteLongestAnimationFrameMs = round(result.longestFrame);
      out.megabytePaintMs = round(result.paint);

      // Hovering a mention, then leaving it: the active mark is set, then removed. Chromium revisits every
      // registered range when any highlight changes, so these frames grow with the number of ranges registered.
      const target = await page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-person');
        for (const r of h ?? []) {
          const b = r.getClientRects()[0];
          if (b && b.top > 100 && b.bottom < innerHeight - 100) return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
        return null;
      });
      if (target) {
        const hoverFrom = await now(page);
        await page.mouseMove(target.x - 30, target.y, 2);
        await page.mouseMove(target.x, target.y, 2);
        await page.waitFor(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-active'), undefined, 10_000);
        await page.press('Escape');
        await page.waitFor(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-active'), undefined, 10_000);
        await settle(page);
        out.megabyteHoverLongestFrameMs = round(Math.max(0, ...(await longFrames(page, hoverFrom))));
      }

      // Reading down the article: 40 steps of 90 % of the viewport, two frames each.
      const scrollFrom = await now(page);
      await page.evaluate(async () => {
        for (let i = 0; i < 40; i++) {
          window.scrollBy(0, Math.round(innerHeight * 0.9));
          await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
        }
      });
      await settle(page);
      const scrollFrames = await longFrames(page, scrollFrom);
      out.megabyteScrollLongestFrameMs = round(Math.max(0, ...scrollFrames));
      out.megabyteScrollLongAnimationFrames = scrollFrames.length;
      out.megabyteRangesRegisteredAfterScroll = await registeredRanges(page);
    } finally {
      await page.close();
    }
    return out;
  } finally {
    await driver.close();
    await server.close();
  }
}

/** Durations of the page's long animation frames (≥ 50 ms, Chromium) that started at or after `since`. */
async function longFrames(page: PageDriver, since: number): Promise<number[]> {
  return page.evaluate(
    (from) => (window as unknown as { __benchFrames: Array<[number, number]> }).__benchFrames.filter(([start]) => start >= from).map(([, d]) => d),
    since,
  );
}

const now = (page: PageDriver) => page.evaluate(() => performance.now());

/** Lets the frames that follow a change happen and reach the observer (highlight updates run after a frame). */
async function settle(page: PageDriver): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
}

/** Ranges registered in Gloss's four type highlights. */
async function registeredRanges(page: PageDriver): Promise<number> {
  return page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.entries()]
      .filter(([n]) => /^gloss-(person|place|organization|date)$/.test(n))
      .reduce((sum, [, h]) => sum + h.size, 0),
  );
}

async function measures(page: PageDriver): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('gloss:')).map((m) => [m.name, m.duration])),
  );
}

/** A ~1 MB news article built from our wire-article fixture's paragraphs, repeated. */
export function megabyteArticle(): { html: string; chars: number } {
  return longArticle(TARGET_BYTES);
}

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

// Run directly: `npx tsx scripts/bench-browser.ts`.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  benchBrowser().then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
