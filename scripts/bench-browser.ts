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
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserAvailable, extensionDir, launch, type PageDriver } from '../tests/e2e/drivers';
import { FIXTURE_DIR, hasPage, startServer } from '../tests/e2e/server';

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
      await page.waitFor(() => performance.getEntriesByName('gloss:highlighted').length > 0, undefined, 60_000);
      const result = await page.evaluate(async () => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        // No named inner functions here: tsx compiles with keepNames, whose __name helper does not exist in the page.
        const found: Record<string, PerformanceEntry[]> = {};
        for (const type of ['longtask', 'long-animation-frame']) {
          found[type] = await new Promise<PerformanceEntry[]>((resolveEntries) => {
            try {
              const observer = new PerformanceObserver((list) => {
                observer.disconnect();
                resolveEntries(list.getEntries());
              });
              observer.observe({ type, buffered: true });
              setTimeout(() => resolveEntries([]), 500); // no entries at all: the callback never fires
            } catch {
              resolveEntries([]);
            }
          });
        }
        const longTasks = found.longtask.filter((e) => e.startTime >= nav.loadEventStart);
        const frames = found['long-animation-frame'].filter((e) => e.startTime >= nav.loadEventStart);
        const highlighted = performance.getEntriesByName('gloss:highlighted')[0].startTime;
        const ranges = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.entries()]
          .filter(([n]) => /^gloss-(person|place|organization|date)$/.test(n))
          .reduce((sum, [, h]) => sum + h.size, 0);
        return {
          longestTask: Math.max(0, ...longTasks.map((e) => e.duration)),
          longTasks: longTasks.length,
          longestFrame: Math.max(0, ...frames.map((e) => e.duration)),
          afterLoad: highlighted - nav.loadEventEnd,
          paint: performance.getEntriesByName('gloss:paint')[0]?.duration ?? NaN,
          ranges,
        };
      });
      out.megabyteArticleChars = big.chars;
      out.megabyteHighlights = result.ranges;
      out.megabyteLoadToHighlightsMs = round(result.afterLoad);
      out.megabyteLongestTaskMs = round(result.longestTask);
      out.megabyteLongTasks = result.longTasks;
      out.megabyteLongestAnimationFrameMs = round(result.longestFrame);
      out.megabytePaintMs = round(result.paint);
    } finally {
      await page.close();
    }
    return out;
  } finally {
    await driver.close();
    await server.close();
  }
}

async function measures(page: PageDriver): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('gloss:')).map((m) => [m.name, m.duration])),
  );
}

/** A ~1 MB news article built from our wire-article fixture's paragraphs, repeated. */
function megabyteArticle(): { html: string; chars: number } {
  const source = readFileSync(resolve(FIXTURE_DIR, 'wire-article.html'), 'utf8');
  const paragraphs = [...source.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g)].map((m) => m[1]).filter((p) => p.length > 80);
  if (paragraphs.length === 0) throw new Error('wire-article.html has no paragraphs to repeat');
  const body: string[] = [];
  let chars = 0;
  for (let i = 0; chars < TARGET_BYTES; i++) {
    const p = paragraphs[i % paragraphs.length];
    if (i % 12 === 0) body.push(`<h2>Update ${i / 12 + 1}</h2>`);
    body.push(`<p>${p}</p>`);
    chars += p.replace(/<[^>]*>/g, '').length;
  }
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bench: a very long article</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2021-03-18T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A very long article","datePublished":"2021-03-18T10:00:00Z"}</script>
</head><body><main><article><h1>A very long article</h1>${body.join('\n')}</article></main></body></html>`;
  return { html, chars };
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
