// Types of the place data: hand-written files in data/places/*.json, patches of package data, and what the compiler reads.

export type PlaceKind = 'continent' | 'country' | 'territory' | 'region' | 'city' | 'area' | 'feature';

export interface PlaceSource {
  /** "place:cc:US" (ISO2), "place:gn:<geonameid>" (GeoNames city), "place:adm1:<CC>.<code>" (first-level region), "place:<slug>" (hand-written). */
  id: string;
  /** The English name news use ("Geneva", "Kyiv", "Gaza Strip"). */
  name: string;
  /** Other names news use; only forms that are unambiguous enough to match on their own. */
  aliases?: string[];
  kind: PlaceKind;
  /** ISO2 of the containing country (for a country or territory: itself). Absent for continents, seas and areas spanning several countries. */
  country?: string;
  lat: number;
  lon: number;
  population?: number;
  /** Countries and territories: the capital's name. */
  capital?: string;
  /** Our own short words ("Autonomous region in north-west China"). Never copied text. */
  description?: string;
  /** Tie-breaker when one name is several places: higher wins (see PLACE_PRIORITY). */
  priority?: number;
}

/**
 * Priority bands. Country > hand-written area > region > capital > city by population, so the entry news
 * usually mean is the highest one for a shared name ("Georgia" the country over the US state, "Paris" France
 * over Paris, Texas). City priorities are CITY_BASE + log10(population), so they stay below CAPITAL.
 */
export const PLACE_PRIORITY = {
  COUNTRY: 100,
  HAND: 90,
  REGION: 60,
  CAPITAL: 50,
  CITY_BASE: 20,
  /** A region named like the big city inside it ("Moscow", "Vienna", "Tianjin"): news mean the city. */
  REGION_NAMED_LIKE_CITY: 15,
} as const;

/** Corrections to one package entry, kept as data in data/places/patches/*.json (applied by placesFromPackages()). */
export interface PlacePatch {
  /** Id of the package entry to patch ("place:cc:TR", "place:adm1:CN.13", "place:gn:2660646"). */
  id: string;
  name?: string;
  /** Added to the package's aliases (the old package name becomes an alias when name changes). */
  aliases?: string[];
  /** Package aliases to drop (formal or misleading forms such as "Korea, Republic of"). */
  removeAliases?: string[];
  kind?: PlaceKind;
  capital?: string;
  description?: string;
  priority?: number;
  /** Leave the entry out altogether. */
  drop?: boolean;
}

/** data/places/patches/city-stoplist.json: city names that are common English words, given names or surnames. */
export interface CityStoplist {
  comment: string;
  /** A city whose name is here is kept only if it is big (population ≥ keepAbovePopulation) or a capital. */
  keepAbovePopulation: number;
  names: string[];
  /** Dropped whatever their size ("Van", "Of", "Police"). */
  alwaysDrop: string[];
  /** Kept whatever their size, because news name them often ("Oxford", "Bath"). */
  alwaysKeep: string[];
}
