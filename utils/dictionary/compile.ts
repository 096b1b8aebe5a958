// The dictionary compiler: merges source records, generates aliases, builds the token trie and writes the binary
// format (format.ts). Pure (no Node APIs): scripts/build-dictionary.ts does the file work around it.
import type { PersonSource, RoleSource } from '../../data/people/schema';
import type { OrganizationSource } from '../../data/organizations/schema';
import type { PlaceSource } from '../../data/places/schema';
import { organizationAliases, personAliases, placeAliases, surnameOf, type AliasSpec } from './aliases';
import {
  ENTITY_BITS, ENTITY_MASK, MAX_ALIAS_TOKENS, NODE_DOT_OK, NODE_LOWER_OK, Section, hashId, u16bytes, u32bytes, writeContainer, type SectionData,
} from './format';
import { CASE_LOWER, GAP_DOT, INFO_CASE_SHIFT, INFO_GAP_MASK, caseMask, checkHash, createTokens, foldText, tokenize } from './normalize';
import { encodeRecord } from './records';
import { roleRank } from './roles';
import { AliasFlag, type EntityRecord, type OrganizationRecord, type PersonRecord, type PlaceRecord } from './types';

export interface DictionarySources {
  people: PersonSource[];
  places: PlaceSource[];
  organizations: OrganizationSource[];
  /** YYYY-MM-DD: how current the facts are (see chooseAsOf). */
  asOf: string;
  /** Extra words that make an alias COMMON_WORD (the build passes data/lexicon's English word lists). */
  commonWords?: readonly string[];
  /** Nationality adjectives, lower case, to the ISO2 they point to ("french" -> "FR"), from data/lexicon: cards
   *  need them to see that "President of the French Republic" already names its country. */
  demonyms?: Readonly<Record<string, string>>;
}

export interface CompileReport {
  bytes: Uint8Array;
  counts: { people: number; peopleWithRoles: number; places: number; organizations: number; aliases: number };
  nodes: number;
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Merging

function firstNonEmpty<T>(a: T | undefined, b: T | undefined): T | undefined {
  return a !== undefined && a !== null && (a as unknown) !== '' ? a : b;
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a?.length) return b?.length ? [...b] : undefined;
  if (!b?.length) return a;
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

function roleKey(r: RoleSource): string {
  return [r.title, r.country ?? '', r.start ?? '', r.end ?? ''].join('\u0001');
}

/** Records with the same id merge: union of aliases and roles, first non-empty scalar wins, roles deduplicated. */
export function mergePeople(list: PersonSource[]): PersonSource[] {
  const byId = new Map<string, PersonSource>();
  for (const p of list) {
    const old = byId.get(p.id);
    if (!old) {
      byId.set(p.id, { ...p, aliases: p.aliases ? [...p.aliases] : undefined, roles: p.roles ? [...p.roles] : undefined });
      continue;
    }
    old.name = firstNonEmpty(old.name, p.name)!;
    old.aliases = union(old.aliases, p.aliases);
    old.born = firstNonEmpty(old.born, p.born);
    old.died = firstNonEmpty(old.died, p.died);
    old.country = firstNonEmpty(old.country, p.country);
    old.description = firstNonEmpty(old.description, p.description);
    if (p.roles?.length) {
      const roles = old.roles ?? [];
      const keys = new Set(roles.map(roleKey));
      for (const r of p.roles) if (!keys.has(roleKey(r))) { roles.push(r); keys.add(roleKey(r)); }
      old.roles = roles;
    }
  }
  return [...byId.values()];
}

export function mergeOrganizations(list: OrganizationSource[]): OrganizationSource[] {
  const byId = new Map<string, OrganizationSource>();
  for (const o of list) {
    const old = byId.get(o.id);
    if (!old) { byId.set(o.id, { ...o }); continue; }
    old.aliases = union(old.aliases, o.aliases);
    old.acronyms = union(old.acronyms, o.acronyms);
    old.ambiguousAliases = union(old.ambiguousAliases, o.ambiguousAliases);
    old.country = firstNonEmpty(old.country, o.country);
    old.seat = firstNonEmpty(old.seat, o.seat);
    old.founded = firstNonEmpty(old.founded, o.founded);
    old.description = firstNonEmpty(old.description, o.description)!;
    old.ambiguous = old.ambiguous || o.ambiguous;
  }
  return [...byId.values()];
}

/** Places merge by id; later lists win field by field (pass package places first, hand-written ones after). */
export function mergePlaces(list: PlaceSource[]): PlaceSource[] {
  const byId = new Map<string, PlaceSource>();
  for (const p of list) {
    const old = byId.get(p.id);
    if (!old) { byId.set(p.id, { ...p }); continue; }
    const aliases = union(old.aliases, p.aliases);
    Object.assign(old, Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && v !== null && v !== '')));
    old.aliases = aliases;
  }
  return [...byId.values()];
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

/** Earliest full date of a partial date ("2021" -> "2021-01-01"). */
export function padStart(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/**
 * The dictionary's "as of" date: the latest date any role fact refers to (ongoingAsOf, start or end), capped at
 * `today`. Role rows are what goes stale first; an ongoingAsOf says the source checked the role on that day, and
 * a later start or end date shows facts were added after the extract.
 */
export function chooseAsOf(people: PersonSource[], today: string): string {
  let max = '';
  for (const p of people) {
    for (const r of p.roles ?? []) {
      for (const d of [r.ongoingAsOf, r.start, r.end]) {
        if (d && /^\d{4}/.test(d)) {
          const full = padStart(d);
          if (full > max) max = full;
        }
      }
    }
  }
  if (!max || max > today) return today;
  return max;
}

// ---------------------------------------------------------------------------------------------------------------
// Prominence: orders candidates of one alias (higher first).

function personScore(p: PersonSource): number {
  let best = 0;
  let latest = 0;
  for (const r of p.roles ?? []) {
    best = Math.max(best, roleRank(r.title));
    const y = Number((r.end ?? r.ongoingAsOf ?? r.start ?? '').slice(0, 4));
    if (y) latest = Math.max(latest, y);
  }
  const count = Math.min(p.roles?.length ?? 0, 10);
  return 100 + best * 100 + count * 5 + (latest ? Math.max(0, latest - 1950) / 10 : 0);
}

function placeScore(p: PlaceSource): number {
  return (p.priority ?? (p.kind === 'country' ? 100 : p.kind === 'region' ? 60 : 20)) * 10 + Math.log10((p.population ?? 0) + 1);
}

function orgScore(o: OrganizationSource): number {
  return o.ambiguous ? 150 : 600;
}

// ---------------------------------------------------------------------------------------------------------------
// Trie under construction

interface BuildNode {
  hash: number; // unsigned
  check: number;
  token: string; // folded token, to detect 32-bit collisions at build time
  lowerOk: boolean;
  dotOk: boolean;
  children: Map<number, BuildNode>;
  entries: Map<number, { flags: number; mask: number; order: number }> | null;
}

function newNode(hash: number, check: number, token: string): BuildNode {
  return { hash, check, token, lowerOk: false, dotOk: false, children: new Map(), entries: null };
}

export function compileDictionary(sources: DictionarySources): CompileReport {
  const warnings: string[] = [];
  const people = mergePeople(sources.people).sort(byId);
  const organizations = mergeOrganizations(sources.organizations).sort(byId);
  const places = mergePlaces(sources.places).sort(byId);
  const extraCommon = new Set((sources.commonWords ?? []).map((w) => w.toLowerCase()));
  const aliasOptions = { isCommon: (a: string) => extraCommon.has(a.toLowerCase()) };

  // Records in index order: people, organisations, places.
  const records: EntityRecord[] = [];
  const scores: number[] = [];
  const aliasLists: AliasSpec[][] = [];
  for (const p of people) {
    const rec: PersonRecord = {
      type: 'person', id: p.id, name: p.name, aliases: p.aliases ?? [], roles: (p.roles ?? []).map((r) => ({ ...r })),
    };
    if (p.born) rec.born = p.born;
    if (p.died) rec.died = p.died;
    if (p.country) rec.country = p.country;
    if (p.description) rec.description = p.description;
    records.push(rec);
    scores.push(personScore(p));
    aliasLists.push(personAliases(p, aliasOptions));
  }
  for (const o of organizations) {
    const rec: OrganizationRecord = {
      type: 'organization', id: o.id, name: o.name, kind: o.kind, acronyms: o.acronyms ?? [], aliases: o.aliases ?? [],
    };
    if (o.acronyms?.length) rec.acronym = o.acronyms[0];
    if (o.country) rec.country = o.country;
    if (o.seat) rec.seat = o.seat;
    if (o.founded) rec.founded = o.founded;
    if (o.description) rec.description = o.description;
    if (o.ambiguous) rec.ambiguous = true;
    records.push(rec);
    scores.push(orgScore(o));
    aliasLists.push(organizationAliases(o, aliasOptions));
  }
  for (const p of places) {
    const rec: PlaceRecord = { type: 'place', id: p.id, name: p.name, kind: p.kind, lat: p.lat, lon: p.lon };
    if (p.country) rec.country = p.country;
    if (p.population) rec.population = p.population;
    if (p.capital) rec.capital = p.capital;
    if (p.description) rec.description = p.description;
    if (p.priority !== undefined) rec.priority = p.priority;
    records.push(rec);
    scores.push(placeScore(p));
    aliasLists.push(placeAliases(p, aliasOptions));
  }
  const n = records.length;
  if (n > ENTITY_MASK) throw new Error(`dictionary: too many entities (${n})`);
  const seenIds = new Set<string>();
  for (const r of records) {
    if (seenIds.has(r.id)) throw new Error(`dictionary: duplicate id ${r.id} across types`);
    seenIds.add(r.id);
  }

  // Trie.
  const root = newNode(0, 0, '');
  const toks = createTokens(64);
  let order = 0;
  let aliasCount = 0;
  for (let e = 0; e < n; e++) {
    for (const a of aliasLists[e]) {
      const count = tokenize(a.surface, toks);
      if (count === 0) continue;
      if (count > MAX_ALIAS_TOKENS) {
        warnings.push(`alias "${a.surface}" has more than ${MAX_ALIAS_TOKENS} words: left out`);
        continue;
      }
      let node = root;
      let collided = false;
      for (let t = 0; t < count; t++) {
        const h = toks.hash[t] >>> 0;
        const token = foldText(a.surface.slice(toks.start[t], toks.end[t]));
        let child = node.children.get(h);
        if (!child) {
          child = newNode(h, checkHash(a.surface, toks.start[t], toks.end[t]), token);
          node.children.set(h, child);
        } else if (child.token !== token) {
          warnings.push(`hash collision between tokens "${child.token}" and "${token}": alias "${a.surface}" left out`);
          collided = true;
          break;
        }
        if (((toks.info[t] >> INFO_CASE_SHIFT) & 3) === CASE_LOWER) child.lowerOk = true;
        if (t > 0 && (toks.info[t] & INFO_GAP_MASK) === GAP_DOT) child.dotOk = true;
        node = child;
      }
      if (collided) continue;
      node.entries ??= new Map();
      const old = node.entries.get(e);
      if (old) {
        // Two forms of one entity on one path ("U.S." twice): keep the stronger reading, except that a lower-case
        // form ("office of the director of national intelligence" beside the capitalised name) stays allowed, and
        // its case pattern is the one checked exactly (a capitalised text passes on its capitals anyway).
        const lowerForm = a.flags & AliasFlag.LOWER_START & ~old.flags;
        old.flags = (old.flags & a.flags) | ((old.flags | a.flags) & AliasFlag.LOWER_START);
        if (lowerForm) old.mask = caseMask(a.surface, 0, a.surface.length);
        continue;
      }
      node.entries.set(e, { flags: a.flags, mask: caseMask(a.surface, 0, a.surface.length), order: order++ });
      aliasCount++;
    }
  }

  // Breadth-first numbering; each node's children contiguous and sorted by hash.
  const nodes: BuildNode[] = [root];
  const childStart: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    childStart.push(nodes.length);
    const kids = [...nodes[i].children.values()].sort((a, b) => a.hash - b.hash);
    for (const k of kids) nodes.push(k);
  }
  const N = nodes.length;
  childStart.push(N);
  const nodeHash = new Uint32Array(N);
  const nodeCheck = new Uint16Array(N);
  const nodeFlags = new Uint8Array(N);
  const childStartArr = Uint32Array.from(childStart);
  const termStart = new Uint32Array(N + 1);
  const entriesOut: number[] = [];
  for (let i = 0; i < N; i++) {
    const nd = nodes[i];
    nodeHash[i] = nd.hash;
    nodeCheck[i] = nd.check;
    nodeFlags[i] = (nd.lowerOk ? NODE_LOWER_OK : 0) | (nd.dotOk ? NODE_DOT_OK : 0);
    termStart[i] = entriesOut.length / 2;
    if (nd.entries) {
      const list = [...nd.entries.entries()].sort((a, b) => {
        const sa = a[1].flags & AliasFlag.SURNAME_ONLY, sb = b[1].flags & AliasFlag.SURNAME_ONLY;
        if (sa !== sb) return sa - sb;
        const ca = a[1].flags & AliasFlag.AMBIGUOUS, cb = b[1].flags & AliasFlag.AMBIGUOUS;
        if (ca !== cb) return ca - cb;
        if (scores[a[0]] !== scores[b[0]]) return scores[b[0]] - scores[a[0]];
        return a[0] - b[0];
      });
      for (const [e, v] of list) entriesOut.push(((e & ENTITY_MASK) | (v.flags << ENTITY_BITS)) >>> 0, v.mask >>> 0);
    }
  }
  termStart[N] = entriesOut.length / 2;

  // Root table: open addressing over the root's children, load factor <= 0.7.
  const rootKids = childStartArr[1] - childStartArr[0];
  const rootSize = pow2AtLeast(Math.ceil(Math.max(rootKids, 1) / 0.7));
  const rootTable = new Uint32Array(rootSize);
  for (let id = childStartArr[0]; id < childStartArr[1]; id++) {
    let s = nodeHash[id] & (rootSize - 1);
    while (rootTable[s] !== 0) s = (s + 1) & (rootSize - 1);
    rootTable[s] = id;
  }

  // Role titles, most frequent first (small indexes).
  const titleCounts = new Map<string, number>();
  for (const r of records) if (r.type === 'person') for (const role of r.roles) titleCounts.set(role.title, (titleCounts.get(role.title) ?? 0) + 1);
  const titles = [...titleCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  const titleIndex = new Map(titles.map((t, i) => [t, i]));

  // Ids and records.
  const enc = new TextEncoder();
  const idChunks: Uint8Array[] = [];
  const recChunks: Uint8Array[] = [];
  const idOffsets = new Uint32Array(n + 1);
  const recOffsets = new Uint32Array(n + 1);
  let io = 0, ro = 0;
  for (let e = 0; e < n; e++) {
    const idb = enc.encode(records[e].id);
    const rb = enc.encode(encodeRecord(records[e], titleIndex));
    idOffsets[e] = io; io += idb.byteLength; idChunks.push(idb);
    recOffsets[e] = ro; ro += rb.byteLength; recChunks.push(rb);
  }
  idOffsets[n] = io;
  recOffsets[n] = ro;
  const idSize = pow2AtLeast(Math.ceil(Math.max(n, 1) / 0.75));
  const idTable = new Uint32Array(idSize);
  for (let e = 0; e < n; e++) {
    let s = hashId(records[e].id) & (idSize - 1);
    while (idTable[s] !== 0) s = (s + 1) & (idSize - 1);
    idTable[s] = e + 1;
  }

  // Surnames for fuzzy matching.
  const surnameMap = new Map<string, { surname: string; entities: number[] }>();
  for (let e = 0; e < people.length; e++) {
    const p = people[e];
    const seen = new Set<string>();
    for (const full of [p.name, ...(p.aliases ?? [])]) {
      const s = surnameOf(full, p.country);
      if (!s) continue;
      const folded = foldText(s);
      if (folded.replace(/ /g, '').length < 4 || seen.has(folded)) continue;
      seen.add(folded);
      const entry = surnameMap.get(folded) ?? { surname: s, entities: [] };
      entry.entities.push(e);
      surnameMap.set(folded, entry);
    }
  }
  const surnames = [...surnameMap.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([folded, v]) => [v.surname, folded, v.entities.sort((a, b) => scores[b] - scores[a] || a - b)]);

  // Country names for role titles and place subtitles.
  const countries: Record<string, string> = {};
  for (const p of places) {
    if ((p.kind === 'country' || p.kind === 'territory') && p.country && /^place:cc:/.test(p.id)) countries[p.country] = p.name;
  }

  const demonyms: Record<string, string[]> = {};
  for (const [word, code] of Object.entries(sources.demonyms ?? {})) (demonyms[code] ??= []).push(word.toLowerCase());

  const counts = {
    people: people.length,
    peopleWithRoles: people.filter((p) => (p.roles?.length ?? 0) > 0).length,
    places: places.length,
    organizations: organizations.length,
    aliases: aliasCount,
  };
  const meta = {
    asOf: sources.asOf,
    counts,
    entityCount: n,
    nodes: N,
    entries: entriesOut.length / 2,
    countries,
    demonyms,
  };

  const sections: SectionData[] = [
    { id: Section.META, bytes: enc.encode(JSON.stringify(meta)) },
    { id: Section.ID_OFFSETS, bytes: u32bytes(idOffsets) },
    { id: Section.ID_BYTES, bytes: concat(idChunks, io) },
    { id: Section.REC_OFFSETS, bytes: u32bytes(recOffsets) },
    { id: Section.REC_BYTES, bytes: concat(recChunks, ro) },
    { id: Section.ID_TABLE, bytes: u32bytes(idTable) },
    { id: Section.NODE_HASH, bytes: u32bytes(nodeHash) },
    { id: Section.NODE_CHECK, bytes: u16bytes(nodeCheck) },
    { id: Section.NODE_FLAGS, bytes: nodeFlags },
    { id: Section.CHILD_START, bytes: u32bytes(childStartArr) },
    { id: Section.TERM_START, bytes: u32bytes(termStart) },
    { id: Section.TERM_ENTRIES, bytes: u32bytes(Uint32Array.from(entriesOut)) },
    { id: Section.ROOT_TABLE, bytes: u32bytes(rootTable) },
    { id: Section.SURNAMES, bytes: enc.encode(JSON.stringify(surnames)) },
    { id: Section.TITLES, bytes: enc.encode(JSON.stringify(titles)) },
  ];
  return { bytes: writeContainer(sections), counts, nodes: N, warnings };
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function pow2AtLeast(x: number): number {
  let p = 1;
  while (p < x) p *= 2;
  return p;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.byteLength; }
  return out;
}
