// Time-aware cards: what was true on the article's date, what changed since, and the "as of" fallback.
import { describe, expect, it } from 'vitest';
import { cardToContext, describeEntity, type Dictionary } from '../../utils/dictionary';
import { formatMonth, formatPopulation, groupThousands } from '../../utils/dictionary/describe';
import { roleRank } from '../../utils/dictionary/roles';
import { tinyDictionary } from './dictionary-fixtures';

const dict: Dictionary = tinyDictionary();

function card(id: string, date: string | null) {
  const i = dict.indexOfId(id);
  expect(i).toBeGreaterThanOrEqual(0);
  return describeEntity(dict, i, date);
}

describe('describeEntity: people', () => {
  it.each<[string, string | null, string, string[], string[]]>([
    // id, article date, subtitle, lines that must be present, lines that must be absent
    ['wd:Q22686', '2021-03-18', 'Former President of the United States (2017–2021)', ['Again President from Jan 2025', 'Born 1946'], []],
    ['wd:Q22686', '2018-06-01', 'President of the United States since Jan 2017', ['Since then: left office Jan 2021', 'Again President from Jan 2025'], []],
    ['wd:Q22686', '2016-06-01', 'Country: United States', [], ['Since then: left office Jan 2021']],
    ['wd:Q6279', '2021-03-18', 'President of the United States since Jan 2021', ['Since then: left office Jan 2025', 'Born 1942'], []],
    ['wd:Q6279', '2015-06-01', 'Vice President of the United States since Jan 2009', [
      'Since then: left office Jan 2017, President of the United States from Jan 2021',
    ], []],
    ['wd:Q6279', '2026-02-01', 'Former President of the United States (2021–2025)', [], []],
    ['wd:Q58217', '2021-03-18', 'Minister of Foreign Affairs of Russia since Mar 2004', ['Born 1950'], []],
    // after the role's ongoingAsOf the card does not claim it is still held
    ['wd:Q58217', '2024-05-01', 'Minister of Foreign Affairs of Russia (held as of Jan 2023)', [], []],
    ['wd:Q58217', '2000-01-01', 'Permanent Representative of Russia to the United Nations since Sep 1994', [
      'Since then: left office Jul 2004, Minister of Foreign Affairs of Russia from Mar 2004',
    ], []],
    // a role with neither end nor ongoingAsOf is known only up to the dictionary's date
    ['wd:Q15031', '2027-06-01', "President of the People's Republic of China (held as of Jan 2026)", [], []],
    ['wd:Q15031', '2025-06-01', "President of the People's Republic of China since Mar 2013", [], []],
    // without an article date: the latest facts, as of the dictionary's date
    ['wd:Q6279', null, 'Former President of the United States (2021–2025)', ['As of Jan 2026'], []],
    ['wd:Q22686', null, 'President of the United States since Jan 2025', ['As of Jan 2026'], ['Again President from Jan 2025']],
    // an office of an international body keeps its title as is
    ['wd:Q4101', '2021-03-18', 'President of the European Commission since Dec 2019', ['Country: Germany'], []],
    // a title that already names its state is not completed ("... of the French Republic of France")
    ['wd:Q3052772', '2021-03-18', 'President of the French Republic since May 2017', [], []],
    // an office without an end date ends with its holder's death
    ['wd:Q9682', '2021-03-18', 'Monarch of the United Kingdom since Feb 1952', ['Since then: died Sep 2022', 'Born 1926, died 2022'], []],
    ['wd:Q9682', '2023-03-18', 'Former Monarch of the United Kingdom (1952–2022)', [], []],
    // no roles: the description; else the country
    ['wd:Q991', '2021-03-18', 'Person from France', ['Born 1890, died 1970'], []],
    ['gloss:zhao-lijian', '2021-03-18', 'Spokesperson of the Ministry of Foreign Affairs of China since Feb 2020', [
      'Since then: left office Jan 2023', 'Spokesman of the Chinese foreign ministry',
    ], []],
  ])('%s on %s', (id, date, subtitle, present, absent) => {
    const c = card(id, date);
    expect(c.type).toBe('person');
    if (subtitle.startsWith('Country: ')) {
      // no role on that date yet: the card falls back to who the person is
      expect(c.lines.concat(c.subtitle).some((l) => l.includes(subtitle.slice(9)))).toBe(true);
    } else {
      expect(c.subtitle).toBe(subtitle);
    }
    for (const l of present) expect(c.lines).toContain(l);
    for (const l of absent) expect(c.lines).not.toContain(l);
  });

  it('uses the dictionary name as title', () => {
    expect(card('wd:Q58217', '2021-03-18').title).toBe('Sergey Lavrov');
  });

  it('treats a malformed article date as no date', () => {
    expect(card('wd:Q6279', 'March 2021').lines).toContain('As of Jan 2026');
  });
});

describe('describeEntity: places and organisations', () => {
  it('describes a region with its country, population and location', () => {
    const c = card('place:adm1:CN.13', '2021-03-18');
    expect(c).toMatchObject({ type: 'place', title: 'Xinjiang', subtitle: 'Region of China', location: { lat: 41, lon: 85 } });
    expect(c.lines).toContain('Population 25.9 million');
  });

  it('describes a city without a description as "City in <country>"', () => {
    expect(card('place:gn:12', null).subtitle).toBe('City in Japan');
    expect(card('place:gn:11', null).subtitle).toBe('Capital of Japan');
  });

  it('prefers the data description for a country, with its capital', () => {
    const c = card('place:cc:CN', null);
    expect(c.subtitle).toBe('Country in East Asia');
    const us = card('place:cc:US', null);
    expect(us.lines).toContain('Capital: Washington');
    expect(us.lines).toContain('Population 331 million');
  });

  it('describes an organisation: kind, acronym, seat, founded, description', () => {
    const c = card('org:nato', '2021-03-18');
    expect(c.subtitle).toBe('International organisation (NATO)');
    expect(c.lines).toEqual(['Military alliance of North American and European states.', 'Based in Brussels', 'Founded 1949']);
    // GB has no country entry in the fixture: no country phrase rather than a bare code
    expect(card('org:boe', null).subtitle).toBe('Central bank');
  });
});

describe('formatting', () => {
  it.each([
    ['2021-01-20', 'Jan 2021'], ['2004-03', 'Mar 2004'], ['2004', '2004'],
  ])('formatMonth(%s)', (d, out) => expect(formatMonth(d)).toBe(out));

  it.each<[number, string]>([
    [25_852_345, '25.9 million'], [830_000, '830,000'], [1_000_000, '1 million'],
  ])('formatPopulation(%d)', (n, out) => expect(formatPopulation(n)).toBe(out));

  it('groups thousands exactly as toLocaleString("en-US") does, without its ICU warm-up', () => {
    const values = [0, 7, 999, 1_000, 12_345, 999_999, 1_000_000, 123_456_789, 9_007_199_254_740_991, -1, -1_234, -999_999];
    for (let i = 0; i < 2_000; i++) values.push(Math.floor(Math.random() * 10 ** (1 + (i % 13))));
    for (const n of values) expect(groupThousands(n), String(n)).toBe(n.toLocaleString('en-US'));
    expect(formatPopulation(999_999.6)).toBe('1,000,000');
  });

  it('roleRank gives the same answer from its cache', () => {
    for (const t of ['President of the United States', 'Minister of Foreign Affairs of Russia', '', 'Deputy Minister of Finance of Russia']) {
      expect(roleRank(t)).toBe(roleRank(t));
    }
    expect(roleRank('President of the United States')).toBe(3);
    expect(roleRank('')).toBe(0);
  });

  it('cardToContext is one line with the subtitle first', () => {
    const ctx = cardToContext(card('wd:Q22686', '2021-03-18'));
    expect(ctx).toBe('Former President of the United States (2017–2021); Again President from Jan 2025; Born 1946');
    expect(ctx).not.toMatch(/\n/);
  });
});
