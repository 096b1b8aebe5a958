// Tests of the organisation data in data/organizations/*.json: schema, ids, coverage and ambiguous names.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { ORGANIZATION_KINDS, type OrganizationSource } from '../../data/organizations/schema';

const ORG_DIR = join(__dirname, '..', '..', 'data', 'organizations');
const ISO2 = new Set(Object.keys(isoCountries.getAlpha2Codes()));
const files = readdirSync(ORG_DIR).filter((f) => f.endsWith('.json')).sort();
const orgs: OrganizationSource[] = files.flatMap((f) => JSON.parse(readFileSync(join(ORG_DIR, f), 'utf8')) as OrganizationSource[]);

function problems(o: OrganizationSource): string[] {
  const errors: string[] = [];
  const where = String(o.id);
  if (typeof o.id !== 'string' || !/^org:[a-z0-9][a-z0-9-]*$/.test(o.id)) errors.push(`${where}: bad id`);
  if (typeof o.name !== 'string' || o.name.trim() === '' || o.name !== o.name.trim()) errors.push(`${where}: bad name`);
  if (!ORGANIZATION_KINDS.includes(o.kind)) errors.push(`${where}: bad kind ${o.kind}`);
  if (o.country !== undefined && o.country !== 'INT' && !ISO2.has(o.country)) errors.push(`${where}: bad country ${o.country}`);
  if (o.founded !== undefined && !/^\d{4}$/.test(o.founded)) errors.push(`${where}: bad founded`);
  if (o.founded !== undefined && Number(o.founded) > new Date().getUTCFullYear()) errors.push(`${where}: founded in the future`);
  if (typeof o.description !== 'string' || o.description.length < 10 || o.description.length > 160) errors.push(`${where}: bad description`);
  if (o.seat !== undefined && (typeof o.seat !== 'string' || o.seat === '')) errors.push(`${where}: bad seat`);
  for (const field of ['aliases', 'acronyms', 'ambiguousAliases'] as const) {
    const list = o[field];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0 || list.some((a) => typeof a !== 'string' || a.trim() === '' || a !== a.trim())) errors.push(`${where}: bad ${field}`);
    else if (new Set(list).size !== list.length) errors.push(`${where}: duplicate in ${field}`);
  }
  if (o.aliases?.includes(o.name)) errors.push(`${where}: alias repeats the name`);
  // An ambiguous short name is never also the name or a plain alias ("Spurs" needs context, "Tottenham Hotspur" not).
  if (o.ambiguousAliases?.some((a) => a === o.name || o.aliases?.includes(a))) errors.push(`${where}: ambiguous alias repeats a name`);
  if (o.ambiguous !== undefined && o.ambiguous !== true) errors.push(`${where}: ambiguous must be true or absent`);
  const known = new Set(['id', 'name', 'aliases', 'acronyms', 'kind', 'country', 'seat', 'founded', 'description', 'ambiguous', 'ambiguousAliases']);
  for (const key of Object.keys(o)) if (!known.has(key)) errors.push(`${where}: unknown field ${key}`);
  return errors;
}

/** Organisations that a text form names, compared case-insensitively for names and aliases, exactly for acronyms. */
function find(form: string): OrganizationSource[] {
  const lower = form.toLowerCase();
  return orgs.filter(
    (o) =>
      [o.name, ...(o.aliases ?? [])].some((n) => n.toLowerCase() === lower) || (o.acronyms ?? []).includes(form),
  );
}

describe('organisation files', () => {
  it.each(files)('%s parses and matches the schema', (file) => {
    const entries = JSON.parse(readFileSync(join(ORG_DIR, file), 'utf8')) as OrganizationSource[];
    expect(Array.isArray(entries)).toBe(true);
    expect(entries.flatMap(problems)).toEqual([]);
  });

  it('hold at least 500 organisations with unique ids', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(500);
    expect(new Set(orgs.map((o) => o.id)).size).toBe(orgs.length);
  });

  it('use every kind of the schema', () => {
    const used = new Set(orgs.map((o) => o.kind));
    expect(ORGANIZATION_KINDS.filter((k) => !used.has(k))).toEqual([]);
  });

  it('never give two organisations the same name, alias or acronym', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of orgs) {
      for (const n of new Set([o.name, ...(o.aliases ?? []), ...(o.acronyms ?? [])])) {
        const prev = owner.get(n);
        if (prev && prev !== o.id) clashes.push(`${n}: ${prev} / ${o.id}`);
        owner.set(n, o.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('organisations of the example page (2021-03-18)', () => {
  it.each([
    ['Chinese Foreign Ministry', 'org:chinese-foreign-ministry', 'ministry', 'CN'],
    ["China's Foreign Ministry", 'org:chinese-foreign-ministry', 'ministry', 'CN'],
    ['office of the director of national intelligence', 'org:odni', 'intelligence agency', 'US'],
    ['ODNI', 'org:odni', 'intelligence agency', 'US'],
    ['State Department', 'org:state-department', 'ministry', 'US'],
  ])('%s -> %s', (form, id, kind, country) => {
    const hits = find(form);
    expect(hits.map((o) => o.id)).toEqual([id]);
    expect(hits[0].kind).toBe(kind);
    expect(hits[0].country).toBe(country);
  });
});

describe('well-known organisations', () => {
  it.each([
    ['NATO', 'org:nato'],
    ['UN', 'org:united-nations'],
    ['EU', 'org:eu'],
    ['WHO', 'org:who'],
    ['IMF', 'org:imf'],
    ['G7', 'org:g7'],
    ['Pentagon', 'org:pentagon'],
    ['Kremlin', 'org:kremlin'],
    ['Downing Street', 'org:uk-government'],
    ['Fed', 'org:federal-reserve'],
    ['GOP', 'org:republican-party-us'],
    ['Tories', 'org:conservative-party-uk'],
    ['CCP', 'org:ccp'],
    ['Communist Party of China', 'org:ccp'],
    ['PLA', 'org:pla'],
    ['ISIS', 'org:islamic-state'],
    ['Houthis', 'org:houthis'],
    ['Xinhua', 'org:xinhua'],
    ['Associated Press', 'org:ap'],
    ['Indian National Congress', 'org:indian-national-congress'],
    ['Congress', 'org:us-congress'],
    ['US Senate', 'org:us-senate'],
  ])('%s -> %s', (form, id) => {
    expect(find(form).map((o) => o.id)).toEqual([id]);
  });

  it('matches acronyms only in their own case', () => {
    expect(find('nato').map((o) => o.id)).toEqual([]);
    expect(find('who').map((o) => o.id)).toEqual([]);
  });

  it.each(['Foreign Ministry', 'Defence Ministry', 'Defense Ministry', 'Senate', 'Supreme Court', 'Parliament', 'Treasury', 'Greens', 'the Greens', 'Chancellery', 'Security Service', 'House of Representatives', 'Total', 'IS'])(
    'does not claim the ambiguous bare form %s',
    (form) => {
      expect(find(form)).toEqual([]);
    },
  );

  it.each(['Apple Inc.', 'Amazon', 'Shell plc', 'Meta Platforms', 'Tesla', 'Wagner Group'])('%s is marked ambiguous', (name) => {
    const o = orgs.find((x) => x.name === name);
    expect(o?.ambiguous).toBe(true);
  });
});
