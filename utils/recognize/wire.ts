// The fixed lines of a wire story: the dateline ("TOFTIR , Faroe Islands 1996-08-31", "THE HAGUE 1996-08-30",
// "WASHINGTON (Reuters) -") names a place, and the byline on the line before it ("Larry Fine", "By Emese Bartha")
// names the reporter. Their shape says what they are, whatever the dictionary knows of the words.
import type { Doc } from './doc';
import { COMMON, ENGLISH, GIVEN } from './lexicon';
import { type Tok, TokKind } from './tokens';

const AGENCIES = new Set(['reuters', 'ap', 'afp', 'upi', 'dpa', 'ansa', 'efe', 'bloomberg', 'xinhua', 'tass', 'itar-tass', 'kyodo', 'cnn', 'bbc']);

const lineEnd = (doc: Doc, k: number) => k >= doc.toks.length || doc.toks[k].lineStart;

/** "1996-08-31": a year joined by hyphens to the month and day. */
function isoDateAt(doc: Doc, k: number): boolean {
  const y = doc.tok(k);
  const m = doc.tok(k + 1);
  return !!y && !!m && y.kind === TokKind.Number && /^(19|20)\d\d$/.test(y.text) && m.kind === TokKind.Number && m.hyphenBefore;
}

/** "(Reuters) -", "( AP ) —": the agency in brackets after the place. */
function agencyAt(doc: Doc, k: number): boolean {
  return doc.tok(k)?.text === '(' && AGENCIES.has(doc.tok(k + 1)?.key ?? '') && doc.tok(k + 2)?.text === ')';
}

/** Where the date or agency that closes a dateline starts at k, or after ", Region" (returned as [regionFrom, regionTo]).
 *  -1 when the line is no dateline. */
function datelineTail(doc: Doc, k: number): { ok: boolean; region?: [number, number] } {
  if (isoDateAt(doc, k) || agencyAt(doc, k)) return { ok: true };
  if (doc.tok(k)?.text !== ',' || lineEnd(doc, k + 1)) return { ok: false };
  // ", Faroe Islands 1996-08-31", ", Calif 1996-08-30", ", N.H. 1996-08-30".
  let r = k + 1;
  while (r < doc.toks.length && r - k <= 4 && !lineEnd(doc, r) && !doc.toks[r].lineStart) {
    const t = doc.toks[r];
    if (t.kind === TokKind.Word && (t.cap || (r > k + 1 && t.key === 'of'))) { r++; continue; }
    if (t.text === '.' && r > k + 1) { r++; continue; }
    break;
  }
  if (r === k + 1) return { ok: false };
  if (!(isoDateAt(doc, r) || agencyAt(doc, r))) return { ok: false };
  let to = r;
  while (to > k + 1 && doc.toks[to - 1].kind !== TokKind.Word) to--;
  return { ok: true, region: [k + 1, to] };
}

/** The place a dateline names, if any: [from, to) of its capitalised words, and the region after the comma. */
function datelineAt(doc: Doc, i: number): { to: number; region?: [number, number] } | null {
  const { toks } = doc;
  const first = toks[i];
  if (!first.lineStart || first.kind !== TokKind.Word || !first.upper) return null;
  let k = i;
  while (k < toks.length && k - i < 4 && toks[k].kind === TokKind.Word && toks[k].upper && (k === i || !toks[k].lineStart)) k++;
  // "ST. LOUIS", "N.Y.": a full stop inside the place's name.
  const tail = datelineTail(doc, k);
  if (!tail.ok) return null;
  return { to: k, region: tail.region };
}

/** Adds [ti, tj) as a place unless something already covers exactly those tokens (kept) or part of them (left alone). */
function addPlace(doc: Doc, ti: number, tj: number): void {
  // "THE HAGUE": the article belongs to the dateline's place the dictionary found without it.
  const rest = doc.owner[ti + 1] ?? -1;
  if (doc.owner[ti] === -1 && doc.toks[ti].key === 'the' && tj - ti >= 2 && rest !== -1 && doc.found[rest].ti === ti + 1 && doc.found[rest].tj === tj && doc.found[rest].type === 'place') {
    doc.found[rest].ti = ti;
    doc.owner[ti] = rest;
    return;
  }
  const own = doc.owner[ti];
  if (own !== -1) {
    const f = doc.found[own];
    if (f.ti === ti && f.tj === tj && f.type !== 'place' && f.source !== 'dictionary') { f.type = 'place'; f.entityIndex = null; }
    return;
  }
  if (!doc.free(ti, tj)) return;
  const name = doc.span(ti, tj);
  let entityIndex: number | null = null;
  for (const c of doc.dict.lookupAliasFlags(name).candidates) if (doc.entity(c).type === 'place') { entityIndex = c; break; }
  doc.add({ ti, tj, type: 'place', entityIndex, name: entityIndex !== null ? doc.entity(entityIndex).name : name, source: 'fallback' });
}

/** A line of two or three name-like words and nothing else ("Larry Fine"), or "By" and such a name. */
function bylineName(doc: Doc, from: number, to: number): [number, number] | null {
  const { toks } = doc;
  let a = from;
  if (toks[a].key === 'by' && toks[a].cap) a++;
  const n = to - a;
  if (n < 2 || n > 3) return null;
  for (let k = a; k < to; k++) {
    const t: Tok = toks[k];
    if (t.kind !== TokKind.Word || !t.cap || t.upper || COMMON.has(t.key) || doc.owner[k] !== -1) return null;
  }
  if (ENGLISH.has(toks[a].key) && !GIVEN.has(toks[a].key)) return null;
  return [a, to];
}

export function applyWireLines(doc: Doc): void {
  const { toks } = doc;
  let prevLineFrom = -1;
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].lineStart) continue;
    // "By Emese Bartha" alone on its line (modern pages write the byline so).
    if (toks[i].key === 'by' && toks[i].cap) {
      let e = i + 1;
      while (!lineEnd(doc, e)) e++;
      const by = bylineName(doc, i, e);
      if (by && by[0] === i + 1) doc.add({ ti: by[0], tj: by[1], type: 'person', entityIndex: null, name: doc.span(by[0], by[1]), source: 'fallback' });
    }
    const d = datelineAt(doc, i);
    if (d) {
      addPlace(doc, i, d.to);
      if (d.region) addPlace(doc, d.region[0], d.region[1]);
      // The byline: the whole line before the dateline.
      if (prevLineFrom >= 0) {
        const by = bylineName(doc, prevLineFrom, i);
        if (by) doc.add({ ti: by[0], tj: by[1], type: 'person', entityIndex: null, name: doc.span(by[0], by[1]), source: 'fallback' });
      }
    }
    prevLineFrom = i;
  }
}
