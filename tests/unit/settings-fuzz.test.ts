// Settings fuzz: thousands of random, truncated and hostile stored objects through the pure load path (migrate, then
// repair). Loading never throws, never loses a valid field, and is idempotent. Seeded, so a failure reproduces:
// the failing case's seed and index are in the test name or message.
import { describe, expect, it } from 'vitest';

import {
  CATEGORY_NAMES,
  HIGHLIGHT_STYLES,
  loadStored,
  normalizeHostname,
  SETTINGS_VERSION,
  validateSettings,
  type GlossSettings,
} from '../../utils/settings';

/** mulberry32: tiny, fast, good enough to spread cases; same seed, same cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: Rand, list: readonly T[]): T => list[int(rand, list.length)];

const FIELDS = ['enabled', 'disabledSites', 'categories', 'highlightStyle'] as const;
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const HOSTS = [
  'example.com', 'WWW.Example.COM.', 'www.www.bbc.co.uk..', 'news.bbc.co.uk', '[::1]', '127.0.0.1', 'www', 'www.',
  'www..', ' a.b ', 'xn--bcher-kva.example', 'a b', 'example.com/path', '', '.', '..', 'x'.repeat(254), 'x'.repeat(253),
  'ünïcode.de', 'tab\there', '-.-', 'WWW.', 'www.www.', 'a.', 'A..',
];
const STRINGS = ['', 'true', 'false', 'null', 'NaN', 'undefined', '{', '[', '{"enabled":fals', 'tint', 'TINT', 'none',
  'underline', 'background', '__proto__', '\u0000', '\ud800', '💥', ...HIGHLIGHT_STYLES, ...HOSTS];
const NUMBERS = [0, -0, 1, -1, NaN, Infinity, -Infinity, 1e308, Number.MIN_VALUE, 2 ** 53, 0.5];

function randomScalar(rand: Rand): unknown {
  switch (int(rand, 9)) {
    case 0: return rand() < 0.5;
    case 1: return pick(rand, NUMBERS);
    case 2: return pick(rand, STRINGS);
    case 3: return null;
    case 4: return undefined;
    case 5: return pick(rand, [10n, Symbol('s'), () => 1, new Date(NaN), /x/]);
    case 6: return String.fromCharCode(...Array.from({ length: int(rand, 12) }, () => int(rand, 0x3000)));
    case 7: return pick(rand, HOSTS);
    default: return rand() < 0.5 ? pick(rand, HIGHLIGHT_STYLES) : pick(rand, CATEGORY_NAMES);
  }
}

function randomValue(rand: Rand, depth: number): unknown {
  const roll = int(rand, 10);
  if (depth <= 0 || roll < 4) return randomScalar(rand);
  if (roll < 6) {
    const length = rand() < 0.03 ? 5_000 + int(rand, 20_000) : int(rand, 8); // now and then a huge array
    const array = Array.from({ length }, () => (length > 100 ? pick(rand, HOSTS) : randomValue(rand, depth - 1)));
    if (rand() < 0.1) array.length += 3; // sparse holes
    return array;
  }
  if (roll < 7) return truncatedJson(rand, depth);
  const object: Record<string, unknown> = rand() < 0.1 ? Object.create(null) : {};
  const keys = int(rand, 6);
  for (let i = 0; i < keys; i++) {
    const key = pick(rand, [...FIELDS, ...CATEGORY_NAMES, ...PROTO_KEYS, 'extra', '$', 'v']);
    // defineProperty, so "__proto__" is an own key (as JSON.parse makes it), not a prototype change.
    Object.defineProperty(object, key, { value: randomValue(rand, depth - 1), enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/** A JSON text cut short: parsed if it still parses (a truncated array or number often does), else the string. */
function truncatedJson(rand: Rand, depth: number): unknown {
  let text: string;
  try {
    text = JSON.stringify(randomStored(rand, depth - 1)) ?? 'null';
  } catch {
    text = '{"enabled":false,"categories":{"date":false';
  }
  const cut = text.slice(0, int(rand, text.length + 1));
  try {
    return JSON.parse(cut) as unknown;
  } catch {
    return cut;
  }
}

/** A stored object: mostly the right keys, with valid, nearly valid and wrong values. */
function randomStored(rand: Rand, depth = 3): unknown {
  if (rand() < 0.08) return randomValue(rand, depth); // the whole thing is garbage
  if (rand() < 0.05) {
    const text = JSON.stringify({ __proto__: null, enabled: false, categories: { date: false } });
    return JSON.parse(`{"__proto__":{"enabled":false},${text.slice(1)}`) as unknown; // own __proto__ from JSON
  }
  const stored: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (rand() < 0.3) continue; // only what the user changed is stored
    stored[field] = rand() < 0.5 ? validish(rand, field) : randomValue(rand, depth);
  }
  if (rand() < 0.2) Object.defineProperty(stored, '__proto__', { value: { enabled: false }, enumerable: true });
  return stored;
}

function validish(rand: Rand, field: (typeof FIELDS)[number]): unknown {
  switch (field) {
    case 'enabled': return rand() < 0.8 ? rand() < 0.5 : pick(rand, ['false', 0, 1, null]);
    case 'highlightStyle': return rand() < 0.8 ? pick(rand, HIGHLIGHT_STYLES) : pick(rand, ['TINT', 'background', 1]);
    case 'categories': {
      const categories: Record<string, unknown> = {};
      for (const name of CATEGORY_NAMES) if (rand() < 0.6) categories[name] = rand() < 0.7 ? rand() < 0.5 : randomScalar(rand);
      return categories;
    }
    case 'disabledSites': return Array.from({ length: int(rand, 10) }, () => (rand() < 0.7 ? pick(rand, HOSTS) : randomScalar(rand)));
  }
}

const ownValue = (source: unknown, key: string): unknown =>
  typeof source === 'object' && source !== null && !Array.isArray(source) && Object.prototype.hasOwnProperty.call(source, key)
    ? (source as Record<string, unknown>)[key]
    : undefined;

/** What the result must keep: every field (and category, and site) of the input that is valid on its own. */
function expectKeepsValidFields(raw: unknown, result: GlossSettings, label: string): void {
  const enabled = ownValue(raw, 'enabled');
  if (typeof enabled === 'boolean') expect(result.enabled, label).toBe(enabled);
  const style = ownValue(raw, 'highlightStyle');
  if (HIGHLIGHT_STYLES.includes(style as never)) expect(result.highlightStyle, label).toBe(style);
  const categories = ownValue(raw, 'categories');
  for (const name of CATEGORY_NAMES) {
    const value = ownValue(categories, name);
    if (typeof value === 'boolean') expect(result.categories[name], `${label} category ${name}`).toBe(value);
  }
  const sites = ownValue(raw, 'disabledSites');
  if (Array.isArray(sites)) {
    const valid = new Set<string>();
    for (let i = 0; i < sites.length; i++) {
      const host = normalizeHostname(sites[i]);
      if (host) valid.add(host);
    }
    expect(new Set(result.disabledSites), `${label} sites`).toEqual(valid);
  }
}

function expectWellFormed(result: GlossSettings, label: string): void {
  expect(Object.keys(result).sort(), label).toEqual(['categories', 'disabledSites', 'enabled', 'highlightStyle']);
  expect(typeof result.enabled, label).toBe('boolean');
  expect(HIGHLIGHT_STYLES, label).toContain(result.highlightStyle);
  expect(Object.keys(result.categories).sort(), label).toEqual([...CATEGORY_NAMES].sort());
  for (const name of CATEGORY_NAMES) expect(typeof result.categories[name], label).toBe('boolean');
  expect(new Set(result.disabledSites).size, label).toBe(result.disabledSites.length);
  for (const site of result.disabledSites) expect(normalizeHostname(site), label).toBe(site);
}

describe('fuzz: the pure load path', () => {
  const SEED = 0x6c055; // change to explore; a failure names its seed and case
  const CASES = 3_000;

  it(`${CASES} random and truncated stored objects (seed ${SEED}): never throws, keeps valid fields, idempotent`, () => {
    const rand = prng(SEED);
    let hugeArrays = 0;
    let protoKeys = 0;
    for (let i = 0; i < CASES; i++) {
      const label = `seed ${SEED} case ${i}`;
      const raw = randomStored(rand);
      const version = pick(rand, [undefined, null, 0, 1, SETTINGS_VERSION, SETTINGS_VERSION + 1, -1, 1.5, NaN, '1']);
      if (Array.isArray(ownValue(raw, 'disabledSites')) && (ownValue(raw, 'disabledSites') as unknown[]).length > 1000) hugeArrays++;
      if (typeof raw === 'object' && raw !== null && Object.prototype.hasOwnProperty.call(raw, '__proto__')) protoKeys++;

      let result!: GlossSettings;
      expect(() => (result = loadStored(version, raw)), label).not.toThrow();
      expectWellFormed(result, label);
      expectKeepsValidFields(raw, result, label);
      expect(validateSettings(result), `${label} idempotent`).toEqual(result);
      expect(loadStored(SETTINGS_VERSION, structuredClone(result)), `${label} reload`).toEqual(result);
      expect(Object.getPrototypeOf(result), label).toBe(Object.prototype);
    }
    // The generator really produced the nasty cases it claims to.
    expect(hugeArrays).toBeGreaterThan(0);
    expect(protoKeys).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined(); // no prototype pollution
  });

  it('hostile objects (throwing getters, proxies) reset only the fields they break', () => {
    const rand = prng(7);
    for (let i = 0; i < 200; i++) {
      const good = { enabled: false, highlightStyle: 'none', categories: { person: false, date: false }, disabledSites: ['a.example'] };
      const broken = pick(rand, FIELDS);
      const raw: Record<string, unknown> = { ...good };
      Object.defineProperty(raw, broken, { get: () => { throw new Error('boom'); }, enumerable: true });
      let result!: GlossSettings;
      expect(() => (result = loadStored(1, raw))).not.toThrow();
      const expected = validateSettings({ ...good, [broken]: undefined });
      expect(result, `broken ${broken}`).toEqual(expected);
    }
    const categories = { person: false };
    Object.defineProperty(categories, 'date', { get: () => { throw new Error('boom'); }, enumerable: true });
    expect(loadStored(1, { categories }).categories).toEqual({ person: false, place: true, organization: true, date: true });
    const sites = ['a.example', 'b.example'];
    Object.defineProperty(sites, 0, { get: () => { throw new Error('boom'); } });
    expect(loadStored(1, { disabledSites: sites }).disabledSites).toEqual(['b.example']);
    const proxy = new Proxy({ enabled: false }, { ownKeys: () => { throw new Error('boom'); } });
    expect(loadStored(1, proxy).enabled).toBe(false);
  });

  it('a prototype key is never read as a field', () => {
    const raw = JSON.parse('{"__proto__":{"enabled":false,"highlightStyle":"tint"},"categories":{"__proto__":{"date":false}}}') as unknown;
    expect(loadStored(1, raw)).toEqual(validateSettings(undefined));
    const inherited = Object.create({ enabled: false }) as Record<string, unknown>;
    expect(loadStored(1, inherited).enabled).toBe(true);
  });
});
