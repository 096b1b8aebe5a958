// Shared data types that cross module boundaries (recognition, dates, UI, annotate command).

export type EntityType = 'person' | 'place' | 'organization' | 'date';

/** One highlighted span, as produced by the annotation pipeline and printed by `annotate`. */
export interface Mention {
  /** Exactly text.slice(start, end) of the annotated text. */
  text: string;
  /** UTF-16 offsets into the annotated text. */
  start: number;
  end: number;
  type: EntityType;
  /** Dictionary id ("wd:Q58217", "place:…", "org:…"); null for dates and for names not in the dictionary. */
  id: string | null;
  /** Canonical name (the dictionary name, or the fullest form the article uses); null for dates. */
  name: string | null;
  /** ISO / TimeML value for dates ("2021-03-18", "2020-11", "2021-W12", "199"); null otherwise. */
  value: string | null;
  /** The popover's text on one line. */
  context: string;
  /** Set when the name was matched fuzzily ("Navalani" -> Alexei Navalny). */
  guess?: boolean;
}

/** Result of annotating one document (the `annotate` command's JSON object). */
export interface AnnotateResult {
  isArticle: boolean;
  published: string | null;
  title: string | null;
  mentions: Mention[];
}

/** What the popover shows for one mention: plain strings only, never HTML. */
export interface EntityCard {
  type: EntityType;
  /** "Sergey Lavrov", "Thursday, 18 March 2021", "Xinjiang". */
  title: string;
  /** The one most useful line: "Foreign Minister of Russia since May 2004", "Region of China", "Same day as this article". */
  subtitle: string;
  /** Further short lines, most useful first: "Born 1950", "Population 25.9 million", "Since then: …". */
  lines: string[];
  /** Set for fuzzy matches: the canonical name it probably means ("Alexei Navalny"). */
  possibleMisspellingOf?: string;
  /** Places: coordinates for the offline locator map. */
  location?: { lat: number; lon: number };
}

/** A mention with its popover card (pipeline output inside the extension; `annotate` prints only the Mention fields). */
export interface AnnotatedMention extends Mention {
  card: EntityCard;
}
