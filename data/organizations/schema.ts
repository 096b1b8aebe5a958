// Types of the organisation data in data/organizations/*.json, read by the dictionary compiler.

export type OrganizationKind =
  | 'international organisation'
  | 'ministry'
  | 'government agency'
  | 'intelligence agency'
  | 'legislature'
  | 'court'
  | 'political party'
  | 'armed forces'
  | 'armed group'
  | 'company'
  | 'media'
  | 'central bank'
  | 'sports body'
  | 'NGO'
  | 'institution';

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'international organisation', 'ministry', 'government agency', 'intelligence agency', 'legislature', 'court',
  'political party', 'armed forces', 'armed group', 'company', 'media', 'central bank', 'sports body', 'NGO',
  'institution',
];

export interface OrganizationSource {
  /** "org:slug" */
  id: string;
  /** Full English name ("North Atlantic Treaty Organization"). */
  name: string;
  /** Other names news use; only unambiguous forms ("Chinese Foreign Ministry", never a bare "Foreign Ministry"). */
  aliases?: string[];
  /** Matched case-exactly by the compiler ("NATO", "OTAN"). */
  acronyms?: string[];
  kind: OrganizationKind;
  /** ISO2, or "INT" for international bodies. */
  country?: string;
  /** City of the headquarters ("Brussels"). */
  seat?: string;
  /** Year founded, YYYY. */
  founded?: string;
  /** Our own short sentence. */
  description: string;
  /** The name is also a common word or another thing ("Apple", "Amazon", "Shell"): match it only with context. */
  ambiguous?: boolean;
  /** Short names that are ambiguous on their own while the full name is not ("Wolves", "Spurs", "Yorkshire" for the
   *  county cricket club): flagged AMBIGUOUS per alias, so the recogniser accepts them only with context (a sports
   *  report for a sports body). Several organisations may share one ("Cardinals"); the full names stay unique. */
  ambiguousAliases?: string[];
}
