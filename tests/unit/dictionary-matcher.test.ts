// The alias matcher over a tiny compiled dictionary: longest match, case policy, Unicode word boundaries,
// possessives, hyphen/apostrophe names, "U.S.", surname forms and lookups.
import { describe, expect, it } from 'vitest';
import { AliasFlag, type AliasMatch, type Dictionary } from '../../utils/dictionary';
import { tinyDictionary } from './dictionary-fixtures';

const dict: Dictionary = tinyDictionary();

function idOf(m: AliasMatch): string {
  return dict.entity(m.candidates[0]).id;
}

/** [matched text, best candidate id] for every match. */
function run(text: string): [string, string][] {
  return dict.matchAliases(text).map((m) => [text.slice(m.start, m.end), idOf(m)]);
}

describe('matchAliases', () => {
  it.each<[string, [string, string][]]>([
    // longest match wins over a shorter alias inside it
    ['He flew to New York on Monday.', [['New York', 'place:gn:2']]],
    ['York Minster', [['York', 'place:gn:3']]],
    // full names, surnames, possessives (straight and typographic apostrophe)
    ['Sergey Lavrov’s visit', [['Sergey Lavrov', 'wd:Q58217']]],
    ["Lavrov's visit", [['Lavrov', 'wd:Q58217']]],
    // Unicode word boundaries: "Lom" must not match inside "Lomé"
    ['Talks in Lomé, Anjō and Sololá.', [['Lomé', 'place:gn:5'], ['Anjō', 'place:gn:7'], ['Sololá', 'place:gn:8']]],
    ['Lom is a town on the Danube.', [['Lom', 'place:gn:6']]],
    // diacritic folding both ways
    ['Erdogan and Erdoğan met in Geneve, Genève and Geneva.', [
      ['Erdogan', 'wd:Q39259'], ['Erdoğan', 'wd:Q39259'], ['Geneve', 'place:gn:4'], ['Genève', 'place:gn:4'], ['Geneva', 'place:gn:4'],
    ]],
    ['Recep Tayyip Erdogan spoke.', [['Recep Tayyip Erdogan', 'wd:Q39259']]],
    // acronyms are case-exact; "us" never matches the country
    ['The US and the U.S. told us: Us first, USA.', [['US', 'place:cc:US'], ['U.S.', 'place:cc:US'], ['USA', 'place:cc:US']]],
    ['NATO, Nato and nato', [['NATO', 'org:nato']]],
    ['WHO said; who knows; Who cares.', [['WHO', 'org:who']]],
    // hyphens and apostrophes inside names
    ['Jean-Yves Le Drian and Le Drian', [['Jean-Yves Le Drian', 'wd:Q381'], ['Le Drian', 'wd:Q381']]],
    ["Conan O'Brien, O’Brien and O'Brien's show", [["Conan O'Brien", 'gloss:conan-obrien'], ['O’Brien', 'gloss:conan-obrien'], ["O'Brien", 'gloss:conan-obrien']]],
    ['the US-Japan statement', [['US', 'place:cc:US'], ['Japan', 'place:cc:JP']]],
    // lower-case particles inside names, and capitalised at a sentence start
    ['Ursula von der Leyen; von der Leyen; Von der Leyen said', [
      ['Ursula von der Leyen', 'wd:Q4101'], ['von der Leyen', 'wd:Q4101'], ['Von der Leyen', 'wd:Q4101'],
    ]],
    ['Charles de Gaulle and de Gaulle', [['Charles de Gaulle', 'wd:Q991'], ['de Gaulle', 'wd:Q991']]],
    ['Bank of England', [['Bank of England', 'org:boe']]],
    ["McDonald's", [["McDonald's", 'org:mcdonalds']]],
    // East Asian family names come first; Vietnamese news use the last name
    ['Xi, Wang, Zhao, Moon and Kim', [
      ['Xi', 'wd:Q15031'], ['Wang', 'wd:Q22779'], ['Zhao', 'gloss:zhao-lijian'], ['Moon', 'wd:Q21001'], ['Kim', 'wd:Q56226'],
    ]],
    ['Trong said', [['Trong', 'wd:Q389']]],
    ['Jinping said', []],
    // middle initials dropped; "al-" dropped; two-part Hispanic surnames
    ['George Bush and George W. Bush', [['George Bush', 'wd:Q207'], ['George W. Bush', 'wd:Q207']]],
    ['Assad and al-Assad', [['Assad', 'wd:Q1'], ['al-Assad', 'wd:Q1']]],
    ['López Obrador', [['López Obrador', 'wd:Q2']]],
    // periods join short tokens only; hard breaks end names
    ['St. Louis and Saint Louis', [['St. Louis', 'place:gn:9'], ['Saint Louis', 'place:gn:9']]],
    ['in New. York', [['York', 'place:gn:3']]],
    ['New\n\nYork', [['York', 'place:gn:3']]],
    ['Joe\u00a0Biden and Joe\nBiden', [['Joe\u00a0Biden', 'wd:Q6279'], ['Joe\nBiden', 'wd:Q6279']]],
    ['Joe\r\nBiden; New\r\n\r\nYork', [['Joe\r\nBiden', 'wd:Q6279'], ['York', 'place:gn:3']]],
    ['J.K. Rowling met J. K. Rowling', [['J.K. Rowling', 'gloss:jk-rowling'], ['J. K. Rowling', 'gloss:jk-rowling']]],
    ['U.S.-China talks; the U.S', [['U.S.', 'place:cc:US'], ['China', 'place:cc:CN'], ['U.S', 'place:cc:US']]],
    ['Sergey Lavrov\u00ad’s visit', [['Sergey Lavrov', 'wd:Q58217']]],
    ['“Biden”', [['Biden', 'wd:Q6279']]],
    // surname forms that are function words are not generated; regnal numbers and "of" styles give none
    ['He said; He Lifeng said', [['He Lifeng', 'wd:Q3']]],
    ['An official said an-Naif and An Kyung-duk', [['an-Naif', 'wd:Q6'], ['An Kyung-duk', 'wd:Q5']]],
    ['Felipe VI of Spain and Felipe; I said', [['Felipe VI of Spain', 'wd:Q4']]],
    // a leading "the" is not part of a place name
    ['in the Netherlands and Holland', [['Netherlands', 'place:cc:NL'], ['Holland', 'place:cc:NL']]],
    // capitalisation: lower-case words never start a match
    ['biden and lavrov and new york', []],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it('reports flags: surname-only, common word, acronym, alternate name, short form', () => {
    const [may] = dict.matchAliases('May said');
    expect(may.flags & AliasFlag.SURNAME_ONLY).toBeTruthy();
    expect(may.flags & AliasFlag.COMMON_WORD).toBeTruthy();
    const [full] = dict.matchAliases('Theresa May said');
    expect(full.flags).toBe(0);
    const [nato] = dict.matchAliases('NATO');
    expect(nato.flags & AliasFlag.ACRONYM).toBeTruthy();
    const [america] = dict.matchAliases('America');
    expect(america.flags & AliasFlag.ALT_NAME).toBeTruthy();
    const [bush] = dict.matchAliases('George Bush');
    expect(bush.flags & AliasFlag.SHORT_FORM).toBeTruthy();
    const [nice] = dict.matchAliases('Nice');
    expect(nice.flags & AliasFlag.COMMON_WORD).toBeTruthy();
  });

  it('reports caseExact', () => {
    const [a, b] = dict.matchAliases('SERGEY LAVROV and Sergey Lavrov');
    expect([a.caseExact, b.caseExact]).toEqual([false, true]);
    expect(idOf(a)).toBe('wd:Q58217');
  });

  it('orders candidates: full names before surnames, then prominence', () => {
    const [m] = dict.matchAliases('Lavrov');
    expect(m.candidates.map((i) => dict.entity(i).id)).toEqual(['wd:Q58217', 'wd:Q17562668']);
    const [w] = dict.matchAliases('Washington');
    expect(w.candidates.map((i) => dict.entity(i).id)).toEqual(['place:gn:1', 'place:adm1:US.WA']);
    expect(w.candidateFlags).toHaveLength(2);
  });

  it('gives UTF-16 offsets that slice the text', () => {
    const text = '😀 Anjō and Sololá 😀 Lomé';
    for (const m of dict.matchAliases(text)) expect(['Anjō', 'Sololá', 'Lomé']).toContain(text.slice(m.start, m.end));
    expect(dict.matchAliases(text)).toHaveLength(3);
  });

  it('is linear on hostile text (typographic quotes, long runs of capitals)', () => {
    const chunk = '“Sergey Lavrov” ‘said’ — US U.S. New New New New York ';
    const text = chunk.repeat(4000);
    const t0 = performance.now();
    const ms = dict.matchAliases(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(ms.length).toBe(4000 * 4);
  });

  it('still matches correctly after a text large enough to regrow its buffers', () => {
    const big = 'Sergey Lavrov met officials. '.repeat(30_000);
    expect(dict.matchAliases(big)).toHaveLength(30_000);
    expect(run('Lavrov in Lomé')).toEqual([['Lavrov', 'wd:Q58217'], ['Lomé', 'place:gn:5']]);
  });
});

describe('lookups', () => {
  it('lookupAlias ignores case and diacritics', () => {
    expect(dict.lookupAlias('lavrov').map((i) => dict.entity(i).id)).toEqual(['wd:Q58217', 'wd:Q17562668']);
    expect(dict.lookupAlias('ERDOGAN').map((i) => dict.entity(i).id)).toEqual(['wd:Q39259']);
    expect(dict.lookupAlias('Nobody Here')).toEqual([]);
    expect(dict.lookupAlias('')).toEqual([]);
    const f = dict.lookupAliasFlags('Zhao');
    expect(f.flags[0] & AliasFlag.SURNAME_ONLY).toBeTruthy();
  });

  it('indexOfId and entity round-trip', () => {
    for (let i = 0; i < dict.entityCount; i++) expect(dict.indexOfId(dict.entity(i).id)).toBe(i);
    expect(dict.indexOfId('wd:Q0')).toBe(-1);
    const lavrov = dict.entity(dict.indexOfId('wd:Q58217'));
    expect(lavrov).toMatchObject({ type: 'person', name: 'Sergey Lavrov', born: '1950-03-21', country: 'RU' });
    const nato = dict.entity(dict.indexOfId('org:nato'));
    expect(nato).toMatchObject({ type: 'organization', acronym: 'NATO', seat: 'Brussels', founded: '1949' });
    const xj = dict.entity(dict.indexOfId('place:adm1:CN.13'));
    expect(xj).toMatchObject({ type: 'place', kind: 'region', country: 'CN', population: 25_852_345 });
    expect(() => dict.entity(dict.entityCount)).toThrow(RangeError);
  });

  it('merges records with the same id (aliases and roles)', () => {
    const zhao = dict.entity(dict.indexOfId('gloss:zhao-lijian'));
    expect(zhao.type === 'person' && zhao.roles.length).toBe(1);
    expect(zhao.type === 'person' && zhao.born).toBe('1972-11-19');
    expect(dict.lookupAlias('Lijian Zhao').map((i) => dict.entity(i).id)).toEqual(['gloss:zhao-lijian']);
  });

  it('lists surnames for fuzzy matching', () => {
    const s = dict.surnames(6);
    expect(s.find((e) => e.folded === 'lavrov')?.entities.map((i) => dict.entity(i).id)).toEqual(['wd:Q58217', 'wd:Q17562668']);
    expect(s.every((e) => e.folded.replace(/ /g, '').length >= 6)).toBe(true);
    expect(s.some((e) => e.folded === 'xi')).toBe(false);
    expect(dict.surnames(2).some((e) => e.folded === 'biden')).toBe(true);
  });

  it('counts', () => {
    expect(dict.counts.people).toBe(27);
    expect(dict.counts.places).toBe(24);
    expect(dict.counts.organizations).toBe(4);
    expect(dict.entityCount).toBe(55);
    expect(dict.counts.aliases).toBeGreaterThan(dict.entityCount);
    expect(dict.asOf).toBe('2026-01-01');
    expect(dict.countryName('RU')).toBe('Russia');
  });
});
