// Structural checks of a compiled dictionary (used by tests and the bench): every alias entry points at a real
// entity, the trie's tables are consistent, ids are unique and resolve back to their index.
import { ENTITY_MASK, Section, readContainer } from './format';
import { loadDictionary } from './index';

export interface ValidationReport {
  errors: string[];
  entities: number;
  nodes: number;
  entries: number;
  /** Entities that no alias reaches. */
  unreachable: number;
}

export function validateDictionary(bytes: Uint8Array): ValidationReport {
  const errors: string[] = [];
  const dict = loadDictionary(bytes);
  const b = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const sections = readContainer(b);
  const u32 = (id: number) => {
    const s = sections.get(id)!;
    return new Uint32Array(b.buffer, b.byteOffset + s.offset, s.length / 4);
  };
  const nodeHash = u32(Section.NODE_HASH);
  const childStart = u32(Section.CHILD_START);
  const termStart = u32(Section.TERM_START);
  const entries = u32(Section.TERM_ENTRIES);
  const rootTable = u32(Section.ROOT_TABLE);
  const N = nodeHash.length;
  const E = entries.length / 2;
  if (childStart.length !== N + 1 || termStart.length !== N + 1) errors.push('node table lengths differ');
  for (let n = 0; n < N; n++) {
    if (childStart[n] > childStart[n + 1]) errors.push(`node ${n}: children out of order`);
    if (termStart[n] > termStart[n + 1]) errors.push(`node ${n}: entries out of order`);
    for (let c = childStart[n] + 1; c < childStart[n + 1]; c++) {
      if (nodeHash[c - 1] >= nodeHash[c]) { errors.push(`node ${n}: children not sorted by hash`); break; }
    }
    if (errors.length > 20) break;
  }
  if (termStart[N] !== E) errors.push(`entry count ${E} != ${termStart[N]}`);
  const reached = new Uint8Array(dict.entityCount);
  for (let k = 0; k < E; k++) {
    const e = entries[2 * k] & ENTITY_MASK;
    if (e >= dict.entityCount) errors.push(`entry ${k}: entity ${e} out of range`);
    else reached[e] = 1;
  }
  let inRoot = 0;
  for (const id of rootTable) if (id !== 0) inRoot++;
  if (inRoot !== childStart[1] - childStart[0]) errors.push(`root table holds ${inRoot} of ${childStart[1] - childStart[0]} children`);
  const ids = new Set<string>();
  for (let i = 0; i < dict.entityCount; i++) {
    const r = dict.entity(i);
    if (ids.has(r.id)) errors.push(`duplicate id ${r.id}`);
    ids.add(r.id);
    if (dict.indexOfId(r.id) !== i) errors.push(`indexOfId(${r.id}) != ${i}`);
    if (!r.name) errors.push(`${r.id}: empty name`);
    if (errors.length > 50) break;
  }
  let unreachable = 0;
  for (const x of reached) if (!x) unreachable++;
  return { errors, entities: dict.entityCount, nodes: N, entries: E, unreachable };
}
