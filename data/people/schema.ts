// The people schema of Gloss's source data (data/people/*.json), shared by the importer, the tests and the dictionary compiler.

/** One person. Records with the same `id` in several files are merged by the compiler (union of aliases and roles). */
export interface PersonSource {
  /** "wd:Q58217" when the Wikidata QID is known, else "gloss:kebab-slug". */
  id: string;
  /** Canonical display name as English-language news writes it ("Sergey Lavrov"). */
  name: string;
  /** Other full forms (transliterations, common short forms); never bare surnames: the compiler derives those. */
  aliases?: string[];
  /** YYYY or YYYY-MM-DD. */
  born?: string;
  died?: string;
  /** ISO 3166-1 alpha-2 of the person's main country. */
  country?: string;
  /** Our own short sentence, for people whose roles don't say who they are. */
  description?: string;
  roles?: RoleSource[];
}

/** One spell in one office. */
export interface RoleSource {
  /** Self-explanatory title: "Minister of Foreign Affairs of Russia", "President of the United States". */
  title: string;
  /** ISO2, or "INT" for international bodies. */
  country?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  start?: string;
  end?: string;
  /**
   * Only when `end` is absent: the date (YYYY, YYYY-MM or YYYY-MM-DD) up to which the source knew the role was
   * still held (the extract's snapshot date). Absent `end` and absent `ongoingAsOf` = unknown.
   */
  ongoingAsOf?: string;
}

/** Id forms: Wikidata ("wd:Q123") or our own kebab-case slug ("gloss:zhao-lijian"). */
export const PERSON_ID_RE = /^(wd:Q[1-9][0-9]*|gloss:[a-z0-9]+(-[a-z0-9]+)*)$/;
/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_DATE_RE = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;
/** Person birth/death dates: YYYY or YYYY-MM-DD (month precision is not used for these). */
export const LIFE_DATE_RE = /^[0-9]{4}(-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))?$/;
