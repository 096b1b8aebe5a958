// Document-level coreference: a lone "Lavrov" after "Sergey Lavrov", "Wang" after "Wang Yi" (the nearest one when
// two people share it), "SHEARER" in a headline after "Alan Shearer" in the body, and surname-only dictionary matches.
import type { Doc, Found } from './doc';
import type { PendingSurname } from './ambiguity';
import { COMMON, DEMONYMS, ENGLISH, GIVEN, PERSON_VERBS_AFTER, SURNAMES } from './lexicon';
import { TokKind } from './tokens';
import { personCueAround } from './fallback';
import { wordLike } from './ambiguity';

const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'di', 'du', 'del', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'abu', 'st', 'jr', 'sr']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A sentence-initial everyday word ("Rose prices fell") is the word, unless a speech verb follows ("Rose said"). */
function everydayWordAt(doc: Doc, i: number): boolean {
  const t = doc.toks[i];
  if (!t.sentStart || t.capsLine || !ENGLISH.has(t.key)) return false;
  const nx = doc.tok(i + 1);
  return !(nx && nx.kind === TokKind.Word && nx.lower && PERSON_VERBS_AFTER.has(nx.key));
}

/** Token i stands alone: no sentence opener, no hyphenated part ("Ata-ur-Rehman"), no capitalised word touching it
 *  ("Jorge Luis Dely Valdes" is a longer name, not this surname). */
function loneSurname(doc: Doc, i: number): boolean {
  const t = doc.toks[i];
  if (t.sentStart || t.hyphenBefore || wordLike(doc, t.key)) return false;
  const p = doc.tok(i - 1);
  const n = doc.tok(i + 1);
  if (p && p.kind === TokKind.Word && p.cap && !t.lineStart) return false;
  if (n && n.kind === TokKind.Word && (n.cap || n.hyphenBefore) && !n.lineStart) return false;
  return true;
}

/** A speech or action verb right after token i ("Jordan said", "Jordan , whose"), or "said"/"told" right before it. */
function personVerbNear(doc: Doc, i: number): boolean {
  const nx = doc.tok(i + 1);
  if (nx && nx.kind === TokKind.Word && nx.lower && PERSON_VERBS_AFTER.has(nx.key)) return true;
  if (nx?.text === ',' && /^(who|whose)$/.test(doc.tok(i + 2)?.key ?? '')) return true;
  const pv = doc.tok(i - 1);
  return !!pv && pv.kind === TokKind.Word && pv.lower && (pv.key === 'said' || pv.key === 'told' || pv.key === 'says');
}

/** Folded name part -> the person mentions (Found ids) it can stand for, in text order. */
export type NameIndex = Map<string, number[]>;

/** Parts of multi-word person names that may stand alone: surnames, and family names written first ("Wang" of "Wang Yi"). */
export function buildNameIndex(doc: Doc): NameIndex {
  const idx: NameIndex = new Map();
  doc.found.forEach((f, id) => {
    if (f.dropped || f.type !== 'person' || f.tj - f.ti < 2 || f.source === 'coreference' || f.guess) return;
    for (let k = f.ti; k < f.tj; k++) {
      const t = doc.toks[k];
      if (t.kind !== TokKind.Word || t.key.length < 2 || PARTICLES.has(t.key) || COMMON.has(t.key)) continue;
      // A leading given name does not stand alone for the person ("Sergey"), unless it is also a family name.
      if (k === f.ti && GIVEN.has(t.key) && !SURNAMES.has(t.key)) continue;
      const list = idx.get(t.key);
      if (list) { if (list[list.length - 1] !== id) list.push(id); } else idx.set(t.key, [id]);
    }
  });
  return idx;
}

/**
 * A list of mentions (Found ids) prepared for `nearest`: the dropped ones left out, with the running maximum of
 * their start tokens. Scanning the whole list for every name made coreference quadratic in long texts; with the
 * running maximum a binary search finds the same answer.
 */
interface NearList { ids: number[]; maxTi: Int32Array }

function nearList(doc: Doc, ids: readonly number[]): NearList {
  const kept: number[] = [];
  for (const id of ids) if (!doc.found[id].dropped) kept.push(id);
  const maxTi = new Int32Array(kept.length);
  let m = -1;
  for (let k = 0; k < kept.length; k++) { m = Math.max(m, doc.found[kept[k]].ti); maxTi[k] = m; }
  return { ids: kept, maxTi };
}

/** Position of the first mention in list order whose start token is after i (the list's length if none). */
function firstAfter(l: NearList, i: number): number {
  let lo = 0;
  let hi = l.ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (l.maxTi[mid] <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mention among the list nearest before token i, else the first after it: walking the list in order, the
 *  last one starting at or before i until the first one after i (which wins only if none came before). */
function nearest(l: NearList, i: number): number {
  if (!l.ids.length) return -1;
  const q = firstAfter(l, i);
  return q === 0 ? l.ids[0] : l.ids[q - 1];
}

/** Decides surname-only dictionary matches: the full name elsewhere in the document (dictionary or fallback),
 *  else the candidate a title or prominence vouches for, else the non-person reading ("Washington" the city). */
export function resolvePending(doc: Doc, pending: PendingSurname[]): void {
  if (!pending.length) return;
  const byEntity = new Map<number, number[]>();
  doc.found.forEach((f, id) => {
    if (f.dropped || f.type !== 'person' || f.entityIndex === null || f.tj - f.ti < 2) return;
    const l = byEntity.get(f.entityIndex);
    if (l) l.push(id); else byEntity.set(f.entityIndex, [id]);
  });
  const idx = buildNameIndex(doc);
  // Per-entity and per-name mention lists sorted by start token (stable), without dropped ones: built once, on
  // first need (nothing is dropped while pending surnames are resolved).
  const byTi = (ids: number[]): NearList | null => {
    const l = nearList(doc, ids.slice().sort((a, b) => doc.found[a].ti - doc.found[b].ti));
    return l.ids.length ? l : null;
  };
  const entityLists = new Map<number, NearList | null>();
  const entityList = (c: number): NearList | null => {
    let l = entityLists.get(c);
    if (l === undefined) { const ids = byEntity.get(c); l = ids ? byTi(ids) : null; entityLists.set(c, l); }
    return l;
  };
  const unknownLists = new Map<string, NearList | null>();
  const unknownList = (key: string): NearList | null => {
    let l = unknownLists.get(key);
    if (l === undefined) {
      const ids = (idx.get(key) ?? []).filter((id) => doc.found[id].entityIndex === null);
      l = ids.length ? byTi(ids) : null;
      unknownLists.set(key, l);
    }
    return l;
  };
  for (const p of pending) {
    if (!doc.free(p.ti, p.tj)) continue;
    if (p.tj - p.ti === 1 && everydayWordAt(doc, p.ti)) continue;
    // "in May 2019", "18 May": a month next to a number is a date, whoever else is called May.
    if (p.tj - p.ti === 1 && MONTHS.has(doc.toks[p.ti].key)) {
      const nx = doc.tok(p.tj);
      const pv = doc.tok(p.ti - 1);
      if ((nx && nx.kind === TokKind.Number) || (pv && pv.kind === TokKind.Number)) continue;
    }
    // The candidates' mentions, then people the dictionary lacks but the article names in full ("Wang Yi" when
    // only another Wang is known), as if concatenated and stably sorted by start token: the nearest mention
    // before p.ti (the later list wins a tie), else the first after it (the earlier list wins a tie).
    const lists: NearList[] = [];
    for (const c of p.candidates) { const l = entityList(c); if (l) lists.push(l); }
    if (p.tj - p.ti === 1) { const l = unknownList(doc.toks[p.ti].key); if (l) lists.push(l); }
    if (lists.length) {
      let id = -1;
      let idTi = -1;
      for (const l of lists) {
        const q = firstAfter(l, p.ti);
        if (q > 0 && doc.found[l.ids[q - 1]].ti >= idTi) { id = l.ids[q - 1]; idTi = doc.found[id].ti; }
      }
      if (id < 0) {
        let bestTi = Infinity;
        for (const l of lists) if (l.ids.length && doc.found[l.ids[0]].ti < bestTi) { id = l.ids[0]; bestTi = doc.found[id].ti; }
      }
      if (id >= 0) {
        const f = doc.found[id];
        doc.add({ ti: p.ti, tj: p.tj, type: 'person', entityIndex: f.entityIndex, name: f.name, source: 'coreference', evidence: f.evidence });
        continue;
      }
    }
    // "b Muralitharan 22", "Dharmasena said": a surname the dictionary knows, unconfirmed by a full name, in a
    // place only a person fits. Which of its people is meant is unknown: a person without a card.
    if (p.vouched < 0 && p.tj - p.ti === 1 && loneSurname(doc, p.ti) && personCueAround(doc, p.ti, p.tj)) {
      doc.add({ ti: p.ti, tj: p.tj, type: 'person', entityIndex: null, name: doc.span(p.ti, p.tj), source: 'fallback' });
      continue;
    }
    if (p.vouched >= 0) {
      doc.add({ ti: p.ti, tj: p.tj, type: 'person', entityIndex: p.vouched, name: doc.entity(p.vouched).name, source: 'dictionary' });
    } else if (p.other >= 0) {
      const rec = doc.entity(p.other);
      doc.add({ ti: p.ti, tj: p.tj, type: rec.type, entityIndex: p.other, name: rec.name, source: 'dictionary' });
    }
  }
}

/** Free capitalised tokens that are part of a person's name mentioned elsewhere. */
export function applyCoreference(doc: Doc): void {
  const idx = buildNameIndex(doc);
  if (!idx.size) return;
  const { toks } = doc;
  // Prepared per name part on first use (only towns are dropped below, never the people listed here), so a name
  // repeated through a long text costs a binary search, not a scan of all its mentions.
  const nearLists = new Map<string, NearList>();
  const nearOf = (key: string, ids: number[]): NearList => {
    let l = nearLists.get(key);
    if (!l) { l = nearList(doc, ids); nearLists.set(key, l); }
    return l;
  };
  const idSets = new Map<string, Set<number>>();
  const idsOf = (key: string): Set<number> => {
    let s = idSets.get(key);
    if (!s) { s = new Set(idx.get(key) ?? []); idSets.set(key, s); }
    return s;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== TokKind.Word || !(t.cap || t.capsLine)) continue;
    if (doc.owner[i] !== -1) {
      // A one-word town the dictionary found, in an article naming a person of that surname ("Gianluigi Lentini"
      // ... "Lentini"): the person.
      const o = doc.found[doc.owner[i]];
      if (t.capsLine || !(o.source === 'dictionary' && o.type === 'place' && o.tj - o.ti === 1 && o.entityIndex !== null && idx.has(t.key))) continue;
      // Only for people named with a real given name or known to the dictionary: "Rotor Volgograd" is a club.
      const people = idx.get(t.key)!.map((id) => doc.found[id]);
      if (!people.some((p) => p.entityIndex !== null || GIVEN.has(doc.toks[p.ti].key))) continue;
      const rec = doc.entity(o.entityIndex);
      // A country stands for the person only where a person acts: "Jordan said", "told Jordan" (not "in Jordan").
      if (rec.type !== 'place' || !(rec.kind === 'city' || (rec.kind === 'country' && personVerbNear(doc, i)))) continue;
      // Not dropped for a sentence opener the person rule below would leave alone.
      if (everydayWordAt(doc, i) && !personVerbNear(doc, i)) continue;
      doc.drop(doc.owner[i]);
    }
    const ids = idx.get(t.key);
    if (!ids || DEMONYMS.has(t.key)) continue;
    // A sentence-initial everyday word ("Will", "Rose") is the word, not the person.
    if (everydayWordAt(doc, i) && !personVerbNear(doc, i)) continue;
    if (t.hyphenBefore) continue;
    const id = nearest(nearOf(t.key, ids), i);
    if (id < 0) continue;
    const target: Found = doc.found[id];
    // Consecutive parts of the same name ("Zhao Lijian" again, "LAVROV" in a headline) make one mention.
    let j = i + 1;
    while (j < toks.length && doc.owner[j] === -1 && toks[j].kind === TokKind.Word && !toks[j].hyphenBefore
      && idsOf(toks[j].key).has(id)) j++;
    if (i > 0 && doc.owner[i - 1] === -1 && toks[i - 1].kind === TokKind.Word && !toks[i - 1].hyphenBefore
      && GIVEN.has(toks[i - 1].key) && (toks[i - 1].cap) && i - 1 >= 0 && !toks[i - 1].sentStart) {
      // Another given name before the surname: a different person with the same surname ("Michael Johnson").
      continue;
    }
    doc.add({ ti: i, tj: j, type: 'person', entityIndex: target.entityIndex, name: target.name, source: 'coreference', evidence: target.evidence });
    i = j - 1;
  }
}

/** Other occurrences of a name the fallback found (same words, any case): the same name. */
export function propagateFallback(doc: Doc): void {
  const byFirst = new Map<string, number[]>();
  doc.found.forEach((f, id) => {
    if (f.dropped || f.source !== 'fallback' || f.type === 'person') return;
    const key = doc.toks[f.ti].key;
    if (f.tj - f.ti === 1 && (COMMON.has(key) || ENGLISH.has(key) || doc.lowerInDoc.has(key))) return;
    const l = byFirst.get(key);
    if (l) l.push(id); else byFirst.set(key, [id]);
  });
  if (!byFirst.size) return;
  const { toks } = doc;
  for (let i = 0; i < toks.length; i++) {
    if (doc.owner[i] !== -1 || toks[i].kind !== TokKind.Word || !(toks[i].cap || toks[i].capsLine)) continue;
    const ids = byFirst.get(toks[i].key);
    if (!ids) continue;
    for (const id of ids) {
      const f = doc.found[id];
      const n = f.tj - f.ti;
      let ok = i + n <= toks.length;
      for (let k = 0; ok && k < n; k++) ok = toks[i + k].key === doc.toks[f.ti + k].key && doc.owner[i + k] === -1;
      // The run must end there: "Somerset" is not the start of "Somerset House".
      const after = doc.tok(i + n);
      if (ok && after && after.kind === TokKind.Word && after.cap && !after.hyphenBefore && !after.sentStart) ok = false;
      if (ok) {
        doc.add({ ti: i, tj: i + n, type: f.type, entityIndex: f.entityIndex, name: f.name, source: 'coreference' });
        i += n - 1;
        break;
      }
    }
  }
}
