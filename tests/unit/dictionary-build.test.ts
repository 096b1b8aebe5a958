// The compiler's pieces: alias generation (surnames, initials, acronyms, common words), merging, the "as of" date,
// determinism and format checks, and reading data folders that are missing, empty or mid-write.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, buildDictionary, readSources } from '../../scripts/build-dictionary';
import { loadDictionary } from '../../utils/dictionary';
import { looksLikeAcronym, organizationAliases, personAliases, surnameOf, withoutMiddleInitials } from '../../utils/dictionary/aliases';
import { chooseAsOf, mergePeople } from '../../utils/dictionary/compile';
import { Section, readContainer } from '../../utils/dictionary/format';
import { foldText } from '../../utils/dictionary/normalize';
import { roleRank } from '../../utils/dictionary/roles';
import { AliasFlag } from '../../utils/dictionary/types';
import { validateDictionary } from '../../utils/dictionary/validate';
import { tinyBytes } from './dictionary-fixtures';

describe('surnameOf', () => {
  it.each<[string, string | undefined, string | null]>([
    ['Sergey Lavrov', 'RU', 'Lavrov'],
    ['Ursula von der Leyen', 'DE', 'von der Leyen'],
    ['Charles de Gaulle', 'FR', 'de Gaulle'],
    ['Jean-Yves Le Drian', 'FR', 'Le Drian'],
    ['Xi Jinping', 'CN', 'Xi'],
    ['Wang Yi', 'CN', 'Wang'],
    ['Zhao Lijian', 'CN', 'Zhao'],
    ['Moon Jae-in', 'KR', 'Moon'],
    ['Kim Jong Un', 'KP', 'Kim'],
    ['Tsai Ing-wen', 'TW', 'Tsai'],
    ['Carrie Lam', 'HK', 'Lam'],
    ['Lee Hsien Loong', 'SG', 'Lee'],
    ['Nguyen Phu Trong', 'VN', 'Trong'],
    ['Shinzo Abe', 'JP', 'Abe'],
    ['Kim Jong Un', undefined, 'Un'],
    ['Moon Jae-in', undefined, 'Moon'],
    ['Martin Luther King Jr.', 'US', 'King'],
    ['Charles III', 'GB', null],
    ['Felipe VI of Spain', 'ES', null],
    ['Madonna', 'US', null],
    ['Sheikh Tamim bin Hamad', 'QA', 'bin Hamad'],
  ])('%s (%s) -> %s', (name, country, expected) => {
    expect(surnameOf(name, country)).toBe(expected);
  });
});

describe('alias generation', () => {
  it('drops middle initials', () => {
    expect(withoutMiddleInitials('George W. Bush')).toBe('George Bush');
    expect(withoutMiddleInitials('George H. W. Bush')).toBe('George Bush');
    expect(withoutMiddleInitials('John F Kennedy')).toBe('John Kennedy');
    expect(withoutMiddleInitials('Joe Biden')).toBeNull();
    expect(withoutMiddleInitials('Kim Jong Un')).toBeNull();
  });

  it('recognises acronyms', () => {
    for (const a of ['NATO', 'US', 'U.S.', 'UAE', 'WHO']) expect(looksLikeAcronym(a)).toBe(true);
    for (const a of ['Nato', 'United States', 'A', 'UNESCOWORLD', 'Xi']) expect(looksLikeAcronym(a)).toBe(false);
  });

  it('flags each form of a person', () => {
    const got = new Map(personAliases({ name: 'Theresa May', aliases: ['Theresa Mary May'], country: 'GB' }).map((a) => [a.surface, a.flags]));
    expect(got.get('Theresa May')).toBe(0);
    expect(got.get('Theresa Mary May')).toBe(AliasFlag.ALT_NAME);
    expect(got.get('May')).toBe(AliasFlag.SURNAME_ONLY | AliasFlag.COMMON_WORD);
    const assad = new Map(personAliases({ name: 'Bashar al-Assad', country: 'SY' }).map((a) => [a.surface, a.flags]));
    expect(assad.get('al-Assad')).toBe(AliasFlag.SURNAME_ONLY | AliasFlag.LOWER_START);
    expect(assad.get('Assad')).toBe(AliasFlag.SURNAME_ONLY);
  });

  it('takes extra common words from the options (the data/lexicon lists)', () => {
    const plain = new Map(personAliases({ name: 'Harry Potter', country: 'GB' }).map((a) => [a.surface, a.flags]));
    const withLexicon = new Map(personAliases({ name: 'Harry Potter', country: 'GB' }, { isCommon: (a) => a === 'Potter' }).map((a) => [a.surface, a.flags]));
    expect(plain.get('Potter')! & AliasFlag.COMMON_WORD).toBe(0);
    expect(withLexicon.get('Potter')! & AliasFlag.COMMON_WORD).toBe(AliasFlag.COMMON_WORD);
    expect(withLexicon.get('Harry Potter')! & AliasFlag.COMMON_WORD).toBe(0);
  });

  it('folds diacritics, case and special letters', () => {
    expect(foldText('Erdoğan Genève Łódź Straße Æsir')).toBe('erdogan geneve lodz strasse aesir');
    expect(foldText('O’Brien, U.S.')).toBe('o brien u s');
  });

  it('ranks roles', () => {
    expect(roleRank('President of the United States')).toBe(3);
    expect(roleRank('Minister of Foreign Affairs of Russia')).toBeGreaterThan(roleRank('Minister of Health of Russia'));
    expect(roleRank('Deputy Minister of Finance of Russia')).toBe(1);
    expect(roleRank('Vice President of the National People\'s Congress')).toBe(1);
  });
});

describe('organisation aliases', () => {
  it('flags ambiguous short names per alias, leaving the full name plain', () => {
    const got = new Map(organizationAliases({ name: 'Tottenham Hotspur', aliases: ['Tottenham Hotspur F.C.'], ambiguousAliases: ['Spurs'] }).map((a) => [a.surface, a.flags]));
    expect(got.get('Tottenham Hotspur')! & AliasFlag.AMBIGUOUS).toBe(0);
    expect(got.get('Spurs')! & AliasFlag.AMBIGUOUS).toBe(AliasFlag.AMBIGUOUS);
  });

  it('writes UN bodies with "UN" and "U.N." as well as "United Nations"', () => {
    const got = organizationAliases({ name: 'United Nations Development Programme', aliases: ['UN Development Programme'] }).map((a) => a.surface);
    expect(got).toEqual(expect.arrayContaining(['UN Development Programme', 'U.N. Development Programme']));
    expect(organizationAliases({ name: 'Universal Postal Union' }).map((a) => a.surface)).toEqual(['Universal Postal Union']);
  });

  it('keeps a lower-case form beside the capitalised name of the same organisation', () => {
    const d = loadDictionary(buildDictionary({
      people: [], places: [], asOf: '2025-01-01',
      organizations: [{ id: 'org:odni', name: 'Office of the Director of National Intelligence', aliases: ['office of the director of national intelligence'], kind: 'intelligence agency', description: 'US office that coordinates intelligence' }],
    }));
    const lower = 'a memo from the office of the director of national intelligence leaked';
    const m = d.matchAliases(lower);
    expect(m.map((x) => lower.slice(x.start, x.end))).toEqual(['office of the director of national intelligence']);
    expect(m[0].caseExact).toBe(true);
    expect(d.matchAliases('The Office of the Director of National Intelligence said').length).toBe(1);
  });
});

describe('compilation', () => {
  it('merges people by id: union of aliases and roles, first non-empty scalar wins', () => {
    const merged = mergePeople([
      { id: 'wd:Q1', name: 'A B', aliases: ['AB'], roles: [{ title: 'X', start: '2000' }] },
      { id: 'wd:Q1', name: 'A B', aliases: ['A. B.', 'AB'], born: '1950', roles: [{ title: 'X', start: '2000' }, { title: 'Y' }] },
      { id: 'wd:Q2', name: 'C D' },
    ]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ aliases: ['AB', 'A. B.'], born: '1950' });
    expect(merged[0].roles!.map((r) => r.title)).toEqual(['X', 'Y']);
  });

  it('chooses asOf as the latest role date, capped at today', () => {
    const people = [
      { id: 'a', name: 'A', roles: [{ title: 't', start: '2004-03-09', ongoingAsOf: '2023-01-10' }] },
      { id: 'b', name: 'B', roles: [{ title: 't', start: '2025-01-20', ongoingAsOf: '2026' }] },
    ];
    expect(chooseAsOf(people, '2030-01-01')).toBe('2026-01-01');
    expect(chooseAsOf(people, '2025-06-30')).toBe('2025-06-30');
    expect(chooseAsOf([], '2025-06-30')).toBe('2025-06-30');
  });

  it('is deterministic and valid', () => {
    const a = tinyBytes();
    const b = tinyBytes();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const report = validateDictionary(a);
    expect(report.errors).toEqual([]);
    expect(report.unreachable).toBe(0);
  });

  it('builds and loads an empty dictionary', () => {
    const d = loadDictionary(buildDictionary({ people: [], places: [], organizations: [], asOf: '2025-01-01' }));
    expect(d.entityCount).toBe(0);
    expect(d.matchAliases('Sergey Lavrov in Genève')).toEqual([]);
    expect(d.indexOfId('wd:Q1')).toBe(-1);
  });

  it('rejects what is not a dictionary', () => {
    expect(() => loadDictionary(new Uint8Array(100))).toThrow(/bad magic/);
    expect(() => loadDictionary(tinyBytes().slice(0, 200))).toThrow();
  });

  it('rejects a damaged file instead of looping on a full hash table', () => {
    const bytes = tinyBytes();
    const root = readContainer(bytes).get(Section.ROOT_TABLE)!;
    new Uint32Array(bytes.buffer, bytes.byteOffset + root.offset, root.length / 4).fill(1);
    expect(() => loadDictionary(bytes)).toThrow(/damaged/);
  });

  it('loads from a misaligned view', () => {
    const bytes = tinyBytes();
    const padded = new Uint8Array(bytes.byteLength + 3);
    padded.set(bytes, 3);
    const d = loadDictionary(padded.subarray(3));
    expect(d.matchAliases('Sergey Lavrov').length).toBe(1);
  });
});

describe('reading data folders', () => {
  const root = mkdtempSync(join(tmpdir(), 'gloss-dict-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('skips missing and empty folders, and says so', () => {
    mkdirSync(join(root, 'data', 'people'), { recursive: true });
    const logs: string[] = [];
    const s = readSources(root, (l) => logs.push(l));
    expect(s).toEqual({ people: [], organizations: [], handPlaces: [], commonWords: [], demonyms: {} });
    expect(logs.join('\n')).toMatch(/data\/people\/: no \.json files/);
    expect(logs.join('\n')).toMatch(/data\/organizations\/: missing/);
  });

  it('reads arrays, and fails on a file that does not parse', () => {
    writeFileSync(join(root, 'data', 'people', 'a.json'), JSON.stringify([{ id: 'wd:Q1', name: 'A B' }, { nope: 1 }]));
    expect(readSources(root).people).toEqual([{ id: 'wd:Q1', name: 'A B' }]);
    writeFileSync(join(root, 'data', 'people', 'b.json'), '[{"id": "wd:Q2", "na');
    expect(() => readSources(root)).toThrow(DataError);
    expect(() => readSources(root)).toThrow(/b\.json/);
  });
});
