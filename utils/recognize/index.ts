// Name recognition above the dictionary matcher: ambiguity rules, coreference, misspellings, unknown names.
import type { Dictionary, PlaceRecord } from '../dictionary/types';
import { applyDictionary } from './ambiguity';
import { applyCoreference, propagateFallback, resolvePending } from './coref';
import { Doc, type NameType } from './doc';
import { applyFallback, applyListNeighbours } from './fallback';
import { applyFuzzy } from './fuzzy';
import { COMMON, DEMONYMS, ENGLISH, GIVEN } from './lexicon';
import { TokKind } from './tokens';

export type { NameType } from './doc';

export interface NameMention {
  /** UTF-16 offsets; the span is the name itself: no title, no trailing punctuation, no possessive. */
  start: number;
  end: number;
  text: string;
  type: NameType;
  /** Dictionary entity, or null for a name the dictionary lacks. */
  entityIndex: number | null;
  /** Canonical name: the dictionary's, or the fullest form the article uses. */
  name: string;
  /** Matched by spelling similarity ("Navalani" -> Alexei Navalny). */
  guess?: boolean;
  /** For guesses: the canonical name it probably means. */
  possibleMisspellingOf?: string;
  /** What the article says of a person the dictionary lacks ("Chinese Foreign Ministry spokesman"). */
  evidence?: string;
}

/**
 * Finds people, places and organisations in `text`. Layers, in order: dictionary matches with context rules,
 * surname-only matches confirmed by the full name, names the dictionary lacks, document-level coreference,
 * misspellings, consistency (a name typed once is typed the same elsewhere), then the choice among same-named
 * places by what else the article mentions ("Georgia" with Atlanta vs with Tbilisi).
 */
export function recognizeNames(text: string, dict: Dictionary, published: string | null): NameMention[] {
  const doc = new Doc(text, dict, published);
  const { pending, placeAlternatives } = applyDictionary(doc);
  applyFallback(doc);
  resolvePending(doc, pending);
  applyCoreference(doc);
  applyListNeighbours(doc);
  applyFuzzy(doc);
  propagateFallback(doc);
  retypeTeams(doc);
  choosePlaces(doc, placeAlternatives);
  mergeNames(doc);
  attachInitials(doc);

  const out: NameMention[] = [];
  for (const f of doc.found) {
    if (f.dropped) continue;
    const start = doc.toks[f.ti].start;
    let end = doc.toks[f.tj - 1].end;
    // "NationsBank Corp.", "Salomon Bros.", "Martin Luther King Jr.": the abbreviation's full stop is part of the name.
    if (ABBREVIATIONS.has(doc.toks[f.tj - 1].key) && text[end] === '.') end++;
    const m: NameMention = { start, end, text: text.slice(start, end), type: f.type, entityIndex: f.entityIndex, name: f.name };
    if (f.guess) { m.guess = true; if (f.misspellingOf) m.possibleMisspellingOf = f.misspellingOf; }
    if (f.evidence) m.evidence = f.evidence;
    out.push(m);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

const ABBREVIATIONS = new Set(['corp', 'inc', 'co', 'ltd', 'bros', 'jr', 'sr', 'cos', 'mfg', 'intl', 'assn', 'dept']);

/** Words before a town in a sports report that keep it a place: where a match is played, where a player is from. */
const VENUE_CUES = new Set(['in', 'at', 'near', 'from', 'of', 'to', 'outside', 'across', 'into', 'born', 'native', 'visit', 'venue', 'city', 'town', 'home', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'downtown', 'suburban', 'greater']);

const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ben']);

/**
 * Joins the parts of one person's name that earlier layers found apart: a given name before a name
 * ("Miguel" + "Angel Martin", "Billie" + "Jean King"), hyphenated given names ("Jean-" + "Michel Monin"), and a
 * particle that starts a surname ("de Silva", "Joaquin del Olmo").
 */
function mergeNames(doc: Doc): void {
  const { toks } = doc;
  for (let id = 0; id < doc.found.length; id++) {
    const f = doc.found[id];
    if (f.dropped || f.type !== 'person') continue;
    const before = f.ti;
    let changed = false;
    for (;;) {
      const first = toks[f.ti];
      if (first.lineStart || f.ti === 0) break;
      const p = toks[f.ti - 1];
      if (p.kind !== TokKind.Word) break;
      const owner = doc.owner[f.ti - 1];
      // Another person mention right before: one name if it ends in a given name or a hyphen joins them.
      if (owner !== -1) {
        const g = doc.found[owner];
        if (g.dropped || g.type !== 'person' || g.tj !== f.ti || g === f) break;
        if (!(GIVEN.has(p.key) || first.hyphenBefore)) break;
        doc.drop(owner);
        f.ti = g.ti;
        changed = true;
        continue;
      }
      if (p.cap && (first.hyphenBefore || (GIVEN.has(p.key) && !(p.sentStart && ENGLISH.has(p.key)))) && !COMMON.has(p.key)) { f.ti--; changed = true; continue; }
      // "de Silva": a particle after a separator or a given name.
      if (p.lower && NAME_PARTICLES.has(p.key) && !first.hyphenBefore) {
        const pp = doc.tok(f.ti - 2);
        if (!pp || pp.kind === TokKind.Punct || (pp.kind === TokKind.Word && pp.cap && GIVEN.has(pp.key) && doc.owner[f.ti - 2] === -1)) {
          f.ti--;
          if (pp && pp.kind === TokKind.Word && pp.cap && GIVEN.has(pp.key)) f.ti--;
          changed = true;
          continue;
        }
      }
      break;
    }
    if (changed) {
      for (let k = f.ti; k < before; k++) doc.owner[k] = id;
      f.name = doc.span(f.ti, f.tj);
      f.entityIndex = null;
      f.source = 'fallback';
    }
  }
}

/** "S. Waugh", "J. Gillespie": a capital and a full stop right before a person's name belong to it. */
function attachInitials(doc: Doc): void {
  for (const f of doc.found) {
    if (f.dropped || f.type !== 'person' || f.ti < 2) continue;
    const dot = doc.toks[f.ti - 1];
    const ini = doc.toks[f.ti - 2];
    if (dot.text !== '.' || dot.end !== doc.toks[f.ti].start - 1 || doc.owner[f.ti - 2] !== -1 || ini.kind !== TokKind.Word || !/^\p{Lu}$/u.test(ini.text)) continue;
    // Not a sentence ending in a one-letter word: the letter must itself start a line or follow a separator.
    const before = doc.tok(f.ti - 3);
    if (before && !ini.lineStart && before.kind === TokKind.Word && before.lower) continue;
    doc.owner[f.ti - 2] = doc.owner[f.ti];
    doc.owner[f.ti - 1] = doc.owner[f.ti];
    f.ti -= 2;
    if (f.source !== 'dictionary') f.name = doc.span(f.ti, f.tj);
  }
}

/** Lower-case words after a town that make it the venue, not the club. */
const VENUE_AFTER = new Set(['meeting', 'stadium', 'grand', 'race', 'marathon', 'open', 'tournament', 'track', 'circuit', 'hospital', 'area', 'region', 'suburb', 'streets', 'airport', 'games', 'olympics', 'crowd', 'police', 'court', 'hotel']);

/** In a sports report, a town or US state named as a side is the club ("Leicestershire beat Somerset", "Feyenoord 3 Ajax 1",
 *  "MINNESOTA AT MILWAUKEE"); countries stay places (national teams are named as the country). Datelines stay places. */
function retypeTeams(doc: Doc): void {
  if (!doc.sports) return;
  doc.found.forEach((f) => {
    if (f.dropped || f.type !== 'place' || f.entityIndex === null) return;
    const rec = doc.entity(f.entityIndex) as PlaceRecord;
    if (!(rec.kind === 'city' || (rec.kind === 'region' && rec.country === 'US'))) return;
    const first = doc.toks[f.ti];
    const next = doc.tok(f.tj);
    const prev = doc.tok(f.ti - 1);
    // Dateline: "LONDON 1996-08-30", "BIRMINGHAM , England 1996-08-31".
    if (first.lineStart && next && (next.kind === TokKind.Number || next.text === ',')) {
      const after = doc.tok(f.tj + 1);
      if (next.kind === TokKind.Number && /^(19|20)\d\d$/.test(next.text) && after?.hyphenBefore) return;
      if (next.text === ',' && after && after.kind === TokKind.Word && (after.cap || after.capsLine)) return;
    }
    // "at Edgbaston", "in Moscow", and schedules "KANSAS CITY AT DETROIT" (the game is played at Detroit).
    if (prev && prev.kind === TokKind.Word && VENUE_CUES.has(prev.key)) return;
    if (next?.text === '(' || (prev?.text === '(' && next?.text === ')')) return;
    // "( at Trent Bridge , Nottingham )", "Leicester : Leicestershire beat ...", "MILWAUKEE , Wisconsin 1996-08-29".
    if (prev?.text === ',' && next?.text === ')') return;
    if (prev?.text === ',' && next?.kind === TokKind.Number && /^(19|20)\d\d$/.test(next.text) && doc.tok(f.tj + 1)?.hyphenBefore) return;
    if (first.lineStart && next?.text === ':') return;
    // "the Berlin grand prix meeting", "the Sarajevo meeting", "Berlin stadium".
    if (next && next.kind === TokKind.Word && next.lower && VENUE_AFTER.has(next.key)) return;
    if (next?.text === ',' && doc.owner[f.tj + 1] !== -1 && doc.found[doc.owner[f.tj + 1]]?.type === 'place') return;
    f.type = 'organization';
    f.entityIndex = null;
    f.name = doc.span(f.ti, f.tj);
  });
}

/** "Georgia" (country or US state), "Paris" (France or Texas): the candidate whose country the article names most. */
function choosePlaces(doc: Doc, alternatives: Map<number, number[]>): void {
  if (!alternatives.size) return;
  const weight = new Map<string, number>();
  const bump = (cc: string | undefined, w: number) => { if (cc) weight.set(cc, (weight.get(cc) ?? 0) + w); };
  doc.found.forEach((f, id) => {
    if (f.dropped || f.type !== 'place' || f.entityIndex === null || alternatives.has(id)) return;
    const rec = doc.entity(f.entityIndex);
    if (rec.type !== 'place') return;
    bump(rec.country, rec.kind === 'country' ? 0.5 : 1);
  });
  for (const t of doc.toks) if (t.kind === TokKind.Word && t.cap) bump(DEMONYMS.get(t.key) || undefined, 1);
  for (const [id, alts] of alternatives) {
    const f = doc.found[id];
    if (f.dropped || f.entityIndex === null) continue;
    const stateCue = alts.includes(-1);
    let best = f.entityIndex;
    let bestScore = -Infinity;
    alts.forEach((e, rank) => {
      if (e < 0) return;
      const rec = doc.entity(e) as PlaceRecord;
      let s = (weight.get(rec.country ?? '') ?? 0) - rank * 0.01;
      if (stateCue && rec.kind === 'region') s += 5;
      if (s > bestScore) { bestScore = s; best = e; }
    });
    if (best !== f.entityIndex) {
      f.entityIndex = best;
      f.name = doc.entity(best).name;
    }
  }
}
