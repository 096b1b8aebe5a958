// Page-side helpers shared by the e2e suite, the demo and the browser bench: what Gloss painted, where, and its popover.
import type { PageDriver } from './drivers';

/** What Gloss painted, read from the page's main world: CSS.highlights is per document, shared by all worlds. */
export interface Painted {
  names: string[];
  byType: Record<string, string[]>;
  /** Painted ranges that sit inside page furniture or editable/form areas (must be none). */
  misplaced: string[];
}

const TYPES = ['person', 'place', 'organization', 'date'] as const;

export async function painted(page: PageDriver): Promise<Painted> {
  return page.evaluate((types) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const byType: Record<string, string[]> = {};
    const misplaced: string[] = [];
    for (const type of types) {
      const h = registry.get(`gloss-${type}`);
      byType[type] = h ? [...h].map((r) => r.toString()) : [];
      for (const r of h ?? []) {
        const el = r.startContainer.parentElement;
        if (el?.closest('nav, aside, footer, header#theme-header, #related-posts, .share-links, [contenteditable], textarea, input, pre, code')) {
          misplaced.push(`${type}: ${r.toString()}`);
        }
      }
    }
    return { names: [...registry.keys()].filter((n) => n.startsWith('gloss-')).sort(), byType, misplaced };
  }, TYPES as unknown as string[]);
}

export function all(p: Painted): string[] {
  return Object.values(p.byType).flat();
}

export const hostCount = (page: PageDriver) => page.evaluate(() => document.querySelectorAll('gloss-popover-host').length);
export const highlightCount = (page: PageDriver) =>
  page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].filter((n) => n.startsWith('gloss-')).length);

/** Centre of the first painted range of `type` whose text is `text`, scrolled into view. */
export async function mentionPoint(page: PageDriver, type: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([t, want]) => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(`gloss-${t}`);
      const range = [...(h ?? [])].find((r) => r.toString() === want);
      if (!range) throw new Error(`no painted ${t} "${want}"`);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const b = range.getClientRects()[0];
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    },
    [type, text] as const,
  );
}

export async function waitForPopover(page: PageDriver, timeoutMs = 5_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const reading = await page.popover();
    if (reading) return reading;
    if (Date.now() > end) return null;
    await sleep(150);
  }
}

export async function waitForNoPopover(page: PageDriver, timeoutMs = 3_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (!(await page.popover())) return true;
    await sleep(150);
  }
  return false;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Errors of this page that come from Gloss (the hostile page's own noise is its business). */
export function glossErrors(errors: string[]): string[] {
  return errors.filter((e) => /gloss|chrome-extension:|moz-extension:/i.test(e));
}

/**
 * A viewport point over the open popover, near the hovered mention: the page sees Gloss's host there
 * (elementFromPoint retargets out of the closed shadow root). Scans below and above the mention.
 */
export async function popoverPoint(page: PageDriver, near: { x: number; y: number }): Promise<{ x: number; y: number } | null> {
  return page.evaluate((p) => {
    for (let dy = 12; dy < 400; dy += 6) {
      for (const y of [p.y + dy, p.y - dy]) {
        for (const dx of [0, 20, 60]) {
          const el = document.elementFromPoint(p.x + dx, y);
          if (el && el.localName === 'gloss-popover-host') return { x: p.x + dx, y };
        }
      }
    }
    return null;
  }, near);
}
