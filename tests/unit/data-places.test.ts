// Tests of the place data: hand-written files, package extraction with its patches and stop-list, and the world map.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CityStoplist, PlacePatch, PlaceSource } from '../../data/places/schema';
import {
  CITY_MIN_POPULATION,
  allPlaces,
  asciiFold,
  handWrittenPlaces,
  keepCityName,
  weightedCentre,
} from '../../scripts/dictionary/places-from-packages';
import { buildWorldMap, projectToMap, toRelativePath } from '../../scripts/dictionary/world-map';

const PLACES_DIR = join(__dirname, '..', '..', 'data', 'places');
const KINDS = ['continent', 'country', 'territory', 'region', 'city', 'area', 'feature'];
const ISO2 = new Set(Object.keys(isoCountries.getAlpha2Codes()));

/** Every problem with one entry, as readable strings (empty when it matches the schema). */
function schemaProblems(p: PlaceSource): string[] {
  const errors: string[] = [];
  const where = String(p.id);
  if (typeof p.id !== 'string' || !/^place:(cc:[A-Z]{2}|gn:\d+|adm1:[A-Z]{2}\.[\w-]+|[a-z0-9-]+)$/.test(p.id)) errors.push(`${where}: bad id`);
  if (typeof p.name !== 'string' || p.name.trim() !== p.name || p.name === '') errors.push(`${where}: bad name`);
  if (!KINDS.includes(p.kind)) errors.push(`${where}: bad kind ${p.kind}`);
  if (typeof p.lat !== 'number' || p.lat < -90 || p.lat > 90) errors.push(`${where}: lat out of range`);
  if (typeof p.lon !== 'number' || p.lon < -180 || p.lon > 180) errors.push(`${where}: lon out of range`);
  if (p.country !== undefined && !ISO2.has(p.country)) errors.push(`${where}: country ${p.country} is not ISO2`);
  if (p.aliases !== undefined) {
    if (!Array.isArray(p.aliases) || p.aliases.some((a) => typeof a !== 'string' || a.trim() === '' || a !== a.trim())) errors.push(`${where}: bad alias`);
    else if (p.aliases.includes(p.name)) errors.push(`${where}: alias repeats the name`);
    else if (new Set(p.aliases).size !== p.aliases.length) errors.push(`${where}: duplicate alias`);
  }
  if (p.population !== undefined && !(Number.isInteger(p.population) && p.population > 0)) errors.push(`${where}: bad population`);
  if (p.priority !== undefined && typeof p.priority !== 'number') errors.push(`${where}: bad priority`);
  if (p.description !== undefined && (typeof p.description !== 'string' || p.description.length > 160)) errors.push(`${where}: bad description`);
  const known = new Set(['id', 'name', 'aliases', 'kind', 'country', 'lat', 'lon', 'population', 'capital', 'description', 'priority']);
  for (const key of Object.keys(p)) if (!known.has(key)) errors.push(`${where}: unknown field ${key}`);
  return errors;
}

let places: PlaceSource[] = [];
let byName: Map<string, PlaceSource[]>;

/** The entry news mean by this exact name: the highest-priority place with it as name or alias. */
function best(name: string): PlaceSource | undefined {
  return byName.get(name)?.[0];
}

beforeAll(() => {
  places = allPlaces();
  byName = new Map();
  for (const p of places) {
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      const list = byName.get(n) ?? [];
      list.push(p);
      byName.set(n, list);
    }
  }
  for (const list of byName.values()) list.sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
});

describe('hand-written place files', () => {
  const files = readdirSync(PLACES_DIR).filter((f) => f.endsWith('.json'));

  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s parses and every entry matches the schema', (file) => {
    const entries = JSON.parse(readFileSync(join(PLACES_DIR, file), 'utf8')) as PlaceSource[];
    expect(Array.isArray(entries)).toBe(true);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.flatMap(schemaProblems)).toEqual([]);
    // Hand-written ids are slugs, never package ids (those are patched in data/places/patches/).
    expect(entries.filter((p) => /^place:(cc|gn|adm1):/.test(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('patch files name only ids that look like package ids', () => {
    for (const file of ['countries.json', 'regions.json', 'cities.json']) {
      const patches = JSON.parse(readFileSync(join(PLACES_DIR, 'patches', file), 'utf8')) as PlacePatch[];
      const bad = patches.filter((p) => !/^place:(cc:[A-Z]{2}|adm1:[A-Z]{2}\.[\w-]+|gn:\d+)$/.test(p.id));
      expect(bad).toEqual([]);
    }
  });
});

describe('all places', () => {
  it(`number at least 20,000 (cities from population ${CITY_MIN_POPULATION})`, () => {
    expect(places.length).toBeGreaterThanOrEqual(20_000);
    expect(places.filter((p) => p.kind === 'city').length).toBeGreaterThan(15_000);
    expect(places.filter((p) => p.kind === 'region').length).toBeGreaterThan(3_000);
    expect(places.filter((p) => p.kind === 'country' || p.kind === 'territory').length).toBeGreaterThan(240);
  });

  it('all match the schema', () => {
    expect(places.flatMap(schemaProblems)).toEqual([]);
  });

  it('have unique ids', () => {
    const seen = new Set<string>();
    const dups = places.filter((p) => (seen.has(p.id) ? true : (seen.add(p.id), false))).map((p) => p.id);
    expect(dups).toEqual([]);
  });

  it('give every country its capital and none a formal "X, Republic of" name', () => {
    const countries = places.filter((p) => p.kind === 'country');
    expect(countries.filter((p) => !p.capital).map((p) => p.id)).toEqual([]);
    const isoEntries = places.filter((p) => p.id.startsWith('place:cc:'));
    const formal = isoEntries.filter((p) => [p.name, ...(p.aliases ?? [])].some((n) => /,|\(/.test(n)));
    expect(formal.map((p) => p.name)).toEqual([]);
    // A country's old name must not take a big city's name elsewhere ("Gold Coast" was Ghana's).
    expect(best('Gold Coast')?.country).toBe('AU');
  });
});

describe('places of the example page (2021-03-18)', () => {
  it.each([
    ['China', 'place:cc:CN', 'country', 'CN'],
    ['United States', 'place:cc:US', 'country', 'US'],
    ['America', 'place:cc:US', 'country', 'US'],
    ['US', 'place:cc:US', 'country', 'US'],
    ['Russia', 'place:cc:RU', 'country', 'RU'],
    ['Japan', 'place:cc:JP', 'country', 'JP'],
    ['Hong Kong', 'place:cc:HK', 'territory', 'HK'],
    ['Taiwan', 'place:cc:TW', 'territory', 'TW'],
    ['Xinjiang', 'place:adm1:CN.13', 'region', 'CN'],
    ['Tibet', 'place:adm1:CN.14', 'region', 'CN'],
    ['Alaska', 'place:adm1:US.AK', 'region', 'US'],
    ['Washington', 'place:gn:4140963', 'city', 'US'],
  ])('%s is %s (%s, %s)', (name, id, kind, country) => {
    const p = best(name);
    expect(p?.id).toBe(id);
    expect(p?.kind).toBe(kind);
    expect(p?.country).toBe(country);
  });

  it.each([
    ['Asia', 'continent'],
    ['Europe', 'continent'],
  ])('%s is a %s', (name, kind) => {
    expect(best(name)?.kind).toBe(kind);
    expect(best(name)?.country).toBeUndefined();
  });

  it('puts Xinjiang and Alaska where they are', () => {
    const x = best('Xinjiang')!;
    expect(x.lat).toBeGreaterThan(35);
    expect(x.lat).toBeLessThan(49);
    expect(x.lon).toBeGreaterThan(74);
    expect(x.lon).toBeLessThan(96);
    const a = best('Alaska')!;
    expect(a.lat).toBeGreaterThan(54);
    expect(a.lon).toBeLessThan(-130);
  });
});

describe('one name, several places: the one news mean ranks first', () => {
  it.each([
    ['Washington', 'place:gn:4140963'],
    ['Washington state', 'place:adm1:US.WA'],
    ['Georgia', 'place:cc:GE'],
    ['Jordan', 'place:cc:JO'],
    ['Chad', 'place:cc:TD'],
    ['Turkey', 'place:cc:TR'],
    ['Türkiye', 'place:cc:TR'],
    ['Congo', 'place:cc:CD'],
    ['Burma', 'place:cc:MM'],
    ['Britain', 'place:cc:GB'],
    ['UK', 'place:cc:GB'],
    ['Czechia', 'place:cc:CZ'],
    ['Ivory Coast', 'place:cc:CI'],
    ['Gaza', 'place:adm1:PS.GZ'],
    ['Kiev', 'place:gn:703448'],
    ['Kyiv', 'place:gn:703448'],
    ['Geneva', 'place:gn:2660646'],
    ['Genève', 'place:gn:2660646'],
    ['The Hague', 'place:gn:2747373'],
    ['Bombay', 'place:gn:1275339'],
    ['New York', 'place:gn:5128581'],
    ['Donbas', 'place:donbas'],
    ['Crimea', 'place:adm1:UA.11'],
    ['Golan Heights', 'place:golan-heights'],
    ['South China Sea', 'place:south-china-sea'],
    ['Strait of Hormuz', 'place:strait-of-hormuz'],
  ])('%s -> %s', (name, id) => {
    expect(best(name)?.id).toBe(id);
  });

  it.each([
    ['Paris', 'FR'],
    ['Moscow', 'RU'],
    ['Vienna', 'AT'],
    ['Birmingham', 'GB'],
    ['Nice', 'FR'],
    ['Munich', 'DE'],
    ['Cologne', 'DE'],
    ['Rome', 'IT'],
  ])('%s is the city in %s, not a namesake or the region around it', (name, country) => {
    const p = best(name);
    expect(p?.kind).toBe('city');
    expect(p?.country).toBe(country);
  });

  it('keeps Washington state below the capital and the country above both regions', () => {
    const wa = byName.get('Washington')!;
    expect(wa[0].kind).toBe('city');
    expect(wa.some((p) => p.id === 'place:adm1:US.WA')).toBe(true);
    const ga = byName.get('Georgia')!;
    expect(ga[0].kind).toBe('country');
    expect(ga.some((p) => p.id === 'place:adm1:US.GA')).toBe(true);
  });
});

describe('city stop-list', () => {
  it.each(['March', 'Police', 'Van', 'August', 'Most', 'Federal', 'Central', 'Northern', 'North West', 'Pool', 'Mao', 'Rubio'])('%s is not a place', (name) => {
    expect(byName.get(name)).toBeUndefined();
  });

  it.each(['Oxford', 'Reading', 'Nice', 'Split', 'Florence'])('%s is still a city', (name) => {
    expect(best(name)?.kind).toBe('city');
  });

  const stoplist: CityStoplist = { comment: '', keepAbovePopulation: 250_000, names: ['Reading', 'Gilbert'], alwaysDrop: ['Van'], alwaysKeep: ['Oxford'] };
  it.each([
    ['Van', 3_000_000, false, false],
    ['Oxford', 20_000, false, true],
    ['Gilbert', 247_000, false, false],
    ['Reading', 318_000, false, true],
    ['Gilbert', 30_000, true, true],
    ['Lyon', 20_000, false, true],
  ])('keepCityName(%s, %i, capital %s) = %s', (name, pop, capital, keep) => {
    expect(keepCityName(stoplist, name as string, pop as number, capital as boolean)).toBe(keep);
  });
});

describe('helpers', () => {
  it.each([
    ['Kraków', 'Krakow'],
    ['São Paulo', 'Sao Paulo'],
    ['Łódź', 'Lodz'],
    ['Xi’an', "Xi'an"],
    ['Geneva', 'Geneva'],
  ])('asciiFold(%s) = %s', (input, output) => {
    expect(asciiFold(input)).toBe(output);
  });

  it('averages points across the antimeridian on the sphere, not through Greenwich', () => {
    const c = weightedCentre([
      { lat: 65, lon: 179, weight: 1 },
      { lat: 65, lon: -179, weight: 1 },
    ])!;
    expect(Math.abs(c.lon)).toBeGreaterThan(179);
    expect(c.lat).toBeGreaterThan(64);
  });

  it('weights by population', () => {
    const c = weightedCentre([
      { lat: 0, lon: 0, weight: 9 },
      { lat: 0, lon: 10, weight: 1 },
    ])!;
    expect(c.lon).toBeGreaterThan(0.5);
    expect(c.lon).toBeLessThan(1.5);
  });

  it('lists only JSON arrays of places from data/places', () => {
    expect(handWrittenPlaces().length).toBeGreaterThan(100);
  });
});

/** Decodes the relative path back into absolute rings, to check what a browser would draw. */
function decodeRelative(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  const re = /([mlz])|(-?(?:\d+\.?\d*|\.\d+))/g;
  let cmd = '';
  let nums: number[] = [];
  let x = 0;
  let y = 0;
  let ring: [number, number][] = [];
  let start: [number, number] = [0, 0];
  const flush = (): void => {
    for (let i = 0; i + 1 < nums.length; i += 2) {
      x += nums[i];
      y += nums[i + 1];
      if (cmd === 'm' && i === 0) {
        ring = [[x, y]];
        start = [x, y];
      } else ring.push([x, y]);
    }
    nums = [];
  };
  for (const m of d.matchAll(re)) {
    if (m[1]) {
      flush();
      if (m[1] === 'z') {
        rings.push(ring);
        [x, y] = start;
      }
      cmd = m[1];
    } else nums.push(Number(m[2]));
  }
  flush();
  return rings;
}

describe('world map', () => {
  const map = buildWorldMap();

  it('is 360 x 180 and small', () => {
    expect(map.width).toBe(360);
    expect(map.height).toBe(180);
    expect(map.path.length).toBeGreaterThan(10_000);
    expect(Buffer.byteLength(map.path)).toBeLessThan(80_000);
    expect(map.path).toMatch(/^m[\d.\-lmz ]+z$/);
  });

  it('draws only inside the frame, with land in the right places', () => {
    const rings = decodeRelative(map.path);
    expect(rings.length).toBeGreaterThan(200);
    const points = rings.flat();
    const outside = points.filter(([px, py]) => px < -0.05 || px > 360.05 || py < -0.05 || py > 180.05);
    expect(outside).toEqual([]);
    // Some outline passes near Beijing's dot and near New York's: the projection and the dots agree.
    const near = (lat: number, lon: number): boolean => {
      const { x, y } = projectToMap(lat, lon);
      return points.some(([px, py]) => Math.hypot(px - x, py - y) < 3);
    };
    expect(near(39.9, 116.4)).toBe(true);
    expect(near(40.7, -74)).toBe(true);
    // ...and nothing in the middle of the Pacific.
    expect(points.some(([px, py]) => Math.hypot(px - (-140 + 180), py - (90 - 0)) < 5)).toBe(false);
  });

  it('projects lat/lon to x = lon + 180, y = 90 - lat', () => {
    expect(projectToMap(0, 0)).toEqual({ x: 180, y: 90 });
    expect(projectToMap(90, -180)).toEqual({ x: 0, y: 0 });
    expect(projectToMap(-90, 180)).toEqual({ x: 360, y: 180 });
  });

  it('rewrites absolute paths as relative ones that decode to the same points', () => {
    const rel = toRelativePath('M10,10L20,10L20,20Z M30.5,30L31,30L31,31.5L30.5,30Z M1,1L1,1L1,1Z');
    expect(decodeRelative(rel)).toEqual([
      [[10, 10], [20, 10], [20, 20]],
      [[30.5, 30], [31, 30], [31, 31.5]],
    ]);
  });
});
