// Settings: defaults, field-by-field repair of every corrupt case, store-only-what-changed, sites, watch, versions.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// wxt/browser reads the global `browser`/`chrome` when it is first imported, and the unit project does not load
// WxtVitest, so the fake goes in before any module under test is imported.
const { fakeBrowser } = await vi.hoisted(async () => {
  const mod = await import('wxt/testing/fake-browser');
  vi.stubGlobal('browser', mod.fakeBrowser);
  vi.stubGlobal('chrome', mod.fakeBrowser);
  return mod;
});

import {
  DEFAULT_SETTINGS,
  fieldMigrations,
  getSettings,
  isSiteEnabled,
  loadStored,
  migrateStored,
  missingMigrations,
  normalizeHostname,
  setSiteEnabled,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type SettingsMigration,
  updateSettings,
  validateSettings,
  watchSettings,
  type GlossSettings,
} from '../../utils/settings';

const defaults = (): GlossSettings => structuredClone(DEFAULT_SETTINGS) as GlossSettings;
const syncRaw = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('defaults', () => {
  it('are complete and frozen', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      enabled: true,
      disabledSites: [],
      categories: { person: true, place: true, organization: true, date: true },
      highlightStyle: 'underline',
    });
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.categories)).toBe(true);
  });

  it('an empty store reads as the defaults, without writing anything', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await syncRaw()).toEqual({});
  });

  it('validateSettings returns fresh objects, never the frozen defaults', () => {
    const settings = validateSettings(undefined);
    settings.disabledSites.push('example.com');
    settings.categories.date = false;
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.categories.date).toBe(true);
  });
});

describe('validateSettings repairs field by field', () => {
  const good: GlossSettings = {
    enabled: false,
    disabledSites: ['bbc.co.uk'],
    categories: { person: true, place: false, organization: true, date: false },
    highlightStyle: 'tint',
  };

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a garbage string', '{"enabled":fals'],
    ['a number', 42],
    ['an array', [true, 'tint']],
    ['an object with only unknown fields (an imagined old shape)', { on: false, style: 'background' }],
  ])('the whole value is %s: every field is its default', (_label, raw) => {
    expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a fully valid value as it is', () => {
    expect(validateSettings(good)).toEqual(good);
  });

  it.each<[string, Record<string, unknown>, Partial<GlossSettings>]>([
    ['enabled as a string', { enabled: 'false' }, { enabled: true }],
    ['enabled as a number', { enabled: 0 }, { enabled: true }],
    ['enabled null', { enabled: null }, { enabled: true }],
    ['disabledSites as a string', { disabledSites: 'bbc.co.uk' }, { disabledSites: [] }],
    ['disabledSites as an object', { disabledSites: { 0: 'bbc.co.uk' } }, { disabledSites: [] }],
    ['categories as an array', { categories: [false, false] }, { categories: { ...DEFAULT_SETTINGS.categories } }],
    ['categories null', { categories: null }, { categories: { ...DEFAULT_SETTINGS.categories } }],
    ['categories as garbage', { categories: 'people' }, { categories: { ...DEFAULT_SETTINGS.categories } }],
    ['highlightStyle unknown', { highlightStyle: 'background' }, { highlightStyle: 'underline' }],
    ['highlightStyle wrong case', { highlightStyle: 'TINT' }, { highlightStyle: 'underline' }],
    ['highlightStyle as a number', { highlightStyle: 1 }, { highlightStyle: 'underline' }],
  ])('%s becomes its default and the other fields survive', (_label, corrupt, repaired) => {
    expect(validateSettings({ ...good, ...corrupt })).toEqual({ ...good, ...repaired });
  });

  it('repairs one category and keeps the others', () => {
    const raw = { categories: { person: 'yes', place: false, organization: null, extra: false } };
    expect(validateSettings(raw).categories).toEqual({ person: true, place: false, organization: true, date: true });
  });

  it('drops garbage sites one by one, normalises and de-duplicates the rest', () => {
    const raw = { disabledSites: ['WWW.BBC.co.uk.', 42, null, 'bbc.co.uk', '', 'not a host', 'example.org', { a: 1 }, 'x'.repeat(300)] };
    expect(validateSettings(raw).disabledSites).toEqual(['bbc.co.uk', 'example.org']);
  });

  it('drops unknown fields', () => {
    expect(Object.keys(validateSettings({ ...good, secret: 1 })).sort()).toEqual(
      ['categories', 'disabledSites', 'enabled', 'highlightStyle'],
    );
  });

  it('never throws, even on hostile values', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const raw of [cyclic, Object.create(null), new Date(), /x/, Symbol('s'), 10n]) {
      expect(() => validateSettings(raw)).not.toThrow();
    }
    expect(validateSettings(hostile)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('reading corrupt stored values', () => {
  // Frozen raw values as another (buggy or newer) client, or a user editing storage by hand, could leave them.
  it.each<[string, Record<string, unknown>, GlossSettings]>([
    ['a garbage string in every key',
      { enabled: 'yes', disabledSites: 'bbc', categories: '{', highlightStyle: '???' }, defaults()],
    ['arrays and nulls', { enabled: [true], disabledSites: null, categories: [], highlightStyle: null }, defaults()],
    ['one bad key among good ones',
      { enabled: false, disabledSites: ['example.com'], categories: { date: false }, highlightStyle: 17 },
      { ...defaults(), enabled: false, disabledSites: ['example.com'], categories: { ...defaults().categories, date: false } }],
  ])('%s', async (_label, stored, expected) => {
    await fakeBrowser.storage.sync.set(stored);
    expect(await getSettings()).toEqual(expected);
  });

  it('returns the defaults when storage itself fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync unavailable'));
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('versions and migrations', () => {
  it('the current schema is version 1 with an empty migration table', () => {
    expect(SETTINGS_VERSION).toBe(1);
    expect(SETTINGS_MIGRATIONS).toEqual({});
  });

  it('every version from 2 to SETTINGS_VERSION has a migration (bump the version, add the step)', () => {
    expect(missingMigrations()).toEqual([]);
    for (const key of Object.keys(SETTINGS_MIGRATIONS)) {
      const version = Number(key);
      expect(Number.isInteger(version) && version >= 2 && version <= SETTINGS_VERSION, `step ${key}`).toBe(true);
    }
    // The check itself notices a gap.
    expect(missingMigrations({ 2: (old) => old, 4: (old) => old }, 4)).toEqual([3]);
  });

  // Frozen stored values as each released version wrote them; add one per new version.
  const FROZEN: Record<number, { stored: Record<string, unknown>; expected: GlossSettings }> = {
    1: {
      stored: Object.freeze({ enabled: false, disabledSites: ['bbc.co.uk'], categories: { date: false }, highlightStyle: 'tint' }),
      expected: { enabled: false, disabledSites: ['bbc.co.uk'], categories: { person: true, place: true, organization: true, date: false }, highlightStyle: 'tint' },
    },
  };
  it('a frozen value of every version from 1 to SETTINGS_VERSION loads with its meaning intact', () => {
    for (let version = 1; version <= SETTINGS_VERSION; version++) {
      expect(FROZEN[version], `frozen value for version ${version}`).toBeDefined();
      expect(loadStored(version, FROZEN[version].stored)).toEqual(FROZEN[version].expected);
    }
  });

  describe('migrateStored runs a chain step by step (an imagined three-version history)', () => {
    // v2: `highlight` renamed `highlightStyle`; v3: `disabledSites` from a comma-separated string to an array.
    const calls: number[] = [];
    const v2: SettingsMigration = ({ highlight, ...rest }) => {
      calls.push(2);
      return highlight === undefined ? rest : { ...rest, highlightStyle: highlight };
    };
    const v3: SettingsMigration = (old) => {
      calls.push(3);
      return typeof old.disabledSites === 'string' ? { ...old, disabledSites: old.disabledSites.split(',') } : old;
    };
    const chain: Readonly<Record<number, SettingsMigration>> = Object.freeze({ 2: v2, 3: v3 });
    const frozenV1 = Object.freeze({ highlight: 'tint', disabledSites: 'bbc.co.uk,example.org', enabled: false });
    const frozenV2 = Object.freeze({ highlightStyle: 'none', disabledSites: 'example.org' });
    const frozenV3 = Object.freeze({ highlightStyle: 'none', disabledSites: ['example.org'] });

    beforeEach(() => {
      calls.length = 0;
    });

    it('from version 1 applies 2 then 3, without touching the frozen input', () => {
      expect(migrateStored(1, frozenV1, chain, 3)).toEqual({
        highlightStyle: 'tint', disabledSites: ['bbc.co.uk', 'example.org'], enabled: false,
      });
      expect(calls).toEqual([2, 3]);
    });

    it('from version 2 applies only 3; at version 3 applies nothing', () => {
      expect(migrateStored(2, frozenV2, chain, 3)).toEqual({ highlightStyle: 'none', disabledSites: ['example.org'] });
      expect(calls).toEqual([3]);
      calls.length = 0;
      expect(migrateStored(3, frozenV3, chain, 3)).toBe(frozenV3);
      expect(calls).toEqual([]);
    });

    it('a missing or nonsense version is read as version 1; a newer one is left for repair', () => {
      for (const version of [undefined, null, 0, -3, 1.5, NaN, '2']) {
        expect(migrateStored(version, frozenV1, chain, 3), String(version)).toEqual(migrateStored(1, frozenV1, chain, 3));
      }
      expect(migrateStored(9, frozenV3, chain, 3)).toBe(frozenV3);
    });

    it('a step that throws or returns garbage stops the chain at the last good value', () => {
      const broken: Record<number, SettingsMigration> = {
        2: (old) => ({ ...old, step2: true }),
        3: () => { throw new Error('bad step'); },
        4: () => 'garbage' as never,
      };
      expect(migrateStored(1, { enabled: false }, broken, 4)).toEqual({ enabled: false, step2: true });
      expect(migrateStored(3, { enabled: false }, broken, 4)).toEqual({ enabled: false });
    });

    it('wired into WXT per-field items, a stored v1 field is migrated on read and re-versioned', async () => {
      const { storage } = await import('wxt/utils/storage');
      await fakeBrowser.storage.sync.set({ disabledSites: 'bbc.co.uk,example.org', disabledSites$: { v: 1 } });
      const item = storage.defineItem<unknown>('sync:disabledSites', { version: 3, migrations: fieldMigrations('disabledSites', chain) });
      // Defining the item starts its migration; reads wait for it.
      expect(await item.getValue()).toEqual(['bbc.co.uk', 'example.org']);
      expect((await syncRaw()).disabledSites$).toEqual({ v: 3 });
      expect(calls).toEqual([2, 3]);
    });

    it('a non-object stored value is passed through for repair', () => {
      expect(migrateStored(1, 'garbage', chain, 3)).toBe('garbage');
      expect(calls).toEqual([]);
    });
  });

  it('an unversioned legacy value (no version metadata) is read as version 1 and repaired field by field', async () => {
    // What a hand-written or pre-release store looks like: values without the "$" metadata keys WXT adds.
    await fakeBrowser.storage.sync.set({ enabled: false, categories: { place: 'no', date: false }, highlightStyle: 'background' });
    vi.resetModules();
    const fresh = await import('../../utils/settings');
    expect(await fresh.getSettings()).toEqual({
      ...defaults(),
      enabled: false,
      categories: { person: true, place: true, organization: true, date: false },
    });
  });

  it('a value written by a newer version is read as far as it is valid, never thrown', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({
      highlightStyle: { kind: 'tint', opacity: 0.3 }, // an imagined v2 shape
      highlightStyle$: { v: 2 },
      enabled: false,
      enabled$: { v: 2 },
    });
    vi.resetModules();
    const fresh = await import('../../utils/settings');
    expect(await fresh.getSettings()).toEqual({ ...defaults(), enabled: false });
    expect(errors).toHaveBeenCalled(); // WXT reports the downgrade; Gloss keeps working
  });
});

describe('updateSettings stores only what the user changed', () => {
  it('writes only the patched field', async () => {
    const result = await updateSettings({ highlightStyle: 'tint' });
    expect(result).toEqual({ ...defaults(), highlightStyle: 'tint' });
    const raw = await syncRaw();
    expect(raw.highlightStyle).toBe('tint');
    expect(raw).not.toHaveProperty('enabled');
    expect(raw).not.toHaveProperty('categories');
    expect(raw).not.toHaveProperty('disabledSites');
  });

  it('stores only the categories that differ from the default', async () => {
    await updateSettings({ categories: { person: true, place: true, organization: true, date: false } });
    expect((await syncRaw()).categories).toEqual({ date: false });
    expect((await getSettings()).categories.date).toBe(false);
  });

  it('accepts a partial category map and keeps the other categories', async () => {
    await updateSettings({ categories: { date: false } as GlossSettings['categories'] });
    await updateSettings({ categories: { place: false } as GlossSettings['categories'] });
    expect((await getSettings()).categories).toEqual({ person: true, place: false, organization: true, date: false });
  });

  it('setting a field back to its default removes the key', async () => {
    await updateSettings({ enabled: false, highlightStyle: 'none' });
    expect(await syncRaw()).toMatchObject({ enabled: false, highlightStyle: 'none' });
    await updateSettings({ enabled: true, highlightStyle: 'underline' });
    const raw = await syncRaw();
    expect(raw).not.toHaveProperty('enabled');
    expect(raw).not.toHaveProperty('highlightStyle');
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('does not overwrite a field another machine set when patching a different one', async () => {
    await fakeBrowser.storage.sync.set({ highlightStyle: 'tint' }); // arrived through sync
    await updateSettings({ enabled: false });
    expect(await getSettings()).toMatchObject({ enabled: false, highlightStyle: 'tint' });
  });

  it('repairs a malformed patch field instead of storing it', async () => {
    await updateSettings({ highlightStyle: 'sparkles' as never, enabled: 'no' as never });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await syncRaw()).toEqual(expect.not.objectContaining({ highlightStyle: 'sparkles' }));
  });

  it('keeps the disabled-site list under the sync per-item quota by dropping the oldest', async () => {
    const sites = Array.from({ length: 600 }, (_, i) => `site-number-${i}.example.com`);
    const result = await updateSettings({ disabledSites: sites });
    expect(JSON.stringify((await syncRaw()).disabledSites).length).toBeLessThanOrEqual(7_500);
    expect(result.disabledSites.at(-1)).toBe('site-number-599.example.com');
    expect(result.disabledSites).not.toContain('site-number-0.example.com');
    expect(await getSettings()).toEqual(result);
  });
});

describe('sites', () => {
  it.each([
    ['WWW.Example.COM.', 'example.com'],
    ['news.bbc.co.uk', 'news.bbc.co.uk'],
    ['www', 'www'],
    ['[::1]', '[::1]'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['', null],
    ['a b', null],
    ['example.com/path', null],
    [42, null],
  ])('normalizeHostname(%j) = %j', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it('isSiteEnabled follows the global switch, the host and its parent domains', () => {
    const settings = { ...defaults(), disabledSites: ['bbc.co.uk'] };
    expect(isSiteEnabled(settings, 'www.bbc.co.uk')).toBe(false);
    expect(isSiteEnabled(settings, 'news.bbc.co.uk')).toBe(false);
    expect(isSiteEnabled(settings, 'bbc.com')).toBe(true);
    expect(isSiteEnabled(settings, 'notbbc.co.uk')).toBe(true);
    expect(isSiteEnabled({ ...settings, enabled: false }, 'example.com')).toBe(false);
    expect(isSiteEnabled(defaults(), '')).toBe(true);
  });

  it('setSiteEnabled switches one site off and on again', async () => {
    let settings = await setSiteEnabled('www.theguardian.com', false);
    expect(settings.disabledSites).toEqual(['theguardian.com']);
    expect(isSiteEnabled(settings, 'www.theguardian.com')).toBe(false);
    expect((await syncRaw()).disabledSites).toEqual(['theguardian.com']);

    settings = await setSiteEnabled('theguardian.com', false); // already off: no duplicate
    expect(settings.disabledSites).toEqual(['theguardian.com']);

    settings = await setSiteEnabled('www.theguardian.com', true);
    expect(settings.disabledSites).toEqual([]);
    expect(await syncRaw()).not.toHaveProperty('disabledSites');
  });

  it('switching a subdomain on removes the parent entry that covered it', async () => {
    await setSiteEnabled('example.com', false);
    await setSiteEnabled('other.org', false);
    const settings = await setSiteEnabled('news.example.com', true);
    expect(settings.disabledSites).toEqual(['other.org']);
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(true);
  });

  it('ignores a hostname that is not one', async () => {
    expect(await setSiteEnabled('not a host', false)).toEqual(DEFAULT_SETTINGS);
    expect(await syncRaw()).toEqual({});
  });
});

describe('watchSettings', () => {
  it('calls back with complete, validated settings after a change, and stops after unwatch', async () => {
    const seen: GlossSettings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await updateSettings({ highlightStyle: 'none' });
    await vi.waitFor(() => expect(seen.at(-1)?.highlightStyle).toBe('none'));
    expect(seen.at(-1)).toEqual({ ...defaults(), highlightStyle: 'none' });

    await fakeBrowser.storage.sync.set({ enabled: 'garbage from another client' });
    await flush();
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ ...defaults(), highlightStyle: 'none' }));

    unwatch();
    const count = seen.length;
    await updateSettings({ enabled: false });
    await flush();
    await flush();
    expect(seen.length).toBe(count);
  });

  it('coalesces a burst of changes into the newest settings', async () => {
    const seen: GlossSettings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.sync.set({ enabled: false, highlightStyle: 'tint', categories: { date: false } });
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    await flush();
    expect(seen.length).toBe(1);
    expect(seen[0]).toEqual({ ...defaults(), enabled: false, highlightStyle: 'tint', categories: { ...defaults().categories, date: false } });
    unwatch();
  });
});

describe('two tabs changing options at once converge', () => {
  // Two module instances over one fake storage: what two option pages (or a popup and an options page) are.
  async function twoTabs() {
    vi.resetModules();
    const a = await import('../../utils/settings');
    vi.resetModules();
    const b = await import('../../utils/settings');
    expect(a).not.toBe(b);
    return { a, b };
  }

  it('two concurrent saves of different fields both survive, and both tabs see both', async () => {
    const { a, b } = await twoTabs();
    const seenA: GlossSettings[] = [];
    const seenB: GlossSettings[] = [];
    const unwatchA = a.watchSettings((settings) => seenA.push(settings));
    const unwatchB = b.watchSettings((settings) => seenB.push(settings));
    await Promise.all([a.updateSettings({ highlightStyle: 'tint' }), b.updateSettings({ enabled: false })]);
    const expected = { ...defaults(), enabled: false, highlightStyle: 'tint' };
    expect(await a.getSettings()).toEqual(expected);
    expect(await b.getSettings()).toEqual(expected);
    expect(await syncRaw()).toMatchObject({ enabled: false, highlightStyle: 'tint' });
    await vi.waitFor(() => {
      expect(seenA.at(-1)).toEqual(expected);
      expect(seenB.at(-1)).toEqual(expected);
    });
    unwatchA();
    unwatchB();
  });

  it('many interleaved saves of different fields from two tabs all survive', async () => {
    const { a, b } = await twoTabs();
    await Promise.all([
      a.updateSettings({ highlightStyle: 'none' }),
      b.updateSettings({ disabledSites: ['bbc.co.uk'] }),
      a.updateSettings({ enabled: false }),
      b.updateSettings({ categories: { date: false } as GlossSettings['categories'] }),
    ]);
    expect(await getSettings()).toEqual({
      enabled: false,
      disabledSites: ['bbc.co.uk'],
      categories: { person: true, place: true, organization: true, date: false },
      highlightStyle: 'none',
    });
  });

  it('concurrent saves in one tab, even of two categories in the same item, all survive', async () => {
    await Promise.all([
      updateSettings({ categories: { date: false } as GlossSettings['categories'] }),
      updateSettings({ categories: { place: false } as GlossSettings['categories'] }),
      setSiteEnabled('bbc.co.uk', false),
      setSiteEnabled('example.org', false),
    ]);
    const settings = await getSettings();
    expect(settings.categories).toEqual({ person: true, place: false, organization: true, date: false });
    expect([...settings.disabledSites].sort()).toEqual(['bbc.co.uk', 'example.org']);
  });

  it('a failed save does not block the next one', async () => {
    const failing = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(updateSettings({ enabled: false })).rejects.toThrow('quota');
    failing.mockRestore();
    await updateSettings({ highlightStyle: 'tint' });
    expect(await getSettings()).toMatchObject({ enabled: true, highlightStyle: 'tint' });
  });
});
