// Time-aware popover cards for dictionary entities: what was true on the article's date, and briefly what changed
// since ("Former President of the United States (2017–2021)" / "Again President from Jan 2025").
import type { EntityCard } from '../types';
import { roleRank } from './roles';
import type { Dictionary, OrganizationRecord, PersonRecord, PlaceRecord, Role } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-01-20" -> "Jan 2021"; "2021-01" -> "Jan 2021"; "2004" -> "2004". */
export function formatMonth(d: string): string {
  const y = d.slice(0, 4);
  const m = Number(d.slice(5, 7));
  return m >= 1 && m <= 12 ? `${MONTHS[m - 1]} ${y}` : y;
}

/** "2021-03-18" -> "18 Mar 2021" (coarser dates as formatMonth). */
export function formatDay(d: string): string {
  const day = Number(d.slice(8, 10));
  return day ? `${day} ${formatMonth(d)}` : formatMonth(d);
}

/**
 * Compares a partial date (YYYY, YYYY-MM, YYYY-MM-DD) with a full reference date at the partial date's own
 * precision: "2021" vs "2021-03-18" is 0 (same year), so a year-only date is never claimed to be before or after
 * a day inside it.
 */
function cmp(partial: string, ref: string): number {
  const r = ref.slice(0, partial.length);
  return partial < r ? -1 : partial > r ? 1 : 0;
}

type When = 'held' | 'stale' | 'past' | 'future';

interface Placed {
  role: Role;
  when: When;
  rank: number;
}

/** Where a role stands on `ref`. A role without an end is known held only up to its ongoingAsOf, or at most up
 *  to the dictionary's own date ("stale" after). */
function place(role: Role, ref: string, asOf: string): When {
  if (role.start && cmp(role.start, ref) > 0) return 'future';
  if (role.end) return cmp(role.end, ref) < 0 ? 'past' : 'held';
  if (cmp(role.ongoingAsOf ?? asOf, ref) < 0) return 'stale';
  return 'held';
}

const THE_COUNTRY = /^(United |Netherlands$|Philippines$|Czech Republic$|Dominican Republic$|Central African|Bahamas$|Gambia$|Maldives$|Marshall Islands$|Solomon Islands$|Comoros$|Seychelles$|Democratic Republic|Republic of|Vatican)/;

/** "the United States", "Russia". */
function countryPhrase(name: string): string {
  return THE_COUNTRY.test(name) ? `the ${name}` : name;
}

/** Words that show a title already names a state ("President of the French Republic", "... of the Russian
 *  Federation"). */
const STATE_WORDS = /\b(Republic|Kingdom|Federation|Commonwealth|Emirates|Confederation|Principality|Duchy|Sultanate|Union|State of)\b/;

/** The role's title, completed with its country when the title does not say it ("Minister of Foreign Affairs"). */
function fullTitle(dict: Dictionary, role: Role): string {
  const title = role.title.trim();
  if (!role.country || role.country === 'INT') return title;
  const name = dict.countryName(role.country);
  if (!name || title.includes(name) || /\(.*\)|,/.test(title) || STATE_WORDS.test(title)) return title;
  const lower = title.toLowerCase();
  if (dict.demonyms(role.country).some((d) => new RegExp(`\\b${d}\\b`).test(lower))) return title;
  return `${title} of ${countryPhrase(name)}`;
}

/** "President of the United States" -> "President" (for "Again President from Jan 2025"). */
function shortTitle(title: string): string {
  const i = title.search(/ (of|for|to) /);
  return i > 0 ? title.slice(0, i) : title;
}

function years(role: Role): string {
  const s = role.start?.slice(0, 4);
  const e = role.end?.slice(0, 4);
  if (s && e) return s === e ? s : `${s}–${e}`;
  if (e) return `until ${e}`;
  return s ? `from ${s}` : '';
}

function byImportance(a: Placed, b: Placed): number {
  if (a.rank !== b.rank) return b.rank - a.rank;
  // Then the most recent start.
  const sa = a.role.start ?? '', sb = b.role.start ?? '';
  return sa < sb ? 1 : sa > sb ? -1 : 0;
}

function heldLabel(dict: Dictionary, p: Placed): string {
  const t = fullTitle(dict, p.role);
  if (p.when === 'stale') return `${t} (held as of ${formatMonth(p.role.ongoingAsOf ?? dict.asOf)})`;
  return p.role.start ? `${t} since ${formatMonth(p.role.start)}` : t;
}

function describePerson(dict: Dictionary, r: PersonRecord, articleDate: string | null): EntityCard {
  const ref = articleDate ?? dict.asOf;
  // An office without an end date ended at the latest with its holder's death.
  const roles = r.roles.map((role) => (!role.end && r.died ? { ...role, end: r.died, endedByDeath: true } : role));
  // An office in the person's own country outranks the same office elsewhere: Elizabeth II is first Queen of the
  // United Kingdom, not of Canada.
  const placed: Placed[] = roles.map((role) => ({
    role,
    when: place(role, ref, dict.asOf),
    rank: roleRank(role.title) + (r.country && role.country === r.country ? 0.5 : 0),
  }));
  const current = placed.filter((p) => p.when === 'held').sort(byImportance);
  const stale = placed.filter((p) => p.when === 'stale').sort(byImportance);
  const past = placed.filter((p) => p.when === 'past').sort((a, b) => {
    if (a.rank !== b.rank) return b.rank - a.rank;
    const ea = a.role.end ?? '', eb = b.role.end ?? '';
    return ea < eb ? 1 : ea > eb ? -1 : 0;
  });
  const future = placed.filter((p) => p.when === 'future').sort((a, b) => (a.role.start! < b.role.start! ? -1 : 1));
  const country = r.country ? dict.countryName(r.country) : null;

  const lines: string[] = [];
  let subtitle: string;
  const top = current[0] ?? stale[0];
  if (top) {
    subtitle = heldLabel(dict, top);
    // One more office at most, and only a senior one: "Supreme Commander-in-Chief" under "President of Russia"
    // is noise on a card.
    const more = [...current, ...stale].filter((p) => p !== top && p.rank >= 2);
    if (more.length) lines.push(heldLabel(dict, more[0]));
  } else if (past.length) {
    const p = past[0];
    const y = years(p.role);
    subtitle = `Former ${fullTitle(dict, p.role)}${y ? ` (${y})` : ''}`;
  } else {
    subtitle = r.description ?? (country ? `Person from ${countryPhrase(country)}` : 'Person');
  }

  // What changed after the article's date (only when there is one: without it the reference is "now").
  if (articleDate) {
    // Two changes at most, in one "Since then:" line ("left office Oct 2024, Minister of Finance of Norway from
    // Feb 2025"); a return to an earlier office reads better on its own line ("Again President from Jan 2025").
    const sinceThen: string[] = [];
    const returns: string[] = [];
    if (top?.role.end && cmp(top.role.end, ref) > 0) {
      const how = (top.role as { endedByDeath?: boolean }).endedByDeath ? 'died' : 'left office';
      sinceThen.push(`${how} ${formatMonth(top.role.end)}`);
    }
    for (const p of future.sort((a, b) => b.rank - a.rank || (a.role.start! < b.role.start! ? -1 : 1))) {
      const when = formatMonth(p.role.start!);
      if ([...past, ...current, ...stale].some((q) => q.role.title === p.role.title)) returns.push(`Again ${shortTitle(p.role.title)} from ${when}`);
      else sinceThen.push(`${fullTitle(dict, p.role)} from ${when}`);
    }
    const kept = sinceThen.slice(0, 2);
    if (kept.length) lines.push(`Since then: ${kept.join(', ')}`);
    lines.push(...returns.slice(0, 2 - kept.length));
  }

  if (r.description && subtitle !== r.description) lines.push(r.description);
  const born = r.born?.slice(0, 4);
  const died = r.died?.slice(0, 4);
  if (born && died) lines.push(`Born ${born}, died ${died}`);
  else if (born) lines.push(`Born ${born}`);
  else if (died) lines.push(`Died ${died}`);
  if (country && !subtitle.includes(country) && !lines.some((l) => l.includes(country))) lines.push(`Country: ${country}`);
  if (!articleDate) lines.push(`As of ${formatMonth(dict.asOf)}`);
  return { type: 'person', title: r.name, subtitle, lines };
}

/** "25.9 million", "830,000". */
export function formatPopulation(n: number): string {
  if (n >= 1e6) return `${(Math.round(n / 1e5) / 10).toString()} million`;
  return groupThousands(Math.round(n));
}

/**
 * An integer with comma thousands separators, as toLocaleString('en-US') writes it. Not toLocaleString itself:
 * its first call in a process loads ICU's number data (about 12 ms), paid by the first place card a reader opens.
 */
export function groupThousands(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function describePlace(dict: Dictionary, r: PlaceRecord): EntityCard {
  const country = r.country ? dict.countryName(r.country) : null;
  const isCountry = r.kind === 'country' || r.kind === 'territory';
  let subtitle: string;
  if (r.description) subtitle = r.description;
  else if (r.kind === 'region') subtitle = country ? `Region of ${country}` : 'Region';
  else if (isCountry || r.kind === 'continent') subtitle = capitalise(r.kind);
  else subtitle = country ? `${capitalise(r.kind)} in ${country}` : capitalise(r.kind);
  const lines: string[] = [];
  if (country && !isCountry && !subtitle.includes(country)) lines.push(`In ${countryPhrase(country)}`);
  if (r.capital) lines.push(`Capital: ${r.capital}`);
  if (r.population) lines.push(`Population ${formatPopulation(r.population)}`);
  return { type: 'place', title: r.name, subtitle, lines, location: { lat: r.lat, lon: r.lon } };
}

function describeOrganization(dict: Dictionary, r: OrganizationRecord): EntityCard {
  const country = r.country && r.country !== 'INT' ? dict.countryName(r.country) : null;
  let subtitle = capitalise(r.kind);
  if (country) subtitle += ` in ${countryPhrase(country)}`;
  if (r.acronym && !r.name.includes(r.acronym)) subtitle += ` (${r.acronym})`;
  const lines: string[] = [];
  if (r.description) lines.push(r.description);
  if (r.seat) lines.push(`Based in ${r.seat}`);
  if (r.founded) lines.push(`Founded ${r.founded.slice(0, 4)}`);
  return { type: 'organization', title: r.name, subtitle, lines };
}

/**
 * The popover card for entity `index`: for people, the roles held on `articleDate` (YYYY-MM-DD), or the last
 * role before it, and what changed after; with no article date, the latest facts "as of" the dictionary's date.
 */
export function describeEntity(dict: Dictionary, index: number, articleDate: string | null): EntityCard {
  const r = dict.entity(index);
  const date = articleDate && /^\d{4}-\d{2}-\d{2}$/.test(articleDate) ? articleDate : null;
  switch (r.type) {
    case 'person':
      return describePerson(dict, r, date);
    case 'place':
      return describePlace(dict, r);
    case 'organization':
      return describeOrganization(dict, r);
  }
}

/** The card on one line (the annotate command's `context`): subtitle and the two most useful lines. */
export function cardToContext(card: EntityCard): string {
  const parts = [card.subtitle, ...card.lines.slice(0, 2)].filter((s) => s && s.trim().length > 0);
  return parts.join('; ').replace(/\s+/g, ' ').trim();
}
