// Background (Chrome service worker / Firefox event page): the dictionary, matching, the world map, keyboard commands.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage, sendToTab } from '../utils/messaging';
import { loadDictionary } from '../utils/dictionary/index';
import { annotateText } from '../utils/pipeline';
import { retryingLazy } from '../utils/content/lazy';
import { COMMAND_DIRECTIONS } from '../utils/content/commands';

export default defineBackground({
  // Firefox MV2: an event page, unloaded when idle (Chrome MV3's service worker is always non-persistent).
  persistent: false,
  main() {
    // Loaded on the first annotate request, once per background lifetime; a failed load is retried next time.
    const dictionary = retryingLazy(async () => loadDictionary(new Uint8Array(await (await fetchAsset('/generated/dictionary.bin')).arrayBuffer())));
    const worldMap = retryingLazy(async () => parseWorldMap(await (await fetchAsset('/generated/world-map.json')).json()));

    onMessage({
      annotate: async ({ text, published }) => {
        try {
          const dict = await dictionary();
          return { ok: true, mentions: annotateText(text, published, dict) };
        } catch (error) {
          return { ok: false, error: describe(error) };
        }
      },
      getWorldMap: async () => {
        try {
          const map = await worldMap();
          return { ok: true, path: map.path, width: map.width, height: map.height };
        } catch (error) {
          return { ok: false, error: describe(error) };
        }
      },
      dictionaryInfo: async () => {
        try {
          const dict = await dictionary();
          return { ok: true, asOf: dict.asOf, counts: dict.counts, byteLength: dict.byteLength };
        } catch (error) {
          return { ok: false, error: describe(error) };
        }
      },
    });

    // Content scripts cannot hear commands: forward them to the active tab's content script.
    browser.commands.onCommand.addListener((command) => {
      const direction = COMMAND_DIRECTIONS[command];
      if (!direction) return;
      browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => (tab?.id === undefined ? undefined : sendToTab(tab.id, 'stepEntity', { direction })))
        .catch((error: unknown) => console.debug('Gloss: commands', error));
    });
  },
});

async function fetchAsset(path: string): Promise<Response> {
  // The cast: WXT types getURL's argument as the list of known public paths; generated files are built later.
  const response = await fetch(browser.runtime.getURL(path as '/'));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

/** Checks the generated world map's shape before anything is sent to a tab. */
function parseWorldMap(value: unknown): { path: string; width: number; height: number } {
  const map = value as { path?: unknown; width?: unknown; height?: unknown } | null;
  if (!map || typeof map.path !== 'string' || typeof map.width !== 'number' || typeof map.height !== 'number') {
    throw new Error('world-map.json: unexpected shape');
  }
  return { path: map.path, width: map.width, height: map.height };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
