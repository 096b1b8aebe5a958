// The people and places of the user's example article (../shared/seed/article.txt) in the full compiled dictionary.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDictionary } from '../../scripts/build-dictionary';
import { describeEntity, loadDictionary, type Dictionary } from '../../utils/dictionary';
import { requireShared, sharedPath } from '../support/shared';

requireShared('the example-article dictionary tests');

let dict: Dictionary;

beforeAll(async () => {
  dict = loadDictionary(new Uint8Array(readFileSync(await ensureDictionary())));
}, 120_000);

describe('the example article', () => {
  const people = [
    ['Sergey Lavrov', 'Minister of Foreign Affairs of Russia since Mar 2004'],
    ['Vladimir Putin', 'President of Russia since May 2012'],
    ['Joe Biden', 'President of the United States since Jan 2021'],
    ['Antony Blinken', 'United States Secretary of State since Jan 2021'],
    ['Jake Sullivan', null],
    ['Yang Jiechi', null],
    ['Wang Yi', null],
    ['Donald Trump', 'Former President of the United States (2017–2021)'],
    ['Zhao Lijian', null],
    ['Alexei Navalny', null],
  ] as const;
  const places = ['China', 'United States', 'US', 'Russia', 'America', 'Asia', 'Europe', 'Xinjiang', 'Tibet', 'Hong Kong', 'Taiwan', 'Alaska', 'Japan', 'Washington'];

  it('finds its people with the right cards on 2021-03-18', () => {
    const text = readFileSync(sharedPath('seed', 'article.txt'), 'utf8');
    const found = new Map<string, number>();
    for (const m of dict.matchAliases(text)) found.set(text.slice(m.start, m.end), m.candidates[0]);
    const missing = people.filter(([name]) => !found.has(name)).map(([name]) => name);
    expect(missing).toEqual([]);
    for (const [name, subtitle] of people) {
      const e = dict.entity(found.get(name)!);
      expect(e.type).toBe('person');
      if (subtitle) expect(describeEntity(dict, found.get(name)!, '2021-03-18').subtitle).toBe(subtitle);
    }
    expect(describeEntity(dict, found.get('Donald Trump')!, '2021-03-18').lines).toContain('Again President from Jan 2025');
  });

  it('finds its places', () => {
    const text = readFileSync(sharedPath('seed', 'article.txt'), 'utf8');
    const found = new Map<string, number>();
    for (const m of dict.matchAliases(text)) found.set(text.slice(m.start, m.end), m.candidates[0]);
    expect(places.filter((p) => !found.has(p))).toEqual([]);
    for (const p of places) expect(dict.entity(found.get(p)!).type).toBe('place');
    expect(dict.entity(found.get('US')!).id).toBe(dict.entity(found.get('United States')!).id);
    expect(describeEntity(dict, found.get('Xinjiang')!, '2021-03-18').location).toBeDefined();
  });
});
