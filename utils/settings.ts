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
 * What sits in sync storage: one key per field, only the fields the user changed, each value in whatever shape the
 * version that wrote it used. Migrations and repair read it; nothing else does.
 */
export type StoredSettings = Record<string, unknown>;
/** One numbered step: turns a stored object of version `n - 1` into one of version `n`. Pure; may throw. */
export type SettingsMigration = (old: StoredSettings) => StoredSettings;

/**
 * Schema version of every stored setting. Version 1 is the first released schema, so the migration table is
 * empty. To change a stored shape: bump SETTINGS_VERSION, add `[newVersion]: (old) => new` with a one-line note
 * of what changed, and a test that starts from a frozen old value (the test "every version has a migration" fails
 * until you do). A step receives the stored object (only the fields present, any of them possibly garbage) and
 * returns the new one. Storage is versioned per field, so a step must be field-local: its result for one field may
 * depend only on that field's old value (WXT runs the same step on each field item on its own). Whatever a
 * migration returns is still repaired on every read, so a migration only has to carry meaning over, not guarantee
 * types.
 */
export const SETTINGS_VERSION = 1;
export const SETTINGS_MIGRATIONS: Readonly<Record<number, SettingsMigration>> = Object.freeze({});

/** The versions in 2..target that have no step in the chain; empty when the chain is complete. */
export function missingMigrations(
  chain: Readonly<Record<number, SettingsMigration>> = SETTINGS_MIGRATIONS,
  target: number = SETTINGS_VERSION,
): number[] {
  const missing: number[] = [];
  for (let version = 2; version <= target; version++) {
    if (typeof chain[version] !== 'function') missing.push(version);
  }
  return missing;
}

/**
 * Applies every step from `version + 1` to `target` in order; pure, never throws. A missing, non-integer or
 * pre-1 version is read as 1 (values written before versions existed); a version at or past the target is
 * returned as it is (a newer client's value is repaired, never migrated backwards). A step that throws or returns
 * a non-object stops the chain and keeps the last good value: repair then keeps whatever is still valid.
 */
export function migrateStored(
  version: unknown,
  value: unknown,
  chain: Readonly<Record<number, SettingsMigration>> = SETTINGS_MIGRATIONS,
  target: number = SETTINGS_VERSION,
): unknown {
  const from = typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
  if (!isPlainObject(value)) return value;
  let current: StoredSettings = value;
  for (let next = from + 1; next <= target; next++) {
    const step = chain[next];
    if (typeof step !== 'function') break;
    try {
      const migrated = step(current);
      if (!isPlainObject(migrated)) break;
      current = migrated;
    } catch {
      break;
    }
  }
  return current;
}

/** The whole pure load path: migrate from the stored version, then repair. Never throws. */
export function loadStored(version: unknown, value: unknown): GlossSettings {
  return validateSettings(migrateStored(version, value));
}

/** The chain as WXT's per-item migrations for one field (exported for tests): each step sees `{ [field]: old }`. */
export function fieldMigrations(
  field: string,
  chain: Readonly<Record<number, SettingsMigration>> = SETTINGS_MIGRATIONS,
): Record<number, (old: unknown) => unknown> {
  const result: Record<number, (old: unknown) => unknown> = {};
  for (const key of Object.keys(chain)) {
    const version = Number(key);
    result[version] = (old) => (migrateStored(version - 1, { [field]: old }, chain, version) as StoredSettings)[field];
  }
  return result;
}

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
    storage.defineItem<unknown>(`sync:${field}`, { version: SETTINGS_VERSION, migrations: fieldMigrations(field) });
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
  // Repeated to a fixed point ("www.www.a..", "A. "), so normalising a normalised name changes nothing.
  let host = hostname;
  let previous: string;
  do {
    previous = host;
    host = host.trim().toLowerCase().replace(/\.+$/, '');
    if (host.startsWith('www.') && host.length > 4) host = host.slice(4);
  } while (host !== previous);
  if (host.length === 0 || host.length > MAX_HOSTNAME_LENGTH) return null;
  // URL.hostname is ASCII (IDNs come as punycode); IPv6 hosts keep their brackets.
  if (!/^[a-z0-9._\-[\]:]+$/.test(host)) return null;
  return host;
}

/** An own property only: a value inherited from a prototype (or a "__proto__" key) is not the user's. */
function own(source: unknown, key: string): unknown {
  if (!isPlainObject(source) || !Object.prototype.hasOwnProperty.call(source, key)) return undefined;
  return source[key];
}

/** Runs one field's repair; a hostile value (throwing getter, proxy) resets that field only. */
function guarded<T>(repairField: () => T, fallback: () => T): T {
  try {
    return repairField();
  } catch {
    return fallback();
  }
}

function validateSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const length = raw.length;
  for (let i = 0; i < length; i++) {
    // Garbage entries are dropped one by one (even one that throws); the rest of the list is the user's.
    const host = guarded(() => normalizeHostname(raw[i]), () => null);
    if (host) seen.add(host);
  }
  return [...seen];
}

function validateCategories(raw: unknown): GlossSettings['categories'] {
  const result = { ...DEFAULT_SETTINGS.categories };
  for (const name of CATEGORY_NAMES) {
    // Each category on its own: a broken `date` leaves a valid `person` alone.
    const value = guarded(() => own(raw, name), () => undefined);
    if (typeof value === 'boolean') result[name] = value;
  }
  return result;
}

/**
 * Repairs any value into complete settings, field by field and category by category: every valid field is kept,
 * only a broken one becomes its default. Unknown fields are dropped; never throws (a hostile object, such as a
 * throwing getter or proxy, resets only the fields it breaks). Idempotent: repairing a repaired value changes
 * nothing.
 */
export function validateSettings(raw: unknown): GlossSettings {
  const isPlain = guarded(() => isPlainObject(raw), () => false);
  const source = isPlain ? raw : undefined;
  const field = (name: FieldName) => guarded(() => own(source, name), () => undefined);
  const enabled = field('enabled');
  const highlightStyle = field('highlightStyle');
  return {
    enabled: typeof enabled === 'boolean' ? enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: guarded(() => validateSites(field('disabledSites')), () => []),
    categories: guarded(() => validateCategories(field('categories')), () => ({ ...DEFAULT_SETTINGS.categories })),
    highlightStyle: HIGHLIGHT_STYLES.includes(highlightStyle as HighlightStyle)
      ? (highlightStyle as HighlightStyle)
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
export function updateSettings(patch: Partial<GlossSettings>): Promise<GlossSettings> {
  return queued(() => writePatch(patch));
}

/**
 * Read-modify-write saves from one context run one after another, each reading what the previous one wrote, so two
 * quick changes to the same item (two categories, two sites) both survive. Saves from different contexts write only
 * their own fields, so changes to different fields converge.
 */
let writeQueue: Promise<void> = Promise.resolve();
function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = writeQueue.then(task);
  writeQueue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

async function writePatch(patch: Partial<GlossSettings>): Promise<GlossSettings> {
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
export function setSiteEnabled(hostname: string, enabled: boolean): Promise<GlossSettings> {
  return queued(() => writeSiteEnabled(hostname, enabled));
}

async function writeSiteEnabled(hostname: string, enabled: boolean): Promise<GlossSettings> {
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
  return writePatch({ disabledSites }); // already in the queue
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
