// Cautious misspelling tolerance: "Navalani" -> Alexei Navalny, "Zelenskyi" -> Volodymyr Zelenskyy, marked as guesses.
// Only long capitalised tokens that are no English word, no known name and no dictionary alias are tried.
import type { Dictionary, SurnameEntry } from '../dictionary/types';
import { cachedRoleRank as roleRank } from './rank';
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
// Three rows reused across calls (grown on demand): the matcher calls this for every surname it considers.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  if (rowA.length < n + 1) { rowA = new Int32Array(2 * n + 2); rowB = new Int32Array(2 * n + 2); rowC = new Int32Array(2 * n + 2); }
  let prev2 = rowA.fill(0, 0, n + 1);
  let prev = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  let cur = rowC.fill(0, 0, n + 1);
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
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}

/**
 * The prominent people's surnames (heads of state or government) a long unknown word may misspell. Formerly a
 * one-deletion index over all of them, built on first need: that decoded every surname's person record (about
 * 100 ms, the cost of the first article with such a word). Now the surname list is only bucketed by first letter;
 * a query scans its bucket for surnames sharing a one-deletion variant with the word (what the index's keys
 * found) and decodes a record only for those, so the answer, ties included, is the same.
 */
interface SurnameBuckets {
  list: readonly SurnameEntry[];
  /** First letter -> positions in `list`, ascending. */
  byFirst: Map<string, number[]>;
  /** Entity -> is a person with a head-of-state-or-government role (decoded on first need). */
  prominent: Map<number, boolean>;
  /** Query word -> answer (entity or -1): articles repeat their words. */
  answers: Map<string, number>;
}

const bucketsByDict = new WeakMap<Dictionary, SurnameBuckets>();

function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

function surnameBuckets(dict: Dictionary): SurnameBuckets {
  let b = bucketsByDict.get(dict);
  if (b) return b;
  const list = typeof dict.surnames === 'function' ? dict.surnames(MIN_LENGTH) : [];
  const byFirst = new Map<string, number[]>();
  list.forEach((s, pos) => {
    const l = byFirst.get(s.folded[0]);
    if (l) l.push(pos); else byFirst.set(s.folded[0], [pos]);
  });
  b = { list, byFirst, prominent: new Map(), answers: new Map() };
  bucketsByDict.set(dict, b);
  return b;
}

function isHead(dict: Dictionary, b: SurnameBuckets, e: number): boolean {
  let v = b.prominent.get(e);
  if (v === undefined) {
    const rec = dict.entity(e);
    v = rec.type === 'person' && rec.roles.some((r) => roleRank(r.title) >= 3);
    b.prominent.set(e, v);
  }
  return v;
}

/** The prominent person whose surname is nearest to `key` (within `glimit` edits), or -1. Among the surnames
 *  sharing a one-deletion variant with `key`: the smallest distance, then the earliest variant of `key` shared
 *  (in deletions() order), then the earliest in the surname list. */
export function nearestProminent(dict: Dictionary, key: string, glimit: number): number {
  const b = surnameBuckets(dict);
  const memo = b.answers.get(key);
  if (memo !== undefined) return memo;
  const variants = deletions(key);
  /** Letter counts of the word (by code unit & 127). */
  const letters = new Int32Array(128);
  for (let k = 0; k < key.length; k++) letters[key.charCodeAt(k) & 127]++;
  let best = -1;
  let bestD = glimit + 1;
  let bestT = Infinity;
  for (const pos of b.byFirst.get(key[0]) ?? []) {
    const s = b.list[pos];
    const f = s.folded;
    if (f === key || Math.abs(f.length - key.length) > 1) continue;
    // A bound first: an edit changes the letter counts by at most 2, so counts differing by more than twice the
    // limit rule the surname out without the distance table (most of the bucket; this loop runs cold, per word).
    let diff = key.length;
    for (let k = 0; k < f.length; k++) {
      const c = f.charCodeAt(k) & 127;
      diff += letters[c] > 0 ? -1 : 1;
      letters[c]--;
    }
    for (let k = 0; k < f.length; k++) letters[f.charCodeAt(k) & 127]++;
    if (diff > 2 * glimit) continue;
    // Then the distance: only a close surname can be chosen at all.
    const d = editDistance(key, f, glimit);
    if (d > glimit) continue;
    const own = new Set(deletions(f));
    let t = -1;
    for (let k = 0; k < variants.length; k++) if (own.has(variants[k])) { t = k; break; }
    if (t < 0) continue;
    const e = s.entities[0];
    if (!isHead(dict, b, e)) continue;
    // Positions ascend, so a later surname never wins a full tie.
    if (d < bestD || (d === bestD && t < bestT)) { bestD = d; bestT = t; best = e; }
  }
  if (bestD > glimit) best = -1;
  if (b.answers.size >= 10_000) b.answers.clear();
  b.answers.set(key, best);
  return best;
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
  // By first letter, in document order; answers per word and per alias look-up are kept for the document (its
  // people do not change here), since scanning every person for every candidate word was quadratic.
  const peopleByFirst = new Map<string, { key: string; id: number }[]>();
  for (const p of docPeople) {
    const l = peopleByFirst.get(p.key[0]);
    if (l) l.push(p); else peopleByFirst.set(p.key[0], [p]);
  }
  const nearestInDoc = new Map<string, number>();
  const aliasKnown = new Map<string, boolean>();
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
    let known = aliasKnown.get(t.text);
    if (known === undefined) { known = doc.dict.lookupAlias(t.text).length > 0; aliasKnown.set(t.text, known); }
    if (known) continue;
    const limit = maxEdits(key.length);
    let hit: { entity: number | null; name: string; from: number } | null = null;
    // The first person of the document (in order) within reach: only those sharing the first letter can be.
    let from = nearestInDoc.get(key);
    if (from === undefined) {
      from = -1;
      for (const p of peopleByFirst.get(key[0]) ?? []) {
        if (p.key === key) continue;
        if (editDistance(key, p.key, limit) <= limit) { from = p.id; break; }
      }
      nearestInDoc.set(key, from);
    }
    if (from >= 0) { const f = doc.found[from]; hit = { entity: f.entityIndex, name: f.name, from }; }
    // Beyond the people this article names, only long names of heads of state or government ("Zelenskyi").
    if (!hit && key.length >= 8) {
      const glimit = Math.min(limit, key.length >= 9 ? 2 : 1);
      const e = nearestProminent(doc.dict, key, glimit);
      if (e >= 0) hit = { entity: e, name: doc.entity(e).name, from: -1 };
    }
    if (hit) doc.add({ ti: i, tj: i + 1, type: 'person', entityIndex: hit.entity, name: hit.name, source: 'fuzzy', guess: true, misspellingOf: hit.name });
  }
}
