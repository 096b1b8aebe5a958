// The entity dictionary: loads the compiled asset (format.ts) into typed-array views and answers lookups.
// Loading parses only a small JSON header; records are decoded one at a time when asked for.
import { Section, hashId, readContainer } from './format';
import { Matcher, type TrieArrays } from './matcher';
import { decodeRecord } from './records';
import type { AliasMatch, Dictionary, DictionaryCounts, EntityRecord, SurnameEntry } from './types';

export type {
  AliasMatch, Dictionary, DictionaryCounts, EntityRecord, OrganizationRecord, PersonRecord, PlaceRecord, Role, SurnameEntry,
} from './types';
export { AliasFlag, EXONYM } from './types';
export { describeEntity, cardToContext } from './describe';

/** Decoded records kept (a few hundred bytes each). */
const CACHE_LIMIT = 4096;

interface Meta {
  asOf: string;
  counts: DictionaryCounts;
  entityCount: number;
  nodes: number;
  entries: number;
  countries: Record<string, string>;
  demonyms?: Record<string, string[]>;
}

/** Cheap consistency checks, so that a damaged asset fails at load instead of misbehaving later (an open-addressing
 *  table without an empty slot would make a lookup loop forever). */
function checkShape(meta: Meta, idOffsets: Uint32Array, recOffsets: Uint32Array, idTable: Uint32Array, a: TrieArrays): void {
  const n = meta.entityCount;
  const nodes = a.nodeHash.length;
  const ok =
    Number.isInteger(n) && idOffsets.length === n + 1 && recOffsets.length === n + 1 &&
    a.nodeCheck.length === nodes && a.nodeFlags.length === nodes && a.childStart.length === nodes + 1 &&
    a.termStart.length === nodes + 1 && a.termEntries.length === 2 * a.termStart[nodes] &&
    isPow2(idTable.length) && isPow2(a.rootTable.length) && idTable.includes(0) && a.rootTable.includes(0);
  if (!ok) throw new Error('dictionary: damaged file (inconsistent tables)');
}

function isPow2(x: number): boolean {
  return x > 0 && (x & (x - 1)) === 0;
}

/** Loads a compiled dictionary. `bytes` is used in place (not copied) unless it is misaligned. */
export function loadDictionary(bytes: Uint8Array): Dictionary {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('dictionary: big-endian platforms are not supported');
  // Typed-array views need 4-byte alignment; a fetch()ed or file buffer starts at 0, a pooled slice may not.
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const sections = readContainer(bytes);
  const buf = bytes.buffer;
  const base = bytes.byteOffset;
  const sec = (id: number) => {
    const s = sections.get(id);
    if (!s) throw new Error(`dictionary: section ${id} missing`);
    return s;
  };
  const u8 = (id: number) => { const s = sec(id); return new Uint8Array(buf, base + s.offset, s.length); };
  const u16 = (id: number) => { const s = sec(id); return new Uint16Array(buf, base + s.offset, s.length / 2); };
  const u32 = (id: number) => { const s = sec(id); return new Uint32Array(buf, base + s.offset, s.length / 4); };

  const decoder = new TextDecoder();
  const meta = JSON.parse(decoder.decode(u8(Section.META))) as Meta;
  const idOffsets = u32(Section.ID_OFFSETS);
  const idBytes = u8(Section.ID_BYTES);
  const recOffsets = u32(Section.REC_OFFSETS);
  const recBytes = u8(Section.REC_BYTES);
  const idTable = u32(Section.ID_TABLE);
  const idMask = idTable.length - 1;
  const matcherArrays: TrieArrays = {
    nodeHash: u32(Section.NODE_HASH),
    nodeCheck: u16(Section.NODE_CHECK),
    nodeFlags: u8(Section.NODE_FLAGS),
    childStart: u32(Section.CHILD_START),
    termStart: u32(Section.TERM_START),
    termEntries: u32(Section.TERM_ENTRIES),
    rootTable: u32(Section.ROOT_TABLE),
  };
  const entityCount = meta.entityCount;
  checkShape(meta, idOffsets, recOffsets, idTable, matcherArrays);
  const matcher = new Matcher(matcherArrays);
  const cache = new Map<number, EntityRecord>();
  let surnameList: SurnameEntry[] | null = null;
  let titleList: string[] | null = null;
  const titles = (): readonly string[] => (titleList ??= JSON.parse(decoder.decode(u8(Section.TITLES))) as string[]);

  const idAt = (i: number): string => decoder.decode(idBytes.subarray(idOffsets[i], idOffsets[i + 1]));

  const dict: Dictionary = {
    asOf: meta.asOf,
    counts: meta.counts,
    byteLength: bytes.byteLength,
    entityCount,
    entity(index: number): EntityRecord {
      if (!Number.isInteger(index) || index < 0 || index >= entityCount) throw new RangeError(`dictionary: no entity ${index}`);
      let r = cache.get(index);
      if (!r) {
        r = decodeRecord(idAt(index), decoder.decode(recBytes.subarray(recOffsets[index], recOffsets[index + 1])), titles);
        // The background serves every tab for hours: keep the cache to what recent articles used.
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(index, r);
      }
      return r;
    },
    indexOfId(id: string): number {
      let s = hashId(id) & idMask;
      for (;;) {
        const v = idTable[s];
        if (v === 0) return -1;
        if (idAt(v - 1) === id) return v - 1;
        s = (s + 1) & idMask;
      }
    },
    matchAliases(text: string): AliasMatch[] {
      return matcher.matchAliases(text);
    },
    lookupAlias(alias: string): number[] {
      return matcher.lookup(alias).candidates;
    },
    lookupAliasFlags(alias: string) {
      return matcher.lookup(alias);
    },
    surnames(minLength = 5): readonly SurnameEntry[] {
      if (!surnameList) {
        const raw = JSON.parse(decoder.decode(u8(Section.SURNAMES))) as [string, string, number[]][];
        surnameList = raw.map(([surname, folded, entities]) => ({ surname, folded, entities }));
      }
      return minLength <= 4 ? surnameList : surnameList.filter((s) => s.folded.replace(/ /g, '').length >= minLength);
    },
    countryName(code: string): string | null {
      return meta.countries[code] ?? null;
    },
    demonyms(code: string): readonly string[] {
      return meta.demonyms?.[code] ?? [];
    },
  };
  return dict;
}
