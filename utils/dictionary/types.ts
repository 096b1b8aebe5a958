// Public types of the dictionary: the Dictionary interface (docs/ARCHITECTURE.md), its records and match results.

/** Bits of AliasMatch.flags / candidateFlags: how the matched string relates to the entity. */
export const AliasFlag = {
  /** Only the family name ("Lavrov", "Xi", "von der Leyen"): needs coreference or context. */
  SURNAME_ONLY: 1,
  /** An acronym ("NATO", "US"): matched only when the text's capitalisation is exactly the alias's. */
  ACRONYM: 2,
  /** The string is also an ordinary English word in lower case ("May", "Nice", "Reading", "Turkey"). */
  COMMON_WORD: 4,
  /** Not the canonical name: an alternate name, exonym or other form from the data ("Peking", "Joseph Biden"). */
  ALT_NAME: 8,
  /** A form the compiler derived by dropping middle initials ("George Bush" from "George W. Bush"). */
  SHORT_FORM: 16,
  /** The organisation is marked ambiguous in the data ("Apple", "Shell"): match only with context. */
  AMBIGUOUS: 32,
  /** The alias starts with a lower-case particle ("von der Leyen", "de Gaulle"). The matcher lets a lower-case
   *  word start a match only for such aliases. */
  LOWER_START: 64,
} as const;
/** Same bit as ALT_NAME (the contract's name for it). */
export const EXONYM = AliasFlag.ALT_NAME;

export interface Role {
  title: string;
  /** ISO2 or "INT". */
  country?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  start?: string;
  end?: string;
  /** Without `end`: the date up to which the role was known to be held. */
  ongoingAsOf?: string;
}

export interface PersonRecord {
  type: 'person';
  id: string;
  name: string;
  aliases: string[];
  born?: string;
  died?: string;
  country?: string;
  description?: string;
  roles: Role[];
}

export interface PlaceRecord {
  type: 'place';
  id: string;
  name: string;
  kind: string;
  country?: string;
  lat: number;
  lon: number;
  population?: number;
  capital?: string;
  description?: string;
  priority?: number;
}

export interface OrganizationRecord {
  type: 'organization';
  id: string;
  name: string;
  kind: string;
  /** The first acronym, if any ("NATO"). */
  acronym?: string;
  acronyms: string[];
  aliases: string[];
  country?: string;
  seat?: string;
  founded?: string;
  description?: string;
  ambiguous?: boolean;
}

export type EntityRecord = PersonRecord | PlaceRecord | OrganizationRecord;

export interface AliasMatch {
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  /** Entity indexes, best first (dictionary priority: full-name forms before surname-only, then prominence). */
  candidates: number[];
  /** AliasFlag bits of the best candidate's alias. */
  flags: number;
  /** AliasFlag bits per candidate (parallel to `candidates`): "Wang" is a surname for one, a full name for another. */
  candidateFlags: number[];
  /** The text's capitalisation equals the best candidate's alias ("US" for "US"; false for "SERGEY LAVROV"). */
  caseExact: boolean;
}

/** A person's family name, for fuzzy matching of misspellings ("Navalani" -> "Navalny"). */
export interface SurnameEntry {
  /** As written in the name ("Navalny", "von der Leyen"). */
  surname: string;
  /** Folded: lower case, no diacritics ("navalny"). */
  folded: string;
  /** Person entity indexes, most prominent first. */
  entities: number[];
}

export interface DictionaryCounts {
  people: number;
  peopleWithRoles: number;
  places: number;
  organizations: number;
  /** Distinct (alias, entity) pairs in the index (derived surname and short forms included). */
  aliases: number;
}

export interface Dictionary {
  /** YYYY-MM-DD: how current the facts are. */
  asOf: string;
  counts: DictionaryCounts;
  /** Size of the compiled asset. */
  byteLength: number;
  entityCount: number;
  /** Decoded on demand (and cached). */
  entity(index: number): EntityRecord;
  /** -1 if unknown. */
  indexOfId(id: string): number;
  /** Longest-match alias lookup over the whole text, linear time. */
  matchAliases(text: string): AliasMatch[];
  /** Entities whose alias equals this normalised token sequence (for coreference / fuzzy). Case is ignored. */
  lookupAlias(alias: string): number[];
  /** As lookupAlias, with the AliasFlag bits of each candidate. */
  lookupAliasFlags(alias: string): { candidates: number[]; flags: number[] };
  /** Person family names with at least `minLength` folded letters (default 5), sorted by folded form. */
  surnames(minLength?: number): readonly SurnameEntry[];
  /** English short name of a country by ISO2 ("RU" -> "Russia", "US" -> "United States"), or null. */
  countryName(code: string): string | null;
  /** Nationality adjectives of a country, lower case ("FR" -> ["french"]); empty when unknown. */
  demonyms(code: string): readonly string[];
}
