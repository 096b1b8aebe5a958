// Imports the Wikidata office-holder extract (../shared/reference/people) into data/people/reference.json, in our schema.
//
// Run: npx tsx scripts/import-reference.ts [--shared DIR] [--out FILE]
// The output re-expresses the facts (person, office, dates) in Gloss's own schema: one record per Wikidata person,
// roles merged and deduplicated, countries as ISO 3166-1 alpha-2, titles that say which country they belong to,
// and `ongoingAsOf` on open roles from the snapshot date of the repository that gave them.
import { existsSync, readdirSync, readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { PersonSource, RoleSource } from '../data/people/schema';
import { PARTIAL_DATE_RE } from '../data/people/schema';
import { REFERENCE_UPDATES, REFERENCE_EXCLUSIONS, REFERENCE_PERSON_UPDATES } from '../data/people/reference-updates';

countries.registerLocale(en);

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');

// ---------------------------------------------------------------------------------------------------------------
// CSV

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body
    .filter((r) => r.length > 1 || r[0] !== '')
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

// ---------------------------------------------------------------------------------------------------------------
// Countries

/** Reference country strings that i18n-iso-countries does not resolve, or resolves to something we don't want. */
const COUNTRY_OVERRIDES: Record<string, string> = {
  International: 'INT',
  'European Union': 'INT',
  'Republic of Ireland': 'IE',
  'East Timor': 'TL',
  'The Bahamas': 'BS',
  Syria: 'SY',
  Laos: 'LA',
  Brunei: 'BN',
  'Holy See': 'VA',
  'Vatican City': 'VA',
  Moldova: 'MD',
  'Federated States of Micronesia': 'FM',
  'São Tomé and Príncipe': 'ST',
  // Subnational or disputed entities: the ISO code of the state they are part of (or claimed by), so a reader's
  // country filter still works; the title keeps the entity's own name.
  Cantabria: 'ES',
  Catalonia: 'ES',
  Quebec: 'CA',
  Scotland: 'GB',
  'Kurdistan Region': 'IQ',
  'Bailiwick of Guernsey': 'GG',
  "Donetsk People's Republic": 'UA',
  "Luhansk People's Republic": 'UA',
  'Republic of Abkhazia': 'GE',
  'South Ossetia': 'GE',
  'Republic of Artsakh': 'AZ',
  Transnistria: 'MD',
  'Turkish Republic of Northern Cyprus': 'CY',
  Somaliland: 'SO',
  'Sahrawi Arab Democratic Republic': 'EH',
  Tibet: 'CN',
};

export function countryCode(name: string): string | undefined {
  if (!name) return undefined;
  if (COUNTRY_OVERRIDES[name]) return COUNTRY_OVERRIDES[name];
  return countries.getAlpha2Code(name, 'en') ?? undefined;
}

/** How a title names the country when we have to add it ("of the United States"). */
const DISPLAY: Record<string, string> = {
  'United States of America': 'the United States',
  'United States': 'the United States',
  'United Kingdom': 'the United Kingdom',
  'Republic of Ireland': 'Ireland',
  'The Bahamas': 'the Bahamas',
  'The Gambia': 'the Gambia',
  'East Timor': 'Timor-Leste',
};
const NEEDS_THE = new Set([
  'Netherlands', 'Philippines', 'Democratic Republic of the Congo', 'Republic of the Congo', 'Central African Republic',
  'Czech Republic', 'United Arab Emirates', 'Dominican Republic', 'Marshall Islands', 'Solomon Islands', 'Comoros',
  'Maldives', 'Holy See', 'Federated States of Micronesia', 'Bahamas', 'Gambia', 'Faroe Islands', 'European Union',
  'Sahrawi Arab Democratic Republic', 'Kurdistan Region', 'Bailiwick of Guernsey', "Donetsk People's Republic",
  "Luhansk People's Republic", 'Republic of Abkhazia', 'Republic of Artsakh', 'Turkish Republic of Northern Cyprus',
  'State of Palestine',
]);
export function displayCountry(name: string): string {
  if (DISPLAY[name]) return DISPLAY[name];
  return NEEDS_THE.has(name) ? `the ${name}` : name;
}

/** Adjectives and institutions that already tie a title to its country ("Italian Minister of …", "Executive Yuan"). */
const COUNTRY_MARKERS: Record<string, string[]> = {
  US: ['American', 'U.S.', 'US', 'United States', 'White House', 'Federal Reserve', 'Joint Chiefs', 'Pentagon'],
  GB: ['British', 'UK', 'England', 'English', 'Exchequer', 'Scotland', 'Wales', 'Northern Ireland', 'Lord Chancellor', 'Lord Privy Seal', 'Lord President of the Council', 'Duchy of Lancaster', 'House of Commons', 'House of Lords', 'Paymaster General', 'Downing Street', 'Chancellor of the Exchequer'],
  RU: ['Russian', 'Russian Federation', 'Duma', 'Federation Council', 'Kremlin'],
  CN: ['Chinese', "People's Republic", 'State Council', 'National People\'s Congress', 'Communist Party of China', 'CPPCC'],
  TW: ['Republic of China', 'Executive Yuan', 'Legislative Yuan', 'Control Yuan', 'Judicial Yuan', 'Examination Yuan', 'Kuomintang', 'Taiwanese'],
  HK: ['Hong Kong'],
  FR: ['French', 'Elysée', 'Élysée'],
  DE: ['German', 'Bundestag', 'Bundesrat', 'Federal Chancellor of Germany'],
  IT: ['Italian'],
  ES: ['Spanish', 'Cantabria', 'Catalonia', 'Generalitat'],
  JP: ['Japanese', 'Diet'],
  IN: ['Indian', 'Lok Sabha', 'Rajya Sabha'],
  TR: ['Turkish', 'Grand National Assembly'],
  UA: ['Ukrainian', 'Verkhovna Rada', "Donetsk People's Republic", "Luhansk People's Republic"],
  BR: ['Brazilian'],
  MX: ['Mexican'],
  CA: ['Canadian', 'Quebec', 'Québec'],
  AU: ['Australian'],
  IL: ['Israeli', 'Knesset'],
  IR: ['Iranian', 'Islamic Republic'],
  IQ: ['Iraqi', 'Kurdistan'],
  PK: ['Pakistani'],
  NG: ['Nigerian'],
  KE: ['Kenyan'],
  PH: ['Philippine', 'Filipino'],
  AR: ['Argentine', 'Argentinian', 'Malvinas'],
  PL: ['Polish', 'Sejm'],
  SA: ['Saudi'],
  EG: ['Egyptian'],
  VE: ['Venezuelan', 'Bolivarian Republic'],
  ET: ['Ethiopian'],
  KR: ['Korean', 'South Korean'],
  KP: ['North Korean', "Democratic People's Republic of Korea", "Workers' Party of Korea", 'DPRK'],
  NL: ['Dutch'],
  SY: ['Syrian'],
  BY: ['Belarusian', 'Belarus'],
  HU: ['Hungarian'],
  YE: ['Yemeni'],
  SD: ['Sudanese'],
  IE: ['Irish', 'Taoiseach', 'Tánaiste', 'Dáil', 'Seanad', 'Dublin'],
  ID: ['Indonesian'],
  ZA: ['South African'],
  CH: ['Swiss'],
  VA: ['Pope', 'Holy See', 'Vatican', 'Pontifical'],
  GE: ['Abkhazia', 'South Ossetia'],
  AZ: ['Artsakh'],
  MD: ['Transnistria', 'Pridnestrovian'],
  CY: ['Northern Cyprus', 'Cypriot'],
  SO: ['Somaliland', 'Somali'],
  EH: ['Sahrawi'],
  AD: ['Andorra', 'Co-Prince', 'Co-prince'],
  SM: ['Captain Regent', 'San Marino'],
  INT: ['United Nations', 'International', 'European', 'NATO', 'World', 'UN ', 'OSCE', 'Council of Europe', 'African Union', 'Interpol', 'Commonwealth', 'IMF'],
};

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const markerCache = new Map<string, RegExp>();
/** A regex matching any way of naming this country (names, demonyms, institutions), as whole words. */
function countryMarker(iso: string, refName: string): RegExp {
  const key = `${iso}|${refName}`;
  let re = markerCache.get(key);
  if (!re) {
    const forms = new Set<string>([refName, ...(COUNTRY_MARKERS[iso] ?? [])]);
    const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
    for (const f of all[iso] ?? []) if (f.length > 3 || f === 'Iran' || f === 'Iraq' || f === 'Oman' || f === 'Chad' || f === 'Cuba' || f === 'Fiji' || f === 'Mali' || f === 'Peru' || f === 'Togo' || f === 'Laos') forms.add(f);
    for (const f of [...forms]) {
      const m = /^(.*), (.*)$/.exec(f); // "Korea, Republic of" is not how titles write it
      if (m) forms.delete(f);
    }
    const alts = [...forms].filter(Boolean).sort((a, b) => b.length - a.length).map(escapeRe);
    re = new RegExp(`(^|[^\\p{L}])(${alts.join('|')})($|[^\\p{L}])`, 'u');
    markerCache.set(key, re);
  }
  return re;
}

// ---------------------------------------------------------------------------------------------------------------
// Titles

/** Office words after which "of <Country>" reads naturally ("Minister of Justice of Turkey"). */
const OF_FORM =
  /^(?:(?:Deputy|Vice|First|Second|Acting|Assistant|Associate|Junior|Senior|Under|Parliamentary|Principal|Permanent|Federal|State)\s+)*(?:Prime Minister|Premier|President|Vice[- ]President|Chancellor|Minister|Ministry|Secretary|Treasurer|Attorney[- ]General|Solicitor[- ]General|Chief Justice|Speaker|Monarch|King|Queen|Emir|Head of State|Head of Government|Spokesperson|Director|Chairman|Chairperson|Chair|Commander|Chief of (?:the )?(?:General |Defence |Defense |Army |Naval |Air |Joint )*Staff|Governor of the Central Bank|Governor of the Reserve Bank|Governor of the Bank|Undersecretary|Under[- ]Secretary|Commissioner|Auditor[- ]General|Prosecutor[- ]General|Ombudsman|Justice of the Supreme Court|Judge of the Supreme Court|Supreme Court Justice|Head)\b/;
/** Subnational offices: the place in the title is not the country, so the country goes after a comma. */
const SUBNATIONAL = new RegExp(
  [
    String.raw`\bGovernor of (?![\w' ]*\bBank\b)`,
    String.raw`\bLieutenant[- ]Governor\b`, String.raw`\bDeputy Governor\b`, String.raw`\b(Lord )?Mayor\b`,
    String.raw`\b(Oblast|Province|Prefecture|District|County|Krai|Okrug|Governorate|Canton)\b`, String.raw`\b[A-Z][a-z]+ Region\b`,
    String.raw`\bChief Minister of\b`, String.raw`\bPremier of\b`, String.raw`\bExecutive Committee\b`, String.raw`\bState of\b`,
    String.raw`\bLegislative (Assembly|Council) of\b`, String.raw`\bRepublic of (Mordovia|Tatarstan|Bashkortostan|Chechnya|Dagestan|Crimea|Karelia|Komi|Buryatia|Sakha|Tuva|Adygea|Altai|Kalmykia|Ingushetia|Khakassia|Mari El|North Ossetia|Kabardino-Balkaria|Karachay-Cherkessia|Udmurtia|Chuvashia)\b`,
    // Regions with their own presidents and premiers: Spain's autonomous communities, Canadian provinces, Australian states.
    String.raw`\bof (Andalusia|Aragon|Asturias|the Balearic Islands|the Basque Country|the Canary Islands|Cantabria|Castile[- ]and[- ]León|Castilla[- ]La Mancha|Castile-La Mancha|Catalonia|Extremadura|Galicia|La Rioja|the Community of Madrid|Madrid|Murcia|the Region of Murcia|Navarre|the Valencian Community|Valencia|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland and Labrador|Prince Edward Island|New South Wales|Victoria|Queensland|Western Australia|South Australia|Tasmania|the Northern Territory|the Australian Capital Territory)\b`,
  ].join('|'),
);

export interface TitleContext {
  countryName: string; // the reference's country string
  iso: string | undefined;
  /** True when the same title in this country belongs to several position items (e.g. each Australian state's "Treasurer"). */
  ambiguous: boolean;
  /** True when html/positions.csv says this position's jurisdiction is the whole country. */
  national: boolean;
}

/** Makes a title self-explanatory: "Minister of Foreign Affairs" (Albania) -> "Minister of Foreign Affairs of Albania". */
export function cleanTitle(raw: string, ctx: TitleContext): string | null {
  // Some labels carry invisible direction marks (U+200E/U+200F) and other format characters.
  let t = raw.replace(/[\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim();
  if (!t || /^Q[0-9]+$/.test(t)) return null;
  t = t[0].toUpperCase() + t.slice(1);
  const { countryName, iso } = ctx;
  if (!countryName || iso === 'INT') return t;
  const show = displayCountry(countryName);
  const marker = countryMarker(iso ?? '', countryName);

  // "Minister of Culture (France)" / "Minister of Foreign Affairs, Turkey" -> "… of France"
  const paren = /^(.*?) \(([^()]+)\)$/.exec(t);
  if (paren && marker.test(paren[2])) t = `${paren[1]} of ${displayCountry(paren[2].trim())}`;
  const comma = /^(.*), ([^,]+)$/.exec(t);
  if (comma && marker.test(comma[2]) && !/ and |,/.test(comma[2]) && comma[2].trim() === countryName) t = `${comma[1]} of ${show}`;

  const gub = /^Gubernur (.+)$/.exec(t); // Indonesian label left untranslated in the extract
  if (gub) return `Governor of ${gub[1]}, ${countryName}`;

  // "Ambassador to China" (Ethiopia) -> "Ambassador of Ethiopia to China"
  const amb = /^(Ambassador|Permanent Representative|High Commissioner)( to .+)$/i.exec(t);
  if (amb && !marker.test(t)) return `${amb[1][0].toUpperCase()}${amb[1].slice(1)} of ${show}${amb[2]}`;

  if (marker.test(t)) return t;
  if (SUBNATIONAL.test(t)) return `${t}, ${countryName === 'United States of America' ? 'United States' : countryName}`;
  if (OF_FORM.test(t) && (!ctx.ambiguous || ctx.national) && !/\bSecretary of State\b/.test(t)) return `${t} of ${show}`;
  return `${t} (${countryName === 'United States of America' ? 'United States' : countryName})`;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

/** Keeps YYYY, YYYY-MM, YYYY-MM-DD; anything else (decade "2014s", junk) becomes undefined. */
export function cleanDate(d: string | undefined): string | undefined {
  if (!d) return undefined;
  const v = d.trim();
  return PARTIAL_DATE_RE.test(v) ? v : undefined;
}

/** True when one partial date is a prefix of the other ("2012" and "2012-05-07"). */
function compatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return a === b;
  return a.startsWith(b) || b.startsWith(a);
}
function moreExact(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.length >= b.length ? a : b;
}
function dayNumber(d: string): number | null {
  if (d.length !== 10) return null;
  return Date.parse(`${d}T00:00:00Z`) / 86_400_000;
}
/** Later of two partial dates (compared as text, which orders ISO dates; a more exact form of the same day wins). */
function laterDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

// ---------------------------------------------------------------------------------------------------------------
// Sources

/** Snapshot date per repository, read from the table in SOURCES.md ("| repo | country | `commit` | date | n |"). */
export function snapshotDates(sourcesMd: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const line of sourcesMd.split('\n')) {
    const m = /^\| ([a-z0-9-]+) \| [^|]* \| `[0-9a-f]+` \| ([^|]+) \|/.exec(line);
    if (!m) continue;
    const date = /([0-9]{4}-[0-9]{2}-[0-9]{2})/.exec(m[2]);
    // "unknown (newer than …)" -> null: filled later from the newest start date that repository gives.
    out.set(m[1], date && !/newer than/.test(m[2]) ? date[1] : null);
  }
  return out;
}

interface Spell {
  title: string;
  country?: string;
  start?: string;
  end?: string;
  asOf?: string;
  /** Precise per-country extracts beat the year-only world-leaders list when they disagree. */
  yearOnlySource: boolean;
}

export interface ImportStats {
  rows: number;
  droppedRows: Record<string, number>;
  people: number;
  roles: number;
  peopleWithDatedRoles: number;
  mergedRoles: number;
  updatedRoles: number;
}

export function importReference(sharedDir: string): { people: PersonSource[]; stats: ImportStats } {
  const dir = resolve(sharedDir, 'reference/people');
  const positions = parseCsv(readFileSync(resolve(dir, 'positions.csv'), 'utf8'));
  const peopleRows = parseCsv(readFileSync(resolve(dir, 'people.csv'), 'utf8'));
  const snapshots = snapshotDates(readFileSync(resolve(dir, 'SOURCES.md'), 'utf8'));

  // Position metadata (jurisdiction) from the PCB html/positions.csv files, to tell national from state offices.
  const national = new Set<string>();
  for (const f of readdirSyncSafe(resolve(dir, 'raw')).filter((n) => n.endsWith('__html__positions.csv'))) {
    for (const r of parseCsv(readFileSync(resolve(dir, 'raw', f), 'utf8'))) {
      if (r.id && r.jurisdiction && r.jurisdiction === r.country) national.add(r.id);
    }
  }

  // Newest start date per repository: the lower bound of an undated snapshot.
  const newestStart = new Map<string, string>();
  for (const r of positions) {
    for (const src of r.source.split(';')) {
      const repo = src.split(':')[0];
      const s = cleanDate(r.start);
      if (s && s > (newestStart.get(repo) ?? '')) newestStart.set(repo, s);
    }
  }
  const asOfRepo = (repo: string): string | undefined => snapshots.get(repo) ?? newestStart.get(repo);

  // Which (title, country) pairs belong to more than one position item.
  const qidsPerTitle = new Map<string, Set<string>>();
  for (const r of positions) {
    const k = `${r.position}|${r.country}`;
    if (!qidsPerTitle.has(k)) qidsPerTitle.set(k, new Set());
    qidsPerTitle.get(k)!.add(r.position_qid || '?');
  }

  const excluded = new Set(REFERENCE_EXCLUSIONS.map((e) => `${e.id}|${e.position}|${e.start}`));
  const stats: ImportStats = { rows: positions.length, droppedRows: {}, people: 0, roles: 0, peopleWithDatedRoles: 0, mergedRoles: 0, updatedRoles: 0 };
  const drop = (why: string) => (stats.droppedRows[why] = (stats.droppedRows[why] ?? 0) + 1);

  const bio = new Map(peopleRows.map((p) => [p.qid, p]));
  const spells = new Map<string, Spell[]>();
  const names = new Map<string, string>();
  for (const r of positions) {
    if (!/^Q[1-9][0-9]*$/.test(r.qid)) {
      drop('no person QID');
      continue;
    }
    const name = (bio.get(r.qid)?.name || r.name || '').replace(/[\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim();
    if (!name || /^Q[0-9]+$/.test(name)) {
      drop('no name');
      continue;
    }
    if (excluded.has(`wd:${r.qid}|${r.position}|${r.start}`)) {
      drop('doubtful (REFERENCE_EXCLUSIONS)');
      continue;
    }
    const iso = countryCode(r.country);
    const k = `${r.position}|${r.country}`;
    const title = cleanTitle(r.position, {
      countryName: r.country,
      iso,
      ambiguous: (qidsPerTitle.get(k)?.size ?? 0) > 1,
      national: national.has(r.position_qid),
    });
    if (!title) {
      drop('no position label');
      continue;
    }
    const start = cleanDate(r.start);
    const end = cleanDate(r.end);
    if (r.start && !start) drop('start date unusable (kept without it)');
    if (start && end && end.slice(0, Math.min(start.length, end.length)) < start.slice(0, Math.min(start.length, end.length))) {
      drop('ends before it starts');
      continue;
    }
    const repos = r.source.split(';').map((s) => s.split(':')[0]);
    let asOf: string | undefined;
    if (!end) for (const repo of repos) asOf = laterDate(asOf, asOfRepo(repo));
    names.set(r.qid, name);
    if (!spells.has(r.qid)) spells.set(r.qid, []);
    spells.get(r.qid)!.push({ title, country: iso, start, end, asOf, yearOnlySource: repos.every((x) => x === 'world-leaders-2021') });
  }

  const people: PersonSource[] = [];
  for (const [qid, list] of spells) {
    const id = `wd:${qid}`;
    // Corrections first, on the raw spells, so that merging sees the corrected dates (a spell we close must not
    // swallow the person's later spell in the same office).
    for (const u of REFERENCE_UPDATES.filter((x) => x.id === id)) {
      const hits = list.filter((r) => r.title === u.title && compatible(r.start, u.start));
      if (!hits.length) throw new Error(`REFERENCE_UPDATES: no role "${u.title}" from ${u.start} for ${id}`);
      for (const h of hits) {
        if (u.setStart) h.start = u.setStart;
        if (u.end) {
          h.end = u.end;
          h.asOf = undefined;
        }
      }
      stats.updatedRoles++;
    }
    const roles = mergeSpells(list, stats);
    const p = bio.get(qid);
    const person: PersonSource = { id, name: names.get(qid)! };
    const born = lifeDate(p?.dob);
    const died = lifeDate(p?.dod);
    if (born) person.born = born;
    if (died) person.died = died;
    const pu = REFERENCE_PERSON_UPDATES.find((x) => x.id === id);
    if (pu?.died) person.died = pu.died;
    const country = pu?.country ?? mainCountry(roles);
    if (country) person.country = country;
    person.roles = roles;
    people.push(person);
  }
  people.sort((a, b) => Number(a.id.slice(4)) - Number(b.id.slice(4)));
  stats.people = people.length;
  stats.roles = people.reduce((n, p) => n + (p.roles?.length ?? 0), 0);
  stats.peopleWithDatedRoles = people.filter((p) => p.roles?.some((r) => r.start)).length;
  return { people, stats };
}

function readdirSyncSafe(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

function lifeDate(d: string | undefined): string | undefined {
  if (!d) return undefined;
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(d)) return d;
  if (/^[0-9]{4}/.test(d)) return d.slice(0, 4); // month precision: keep the year only
  return undefined;
}

function mainCountry(roles: RoleSource[]): string | undefined {
  const n = new Map<string, number>();
  for (const r of roles) if (r.country && r.country !== 'INT') n.set(r.country, (n.get(r.country) ?? 0) + 1);
  let best: string | undefined;
  for (const [c, k] of n) if (!best || k > n.get(best)!) best = c;
  return best;
}

/**
 * Merges spells of one person: same title and compatible dates (one a prefix of the other) become one, keeping the
 * more exact dates; starts a few days apart with the same end are one spell recorded twice. Where the year-only
 * world-leaders list disagrees with a precise per-country extract, the precise one wins (its "end 2022" is an artefact
 * of that list's filter, e.g. Kishida).
 */
function mergeSpells(list: Spell[], stats: ImportStats): RoleSource[] {
  const out: Spell[] = [];
  // Precise per-country extracts first, so the year-only world-leaders rows merge into them.
  const sorted = [...list].sort((a, b) => Number(a.yearOnlySource) - Number(b.yearOnlySource));
  for (const s of sorted) {
    const same = out.find((o) => {
      if (o.title !== s.title) return false;
      if (compatible(o.start, s.start) && (compatible(o.end, s.end) || s.yearOnlySource || !o.end || !s.end)) return true;
      // The year-only list starts a new spell at each re-election or new cabinet ("Prime Minister of Spain 2023");
      // while the precise extract shows the office still held, it is the same tenure.
      if (s.yearOnlySource && !o.yearOnlySource && !o.end && !s.end && o.start && s.start && o.start < s.start) return true;
      if (o.start && s.start) {
        const a = dayNumber(o.start);
        const b = dayNumber(s.start);
        if (a !== null && b !== null && Math.abs(a - b) <= 3 && (compatible(o.end, s.end) || !o.end || !s.end)) return true;
      }
      return false;
    });
    if (!same) {
      out.push({ ...s });
      continue;
    }
    stats.mergedRoles++;
    if (s.yearOnlySource && !same.yearOnlySource) {
      // Keep the precise spell. A year-only end from the filtered list is not trusted over an open precise spell
      // (see Kishida above); a newer "still open" is.
      if (!same.end && !s.end) same.asOf = laterDate(same.asOf, s.asOf);
      continue;
    }
    same.start =
      same.start && s.start && !compatible(same.start, s.start) ? (same.start < s.start ? same.start : s.start) : moreExact(same.start, s.start);
    if (same.end && s.end) same.end = compatible(same.end, s.end) ? moreExact(same.end, s.end) : laterDate(same.end, s.end);
    else if (s.end && !same.end) same.end = s.end; // one source saw it end, another (older) still open: newer knowledge
    if (same.end) same.asOf = undefined;
    else same.asOf = laterDate(same.asOf, s.asOf);
  }
  return out
    .map((s) => {
      const r: RoleSource = { title: s.title };
      if (s.country) r.country = s.country;
      if (s.start) r.start = s.start;
      if (s.end) r.end = s.end;
      else if (s.asOf) r.ongoingAsOf = s.asOf;
      return r;
    })
    .sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.title.localeCompare(b.title));
}

/** One record per line: diffs stay readable and the file stays compact. */
export function formatPeople(people: PersonSource[]): string {
  return `[\n${people.map((p) => JSON.stringify(p)).join(',\n')}\n]\n`;
}

/** Writes through a temporary file and a rename, so a concurrent reader never sees half a file. */
export function writeAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const shared = resolve(opt('--shared') ?? resolve(ROOT, '../shared'));
  const out = resolve(opt('--out') ?? resolve(ROOT, 'data/people/reference.json'));
  const { people, stats } = importReference(shared);
  const text = formatPeople(people);
  writeAtomic(out, text);
  console.log(JSON.stringify({ ...stats, bytes: Buffer.byteLength(text) }, null, 2));
  console.log(`wrote ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
