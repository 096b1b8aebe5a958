// The recogniser's word lists (data/lexicon/*.json), folded into Sets once at module load.
import givenNames from '../../data/lexicon/given-names.json';
import surnames from '../../data/lexicon/surnames.json';
import commonWords from '../../data/lexicon/common-words.json';
import englishWords from '../../data/lexicon/english-words.json';
import titles from '../../data/lexicon/titles.json';
import orgSuffixes from '../../data/lexicon/org-suffixes.json';
import demonyms from '../../data/lexicon/demonyms.json';
import { fold } from './tokens';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold));

/** Given names ("phil", "zhao" is not one: family-first names are in SURNAMES). */
export const GIVEN: ReadonlySet<string> = set(givenNames.names);
/** Given names that are also words or places ("will", "may", "jordan"): need a non-word surname after them. */
export const GIVEN_AMBIGUOUS: ReadonlySet<string> = set(givenNames.ambiguous);
export const SURNAMES: ReadonlySet<string> = set(surnames.names);
/** Capitalised words that are never a name on their own. */
export const COMMON: ReadonlySet<string> = set(commonWords.words);
/** Everyday words that are also names: a lone one needs more evidence. */
export const ENGLISH: ReadonlySet<string> = set(englishWords.words);
export const STRONG_TITLES: ReadonlySet<string> = set(titles.strong);
export const COURTESY_TITLES: ReadonlySet<string> = set(titles.courtesy);
/** Verbs after a name that mark the subject as a person ("Zhao said"). */
export const PERSON_VERBS_AFTER: ReadonlySet<string> = set(titles.afterName);
export const ORG_SUFFIXES: ReadonlySet<string> = set(orgSuffixes.suffixes);
/** Suffixes that are also ordinary heads ("Kansas City", "Washington Post"): a name needs more than this. */
export const ORG_WEAK_SUFFIXES: ReadonlySet<string> = set(orgSuffixes.weakSuffixes);
/** "Ministry of X", "University of X". */
export const ORG_HEADS: ReadonlySet<string> = set(orgSuffixes.heads);
/** Demonym (folded) -> ISO2 ('' when it names no one country). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries(demonyms.demonyms as Record<string, string>));
export const PLACE_CUES: ReadonlySet<string> = set(demonyms.placeCues);

/** A word of ordinary English: common, English-list, or seen in lower case in this very document. */
export function isWordLike(key: string, lowerInDoc: ReadonlySet<string>): boolean {
  return COMMON.has(key) || ENGLISH.has(key) || lowerInDoc.has(key);
}
