// Cautious misspelling tolerance: "Navalani" -> Alexei Navalny, "Zelenskyi" -> Volodymyr Zelenskyy, marked as guesses.
// Only long capitalised tokens that are no English word, no known name and no dictionary alias are tried.
import type { Dictionary } from '../dictionary/types';
import { roleRank } from '../dictionary/roles';
import type { Doc } from './doc';
import { wordLike } from './ambiguity';
import { DEMONYMS, GIVEN, SURNAMES } from './lexicon';
import { TokKind } from './tokens';

/** Shortest token tried: shorter names are too close to too many others ("Wang"/"Wong"). */
const MIN_LENGTH = 6;

/** Edit distance allowed: one edit up to 8 letters, two from 8 ("Navalani" vs "Navalny"). */
export function maxEdits(length: number): number {
  return length >= 8 ? 2 : length >= MIN_LENGTH ? 1 : 0;
}

/** Optimal-string-alignment distance (adjacent transpositions count one), cut off above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

interface GlobalIndex {
  /** Deletion-neighbourhood key -> surname entry positions. */
  keys: Map<string, number[]>;
  entries: { folded: string; entity: number }[];
}

const globalIndexes = new WeakMap<Dictionary, GlobalIndex>();

function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Surnames of prominent people (heads of state or government, senior ministers), indexed by one-deletion variants.
 *  Built once per dictionary, on first need. */
function globalIndex(doc: Doc): GlobalIndex {
  let g = globalIndexes.get(doc.dict);
  if (g) return g;
  g = { keys: new Map(), entries: [] };
  const list = typeof doc.dict.surnames === 'function' ? doc.dict.surnames(MIN_LENGTH) : [];
  for (const s of list) {
    const e = s.entities[0];
    const rec = doc.dict.entity(e);
    if (rec.type !== 'person' || !rec.roles.some((r) => roleRank(r.title) >= 3)) continue;
    const pos = g.entries.length;
    g.entries.push({ folded: s.folded, entity: e });
    for (const d of deletions(s.folded)) {
      const l = g.keys.get(d);
      if (l) l.push(pos); else g.keys.set(d, [pos]);
    }
  }
  globalIndexes.set(doc.dict, g);
  return g;
}

export function applyFuzzy(doc: Doc): void {
  const { toks } = doc;
  // People already named in this document, by the folded last word of their name.
  const docPeople: { key: string; id: number }[] = [];
  const seen = new Set<string>();
  doc.found.forEach((f, id) => {
    if (f.dropped || f.type !== 'person' || f.guess || f.tj - f.ti < 2) return;
    const last = f.name.split(/\s+/).pop()!;
    const key = last.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (key.length >= MIN_LENGTH - 1 && !seen.has(key)) { seen.add(key); docPeople.push({ key, id }); }
  });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (doc.owner[i] !== -1 || t.kind !== TokKind.Word || !t.cap || t.upper || t.capsLine) continue;
    const key = t.key;
    if (key.length < MIN_LENGTH || !/^[a-z]+$/.test(key)) continue;
    if (wordLike(doc, key) || GIVEN.has(key) || SURNAMES.has(key) || DEMONYMS.has(key)) continue;
    if (/(ing|ed|tion|ment|ness|ly|ous|ive|ism|ist|ians?|ese|ies|ers)$/.test(key)) continue;
    // Part of a longer capitalised name: misspellings are judged alone.
    const nx = doc.tok(i + 1);
    if (nx && nx.kind === TokKind.Word && nx.cap && !nx.sentStart) continue;
    if (doc.dict.lookupAlias(t.text).length) continue;
    const limit = maxEdits(key.length);
    let hit: { entity: number | null; name: string; from: number } | null = null;
    for (const p of docPeople) {
      if (p.key[0] !== key[0] || p.key === key) continue;
      if (editDistance(key, p.key, limit) <= limit) { const f = doc.found[p.id]; hit = { entity: f.entityIndex, name: f.name, from: p.id }; break; }
    }
    // Beyond the people this article names, only long names of heads of state or government ("Zelenskyi").
    if (!hit && key.length >= 8) {
      const g = globalIndex(doc);
      const glimit = Math.min(limit, key.length >= 9 ? 2 : 1);
      const cand = new Set<number>();
      for (const d of deletions(key)) for (const pos of g.keys.get(d) ?? []) cand.add(pos);
      let best = -1;
      let bestD = glimit + 1;
      for (const pos of cand) {
        const e = g.entries[pos];
        if (e.folded[0] !== key[0] || e.folded === key) continue;
        const d = editDistance(key, e.folded, glimit);
        if (d < bestD) { bestD = d; best = pos; }
      }
      if (best >= 0) {
        const e = g.entries[best];
        hit = { entity: e.entity, name: doc.entity(e.entity).name, from: -1 };
      }
    }
    if (hit) doc.add({ ti: i, tj: i + 1, type: 'person', entityIndex: hit.entity, name: hit.name, source: 'fuzzy', guess: true, misspellingOf: hit.name });
  }
}
