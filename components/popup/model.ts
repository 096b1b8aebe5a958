// Pure logic behind the toolbar popup: what kind of tab this is, the entity list's sections, and display formatting.
import type { EntityGroup } from '../../utils/messaging';
import { normalizeHostname, type CategoryName, type GlossSettings } from '../../utils/settings';
import type { EntityType } from '../../utils/types';
import { t, uiLocale } from './i18n';

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

// Looked up once, when the popup loads: the browser's UI language does not change while it is open.
export const CATEGORY_LABELS: Record<CategoryName, string> = {
  person: t('categoryPerson'),
  place: t('categoryPlace'),
  organization: t('categoryOrganization'),
  date: t('categoryDate'),
};

export const STYLE_LABELS: Record<GlossSettings['highlightStyle'], string> = {
  underline: t('styleUnderline'),
  tint: t('styleTint'),
  none: t('styleNone'),
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

/** "1 mention", "1,200 mentions", in the popup's language (its plural rule picks the form). */
export function mentionsText(count: number): string {
  const form = new Intl.PluralRules(uiLocale()).select(count) === 'one' ? 'mentionOne' : 'mentionOther';
  return t(form, formatCount(count));
}

export function formatCount(value: number): string {
  return new Intl.NumberFormat(uiLocale()).format(value);
}

/** "2025-03-01" -> "1 March 2025" (in the popup's language); anything that is not a calendar date is shown as it came. */
export function formatAsOf(asOf: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (!match) return asOf;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) return asOf;
  return new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Decimal units, as file managers show sizes: 9_400_000 -> "9.4 MB". */
export function formatBytes(bytes: number): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  if (bytes >= 1_000_000) return t('sizeMegabytes', number(bytes / 1_000_000, 1));
  if (bytes >= 1_000) return t('sizeKilobytes', number(Math.round(bytes / 1_000), 0));
  return t('sizeBytes', number(bytes, 0));
}

/** Credits for the bundled data, as the licences ask (see DESIGN-NOTES "Data sources and licences"). */
export const CREDITS: readonly string[] = [t('creditPeople'), t('creditPlaces'), t('creditCountries'), t('creditMap')];
