// Misspelling tolerance: long unknown tokens close to a person named in the article or a head of state.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../utils/dictionary/index';
import type { Dictionary } from '../../utils/dictionary/types';
import { recognizeNames } from '../../utils/recognize/index';
import { editDistance, maxEdits } from '../../utils/recognize/fuzzy';

let dict: Dictionary;
beforeAll(async () => {
  const { ensureDictionary } = await import('../../scripts/build-dictionary');
  dict = loadDictionary(new Uint8Array(readFileSync(await ensureDictionary({ quiet: true }))));
}, 180_000);

describe('editDistance', () => {
  it.each([
    ['navalani', 'navalny', 2],
    ['zelenskyi', 'zelenskyy', 1],
    ['lavorv', 'lavrov', 1], // transposition counts once
    ['merkel', 'merkel', 0],
    ['abcdef', 'uvwxyz', 3], // cut off above the limit (2)
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });
  it.each([[5, 0], [6, 1], [7, 1], [8, 2], [12, 2]])('length %i allows %i edits', (n, k) => expect(maxEdits(n)).toBe(k));
});

describe('fuzzy names', () => {
  it.each([
    // [sentence, misspelt span, canonical name]
    ['The Biden administration sanctioned Russia over opposition leader Alexei Navalny. Navalani is now in prison.', 'Navalani', 'Alexei Navalny'],
    ['Zelenskky said Ukraine would not give up territory.', 'Zelenskky', 'Volodymyr Zelenskyy'],
    ['Sergey Lavrov met Antony Blinken. Later Lavorv said the talks were useful.', 'Lavorv', 'Sergey Lavrov'],
  ])('%s -> %s is a guess for %s', (text, span, name) => {
    const m = recognizeNames(text, dict, '2022-06-01').find((x) => x.text === span);
    expect(m?.type).toBe('person');
    expect(m?.guess).toBe(true);
    expect(m?.possibleMisspellingOf).toBe(name);
  });

  it.each([
    // Never for short names, common words, or names the dictionary knows as something else.
    ['Vladimir Putin met Putni in Moscow.', 'Putni'],
    ['Angela Merkel spoke. Markets rallied.', 'Markets'],
    ['Alexei Navalny was jailed. Nevada voters went to the polls.', 'Nevada'],
    ['His former coach at Torino , Emiliano Mondonico , was named.', 'Torino'],
  ])('%s -> no guess for %s', (text, span) => {
    const ms = recognizeNames(text, dict, '2021-03-18');
    expect(ms.some((m) => m.text === span && m.guess)).toBe(false);
  });
});
