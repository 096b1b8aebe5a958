// The full compiled dictionary (public/generated/dictionary.bin, built here when missing or stale): structure,
// counts, load cost, and the people and places of the user's example article.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDictionary } from '../../scripts/build-dictionary';
import { loadDictionary, type Dictionary } from '../../utils/dictionary';
import { validateDictionary } from '../../utils/dictionary/validate';

let bytes: Uint8Array;
let dict: Dictionary;

beforeAll(async () => {
  bytes = new Uint8Array(readFileSync(await ensureDictionary()));
  dict = loadDictionary(bytes);
}, 120_000);

describe('full dictionary', () => {
  it('is structurally valid: unique ids, every alias entry resolves, tables consistent', () => {
    const r = validateDictionary(bytes);
    expect(r.errors).toEqual([]);
    expect(r.unreachable).toBe(0);
  });

  it('has the expected scale', () => {
    expect(dict.counts.people).toBeGreaterThan(10_000);
    expect(dict.counts.places).toBeGreaterThan(20_000);
    expect(dict.counts.aliases).toBeGreaterThan(dict.entityCount);
    expect(dict.entityCount).toBe(dict.counts.people + dict.counts.places + dict.counts.organizations);
    expect(dict.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('loads in well under 30 ms', () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const copy = bytes.slice();
      const t0 = performance.now();
      const d = loadDictionary(copy);
      d.matchAliases('Sergey Lavrov');
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(30);
  });
});

