// One small driver interface over two automation stacks: Chromium via playwright-core, Firefox ESR via puppeteer-core (WebDriver BiDi).
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { PROJECT_DIR } from './server';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.GLOSS_FIREFOX ?? '/usr/bin/firefox-esr',
};
const GECKO_ID = 'gloss@gloss.example';
// Fixed so that popup.html has a known moz-extension:// URL (DESIGN-NOTES: extensions.webextensions.uuids).
const FIREFOX_UUID = '4b9c1d2e-0f3a-4c5b-8d6e-7f8091a2b3c4';
export const VIEWPORT = { width: 1280, height: 800 };
export const ARTIFACTS_DIR = resolve(PROJECT_DIR, 'artifacts');

export function extensionDir(name: BrowserName): string {
  return resolve(PROJECT_DIR, '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}

export function browserAvailable(name: BrowserName): boolean {
  return existsSync(EXECUTABLES[name]);
}

/** What the popover exposes to assistive technology: its accessible name and the text under it. */
export interface PopoverReading {
  label: string;
  text: string;
}

export interface PageDriver {
  readonly url: string;
  goto(url: string): Promise<void>;
  /** Runs in the page's main world (never in Gloss's content-script world). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  waitFor<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * The open Gloss popover as the browser's accessibility tree has it (role tooltip, name "Gloss: …"), or null.
   * The popover lives in a closed shadow root, so page scripts (and tests) cannot reach its DOM; the accessibility
   * tree is what screen readers read, and both browsers expose it to automation: Chromium through CDP
   * (Accessibility.getFullAXTree), Firefox through its accessibility service in the privileged chrome context
   * (WebDriver BiDi with --remote-allow-system-access). Production code has no test hook.
   */
  popover(): Promise<PopoverReading | null>;
  /** Text of Gloss's polite live region (what a screen reader announces on keyboard stepping). */
  liveRegion(): Promise<string>;
  /** Console errors and uncaught exceptions of this page (main world), in order. */
  readonly errors: string[];
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  newPage(): Promise<PageDriver>;
  /** The extension's popup.html in a tab, bound to the tab of `page` (popup.html?tab=ID). */
  openPopup(page: PageDriver): Promise<PageDriver>;
  /**
   * Sends a message from an extension page to the content script of `page`'s tab, as the background (commands)
   * and the popup do. The tab is found as the active one after bringing it to the front: without the "tabs"
   * permission (Gloss does not ask for it) extension pages cannot see tab URLs.
   */
  messageTab(page: PageDriver, message: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function launch(name: BrowserName): Promise<Driver> {
  const dir = extensionDir(name);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`${dir}/manifest.json is missing: run \`npm run build\` before the e2e tests.`);
  }
  return name === 'chromium' ? launchChromium(dir) : launchFirefox(dir);
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium (playwright-core, persistent context: the only way Chromium loads an unpacked extension).

async function launchChromium(dir: string): Promise<Driver> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: EXECUTABLES.chromium,
    headless: true,
    viewport: VIEWPORT,
    // The background-networking flags: without them Chromium floods this closed network with refused connections.
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const origin = `chrome-extension://${extensionId}`;
    let helper: PwPage | null = null;
    const helperPage = async () => {
      if (!helper || helper.isClosed()) {
        helper = await context.newPage();
        await helper.goto(`${origin}/popup.html?tab=-1`);
      }
      return helper;
    };
    const tabIdOf = async (target: PageDriver) => {
      const helperTab = await helperPage();
      await target.bringToFront();
      const id = await helperTab.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1);
      if (id < 0) throw new Error('no active tab');
      return id;
    };
    return {
      name: 'chromium',
      newPage: async () => wrapPlaywright(context, await context.newPage()),
      openPopup: async (target) => {
        const id = await tabIdOf(target);
        const page = await context.newPage();
        await page.goto(`${origin}/popup.html?tab=${id}`);
        return wrapPlaywright(context, page);
      },
      messageTab: async (target, message) => {
        const id = await tabIdOf(target);
        const page = await helperPage();
        return page.evaluate(async ([tab, m]) => chrome.tabs.sendMessage(tab as number, m), [id, message] as const);
      },
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

function wrapPlaywright(context: BrowserContext, page: PwPage): PageDriver {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const axTree = async () => {
    const cdp = await context.newCDPSession(page);
    try {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
      return nodes;
    } finally {
      await cdp.detach().catch(() => {});
    }
  };
  return {
    get url() {
      return page.url();
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 });
    },
    mouseMove: (x, y, steps = 4) => page.mouse.move(x, y, { steps }),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    popover: async () => readAx(await axTree(), 'tooltip'),
    liveRegion: async () => readAx(await axTree(), 'status', true)?.text ?? '',
    errors,
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

interface AxNode {
  nodeId: string;
  role?: { value?: string };
  name?: { value?: string };
  childIds?: string[];
  ignored?: boolean;
}

/** Finds the Gloss node of this role (a tooltip named "Gloss: …", or any status region) and gathers its text. */
function readAx(nodes: AxNode[], role: string, anyName = false): PopoverReading | null {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const candidates = nodes.filter((n) => n.role?.value === role && (anyName || (n.name?.value ?? '').startsWith('Gloss:')));
  for (const node of candidates) {
    const texts: string[] = [];
    const walk = (n: AxNode) => {
      if (n.role?.value === 'StaticText' && n.name?.value) texts.push(n.name.value);
      for (const id of n.childIds ?? []) {
        const child = byId.get(id);
        if (child) walk(child);
      }
    };
    walk(node);
    const text = texts.join(' ');
    if (anyName && !text) continue;
    return { label: node.name?.value ?? '', text };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Firefox ESR (puppeteer-core over WebDriver BiDi; Playwright cannot load extensions into stock Firefox).

async function launchFirefox(dir: string): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    // System access: installExtension, and reading the accessibility tree from the chrome context.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Start the accessibility service with the browser, so content accessibles exist when a test reads them.
      'accessibility.force_disabled': 0,
    },
  });
  try {
    await browser.installExtension(dir);
    const origin = `moz-extension://${FIREFOX_UUID}`;
    const chrome = await chromeContext(browser);
    // Start the accessibility service now: content documents loaded later build their tree from the start.
    await chrome(`Cc["@mozilla.org/accessibilityService;1"].getService(Ci.nsIAccessibilityService); true`);
    let helper: PageDriver | null = null;
    const openExtensionPage = async (path: string): Promise<PageDriver> => {
      const page = await browser.newPage();
      await page.setViewport(VIEWPORT);
      // BiDi quirk (DESIGN-NOTES): goto() on a moz-extension:// URL never resolves; start it and wait for content.
      void page.goto(`${origin}${path}`).catch(() => {});
      await page.waitForFunction(() => document.readyState === 'complete' && location.protocol === 'moz-extension:', { timeout: 15_000, polling: 100 });
      return wrapPuppeteer(page, chrome);
    };
    const tabIdOf = async (target: PageDriver) => {
      helper ??= await openExtensionPage('/popup.html?tab=-1');
      await target.bringToFront();
      const id = await helper.evaluate(
        async () => (await (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1,
      );
      if (id < 0) throw new Error('no active tab');
      return id;
    };
    return {
      name: 'firefox',
      newPage: async () => {
        const page = await browser.newPage();
        await page.setViewport(VIEWPORT);
        return wrapPuppeteer(page, chrome);
      },
      openPopup: async (target) => {
        const id = await tabIdOf(target);
        const page = await openExtensionPage(`/popup.html?tab=${id}`);
        return page;
      },
      messageTab: async (target, message) => {
        const id = await tabIdOf(target);
        return helper!.evaluate(
          async ([tab, m]) => (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.sendMessage(tab as number, m),
          [id, message] as const,
        );
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The WebExtension API object as extension pages see it (functions passed to evaluate run there, serialised). */
type ExtensionApi = {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: unknown): Promise<unknown> };
};

type ChromeEval = (expression: string) => Promise<unknown>;

/** Evaluates privileged JavaScript in the browser window's chrome context (BiDi "moz:scope": "chrome"). */
async function chromeContext(browser: PpBrowser): Promise<ChromeEval> {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context as string;
  return async (expression) => {
    const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
    if (result.type === 'exception') throw new Error(`chrome context: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
    return result.result?.value;
  };
}

function wrapPuppeteer(page: PpPage, chrome: ChromeEval): PageDriver {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message ?? String(e)}`));
  // Walks the accessibility tree of the tab showing this page's URL (parent-process cache), returning
  // [role, name, text-under-it] for nodes of the given role.
  const readAxFirefox = async (roles: string[]): Promise<Array<[string, string]>> => {
    const expression = `(() => {
      const acc = Cc["@mozilla.org/accessibilityService;1"].getService(Ci.nsIAccessibilityService);
      const win = Services.wm.getMostRecentWindow("navigator:browser");
      const url = ${JSON.stringify(page.url())};
      const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === url);
      if (!tab) return "[]";
      const out = [];
      const text = (a, parts) => {
        if (acc.getStringRole(a.role) === "text leaf" && a.name) parts.push(a.name);
        for (let c = a.firstChild; c; c = c.nextSibling) text(c, parts);
        return parts;
      };
      const walk = (a, depth) => {
        if (!a || depth > 200) return;
        if (${JSON.stringify(roles)}.includes(acc.getStringRole(a.role))) out.push([a.name || "", text(a, []).join(" ")]);
        for (let c = a.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
      };
      walk(acc.getAccessibleFor(tab.linkedBrowser), 0);
      return JSON.stringify(out);
    })()`;
    return JSON.parse(String(await chrome(expression))) as Array<[string, string]>;
  };
  return {
    get url() {
      return page.url();
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg);
    },
    mouseMove: (x, y, steps = 4) => page.mouse.move(x, y, { steps }),
    click: (selector) => page.click(selector),
    // Playwright-style chords ("Alt+Shift+Period"): modifiers down, key, modifiers up.
    press: async (chord) => {
      const keys = chord.split('+') as never[];
      const key = keys.pop()!;
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(key);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    popover: async () => {
      const found = (await readAxFirefox(['tooltip'])).find(([name]) => name.startsWith('Gloss:'));
      return found ? { label: found[0], text: found[1] } : null;
    },
    // ARIA role "status" is Firefox's ROLE_STATUSBAR ("statusbar").
    liveRegion: async () => (await readAxFirefox(['status', 'statusbar'])).map(([, text]) => text).find((t) => t) ?? '',
    errors,
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export function ensureArtifactsDir(): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return ARTIFACTS_DIR;
}
