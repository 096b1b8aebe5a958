// The reference importer's title, country and date rules (scripts/import-reference.ts), on inline rows.
// The agreement with the extract itself needs ../shared: tests/shared/reference-agreement.test.ts.
import { describe, expect, it } from 'vitest';
import { cleanTitle, countryCode, snapshotDates, cleanDate } from '../../scripts/import-reference';

describe('import-reference: the title, country and date rules', () => {
  const ctx = (countryName: string, extra: Partial<{ ambiguous: boolean; national: boolean }> = {}) => ({
    countryName,
    iso: countryCode(countryName),
    ambiguous: false,
    national: false,
    ...extra,
  });
  it.each([
    ['Minister of Foreign Affairs', 'Albania', 'Minister of Foreign Affairs of Albania'],
    ['minister of Education of Brazil', 'Brazil', 'Minister of Education of Brazil'],
    ['Minister of Culture (France)', 'France', 'Minister of Culture of France'],
    ['Italian Minister of Foreign Affairs', 'Italy', 'Italian Minister of Foreign Affairs'],
    ['ambassador to China', 'Ethiopia', 'Ambassador of Ethiopia to China'],
    ['Permanent Representative to the United Nations', 'Russia', 'Permanent Representative of Russia to the United Nations'],
    ['Governor of Texas', 'United States', 'Governor of Texas, United States'],
    ['Governor of the Bank of England', 'United Kingdom', 'Governor of the Bank of England'],
    ['Premier of Victoria', 'Australia', 'Premier of Victoria, Australia'],
    ['Gubernur Bali', 'Indonesia', 'Governor of Bali, Indonesia'],
    ['Deputy Prime Minister', 'Netherlands', 'Deputy Prime Minister of the Netherlands'],
    ['Chief Secretary to the Treasury', 'United Kingdom', 'Chief Secretary to the Treasury (United Kingdom)'],
    ['Premier of the Republic of China', 'Taiwan', 'Premier of the Republic of China'],
    ["Governor of the People's Bank of China\u200e", 'China', "Governor of the People's Bank of China"],
    ['Secretary-General of NATO', 'International', 'Secretary-General of NATO'],
  ])('%s (%s) -> %s', (raw, country, want) => {
    expect(cleanTitle(raw, ctx(country))).toBe(want);
  });
  it('an office shared by several jurisdictions is not called national', () => {
    expect(cleanTitle('Treasurer', ctx('Australia', { ambiguous: true }))).toBe('Treasurer (Australia)');
    expect(cleanTitle('Treasurer', ctx('Australia', { ambiguous: true, national: true }))).toBe('Treasurer of Australia');
  });
  it('drops labels that are no title', () => {
    expect(cleanTitle('', ctx('France'))).toBeNull();
    expect(cleanTitle('Q12345', ctx('France'))).toBeNull();
  });
  it.each([
    ['International', 'INT'],
    ['United States of America', 'US'],
    ['Republic of Ireland', 'IE'],
    ['Syria', 'SY'],
    ['Kosovo', 'XK'],
    ["Donetsk People's Republic", 'UA'],
    ['Hong Kong', 'HK'],
  ])('country %s -> %s', (name, iso) => {
    expect(countryCode(name)).toBe(iso);
  });
  it('keeps only well-formed partial dates', () => {
    expect([cleanDate('2012'), cleanDate('2012-05'), cleanDate('2012-05-07'), cleanDate('2014s'), cleanDate('2012-13')]).toEqual([
      '2012',
      '2012-05',
      '2012-05-07',
      undefined,
      undefined,
    ]);
  });
  it('reads snapshot dates from the SOURCES.md table, undated snapshots as null', () => {
    const md = [
      '| repo | country | commit | commit date | spells |',
      '| world-leaders-2021 | (heads) | `05e3baa24155` | unknown (newer than 2022-10-10; rows up to 2026) | 440 |',
      '| russia-cabinet | Russia | `3871831d9846` | 2022-08-03 | 558 |',
    ].join('\n');
    const m = snapshotDates(md);
    expect(m.get('russia-cabinet')).toBe('2022-08-03');
    expect(m.get('world-leaders-2021')).toBeNull();
  });
});
