// Spans cover the name itself: no title, no trailing punctuation, no possessive, no leading "the"; offsets are UTF-16.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../utils/dictionary/index';
import type { Dictionary } from '../../utils/dictionary/types';
import { recognizeNames } from '../../utils/recognize/index';
import { tokenize } from '../../utils/recognize/tokens';

let dict: Dictionary;
beforeAll(async () => {
  const { ensureDictionary } = await import('../../scripts/build-dictionary');
  dict = loadDictionary(new Uint8Array(readFileSync(await ensureDictionary({ quiet: true }))));
}, 180_000);

describe('tokenize', () => {
  it('keeps initialisms, splits possessives and remembers hyphens', () => {
    const toks = tokenize("The U.S.-Japan talks; Lavrov’s visit; O'Brien said.");
    expect(toks.map((t) => t.text)).toEqual(['The', 'U.S.', 'Japan', 'talks', ';', 'Lavrov', '’s', 'visit', ';', "O'Brien", 'said', '.']);
    expect(toks[2].hyphenBefore).toBe(true);
  });
  it('marks headline lines and sentence starts', () => {
    const toks = tokenize('SOCCER - JAPAN GET LUCKY WIN\nJapan won. Then it rained.');
    expect(toks.find((t) => t.text === 'JAPAN')!.capsLine).toBe(true);
    expect(toks.find((t) => t.text === 'Japan')!.capsLine).toBe(false);
    expect(toks.find((t) => t.text === 'Then')!.sentStart).toBe(true);
  });
});

describe('spans', () => {
  it.each([
    // [text, expected spans of people/places/orgs in order]
    ['President Biden signed it.', ['Biden']],
    ['Mr. Putin, Mrs May and Dr Fauci met.', ['Putin', 'May', 'Fauci']],
    ["Merkel's Germany; Germany's Merkel.", ['Merkel', 'Germany', 'Germany', 'Merkel']],
    ['He flew to China.', ['China']],
    ['He left the Netherlands (and Belgium).', ['Netherlands', 'Belgium']],
    ['“Russia,” he said, “is next.”', ['Russia']],
    ['Emojis 😀 before Japan keep offsets right.', ['Japan']],
    ['Ελλάδα and Türkiye: Erdoğan met Kyriakos Mitsotakis in Ankara.', ['Erdoğan', 'Kyriakos Mitsotakis', 'Ankara']],
  ])('%s', (text, spans) => {
    const ms = recognizeNames(text, dict, '2021-03-18');
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const s of spans) expect(ms.map((m) => m.text), `missing ${s}`).toContain(s);
    for (const m of ms) expect(m.text).not.toMatch(/^(Mr|Mrs|Dr|President|the)\b|[.,;:'’”)]$|['’]s$/);
  });

  it('is linear enough for a long article', () => {
    const para = 'Sergey Lavrov met Wang Yi in Beijing on Monday. Lavrov said Russia and China would work together. ';
    const text = para.repeat(2000); // ~200 KB
    const t0 = performance.now();
    const ms = recognizeNames(text, dict, '2021-03-18');
    const ms1 = performance.now() - t0;
    expect(ms.length).toBeGreaterThan(8000);
    expect(ms1).toBeLessThan(5000);
  });
});
