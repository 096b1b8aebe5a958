// The end-to-end scenarios, written once and run in each browser by a one-line *.e2e.test.ts per browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { browserAvailable, ensureArtifactsDir, launch, VIEWPORT, type BrowserName, type Driver, type PageDriver } from './drivers';
import { hasPage, startServer, type PageServer } from './server';
import { IN_CI } from '../support/shared';
import { all, glossErrors, highlightCount, hostCount, mentionPoint, painted, popoverPoint, sleep, waitForNoPopover, waitForPopover } from './helpers';
import { longArticle } from './long-article';

/**
 * A generated article of about 150,000 characters (some 4,000 mentions: above the near-viewport painter's
 * threshold of 2,000) whose last paragraph, far below the fold, is the only one naming Angela Merkel.
 */
const LONG_ARTICLE = longArticle(150_000, '<p id="far">In Berlin, Chancellor Angela Merkel said the talks would go on.</p>');

export function defineGlossSuite(name: BrowserName): void {
  const available = browserAvailable(name);
  if (!available && IN_CI) throw new Error(`${name} is not installed: CI installs it (.ci/run), so this is a failure.`);
  if (!available) console.warn(`[gloss] ${name} is not installed here: its e2e tests step aside (they fail in CI).`);

  describe.skipIf(!available)(`Gloss in ${name}`, () => {
    let driver: Driver;
    let server: PageServer;
    // Our own wire-service article (tests/fixtures/pages): the suite needs nothing beside the checkout. The user's
    // example article is checked by `npm run test:shared` (tests/shared/), which CI runs as a separate step.
    const articlePage = 'wire-article';

    beforeAll(async () => {
      server = await startServer({ 'long-article': LONG_ARTICLE.html });
      driver = await launch(name);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    /** Opens a page, runs the check, saves a screenshot to artifacts/ if it fails, always closes the page. */
    async function onPage(page: string, check: (p: PageDriver, url: string) => Promise<void>): Promise<void> {
      if (page !== 'long-article' && !hasPage(page)) throw new Error(`missing fixture page: ${page}`);
      const p = await driver.newPage();
      const url = server.url(page);
      try {
        await p.goto(url);
        await check(p, url);
      } catch (error) {
        const file = resolve(ensureArtifactsDir(), `${name}-${page}-failure.png`);
        await p.screenshot(file).catch(() => {});
        throw error;
      } finally {
        await p.close().catch(() => {});
      }
    }

    const waitForHighlights = (p: PageDriver, timeoutMs = 15_000) =>
      p.waitFor(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-person'), undefined, timeoutMs);

    it('highlights the people, places and dates of the article, and nothing outside it', async () => {
      await onPage(articlePage, async (p) => {
        await waitForHighlights(p);
        const result = await painted(p);
        expect(result.misplaced).toEqual([]);
        const texts = all(result);
        // The page's share bar, standards line and advertisement label lie outside the article body.
        expect(texts.join('|')).not.toMatch(/Twitter|Facebook|LinkedIn|Advertisement|Standards/);
        for (const person of ['Jens Stoltenberg', 'Stoltenberg', 'Tayyip Erdogan', 'Magdalena Andersson', 'Joe Biden', 'Vladimir Putin']) {
          expect(result.byType.person, person).toContain(person);
        }
        for (const place of ['Finland', 'Sweden', 'Ankara', 'Turkey', 'Ukraine']) expect(result.byType.place, place).toContain(place);
        expect(result.byType.organization).toContain('NATO');
        for (const date of ['May 18', 'Wednesday', 'February']) expect(result.byType.date, date).toContain(date);
        // Styled by default: each type's highlight is also registered under its underline alias.
        expect(result.names).toEqual(expect.arrayContaining(['gloss-person', 'gloss-underline-person', 'gloss-place', 'gloss-underline-place']));
        expect(glossErrors(p.errors)).toEqual([]);
      });
    });

    it('shows the popover on hover (read through the accessibility tree), keeps it while hovered, closes on Esc', async () => {
      await onPage(articlePage, async (p) => {
        await waitForHighlights(p);
        const before = await p.evaluate(() => document.documentElement.outerHTML.length);
        const target = 'Stoltenberg';
        const at = await mentionPoint(p, 'person', target);
        await p.mouseMove(at.x - 40, at.y);
        await p.mouseMove(at.x, at.y);
        const reading = await waitForPopover(p);
        expect(reading, 'popover opened').not.toBeNull();
        // A lone surname is the full name met earlier (coreference), with the role held on the article's date.
        expect(reading!.label).toBe('Gloss: Jens Stoltenberg');
        expect(reading!.text).toContain('Secretary General of NATO');
        await sleep(200); // let the fade-in finish before the screenshot
        await p.screenshot(resolve(ensureArtifactsDir(), `${name}-popover.png`));
        expect(await hostCount(p)).toBe(1);
        // Into the popover: find a point over it (hit-testing from the page lands on the host, the shadow root
        // being closed), cross the gap, rest there: it stays open.
        const inside = await popoverPoint(p, at);
        expect(inside, 'a point over the popover').not.toBeNull();
        await p.mouseMove(inside!.x, inside!.y, 6);
        await sleep(700);
        expect(await p.popover(), 'still open while hovered').not.toBeNull();
        // Out into the blank margin: it closes after the grace period.
        await p.mouseMove(2, VIEWPORT.height - 2, 3);
        expect(await waitForNoPopover(p)).toBe(true);
        // Esc closes it at once.
        await p.mouseMove(at.x, at.y - 1, 2);
        await p.mouseMove(at.x, at.y, 1);
        expect(await waitForPopover(p)).not.toBeNull();
        await p.press('Escape');
        expect(await waitForNoPopover(p, 1_000)).toBe(true);
        expect(await p.evaluate(() => document.documentElement.outerHTML.length)).toBeGreaterThan(before); // the host
        // From one mention straight to another earlier in the same paragraph (so the popover below Ankara does not
        // cover it): the popover follows.
        const place = await mentionPoint(p, 'place', 'Ankara');
        await p.mouseMove(place.x, place.y);
        expect((await waitForPopover(p))?.label).toBe('Gloss: Ankara');
        const other = await mentionPoint(p, 'place', 'Turkey');
        await p.mouseMove(other.x, other.y);
        const end = Date.now() + 3_000;
        let label = '';
        while (Date.now() < end && (label === '' || label === 'Gloss: Ankara')) {
          label = (await p.popover())?.label ?? '';
          await sleep(100);
        }
        expect(label).toBe('Gloss: Turkey');
        expect(glossErrors(p.errors)).toEqual([]);
      });
    });

    it('changes nothing in the page DOM but adding its one host element', async () => {
      await onPage(articlePage, async (p) => {
        await waitForHighlights(p);
        const at = await mentionPoint(p, 'place', 'Finland');
        await p.mouseMove(at.x, at.y);
        await waitForPopover(p);
        const diff = await p.evaluate(async () => {
          const source = await (await fetch(location.href)).text();
          const pristine = new DOMParser().parseFromString(source, 'text/html');
          const live = document.documentElement.cloneNode(true) as HTMLElement;
          const hosts = live.querySelectorAll('gloss-popover-host');
          hosts.forEach((h) => h.remove());
          return {
            hosts: hosts.length,
            same: live.outerHTML === pristine.documentElement.outerHTML,
            styles: document.querySelectorAll('style').length - pristine.querySelectorAll('style').length,
            adopted: document.adoptedStyleSheets.length,
          };
        });
        expect(diff).toEqual({ hosts: 1, same: true, styles: 0, adopted: 0 });
      });
    });

    it('steps through mentions with the keyboard commands and announces each card politely', async () => {
      await onPage(articlePage, async (p) => {
        await waitForHighlights(p);
        await p.evaluate(() => window.scrollTo(0, 0));
        const liveMatching = async (pattern: RegExp) => {
          const deadline = Date.now() + 5_000;
          let live = '';
          while (Date.now() < deadline && !pattern.test(live)) {
            live = await p.liveRegion();
            await sleep(150);
          }
          return live;
        };
        await driver.messageTab(p, { type: 'stepEntity', payload: { direction: 1 } });
        expect(await liveMatching(/Mention 1 of \d+/)).toMatch(/Mention 1 of \d+/);
        const first = await p.popover();
        expect(first).not.toBeNull();
        await driver.messageTab(p, { type: 'stepEntity', payload: { direction: 1 } });
        expect(await liveMatching(/Mention 2 of \d+/)).toMatch(/Mention 2 of \d+/);
        await driver.messageTab(p, { type: 'stepEntity', payload: { direction: -1 } });
        expect(await liveMatching(/Mention 1 of \d+/)).toMatch(/Mention 1 of \d+/);
        expect((await p.popover())?.label).toBe(first?.label);
        await p.bringToFront();
        await p.press('Escape');
        expect(await waitForNoPopover(p)).toBe(true);
      });
    });

    it('answers the popup: the entity list, and jump-to opens the popover', async () => {
      await onPage(articlePage, async (p) => {
        await waitForHighlights(p);
        const reply = (await driver.messageTab(p, { type: 'tabEntities', payload: {} })) as {
          ok: boolean;
          isArticle: boolean;
          groups: Array<{ type: string; name: string; count: number }>;
        };
        expect(reply.ok).toBe(true);
        expect(reply.isArticle).toBe(true);
        const person = reply.groups.find((g) => g.type === 'person')!;
        expect(person).toBeTruthy();
        expect(reply.groups).toContainEqual(expect.objectContaining({ type: 'person', name: 'Jens Stoltenberg' }));
        const focus = (await driver.messageTab(p, { type: 'focusEntity', payload: { name: person.name, type: 'person' } })) as { ok: boolean };
        expect(focus.ok).toBe(true);
        const reading = await waitForPopover(p);
        expect(reading?.label).toBe(`Gloss: ${person.name}`);
      });
    });

    it('applies the popup settings live: categories, style, off and on again', async () => {
      await onPage(articlePage, async (p) => {
        await waitForHighlights(p);
        const popup = await driver.openPopup(p);
        try {
          await popup.waitFor(() => document.querySelector('input[name="category-person"]') !== null);
          await popup.click('input[name="category-person"]');
          await p.waitFor(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-person'));
          expect((await painted(p)).byType.place.length).toBeGreaterThan(0);
          await popup.click('input[name="category-person"]');
          await waitForHighlights(p);

          await popup.click('input[name="highlight-style"][value="tint"]');
          await p.waitFor(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-tint-place'));
          expect((await painted(p)).names).not.toContain('gloss-underline-place');
          await popup.click('input[name="highlight-style"][value="none"]');
          await p.waitFor(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-tint-place'));
          // "None": nothing is drawn, but the mentions stay registered for hovering and the keyboard.
          expect((await painted(p)).names.filter((n) => /underline|tint/.test(n))).toEqual([]);
          expect((await painted(p)).byType.person.length).toBeGreaterThan(0);
          await popup.click('input[name="highlight-style"][value="underline"]');
          await p.waitFor(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-underline-place'));

          // This site off (the popup learns the hostname from the content script), then on again.
          await popup.waitFor(() => document.querySelector('input[name="site"]') !== null);
          await popup.click('input[name="site"]');
          await p.waitFor(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].every((n) => !n.startsWith('gloss-')));
          await popup.click('input[name="site"]');
          await waitForHighlights(p);

          await popup.click('input[name="enabled"]');
          await p.waitFor(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].every((n) => !n.startsWith('gloss-')));
          expect(await hostCount(p)).toBe(0);
          await popup.click('input[name="enabled"]');
          await waitForHighlights(p);
        } finally {
          await popup.close();
        }
      });
    });

    for (const page of ['shop', 'home', 'docs']) {
      it(`leaves a non-article alone: ${page}`, async () => {
        await onPage(page, async (p) => {
          await sleep(1_500);
          expect(await highlightCount(p)).toBe(0);
          expect(await hostCount(p)).toBe(0);
          const reply = (await driver.messageTab(p, { type: 'tabEntities', payload: {} })) as { isArticle: boolean; groups: unknown[] };
          expect(reply).toMatchObject({ isArticle: false, groups: [] });
        });
      });
    }

    it('never paints inside form fields or editable areas', async () => {
      await onPage('form-editor', async (p) => {
        const before = await p.evaluate(() => document.querySelector('form')!.outerHTML);
        await sleep(1_500);
        const result = await painted(p);
        expect(result.misplaced).toEqual([]);
        expect(await p.evaluate(() => document.querySelector('form')!.outerHTML)).toBe(before);
      });
    });

    for (const page of ['wire-article', 'wordpress-article']) {
      it(`highlights other article markups: ${page}`, async () => {
        await onPage(page, async (p) => {
          await waitForHighlights(p);
          const result = await painted(p);
          expect(all(result).length).toBeGreaterThan(3);
          expect(result.misplaced).toEqual([]);
        });
      });
    }

    it('follows a client-rendered live blog: highlights after the body arrives, and again after an update', async () => {
      await onPage('client-rendered-article', async (p) => {
        await p.waitFor(() => (window as unknown as { __fixtureState?: string }).__fixtureState === 'update', undefined, 10_000);
        await p.waitFor(() => {
          const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          const ranges = [...registry.entries()].filter(([n]) => /^gloss-(person|place|organization|date)$/.test(n)).flatMap(([, h]) => [...h]);
          return ranges.length > 0 && ranges.some((r) => r.startContainer.parentElement?.closest('[data-update="late"]'));
        }, undefined, 15_000);
      });
    });

    it('paints only near the viewport on a very long article, follows the scroll, and still hovers and steps everywhere', async () => {
      await onPage('long-article', async (p) => {
        type Registry = { highlights: Map<string, Set<Range>> };
        // Ranges registered in the four type highlights, and those of them inside the far paragraph.
        const registered = () =>
          p.evaluate(() => {
            const ranges = [...(CSS as unknown as Registry).highlights.entries()]
              .filter(([n]) => /^gloss-(person|place|organization|date)$/.test(n))
              .flatMap(([, h]) => [...h]);
            return { total: ranges.length, far: ranges.filter((r) => r.startContainer.parentElement?.closest('#far')).map((r) => r.toString()) };
          });
        const farPainted = () =>
          p.waitFor(() => [...((CSS as unknown as Registry).highlights.get('gloss-person') ?? [])].some((r) => r.startContainer.parentElement?.closest('#far')), undefined, 10_000);
        const farUnpainted = () =>
          p.waitFor(() => ![...((CSS as unknown as Registry).highlights.get('gloss-person') ?? [])].some((r) => r.startContainer.parentElement?.closest('#far')), undefined, 10_000);

        await p.waitFor(() => ((CSS as unknown as Registry).highlights.get('gloss-person')?.size ?? 0) > 0, undefined, 30_000);
        const reply = (await driver.messageTab(p, { type: 'tabEntities', payload: {} })) as { groups: Array<{ type: string; name: string; count: number }> };
        const mentions = reply.groups.reduce((sum, g) => sum + g.count, 0);
        // The popup lists every mention, painted or not, the far one included.
        expect(mentions).toBeGreaterThan(2_000);
        expect(reply.groups).toContainEqual(expect.objectContaining({ type: 'person', name: 'Angela Merkel', count: 1 }));
        // Painted: the top of the article only; the far paragraph is many viewports down and not painted.
        const first = await registered();
        expect(first.total).toBeGreaterThan(0);
        expect(first.total).toBeLessThan(mentions / 4);
        expect(first.far).toEqual([]);
        expect(await p.evaluate(() => document.getElementById('far')!.getBoundingClientRect().top / innerHeight)).toBeGreaterThan(10);

        // Reading down to it: it is painted as it comes near, and hovering it opens its card.
        await p.evaluate(() => document.getElementById('far')!.scrollIntoView({ block: 'center' }));
        await farPainted();
        expect((await registered()).far).toContain('Angela Merkel');
        const at = await mentionPoint(p, 'person', 'Angela Merkel');
        await p.mouseMove(at.x - 40, at.y);
        await p.mouseMove(at.x, at.y);
        expect((await waitForPopover(p))?.label).toBe('Gloss: Angela Merkel');
        await p.press('Escape');
        expect(await waitForNoPopover(p)).toBe(true);

        // Back at the top the far paragraph is no longer painted…
        await p.evaluate(() => window.scrollTo(0, 0));
        await farUnpainted();
        expect((await registered()).total).toBeLessThan(mentions / 4);
        // …and the keyboard still reaches every mention: back from the top wraps to the very last one, the far
        // paragraph's, which is painted as it is scrolled to.
        await driver.messageTab(p, { type: 'stepEntity', payload: { direction: -1 } });
        await farPainted();
        const deadline = Date.now() + 5_000;
        let live = '';
        while (Date.now() < deadline && !/Mention \d+ of \d+/.test(live)) {
          live = await p.liveRegion();
          await sleep(150);
        }
        const [, n, of] = /Mention (\d+) of (\d+)/.exec(live) ?? [];
        expect(Number(n)).toBe(mentions);
        expect(Number(of)).toBe(mentions);
        expect((await p.popover())?.label).toMatch(/^Gloss: /);
        expect(glossErrors(p.errors)).toEqual([]);
      });
    });

    /** Focuses one person after another through the popup's jump-to; `between` runs after the first popover shows. */
    async function focusTwoPeople(p: PageDriver, between: () => Promise<unknown>): Promise<void> {
      const reply = (await driver.messageTab(p, { type: 'tabEntities', payload: {} })) as { groups: Array<{ type: string; name: string }> };
      const people = reply.groups.filter((g) => g.type === 'person');
      expect(people.length).toBeGreaterThan(1);
      const focus = (person: { name: string }) => driver.messageTab(p, { type: 'focusEntity', payload: { name: person.name, type: 'person' } });
      await focus(people[0]);
      expect((await waitForPopover(p))?.label).toBe(`Gloss: ${people[0].name}`);
      await between();
      await focus(people[1]);
      // The accessibility tree may still show the first card for a moment: wait for the second one.
      const end = Date.now() + 5_000;
      let label: string | undefined;
      while (Date.now() < end && (label = (await p.popover())?.label) !== `Gloss: ${people[1].name}`) await sleep(150);
      expect(label).toBe(`Gloss: ${people[1].name}`);
      expect(glossErrors(p.errors)).toEqual([]);
    }

    it('still shows its popover when the page has defined its host tag as a custom element with a shadow root', async () => {
      await onPage(articlePage, async (p) => {
        await waitForHighlights(p);
        // Before Gloss makes its host (on the first popover).
        await p.evaluate(() => {
          customElements.define(
            'gloss-popover-host',
            class extends HTMLElement {
              constructor() {
                super();
                this.attachShadow({ mode: 'open' });
              }
            },
          );
        });
        await focusTwoPeople(p, async () => {});
      });
    });

    it('shows the next popover after the page removed its host while a popover was open', async () => {
      await onPage(articlePage, async (p) => {
        await waitForHighlights(p);
        await focusTwoPeople(p, () => p.evaluate(() => document.querySelector('gloss-popover-host')?.remove()));
        expect(await hostCount(p)).toBe(1);
      });
    });

    it('survives a hostile page without throwing into its console', async () => {
      await onPage('hostile', async (p) => {
        await waitForHighlights(p);
        const result = await painted(p);
        expect(all(result).length).toBeGreaterThan(2);
        const first = result.byType.person[0];
        const at = await mentionPoint(p, 'person', first);
        await p.mouseMove(at.x, at.y);
        expect(await waitForPopover(p)).not.toBeNull();
        await sleep(500);
        expect(glossErrors(p.errors)).toEqual([]);
      });
    });
  });
}
