// Gloss settings: the one place every option is defined, stored (sync area, only what the user changed), versioned and repaired on read.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';

export type HighlightStyle = 'underline' | 'tint' | 'none';

export interface GlossSettings {
  enabled: boolean;
  disabledSites: string[]; // hostnames where the user switched Gloss off
  categories: { person: boolean; place: boolean; organization: boolean; date: boolean };
  highlightStyle: HighlightStyle;
}

export type CategoryName = keyof GlossSettings['categories'];

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = Object.freeze(['underline', 'tint', 'none'] as const);
export const CATEGORY_NAMES: readonly CategoryName[] = Object.freeze(['person', 'place', 'organization', 'date'] as const);

export const DEFAULT_SETTINGS: GlossSettings = deepFreeze({
  enabled: true,
  disabledSites: [],
  categories: { person: true, place: true, organization: true, date: true },
  highlightStyle: 'underline',
});

/**
 * Schema version of every stored setting. Version 1 is the first released schema, so the migration table is
 * empty. To change a stored shape: bump SETTINGS_VERSION, add `[newVersion]: (old) => new` with a one-line note
 * of what changed, and a test that starts from a frozen old value. Whatever a migration returns is still
 * validated on every read, so a migration only has to carry meaning over, not guarantee types.
 */
export const SETTINGS_VERSION = 1;
export const SETTINGS_MIGRATIONS: Record<number, (oldValue: unknown) => unknown> = {};

/**
 * chrome.storage.sync allows 8,192 bytes per item (QUOTA_BYTES_PER_ITEM, key included). The disabled-site list
 * is the only field that grows; past this budget the oldest entries are dropped rather than failing the write.
 */
const DISABLED_SITES_BYTE_BUDGET = 7_500;
/** Longest DNS name; anything longer is not a hostname. */
const MAX_HOSTNAME_LENGTH = 253;

/*
 * One storage item per field, not one object: chrome.storage.sync merges per key, so two machines changing
 * different options do not overwrite each other (10ten does the same). A field equal to its default is removed
 * rather than written, so a fresh install never pushes defaults over another machine's choices.
 */
type FieldName = keyof GlossSettings;
const FIELD_NAMES: readonly FieldName[] = ['enabled', 'disabledSites', 'categories', 'highlightStyle'];

// WXT types item metadata as `{}`; Record<string, never> is the same "no metadata" without the lint noise.
type SettingItems = Record<FieldName, WxtStorageItem<unknown, Record<string, never>>>;
let items: SettingItems | null = null;

/** Defined on first use, not at import: defining an item with migrations reads storage straight away. */
function settingItems(): SettingItems {
  if (items) return items;
  const define = (field: FieldName) =>
    storage.defineItem<unknown>(`sync:${field}`, { version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS });
  items = {
    enabled: define('enabled'),
    disabledSites: define('disabledSites'),
    categories: define('categories'),
    highlightStyle: define('highlightStyle'),
  };
  return items;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation: field by field; a bad field becomes its default, good fields survive, nothing throws.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Lower-cases, drops a trailing dot and a leading "www." (the same site for the user), and rejects anything that
 * cannot be a URL hostname. Returns null for garbage.
 */
export function normalizeHostname(hostname: unknown): string | null {
  if (typeof hostname !== 'string') return null;
  let host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (host.startsWith('www.') && host.length > 4) host = host.slice(4);
  if (host.length === 0 || host.length > MAX_HOSTNAME_LENGTH) return null;
  // URL.hostname is ASCII (IDNs come as punycode); IPv6 hosts keep their brackets.
  if (!/^[a-z0-9._\-[\]:]+$/.test(host)) return null;
  return host;
}

function validateSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  for (const entry of raw) {
    const host = normalizeHostname(entry);
    if (host) seen.add(host); // garbage entries are dropped one by one; the rest of the list is the user's
  }
  return [...seen];
}

function validateCategories(raw: unknown): GlossSettings['categories'] {
  const source = isPlainObject(raw) ? raw : {};
  const result = { ...DEFAULT_SETTINGS.categories };
  for (const name of CATEGORY_NAMES) {
    if (typeof source[name] === 'boolean') result[name] = source[name] as boolean;
  }
  return result;
}

/** Repairs any value into complete settings. Unknown fields are dropped; never throws. */
export function validateSettings(raw: unknown): GlossSettings {
  try {
    return repair(raw);
  } catch {
    // Only a hostile object (a throwing getter or proxy) gets here; nothing read from storage can.
    return repair(undefined);
  }
}

function repair(raw: unknown): GlossSettings {
  const source = isPlainObject(raw) ? raw : {};
  return {
    enabled: typeof source.enabled === 'boolean' ? source.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: validateSites(source.disabledSites),
    categories: validateCategories(source.categories),
    highlightStyle: HIGHLIGHT_STYLES.includes(source.highlightStyle as HighlightStyle)
      ? (source.highlightStyle as HighlightStyle)
      : DEFAULT_SETTINGS.highlightStyle,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading and writing.

/** Reads and validates. Never throws: if storage itself fails, Gloss runs on defaults. */
export async function getSettings(): Promise<GlossSettings> {
  try {
    const all = settingItems();
    const values = await Promise.all(FIELD_NAMES.map((field) => all[field].getValue()));
    const raw: Record<string, unknown> = {};
    FIELD_NAMES.forEach((field, i) => {
      if (values[i] != null) raw[field] = values[i];
    });
    return validateSettings(raw);
  } catch (error) {
    console.warn('Gloss: could not read settings, using defaults', error);
    return validateSettings(undefined);
  }
}

/** What is written to storage for one field: null (remove the key) when it equals the default. */
function storedForm(field: FieldName, settings: GlossSettings): unknown {
  switch (field) {
    case 'enabled':
      return settings.enabled === DEFAULT_SETTINGS.enabled ? null : settings.enabled;
    case 'highlightStyle':
      return settings.highlightStyle === DEFAULT_SETTINGS.highlightStyle ? null : settings.highlightStyle;
    case 'categories': {
      // Only the categories the user changed, so another machine's change to a different category survives.
      const changed: Partial<GlossSettings['categories']> = {};
      for (const name of CATEGORY_NAMES) {
        if (settings.categories[name] !== DEFAULT_SETTINGS.categories[name]) changed[name] = settings.categories[name];
      }
      return Object.keys(changed).length === 0 ? null : changed;
    }
    case 'disabledSites': {
      const sites = [...settings.disabledSites];
      while (sites.length > 0 && JSON.stringify(sites).length > DISABLED_SITES_BYTE_BUDGET) sites.shift();
      return sites.length === 0 ? null : sites;
    }
  }
}

/**
 * Applies a patch and saves only the fields in it. Rejects only if the storage write fails (the caller shows
 * that); a malformed patch field is repaired like any stored value.
 */
export async function updateSettings(patch: Partial<GlossSettings>): Promise<GlossSettings> {
  const current = await getSettings();
  const source: Record<string, unknown> = isPlainObject(patch) ? patch : {};
  const merged: Record<string, unknown> = { ...current };
  const fields = FIELD_NAMES.filter((field) => field in source);
  for (const field of fields) {
    merged[field] =
      field === 'categories' && isPlainObject(source.categories)
        ? { ...current.categories, ...source.categories } // a partial category map is welcome
        : source[field];
  }
  const next = validateSettings(merged);
  const all = settingItems();
  await Promise.all(
    fields.map((field) => {
      const value = storedForm(field, next);
      return value === null ? all[field].removeValue() : all[field].setValue(value);
    }),
  );
  if (fields.includes('disabledSites')) next.disabledSites = validateSites(storedForm('disabledSites', next) ?? []);
  return next;
}

/**
 * Calls back with the complete, validated settings after any change (from this context, another one, or another
 * machine through sync). Bursts are coalesced: only the newest read is delivered. Returns the unwatch function.
 */
export function watchSettings(callback: (settings: GlossSettings) => void): () => void {
  let active = true;
  let generation = 0;
  const onChange = () => {
    const mine = ++generation;
    void getSettings().then((settings) => {
      if (active && mine === generation) callback(settings);
    });
  };
  let unwatchers: Array<() => void> = [];
  try {
    const all = settingItems();
    unwatchers = FIELD_NAMES.map((field) => all[field].watch(onChange));
  } catch (error) {
    console.warn('Gloss: could not watch settings', error);
  }
  return () => {
    active = false;
    for (const unwatch of unwatchers) unwatch();
    unwatchers = [];
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Sites.

/** The entry itself and every parent domain: "news.bbc.co.uk" is covered by "bbc.co.uk" in the list. */
function coveringNames(host: string): string[] {
  if (host.startsWith('[') || /^[0-9.]+$/.test(host)) return [host]; // IP addresses have no parent domains
  const parts = host.split('.');
  return parts.map((_, i) => parts.slice(i).join('.'));
}

/**
 * True when Gloss should run on this hostname: Gloss is on, and neither the host nor a parent domain is in the
 * disabled list. A hostname that is not a web host (empty, garbage) is treated as not disabled by the list.
 */
export function isSiteEnabled(settings: GlossSettings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const host = normalizeHostname(hostname);
  if (!host) return true;
  const disabled = new Set(settings.disabledSites);
  return !coveringNames(host).some((name) => disabled.has(name));
}

/**
 * Switches Gloss off or on for one site. Switching on removes every entry that covers the host (so the answer of
 * isSiteEnabled really changes, even if the user had switched off the parent domain from another page).
 */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<GlossSettings> {
  const host = normalizeHostname(hostname);
  const current = await getSettings();
  if (!host) return current;
  const covering = new Set(coveringNames(host));
  const isDisabled = current.disabledSites.some((site) => covering.has(site));
  if (enabled && !isDisabled) return current;
  if (!enabled && isDisabled) return current;
  const disabledSites = enabled
    ? current.disabledSites.filter((site) => !covering.has(site))
    : [...current.disabledSites, host];
  return updateSettings({ disabledSites });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
