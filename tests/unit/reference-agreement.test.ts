// Measures how far the project's dated roles agree with the Wikidata extract (../shared/reference/people/positions.csv).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedAvailable, sharedPath } from '../support/shared';
import { parseCsv, cleanTitle, countryCode, snapshotDates, cleanDate } from '../../scripts/import-reference';
import { readPeopleFiles, mergePeople } from '../../data/people/merge';
import { REFERENCE_EXCLUSIONS } from '../../data/people/reference-updates';
import type { RoleSource } from '../../data/people/schema';

const DIR = resolve(__dirname, '../../data/people');

// Words that carry no office meaning, or that only say which country (our titles add the country; the extract's
// often leave it out): compared titles keep the office words.
const STOP = new Set(
  'of the for and in to a an at on de del la le des du minister s'.split(' '),
);
function words(title: string, country: string): Set<string> {
  const countryWords = new Set(tokens(country));
  return new Set(tokens(title).filter((w) => !STOP.has(w) && !countryWords.has(w)));
}
function tokens(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => SYNONYMS[w] ?? w);
}
// Labels the extract left in another language, which our titles translate.
const SYNONYMS: Record<string, string> = { gubernur: 'governor' };
/** Share of the reference title's office words that our title also has. */
function titleCover(refTitle: string, ours: string, country: string): number {
  const a = words(refTitle, country);
  if (a.size === 0) return 1;
  const b = new Set(tokens(ours));
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.size;
}

describe.runIf(sharedAvailable('reference agreement tests'))('agreement with the Wikidata extract', () => {
  const rows = parseCsv(readFileSync(sharedPath('reference/people/positions.csv'), 'utf8'));
  const merged = mergePeople(readPeopleFiles(DIR));
  const excluded = new Set(REFERENCE_EXCLUSIONS.map((e) => `${e.id}|${e.position}|${e.start}`));

  it('the imported spells: person, title and start match (≥ 0.95)', () => {
    let compared = 0;
    let matched = 0;
    let droppedOnPurpose = 0;
    const misses: string[] = [];
    for (const r of rows) {
      if (!r.qid || !r.start || !/^[0-9]{4}/.test(r.start)) continue;
      const id = `wd:${r.qid}`;
      if (excluded.has(`${id}|${r.position}|${r.start}`)) {
        droppedOnPurpose++;
        continue;
      }
      compared++;
      const p = merged.get(id);
      // Our start may be more exact than the extract's ("2025" -> "2025-01-20"), never different.
      const hit = (p?.roles ?? []).find(
        (x: RoleSource) => x.start?.startsWith(r.start) && titleCover(r.position, x.title, r.country) >= 0.75,
      );
      if (hit) matched++;
      else if (misses.length < 15) misses.push(`${id} ${r.name}: ${r.position} (${r.country}) from ${r.start}`);
    }
    const share = matched / compared;
    console.log(
      `[reference agreement] ${matched}/${compared} dated reference spells found with the same person, title and start ` +
        `(${(share * 100).toFixed(2)}%); ${droppedOnPurpose} left out on purpose (REFERENCE_EXCLUSIONS).` +
        (misses.length ? `\n  first misses:\n  ${misses.join('\n  ')}` : ''),
    );
    expect(compared).toBeGreaterThan(15_000);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it('hand-written spells of reference people do not contradict the extract (≥ 0.9 agree)', () => {
    // For every role in the hand-written files whose person and office also appear in the extract with a start in
    // the same year, the starts must agree to the day where both are that exact. Disagreements are printed.
    const refByPerson = new Map<string, Record<string, string>[]>();
    for (const r of rows) {
      if (!r.qid) continue;
      const list = refByPerson.get(`wd:${r.qid}`) ?? [];
      list.push(r);
      refByPerson.set(`wd:${r.qid}`, list);
    }
    let compared = 0;
    let agreed = 0;
    const disagreements: string[] = [];
    for (const { file, people } of readPeopleFiles(DIR)) {
      if (file === 'reference.json') continue;
      for (const p of people) {
        for (const role of p.roles ?? []) {
          if (!role.start) continue;
          const same = (refByPerson.get(p.id) ?? []).filter(
            (r) => r.start && r.start.slice(0, 4) === role.start!.slice(0, 4) && titleCover(r.position, role.title, r.country) >= 0.75,
          );
          if (!same.length) continue;
          compared++;
          const n = (a: string, b: string) => Math.min(a.length, b.length);
          if (same.some((r) => r.start.slice(0, n(r.start, role.start!)) === role.start!.slice(0, n(r.start, role.start!)))) agreed++;
          else disagreements.push(`${file} ${p.id} ${p.name}: ${role.title} ${role.start} vs ${same.map((r) => r.start).join('/')}`);
        }
      }
    }
    console.log(
      `[reference agreement] hand-written spells overlapping the extract: ${agreed}/${compared} agree on the start` +
        (disagreements.length ? `\n  ${disagreements.join('\n  ')}` : ''),
    );
    expect(compared === 0 || agreed / compared >= 0.9).toBe(true);
  });
});

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
