// The compiled dictionary's binary layout (private to utils/dictionary): a header, a section table, and sections
// that the loader views in place as typed arrays, so loading copies and parses almost nothing.
//
// Layout (little-endian, every section 8-byte aligned):
//   0  magic "GLSD"      4  FORMAT_VERSION (u32)    8  section count (u32)    12  reserved (u32)
//   16 section table: count x { id u32, offset u32, byteLength u32, reserved u32 }
//   ...sections

export const MAGIC = 0x44534c47; // "GLSD" read as a little-endian u32
export const FORMAT_VERSION = 2;

export const Section = {
  /** UTF-8 JSON: asOf, counts, country names, sizes. */
  META: 1,
  /** u32[entityCount + 1]: byte offsets of each id in ID_BYTES. */
  ID_OFFSETS: 2,
  ID_BYTES: 3,
  /** u32[entityCount + 1]: byte offsets of each record (a UTF-8 JSON array) in REC_BYTES. */
  REC_OFFSETS: 4,
  REC_BYTES: 5,
  /** u32[power of two]: open-addressing table of entity index + 1 keyed by the id's hash. */
  ID_TABLE: 6,
  /** u32[nodes]: FNV-1a hash of the token on the edge into each trie node (node 0 is the root). Nodes are in
   *  breadth-first order and each node's children are contiguous and sorted by this hash. */
  NODE_HASH: 7,
  /** u16[nodes]: second, independent hash of the same token (collision check). */
  NODE_CHECK: 8,
  /** u8[nodes]: NODE_LOWER_OK when some alias has this token in lower case ("von", "of", "der");
   *  NODE_DOT_OK when some alias has a period before it ("U.S.", "St. Louis"). */
  NODE_FLAGS: 9,
  /** u32[nodes + 1]: children of node n are nodes CHILD_START[n] .. CHILD_START[n+1]-1. */
  CHILD_START: 10,
  /** u32[nodes + 1]: alias entries ending at node n are TERM_ENTRIES[TERM_START[n] .. TERM_START[n+1]-1]. */
  TERM_START: 11,
  /** u32[2 * entries]: (entity index | flags << 24, case-pattern hash of the alias), best candidate first. */
  TERM_ENTRIES: 12,
  /** u32[power of two]: open-addressing table of the root's children (node ids; 0 = empty) keyed by hash. */
  ROOT_TABLE: 13,
  /** UTF-8 JSON: [surname, folded, [entity indexes]][] for person family names (decoded on first use). */
  SURNAMES: 14,
  /** UTF-8 JSON: string[] of role titles, referred to by index from person records. */
  TITLES: 15,
} as const;

export const NODE_LOWER_OK = 1;
/** Some alias reaches this node across a period ("U.S.", "St. Louis"): only then may a period join tokens. */
export const NODE_DOT_OK = 2;

/** Longest alias, in tokens. */
export const MAX_ALIAS_TOKENS = 16;

export const ENTITY_BITS = 24;
export const ENTITY_MASK = (1 << ENTITY_BITS) - 1;

/** FNV-1a over UTF-16 code units, for the id table. */
export function hashId(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface SectionData {
  id: number;
  bytes: Uint8Array;
}

/** Writes the header, section table and sections into one buffer. */
export function writeContainer(sections: SectionData[]): Uint8Array {
  const headerSize = 16 + sections.length * 16;
  let offset = align8(headerSize);
  const placed = sections.map((s) => {
    const at = offset;
    offset = align8(offset + s.bytes.byteLength);
    return { ...s, at };
  });
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, sections.length, true);
  placed.forEach((s, i) => {
    const base = 16 + i * 16;
    view.setUint32(base, s.id, true);
    view.setUint32(base + 4, s.at, true);
    view.setUint32(base + 8, s.bytes.byteLength, true);
    out.set(s.bytes, s.at);
  });
  return out;
}

/** Reads the section table. Throws on a wrong magic or version. */
export function readContainer(bytes: Uint8Array): Map<number, { offset: number; length: number }> {
  if (bytes.byteLength < 16) throw new Error('dictionary: file too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('dictionary: not a Gloss dictionary (bad magic)');
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION) throw new Error(`dictionary: format version ${version}, expected ${FORMAT_VERSION}`);
  const count = view.getUint32(8, true);
  const out = new Map<number, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const base = 16 + i * 16;
    const offset = view.getUint32(base + 4, true);
    const length = view.getUint32(base + 8, true);
    if (offset + length > bytes.byteLength) throw new Error('dictionary: truncated file');
    out.set(view.getUint32(base, true), { offset, length });
  }
  return out;
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

export function u32bytes(a: Uint32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
export function u16bytes(a: Uint16Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
