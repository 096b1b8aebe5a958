// How far the project's dated roles agree with the Wikidata extract (../shared/reference/people/positions.csv).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { requireShared, sharedPath } from '../support/shared';
import { parseCsv } from '../../scripts/import-reference';
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

requireShared('the reference agreement tests');

describe('agreement with the Wikidata extract', () => {
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
