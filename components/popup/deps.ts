// What the popup needs from the browser, as one injectable object: the real one for the extension, fakes in tests.
import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab, type MessageName, type RequestOf, type ResponseOf } from '../../utils/messaging';
import { getSettings, setSiteEnabled, updateSettings, watchSettings, type GlossSettings } from '../../utils/settings';

export interface ActiveTab {
  id: number;
  /** Undefined when the browser does not show it to us (no activeTab grant): the popup then asks the page only. */
  url: string | undefined;
}

export interface PopupDeps {
  getSettings(): Promise<GlossSettings>;
  updateSettings(patch: Partial<GlossSettings>): Promise<GlossSettings>;
  setSiteEnabled(hostname: string, enabled: boolean): Promise<GlossSettings>;
  watchSettings(callback: (settings: GlossSettings) => void): () => void;
  /** The tab the popup was opened over; null if there is none. */
  queryTab(): Promise<ActiveTab | null>;
  sendToTab<K extends MessageName>(tabId: number, name: K, payload: RequestOf<K>): Promise<ResponseOf<K>>;
  sendToBackground<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>>;
  /** Closes the popup so the page (scrolled to the entity, its popover open) is in view. */
  closePopup(): void;
  /** Extension version for the About panel. */
  version: string;
}

/**
 * The tab under the popup. `popup.html?tab=ID` names the tab instead: end-to-end tests open the popup as a page
 * of its own, where the "active tab" would be the popup itself.
 */
async function queryActiveTab(search: string): Promise<ActiveTab | null> {
  try {
    const named = Number(new URLSearchParams(search).get('tab') ?? Number.NaN);
    // Opening the popup is a user gesture on the action, so activeTab shows this tab's URL without "tabs".
    const tab = Number.isSafeInteger(named) && named >= 0
      ? await browser.tabs.get(named)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (!tab || typeof tab.id !== 'number' || tab.id < 0) return null;
    return { id: tab.id, url: tab.url };
  } catch {
    return null;
  }
}

export function createBrowserDeps(): PopupDeps {
  return {
    getSettings,
    updateSettings,
    setSiteEnabled,
    watchSettings,
    queryTab: () => queryActiveTab(location.search),
    sendToTab,
    sendToBackground,
    closePopup: () => window.close(),
    version: browser.runtime.getManifest().version,
  };
}
