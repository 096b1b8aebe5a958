// Checks the people data (data/people/*.json): schema, dates, countries, totals, and the example page's people.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { readPeopleFiles, mergePeople } from '../../data/people/merge';
import { PERSON_ID_RE, PARTIAL_DATE_RE, LIFE_DATE_RE } from '../../data/people/schema';
import type { PersonSource, RoleSource } from '../../data/people/schema';

const DIR = resolve(__dirname, '../../data/people');
const files = readPeopleFiles(DIR);
const merged = mergePeople(files);
const ARTICLE_DATE = '2021-03-18';

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function validCountry(c: string): boolean {
  return c === 'XK' || (/^[A-Z]{2}$/.test(c) && countries.isValid(c));
}

/** Compares partial dates at their common precision: "2021" vs "2021-03-18" are equal there. */
function cmp(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}

/** Held on `date`: started on or before it, and not ended before it (an end on that day counts as held). */
function heldOn(r: RoleSource, date: string): boolean {
  if (!r.start || cmp(r.start, date) > 0) return false;
  return !r.end || cmp(r.end, date) >= 0;
}

function person(id: string): PersonSource {
  const p = merged.get(id);
  if (!p) throw new Error(`${id} missing from the merged people data`);
  return p;
}

function roleOn(id: string, title: RegExp, date = ARTICLE_DATE): RoleSource | undefined {
  return (person(id).roles ?? []).find((r) => title.test(r.title) && heldOn(r, date));
}

describe('people data files', () => {
  it('finds the expected files', () => {
    const names = files.map((f) => f.file);
    for (const f of ['reference.json', 'newsmakers.json', 'leaders-extra.json']) expect(names).toContain(f);
  });

  for (const { file, people } of files) {
    it(`${file}: every record matches the schema`, () => {
      expect(Array.isArray(people)).toBe(true);
      const problems: string[] = [];
      const ids = new Set<string>();
      const bad = (p: PersonSource, why: string) => problems.push(`${p.id ?? '?'} ${p.name ?? ''}: ${why}`);
      for (const p of people) {
        if (typeof p.id !== 'string' || !PERSON_ID_RE.test(p.id)) bad(p, 'malformed id');
        if (ids.has(p.id)) bad(p, 'duplicate id in this file');
        ids.add(p.id);
        if (typeof p.name !== 'string' || !p.name.trim() || p.name !== p.name.trim()) bad(p, 'empty or untrimmed name');
        if (/^Q[0-9]+$/.test(p.name)) bad(p, 'name is a bare QID');
        const allowed = new Set(['id', 'name', 'aliases', 'born', 'died', 'country', 'description', 'roles']);
        for (const k of Object.keys(p)) if (!allowed.has(k)) bad(p, `unknown field ${k}`);
        if (p.aliases !== undefined) {
          if (!Array.isArray(p.aliases) || p.aliases.length === 0) bad(p, 'aliases must be a non-empty array');
          const surname = p.name.split(' ').at(-1);
          for (const a of p.aliases ?? []) {
            if (typeof a !== 'string' || !a.trim()) bad(p, 'empty alias');
            // The compiler derives bare surnames and diacritic-free forms; an alias that is one only duplicates them.
            if (p.name.includes(' ') && a === surname) bad(p, `bare surname alias "${a}"`);
            if (stripMarks(a) === stripMarks(p.name)) bad(p, `alias "${a}" only drops diacritics`);
          }
        }
        if (p.born !== undefined && !LIFE_DATE_RE.test(p.born)) bad(p, `born ${p.born}`);
        if (p.died !== undefined && !LIFE_DATE_RE.test(p.died)) bad(p, `died ${p.died}`);
        if (p.born && p.died && cmp(p.born, p.died) > 0) bad(p, 'died before born');
        if (p.country !== undefined && !validCountry(p.country)) bad(p, `country ${p.country}`);
        if (p.description !== undefined && (typeof p.description !== 'string' || !p.description.trim() || p.description.length > 200))
          bad(p, 'description empty or longer than 200 characters');
        for (const r of p.roles ?? []) {
          if (typeof r.title !== 'string' || !r.title.trim()) bad(p, 'role without title');
          if (r.country !== undefined && r.country !== 'INT' && !validCountry(r.country)) bad(p, `role country ${r.country}`);
          for (const d of [r.start, r.end, r.ongoingAsOf]) if (d !== undefined && !PARTIAL_DATE_RE.test(d)) bad(p, `role date ${d}`);
          if (r.start && r.end && cmp(r.start, r.end) > 0) bad(p, `${r.title}: starts ${r.start} after it ends ${r.end}`);
          if (r.ongoingAsOf && r.end) bad(p, `${r.title}: ongoingAsOf with an end`);
          if (r.ongoingAsOf && r.start && cmp(r.start, r.ongoingAsOf) > 0) bad(p, `${r.title}: ongoingAsOf before start`);
        }
      }
      expect(problems.slice(0, 20)).toEqual([]);
    });
  }

  it('newsmakers.json holds at least 500 people who are not in the reference under another id', () => {
    const news = files.find((f) => f.file === 'newsmakers.json')!.people;
    const ref = files.find((f) => f.file === 'reference.json')!.people;
    expect(news.length).toBeGreaterThanOrEqual(500);
    const refIds = new Set(ref.map((p) => p.id));
    const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const refNames = new Set(ref.map((p) => norm(p.name)));
    const clashes = news.filter((p) => refIds.has(p.id) || refNames.has(norm(p.name))).map((p) => `${p.id} ${p.name}`);
    expect(clashes).toEqual([]);
    const described = news.filter((p) => p.description).length;
    expect(described / news.length).toBeGreaterThan(0.95);
  });

  it('reaches the totals: at least 10,000 people, 8,000 with dated roles', () => {
    const all = [...merged.values()];
    const dated = all.filter((p) => p.roles?.some((r) => r.start)).length;
    const roles = all.reduce((n, p) => n + (p.roles?.length ?? 0), 0);
    const open = all.reduce((n, p) => n + (p.roles ?? []).filter((r) => !r.end).length, 0);
    const openKnown = all.reduce((n, p) => n + (p.roles ?? []).filter((r) => !r.end && r.ongoingAsOf).length, 0);
    console.log(
      `[people] files ${files.map((f) => `${f.file}:${f.people.length}`).join(', ')}; merged people ${all.length}, ` +
        `with dated roles ${dated}, roles ${roles}, open roles ${open} (${openKnown} with ongoingAsOf), ` +
        `with description ${all.filter((p) => p.description).length}, with aliases ${all.filter((p) => p.aliases).length}`,
    );
    expect(all.length).toBeGreaterThanOrEqual(10_000);
    expect(dated).toBeGreaterThanOrEqual(8_000);
  });
});

describe('the example page (published 2021-03-18): its people carry the right roles', () => {
  it('Sergey Lavrov: Foreign Minister of Russia since 2004-03-09', () => {
    const r = roleOn('wd:Q58217', /Foreign (Affairs|Minister).*Russia/);
    expect(r?.start).toBe('2004-03-09');
    expect(person('wd:Q58217').name).toBe('Sergey Lavrov');
    expect(person('wd:Q58217').aliases).toContain('Sergei Lavrov');
  });

  it('Vladimir Putin: President of Russia since 2012, after two earlier spells as president and prime minister', () => {
    expect(roleOn('wd:Q7747', /^President of Russia$/)?.start).toBe('2012-05-07');
    const spells = (person('wd:Q7747').roles ?? []).filter((r) => /^(President|Prime Minister) of Russia$/.test(r.title));
    expect(spells.map((r) => `${r.title} ${r.start}`)).toEqual(
      expect.arrayContaining(['Prime Minister of Russia 1999-08-16', 'President of Russia 2000-05-07', 'Prime Minister of Russia 2008-05-08']),
    );
    expect(roleOn('wd:Q7747', /^President of Russia$/, '2010-06-01')).toBeUndefined();
  });

  it('Joe Biden: President since 2021-01-20 (until 2025-01-20), Vice President 2009-2017', () => {
    const pres = roleOn('wd:Q6279', /^President of the United States$/);
    expect(pres?.start).toBe('2021-01-20');
    expect(pres?.end).toBe('2025-01-20');
    expect(roleOn('wd:Q6279', /^Vice President of the United States$/, '2012-01-01')?.start).toBe('2009-01-20');
  });

  it('Donald Trump: "then-President" in 2021 — his first term had ended; the second starts 2025-01-20', () => {
    expect(roleOn('wd:Q22686', /^President of the United States$/)).toBeUndefined();
    const spells = (person('wd:Q22686').roles ?? []).filter((r) => r.title === 'President of the United States');
    expect(spells.map((r) => [r.start, r.end])).toEqual([
      ['2017-01-20', '2021-01-20'],
      ['2025-01-20', undefined],
    ]);
  });

  it('Zhao Lijian: Chinese foreign ministry spokesperson from 2020-02 to 2023-01', () => {
    const r = roleOn('gloss:zhao-lijian', /^Spokesperson of the Ministry of Foreign Affairs of China$/);
    expect([r?.start, r?.end]).toEqual(['2020-02', '2023-01']);
    expect(roleOn('gloss:zhao-lijian', /Spokesperson/, '2023-06-01')).toBeUndefined();
  });

  it('Wang Yi: Foreign Minister (2013-03-16 to 2022-12-30, again from 2023-07-25) and State Councilor', () => {
    expect(roleOn('wd:Q701801', /^Foreign Minister of the People's Republic of China$/)?.start).toBe('2013-03-16');
    expect(roleOn('wd:Q701801', /^State Councilor/)?.start).toBe('2018-03-19');
    expect(roleOn('wd:Q701801', /^Foreign Minister/, '2023-03-01')).toBeUndefined();
    expect(roleOn('wd:Q701801', /^Foreign Minister/, '2024-01-01')?.start).toBe('2023-07-25');
    expect(roleOn('wd:Q701801', /Central Foreign Affairs Commission/, '2024-01-01')).toBeDefined();
  });

  it('Antony Blinken: Secretary of State since 2021-01-26', () => {
    expect(roleOn('wd:Q7821917', /Secretary of State$/)?.start).toBe('2021-01-26');
  });

  it('Jake Sullivan: National Security Advisor since 2021-01-20', () => {
    expect(roleOn('wd:Q16730147', /^National Security Advisor/)?.start).toBe('2021-01-20');
  });

  it('Yang Jiechi: director of the party foreign affairs commission office in 2021', () => {
    expect(roleOn('wd:Q58211', /Central Foreign Affairs Commission/)).toBeDefined();
    expect(roleOn('wd:Q58211', /^Foreign Minister/, '2010-01-01')?.start).toBe('2007-04-27');
  });

  it('Alexei Navalny: described, with the "Alexey" spelling as an alias', () => {
    const p = person('gloss:alexei-navalny');
    expect(p.name).toBe('Alexei Navalny');
    expect(p.aliases).toContain('Alexey Navalny');
    expect(p.description).toMatch(/opposition/);
    expect(p.born).toBe('1976-06-04');
    expect(p.died).toBe('2024-02-16');
  });

  it('Volodymyr Zelensky: every common spelling is a name or an alias', () => {
    const p = person('wd:Q3874799');
    const forms = [p.name, ...(p.aliases ?? [])];
    for (const f of ['Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskyy']) expect(forms).toContain(f);
  });
});
