// Coverage of the news data added for world, business and sports news of the 1990s to today: the extra
// organisation, place and people files match their schemas, ids are unique across every data file, organisation
// names do not shadow country names unless marked ambiguous, and sample names of each group resolve to the right
// entity in the compiled dictionary. Also the alias rules for titles and regnal numbers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZATION_KINDS, type OrganizationSource } from '../../data/organizations/schema';
import type { PlaceSource } from '../../data/places/schema';
import { LIFE_DATE_RE, PARTIAL_DATE_RE, PERSON_ID_RE, type PersonSource } from '../../data/people/schema';
import { ensureDictionary } from '../../scripts/build-dictionary';
import { placesFromPackages } from '../../scripts/dictionary/places-from-packages';
import { AliasFlag, loadDictionary, type Dictionary } from '../../utils/dictionary';
import { personAliases, surnameOf } from '../../utils/dictionary/aliases';

const DATA = join(__dirname, '..', '..', 'data');
const ISO2 = new Set(Object.keys(isoCountries.getAlpha2Codes()));

const NEW_ORG_FILES = [
  'sports-clubs.json', 'sports-bodies-extra.json', 'companies-extra.json', 'media-extra.json', 'parties-extra.json',
  'groups-and-missions-extra.json', 'companies-1990s.json', 'media-1990s.json',
];
const NEW_PLACE_FILES = ['historical-and-regions.json', 'uk-counties.json'];
const NEW_PEOPLE_FILES = ['leaders-1990s.json', 'athletes.json'];

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
function readDir<T>(sub: string): { file: string; records: T[] }[] {
  const dir = join(DATA, sub);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => ({ file, records: readJson<T[]>(join(dir, file)) }));
}
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const orgFiles = readDir<OrganizationSource>('organizations');
const placeFiles = readDir<PlaceSource>('places');
const peopleFiles = readDir<PersonSource>('people');
const orgs = orgFiles.flatMap((f) => f.records);

function orgProblems(o: OrganizationSource): string[] {
  const e: string[] = [];
  const w = String(o.id);
  if (!/^org:[a-z0-9][a-z0-9-]*$/.test(o.id)) e.push(`${w}: bad id`);
  if (typeof o.name !== 'string' || o.name.trim() === '' || o.name !== o.name.trim()) e.push(`${w}: bad name`);
  if (!ORGANIZATION_KINDS.includes(o.kind)) e.push(`${w}: bad kind ${o.kind}`);
  if (o.country !== undefined && o.country !== 'INT' && !ISO2.has(o.country)) e.push(`${w}: bad country ${o.country}`);
  if (o.founded !== undefined && !/^\d{4}$/.test(o.founded)) e.push(`${w}: bad founded`);
  if (typeof o.description !== 'string' || o.description.length < 10 || o.description.length > 160) e.push(`${w}: bad description`);
  for (const list of [o.aliases, o.acronyms]) {
    if (list !== undefined && (!Array.isArray(list) || list.length === 0 || list.some((a) => typeof a !== 'string' || a.trim() !== a || a === ''))) e.push(`${w}: bad alias list`);
  }
  if (o.ambiguous !== undefined && o.ambiguous !== true) e.push(`${w}: ambiguous must be true or absent`);
  return e;
}

function placeProblems(p: PlaceSource): string[] {
  const e: string[] = [];
  const w = String(p.id);
  if (!/^place:[a-z0-9-]+$/.test(p.id)) e.push(`${w}: bad id for a hand-written place`);
  if (!['continent', 'country', 'territory', 'region', 'city', 'area', 'feature'].includes(p.kind)) e.push(`${w}: bad kind`);
  if (!(p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180)) e.push(`${w}: bad coordinates`);
  if (p.country !== undefined && !ISO2.has(p.country)) e.push(`${w}: bad country`);
  if (p.kind === 'country') e.push(`${w}: former states are areas, not countries`);
  if (typeof p.description !== 'string' || p.description.length < 5 || p.description.length > 160) e.push(`${w}: bad description`);
  return e;
}

function personProblems(p: PersonSource): string[] {
  const e: string[] = [];
  const w = `${p.id} ${p.name}`;
  if (!PERSON_ID_RE.test(p.id)) e.push(`${w}: bad id`);
  if (p.born !== undefined && !LIFE_DATE_RE.test(p.born)) e.push(`${w}: bad born`);
  if (p.died !== undefined && !LIFE_DATE_RE.test(p.died)) e.push(`${w}: bad died`);
  if (p.born && p.died && p.died < p.born) e.push(`${w}: died before born`);
  if (p.country !== undefined && !ISO2.has(p.country)) e.push(`${w}: bad country`);
  for (const r of p.roles ?? []) {
    if (!r.title || (r.country !== undefined && r.country !== 'INT' && !ISO2.has(r.country))) e.push(`${w}: bad role ${r.title}`);
    for (const d of [r.start, r.end]) if (d !== undefined && !PARTIAL_DATE_RE.test(d)) e.push(`${w}: bad role date ${d}`);
    if (r.start && r.end && r.end < r.start) e.push(`${w}: role ends before it starts`);
    if (p.born && r.start && r.start.slice(0, 4) < p.born.slice(0, 4)) e.push(`${w}: role before birth`);
  }
  // A new person record must say who it is (a role or a description); bare records only add aliases to a known id.
  if (!p.description && !(p.roles?.length) && !p.aliases?.length) e.push(`${w}: nothing to show`);
  return e;
}

describe('new data files', () => {
  it.each(NEW_ORG_FILES)('organizations/%s exists and matches the schema', (file) => {
    const f = orgFiles.find((x) => x.file === file);
    expect(f, file).toBeDefined();
    expect(f!.records.length).toBeGreaterThan(50);
    expect(f!.records.flatMap(orgProblems)).toEqual([]);
  });

  it.each(NEW_PLACE_FILES)('places/%s exists and matches the schema', (file) => {
    const f = placeFiles.find((x) => x.file === file);
    expect(f, file).toBeDefined();
    expect(f!.records.length).toBeGreaterThan(20);
    expect(f!.records.flatMap(placeProblems)).toEqual([]);
  });

  it.each(NEW_PEOPLE_FILES)('people/%s exists and matches the schema', (file) => {
    const f = peopleFiles.find((x) => x.file === file);
    expect(f, file).toBeDefined();
    expect(f!.records.length).toBeGreaterThan(100);
    expect(f!.records.flatMap(personProblems)).toEqual([]);
  });

  it('a gloss: person in the new files is not already known under another id (same full name)', () => {
    const owners = new Map<string, Set<string>>();
    for (const { file, records } of peopleFiles) {
      if (NEW_PEOPLE_FILES.includes(file)) continue;
      for (const p of records) for (const n of [p.name, ...(p.aliases ?? [])]) {
        const k = fold(n);
        if (!owners.has(k)) owners.set(k, new Set());
        owners.get(k)!.add(p.id);
      }
    }
    const dups: string[] = [];
    for (const file of NEW_PEOPLE_FILES) {
      for (const p of peopleFiles.find((x) => x.file === file)!.records) {
        for (const n of [p.name, ...(p.aliases ?? [])]) {
          const other = [...(owners.get(fold(n)) ?? [])].filter((id) => id !== p.id);
          if (other.length) dups.push(`${p.id} "${n}" also ${other.join(', ')}`);
        }
      }
    }
    expect(dups).toEqual([]);
  });
});

describe('ids and names across all data', () => {
  it('ids are unique across organisations, hand-written and package places and people (a person id may repeat across people files: records merge)', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    const add = (id: string, where: string) => {
      const prev = seen.get(id);
      if (prev !== undefined) dups.push(`${id}: ${prev} / ${where}`);
      else seen.set(id, where);
    };
    for (const { file, records } of orgFiles) for (const o of records) add(o.id, `organizations/${file}`);
    for (const { file, records } of placeFiles) for (const p of records) add(p.id, `places/${file}`);
    for (const p of placesFromPackages()) add(p.id, 'packages');
    const personIds = new Set(peopleFiles.flatMap((f) => f.records.map((p) => p.id)));
    for (const id of personIds) add(id, 'people');
    expect(dups).toEqual([]);
  });

  it('no organisation name, alias or acronym is a country name unless the organisation is marked ambiguous', () => {
    const countryNames = new Set<string>();
    for (const p of placesFromPackages()) {
      if (p.kind !== 'country' && p.kind !== 'territory') continue;
      for (const n of [p.name, ...(p.aliases ?? [])]) countryNames.add(fold(n));
    }
    // The Holy See is both the sovereign (an organisation) and, in country lists, the Vatican City state; the
    // country entry outranks it, which is what news mean by a bare "Vatican".
    const allowed = new Set(['org:vatican-holy-see']);
    const clashes: string[] = [];
    for (const o of orgs) {
      if (o.ambiguous || allowed.has(o.id)) continue;
      for (const n of [o.name, ...(o.aliases ?? [])]) if (countryNames.has(fold(n))) clashes.push(`${o.id}: ${n}`);
      for (const a of o.acronyms ?? []) if (countryNames.has(fold(a)) && /^[A-Z.]+$/.test(a) && a.length > 2) clashes.push(`${o.id}: acronym ${a}`);
    }
    expect(clashes).toEqual([]);
  });

  it('bare English first-class cricket counties are not organisation aliases (the recogniser decides by context)', () => {
    const counties = ['Yorkshire', 'Lancashire', 'Kent', 'Surrey', 'Essex', 'Somerset', 'Sussex', 'Derbyshire', 'Glamorgan', 'Middlesex'];
    const bad = orgs.filter((o) => [o.name, ...(o.aliases ?? [])].some((n) => counties.includes(n))).map((o) => o.id);
    expect(bad).toEqual([]);
  });
});

describe('sample lookups in the compiled dictionary', () => {
  let dict: Dictionary;
  beforeAll(async () => {
    dict = loadDictionary(new Uint8Array(readFileSync(await ensureDictionary())));
  }, 120_000);

  /** Candidates (id, flags) of an exact whole-text alias match, best first; [] when the text is no alias. */
  function candidates(text: string): { id: string; type: string; flags: number }[] {
    const m = dict.matchAliases(text).find((x) => x.start === 0 && x.end === text.length);
    if (!m) return [];
    return m.candidates.map((c, i) => {
      const e = dict.entity(c);
      return { id: e.id, type: e.type, flags: m.candidateFlags[i] };
    });
  }

  it.each<[string, string, string]>([
    // sports clubs and bodies
    ['Manchester United', 'organization', 'org:fc-manchester-united'],
    ['Man Utd', 'organization', 'org:fc-manchester-united'],
    ['Bayern Munich', 'organization', 'org:fc-bayern-munich'],
    ['Paris St Germain', 'organization', 'org:fc-paris-saint-germain'],
    ['Deportivo Coruna', 'organization', 'org:fc-deportivo-la-coruna'],
    ['Boca Juniors', 'organization', 'org:fc-boca-juniors'],
    ['St Johnstone', 'organization', 'org:fc-st-johnstone'],
    ['New York Yankees', 'organization', 'org:mlb-new-york-yankees'],
    ['White Sox', 'organization', 'org:mlb-chicago-white-sox'],
    ['Chicago Bulls', 'organization', 'org:nba-chicago-bulls'],
    ['Philadelphia Eagles', 'organization', 'org:nfl-philadelphia-eagles'],
    ['Montreal Canadiens', 'organization', 'org:nhl-montreal-canadiens'],
    ['Yorkshire County Cricket Club', 'organization', 'org:ccc-yorkshire'],
    ['Williams F1', 'organization', 'org:f1-williams'],
    ['Jordan Grand Prix', 'organization', 'org:f1-jordan'],
    ['International Cricket Council', 'organization', 'org:icc-cricket'],
    ['ATP', 'organization', 'org:atp'],
    // companies, media, exchanges
    ['Daimler-Benz', 'organization', 'org:co-daimler-benz'],
    ['Enron', 'organization', 'org:co-enron'],
    ['Digital Equipment', 'organization', 'org:co-digital-equipment-corporation'],
    ['NationsBank', 'organization', 'org:co-nationsbank'],
    ['Glaxo Wellcome', 'organization', 'org:co-glaxo-wellcome'],
    ['Barings', 'organization', 'org:co-barings'],
    ['Air France', 'organization', 'org:co-air-france'],
    ['Itar-Tass', 'organization', 'org:media-itar-tass'],
    ['Gazzetta dello Sport', 'organization', 'org:media-la-gazzetta-dello-sport'],
    ['Gazeta Wyborcza', 'organization', 'org:media-gazeta-wyborcza'],
    ['All Blacks', 'organization', 'org:nt-new-zealand-rugby'],
    ['SLORC', 'organization', 'org:state-law-and-order-restoration-council'],
    ['Tokyo Stock Exchange', 'organization', 'org:exch-tokyo-stock-exchange'],
    // parties, armed groups, missions, unions
    ['Institutional Revolutionary Party', 'organization', 'org:party-institutional-revolutionary-party'],
    ['Yabloko', 'organization', 'org:party-yabloko'],
    ['Tamil Tigers', 'organization', 'org:liberation-tigers-of-tamil-eelam'],
    ['Kosovo Liberation Army', 'organization', 'org:kosovo-liberation-army'],
    ['UNPROFOR', 'organization', 'org:united-nations-protection-force'],
    ['AFL-CIO', 'organization', 'org:afl-cio'],
    // places: historical names and areas
    ['Soviet Union', 'place', 'place:soviet-union'],
    ['USSR', 'place', 'place:soviet-union'],
    ['Yugoslavia', 'place', 'place:yugoslavia'],
    ['Czechoslovakia', 'place', 'place:czechoslovakia'],
    ['East Germany', 'place', 'place:east-germany'],
    ['Krajina', 'place', 'place:krajina'],
    ['Herzegovina', 'place', 'place:herzegovina'],
    ['Srebrenica', 'place', 'place:srebrenica'],
    ['Transylvania', 'place', 'place:transylvania'],
    ['Far East', 'place', 'place:far-east'],
    ['Gulf', 'place', 'place:gulf-region'],
    ['Peking', 'place', 'place:gn:1816670'],
    ['Leningrad', 'place', 'place:gn:498817'],
    ['St Petersburg', 'place', 'place:gn:498817'],
    ['Stalingrad', 'place', 'place:gn:472757'],
    ['Ingushetia', 'place', 'place:adm1:RU.19'],
    ['Oxfordshire', 'place', 'place:gb-county-oxfordshire'],
    // people
    ['Bob Dole', 'person', 'gloss:bob-dole'],
    ['Boutros Boutros-Ghali', 'person', 'gloss:boutros-boutros-ghali'],
    ['Franjo Tudjman', 'person', 'gloss:franjo-tudjman'],
    ['King Hussein', 'person', 'gloss:hussein-of-jordan'],
    ['Pete Sampras', 'person', 'gloss:pete-sampras'],
    ['Steffi Graf', 'person', 'gloss:steffi-graf'],
    ['Damon Hill', 'person', 'gloss:damon-hill'],
    ['Brian Lara', 'person', 'gloss:brian-lara'],
    ['Ronaldo Nazario', 'person', 'gloss:ronaldo-nazario'],
  ])('%s -> %s %s', (text, type, id) => {
    const c = candidates(text);
    expect(c.length, `no match for ${text}`).toBeGreaterThan(0);
    expect(c[0].type).toBe(type);
    expect(c[0].id).toBe(id);
  });

  it('ambiguous short names do not take over: Jordan is the country, Williams a surname, ICC the court', () => {
    expect(candidates('Jordan')[0].id).toBe('place:cc:JO');
    expect(candidates('Williams').every((c) => c.type === 'person')).toBe(true);
    expect(candidates('ICC')[0].id).toBe('org:icc');
    // "Yorkshire" is the county cricket club only as an ambiguous alias (the recogniser wants a sports report).
    const yorkshireOrgs = candidates('Yorkshire').filter((c) => c.type === 'organization');
    expect(yorkshireOrgs.every((c) => (c.flags & AliasFlag.AMBIGUOUS) !== 0)).toBe(true);
  });

  it('"Ronaldo" alone is only a surname form (no full-name alias for the Brazilian Ronaldo): the recogniser decides', () => {
    const c = candidates('Ronaldo');
    expect(c.length).toBeGreaterThan(0);
    expect(c.every((x) => x.type === 'person' && (x.flags & AliasFlag.SURNAME_ONLY) !== 0)).toBe(true);
  });

  it('regnal and religious styles give no surname forms', () => {
    for (const [text, id] of [['Francis', 'gloss:pope-francis'], ['Paul', 'gloss:pope-john-paul-ii'], ['Teresa', 'gloss:mother-teresa'], ['Spain', 'wd:Q191045']] as const) {
      expect(candidates(text).map((x) => x.id), text).not.toContain(id);
    }
  });
});

describe('surname rules for titles and regnal numbers', () => {
  it.each<[string, string | undefined, string | null]>([
    ['Felipe VI of Spain', 'ES', null],
    ['Juan Carlos I', 'ES', null],
    ['John Paul II', 'PL', null],
    ['Pope John Paul II', 'PL', null],
    ['Pope Francis', 'AR', null],
    ['Carl XVI Gustaf', 'SE', null],
    ['Aga Khan IV', undefined, null],
    ['Mother Teresa', 'IN', null],
    ['Dalai Lama', undefined, null],
    ['King Hussein', 'JO', null],
    ['Ayatollah Khomeini', 'IR', 'Khomeini'],
    ['Benigno Aquino III', 'PH', 'Aquino'],
    ['Martin Luther King Jr.', 'US', 'King'],
    ['Crown Prince Mohammed bin Salman', 'SA', 'bin Salman'],
    ['Cristiano Ronaldo', 'PT', 'Ronaldo'],
  ])('%s (%s) -> %s', (name, country, expected) => {
    expect(surnameOf(name, country)).toBe(expected);
  });

  it('a title is never a surname alias', () => {
    const titles = new Set(['Prince', 'Princess', 'King', 'Queen', 'Pope', 'Sheikh', 'Emir', 'Sultan', 'Ayatollah', 'Mother', 'Saint']);
    for (const name of ['Prince Norodom Ranariddh', 'Queen Elizabeth II', 'Sheikh Ahmed Yassin', 'Emir Tamim bin Hamad Al Thani', 'Mother Teresa', 'Saint John Paul II']) {
      const sur = personAliases({ name }).filter((a) => a.flags & AliasFlag.SURNAME_ONLY).map((a) => a.surface);
      expect(sur.filter((s) => titles.has(s)), name).toEqual([]);
    }
  });
});

it('the new files exist on disk (the lead commits them together)', () => {
  for (const f of NEW_ORG_FILES) expect(existsSync(join(DATA, 'organizations', f)), f).toBe(true);
  for (const f of NEW_PLACE_FILES) expect(existsSync(join(DATA, 'places', f)), f).toBe(true);
  for (const f of NEW_PEOPLE_FILES) expect(existsSync(join(DATA, 'people', f)), f).toBe(true);
});
