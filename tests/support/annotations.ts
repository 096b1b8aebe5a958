// Test support for pipeline output: the built dictionary, mention look-up and the invariants every annotation keeps.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { loadDictionary } from '../../utils/dictionary/index';
import type { Dictionary } from '../../utils/dictionary/types';
import type { AnnotatedMention } from '../../utils/types';

/** The compiled dictionary (built first when missing or stale). */
export async function loadBuiltDictionary(): Promise<Dictionary> {
  const { ensureDictionary } = await import('../../scripts/build-dictionary');
  return loadDictionary(new Uint8Array(readFileSync(await ensureDictionary({ quiet: true }))));
}

export function find(ms: AnnotatedMention[], text: string, type?: string): AnnotatedMention[] {
  return ms.filter((m) => m.text === text && (!type || m.type === type));
}

export function checkInvariants(text: string, ms: AnnotatedMention[]): void {
  let last = -1;
  for (const m of ms) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last); // sorted, non-overlapping
    last = m.end;
    expect(m.context).not.toMatch(/\n/);
    expect(m.context.length).toBeGreaterThan(0);
    expect(m.card.type).toBe(m.type);
    // Spans never end in punctuation or a possessive.
    expect(m.text).not.toMatch(/(['’]s|[,;:!?)])$/);
    if (m.type === 'date') expect(m.value).toMatch(/^\d{4}/);
    else expect(m.value).toBeNull();
  }
}
