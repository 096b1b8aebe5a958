// Document-level coreference: surnames after full names, titles, nearest of two namesakes, headlines in capitals.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../utils/dictionary/index';
import type { Dictionary } from '../../utils/dictionary/types';
import { recognizeNames } from '../../utils/recognize/index';

let dict: Dictionary;
beforeAll(async () => {
  const { ensureDictionary } = await import('../../scripts/build-dictionary');
  dict = loadDictionary(new Uint8Array(readFileSync(await ensureDictionary({ quiet: true }))));
}, 180_000);

/** [sentence that motivated the rule, the span at its LAST occurrence, the person it must stand for] */
const CASES: [string, string, string][] = [
  ['Sergey Lavrov will visit China. Lavrov will meet Wang Yi.', 'Lavrov', 'Sergey Lavrov'],
  ['Sergey Lavrov arrived. Lavrov’s visit was short.', 'Lavrov', 'Sergey Lavrov'],
  ["Sergey Lavrov arrived. Lavrov's visit was short.", 'Lavrov', 'Sergey Lavrov'],
  ['Chinese diplomats Yang Jiechi and Wang Yi met Blinken. Wang said the talks were useful.', 'Wang', 'Wang Yi'],
  // A person the dictionary lacks: the article's full name is the canonical name.
  ['Team manager Gheorghe Zamfirescu resigned on Friday. Zamfirescu said he was tired.', 'Zamfirescu', 'Gheorghe Zamfirescu'],
  // The headline uses the surname in capitals before the body names him.
  ['SOCCER - ZAMFIRESCU QUITS\nBUCHAREST 1996-08-30\nCoach Gheorghe Zamfirescu resigned on Friday.', 'ZAMFIRESCU', 'Gheorghe Zamfirescu'],
  // Titles before a surname.
  ['Joe Biden spoke on Monday. Mr Biden said the plan would pass.', 'Biden', 'Joe Biden'],
  ['Anthony Fauci testified. Dr Fauci said cases were rising.', 'Fauci', 'Anthony Fauci'],
  // Two people with one surname: the nearest before.
  ['Wang Yi met Wang Huning. Wang Huning spoke first; then Wang left.', 'Wang', 'Wang Huning'],
];

describe('coreference', () => {
  it.each(CASES)('%s -> %s is %s', (text, span, name) => {
    const ms = recognizeNames(text, dict, '2021-03-18');
    const hits = ms.filter((m) => m.text === span);
    expect(hits.length, JSON.stringify(ms.map((m) => [m.text, m.name]))).toBeGreaterThan(0);
    const last = hits[hits.length - 1];
    expect(last.type).toBe('person');
    expect(last.name).toBe(name);
  });

  it('does not link a different given name with the same surname', () => {
    const ms = recognizeNames('Boris Johnson met athletes. Michael Johnson won gold.', dict, '2021-03-18');
    const michael = ms.find((m) => m.text === 'Michael Johnson');
    expect(michael?.type).toBe('person');
    expect(michael?.name).toBe('Michael Johnson');
  });

  it('does not take an everyday word at a sentence start for a surname', () => {
    const ms = recognizeNames('Tom Rose arrived. Rose prices fell sharply.', dict, '2021-03-18');
    expect(ms.filter((m) => m.text === 'Rose')).toHaveLength(0);
  });

  it('keeps a month next to a number a date, not Theresa May', () => {
    const ms = recognizeNames('Theresa May met the queen in May 2019.', dict, '2019-06-01');
    expect(ms.filter((m) => m.text === 'May')).toHaveLength(0);
  });
});
