// Name recognition above the dictionary matcher: ambiguity rules, coreference, misspellings, unknown names.
import type { Dictionary, PlaceRecord } from '../dictionary/types';
import { applyDictionary } from './ambiguity';
import { applyCoreference, propagateFallback, resolvePending } from './coref';
import { Doc, type NameType } from './doc';
import { applyFallback, applyGivenPlaceNames, applyListNeighbours, nameSyllableAfter } from './fallback';
import { applyFuzzy } from './fuzzy';
import { applyWireLines } from './wire';
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
  applyWireLines(doc);
  applyGivenPlaceNames(doc);
  applyFallback(doc);
  resolvePending(doc, pending);
  applyCoreference(doc);
  applyListNeighbours(doc);
  applyFuzzy(doc);
  propagateFallback(doc);
  extendCorporateForms(doc);
  dropHyphenCompounds(doc);
  retypeTeams(doc);
  choosePlaces(doc, placeAlternatives);
  attachKnightsGivenNames(doc);
  mergeNames(doc);
  attachInitials(doc);
  attachRegnalNumbers(doc);
  attachNameSyllables(doc);

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
        // "Jose Soler" + "Puig": an unknown full name right before a lone surname the dictionary matched is one name.
        if (!(GIVEN.has(p.key) || first.hyphenBefore || (g.entityIndex === null && g.tj - g.ti >= 2 && f.tj - f.ti === 1 && f.source === 'dictionary'))) break;
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

const REGNAL = new Set(['ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii']);
const ROYAL_TITLES = new Set(['king', 'queen', 'emperor', 'empress', 'pope', 'tsar', 'czar', 'tsarina', 'shah', 'prince', 'princess', 'sultan', 'kaiser', 'pharaoh']);

/**
 * "Henry VIII", "Leopold III", "Pope John Paul II": a Roman numeral after a one-word given name (or a name the
 * dictionary knows) is the monarch's number. A lone "I" counts only after a royal title ("Queen Elizabeth I"), since
 * "I" is far more often the pronoun. The title stays out of the span ("King Baudouin I" -> "Baudouin I").
 */
function attachRegnalNumbers(doc: Doc): void {
  const { toks } = doc;
  for (const f of doc.found) {
    if (f.dropped || f.type !== 'person') continue;
    const n = doc.tok(f.tj);
    if (!n || n.kind !== TokKind.Word || n.lineStart || n.hyphenBefore || doc.owner[f.tj] !== -1 || !/^[IVX]+$/.test(n.text)) continue;
    const after = doc.tok(f.tj + 1);
    if (after && after.kind === TokKind.Word && (after.cap || after.hyphenBefore) && !after.lineStart) continue;
    let ti = f.ti;
    if (ROYAL_TITLES.has(toks[ti].key) && f.tj - ti >= 2) ti++;
    const title = ti > f.ti ? toks[f.ti] : doc.tok(ti - 1);
    const royal = !!title && title.kind === TokKind.Word && ROYAL_TITLES.has(title.key);
    if (!(f.tj - ti === 1 && (GIVEN.has(toks[ti].key) || royal || f.entityIndex !== null)) && !(royal && f.tj - ti <= 2)) continue;
    if (n.key === 'i' ? !royal : !REGNAL.has(n.key)) continue;
    for (let k = f.ti; k < ti; k++) doc.owner[k] = -1;
    f.ti = ti;
    doc.owner[f.tj] = doc.owner[ti];
    f.tj++;
    if (f.source !== 'dictionary' || f.entityIndex === null) f.name = doc.span(f.ti, f.tj);
  }
  // A given name no layer took, numbered: "Charles VI", "Louis XIV", "King Pedro I".
  for (let i = 1; i < toks.length; i++) {
    const n = toks[i];
    if (n.kind !== TokKind.Word || n.lineStart || n.hyphenBefore || !/^[IVX]+$/.test(n.text) || doc.owner[i] !== -1 || doc.owner[i - 1] !== -1) continue;
    const g = toks[i - 1];
    if (g.kind !== TokKind.Word || !g.cap || g.upper || !GIVEN.has(g.key) || g.hyphenBefore) continue;
    const after = doc.tok(i + 1);
    if (after && after.kind === TokKind.Word && (after.cap || after.hyphenBefore) && !after.lineStart) continue;
    const title = g.lineStart ? undefined : doc.tok(i - 2);
    const royal = !!title && title.kind === TokKind.Word && ROYAL_TITLES.has(title.key);
    if (n.key === 'i' ? !royal : !REGNAL.has(n.key)) continue;
    doc.add({ ti: i - 1, tj: i + 1, type: 'person', entityIndex: null, name: doc.span(i - 1, i + 1), source: 'fallback' });
  }
}

/** "Chen Chun-yeh", "Kim Dae-jung": a romanised syllable hyphened to a person's name ends the given name. */
function attachNameSyllables(doc: Doc): void {
  for (const f of doc.found) {
    if (f.dropped || f.type !== 'person' || f.entityIndex !== null) continue;
    const n = doc.tok(f.tj);
    const last = doc.toks[f.tj - 1];
    if (!n || doc.owner[f.tj] !== -1 || !nameSyllableAfter(last, n)) continue;
    doc.owner[f.tj] = doc.owner[f.tj - 1];
    f.tj++;
    f.name = doc.span(f.ti, f.tj);
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

/**
 * "a Tripoli-based diplomat", "U.S.-led planes", "KDP-controlled areas": a place or organisation fused by a hyphen
 * to a lower-case word makes an adjective (what the article says is "based", "led"), not a mention of the name.
 * People are left alone ("Smith-led" is rare, and a person's name never takes this form by mistake).
 */
function dropHyphenCompounds(doc: Doc): void {
  doc.found.forEach((f, id) => {
    if (f.dropped || f.type === 'person') return;
    const next = doc.tok(f.tj);
    if (next && next.kind === TokKind.Word && next.hyphenBefore && next.lower && !next.lineStart) doc.drop(id);
  });
}

/** Legal-form words that end a company's registered name. */
const CORPORATE_FORMS = new Set(['co', 'corp', 'inc', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'spa', 'bv', 'ab', 'asa', 'cos', 'bhd', 'pty', 'kk', 'oyj']);

function corporateFormAt(doc: Doc, i: number): boolean {
  const t = doc.tok(i);
  return !!t && t.kind === TokKind.Word && (t.cap || t.capsLine) && !t.lineStart && !t.hyphenBefore && CORPORATE_FORMS.has(t.key) && doc.owner[i] === -1;
}

/** Where a run of legal forms starting at token i ends ("Co Inc"), taking over a name the fallback made of the
 *  forms alone ("Co" in "Dow Chemical Co shares"); -1 when there is none. */
function corporateFormsEnd(doc: Doc, i: number): number {
  const gid = doc.owner[i] ?? -1;
  let end = i;
  if (gid !== -1) {
    const g = doc.found[gid];
    if (g.dropped || g.ti !== i || g.type !== 'organization' || g.entityIndex !== null || g.tj - g.ti > 3) return -1;
    for (let k = g.ti; k < g.tj; k++) if (!CORPORATE_FORMS.has(doc.toks[k].key) || doc.toks[k].lineStart) return -1;
    doc.drop(gid);
    end = g.tj;
  }
  while (corporateFormAt(doc, end)) end++;
  return end > i ? end : -1;
}

/**
 * The legal form after a known name belongs to it: "the Dow Chemical Co of the United States" (the dictionary
 * knows "Dow Chemical"), "Gold Fields of South Africa Ltd" (a place, then the form), and a city's wire desk:
 * "-- London Newsroom" is the news organisation's office, not the city.
 */
function extendCorporateForms(doc: Doc): void {
  const { toks } = doc;
  doc.found.forEach((f, id) => {
    if (f.dropped) return;
    const next = doc.tok(f.tj);
    if (f.type === 'place' && next && next.kind === TokKind.Word && next.text === 'Newsroom' && !next.lineStart && doc.owner[f.tj] === -1) {
      doc.owner[f.tj] = id;
      f.tj++;
      f.type = 'organization';
      f.entityIndex = null;
      f.name = doc.span(f.ti, f.tj);
      return;
    }
    if (f.type !== 'organization') return;
    // "Dow Chemical Co", "Reuters Holdings Plc".
    let end = next && next.kind === TokKind.Word && !next.hyphenBefore ? corporateFormsEnd(doc, f.tj) : -1;
    // "Bear Stearns & Co Inc": the partnership's "& Co" and the forms after it.
    if (end < 0 && next?.text === '&' && doc.tok(f.tj + 1)?.key === 'co' && doc.tok(f.tj + 1)?.cap) end = corporateFormsEnd(doc, f.tj + 1);
    if (end < 0 && next && next.kind === TokKind.Word && next.key === 'of' && next.lower && !toks[f.tj - 1].capsLine) {
      // "X of <place> Ltd": the place and the form complete the name (a place found alone, or already made an
      // organisation with the form by the fallback).
      const gid = doc.owner[f.tj + 1] ?? -1;
      const g = gid >= 0 ? doc.found[gid] : undefined;
      if (g && !g.dropped && g.ti === f.tj + 1) {
        if (g.type === 'place' && corporateFormAt(doc, g.tj)) end = g.tj + 1;
        else if (g.type === 'organization' && g.entityIndex === null && CORPORATE_FORMS.has(toks[g.tj - 1].key) && g.tj - g.ti >= 2) end = g.tj;
        if (end > 0) doc.drop(gid);
      }
    }
    if (end < 0) return;
    for (let k = f.tj; k < end; k++) doc.owner[k] = id;
    f.tj = end;
    f.entityIndex = f.source === 'dictionary' ? f.entityIndex : null;
    if (f.entityIndex === null) f.name = doc.span(f.ti, f.tj);
  });
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
    // A word on the line before is no cue ("... CLOSE IN" / "Kent beat Sussex").
    const prev = first.lineStart ? undefined : doc.tok(f.ti - 1);
    // Dateline: "LONDON 1996-08-30", "BIRMINGHAM , England 1996-08-31".
    if (first.lineStart && next && (next.kind === TokKind.Number || next.text === ',')) {
      const after = doc.tok(f.tj + 1);
      if (next.kind === TokKind.Number && /^(19|20)\d\d$/.test(next.text) && after?.hyphenBefore) return;
      if (next.text === ',' && after && after.kind === TokKind.Word && (after.cap || after.capsLine)) return;
    }
    // "at Edgbaston", "in Moscow", and schedules "KANSAS CITY AT DETROIT" (the game is played at Detroit).
    if (prev && prev.kind === TokKind.Word && VENUE_CUES.has(prev.key)) return;
    // "( Nottingham )" is where; but a fixture list's "v Surrey ( three days )" names the opponent.
    const versus = prev && prev.kind === TokKind.Word && /^(v|vs|versus)$/.test(prev.key);
    if ((next?.text === '(' && !versus) || (prev?.text === '(' && next?.text === ')')) return;
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
    // The club the data names this way ("Kent" is also Kent County Cricket Club's short name).
    const club = sportsClubNamed(doc, f.name);
    if (club >= 0) { f.entityIndex = club; f.name = doc.entity(club).name; }
  });
}

/** A sports club whose short name (an ambiguous alias in the data) is this text, or -1. */
function sportsClubNamed(doc: Doc, text: string): number {
  // "Liverpool drew with Chelsea": a town that is a football club's name without its "FC".
  for (const form of [text, `${text} FC`]) {
    const { candidates } = doc.dict.lookupAliasFlags(form);
    for (const c of candidates) {
      const r = doc.entity(c);
      if (r.type === 'organization' && r.kind === 'sports body') return c;
    }
  }
  return -1;
}

/** "Georgia" (country or US state), "Paris" (France or Texas): the candidate whose country the article names most. */
function choosePlaces(doc: Doc, alternatives: Map<number, number[]>): void {
  if (!alternatives.size) return;
  const weight = new Map<string, number>();
  const bump = (cc: string | undefined, w: number) => { if (cc) weight.set(cc, (weight.get(cc) ?? 0) + w); };
  doc.found.forEach((f, id) => {
    if (f.dropped || f.type !== 'place' || f.entityIndex === null) return;
    const rec = doc.entity(f.entityIndex);
    if (rec.type !== 'place') return;
    // A name with namesakes counts only when its first reading is a city of a million ("London", not London,
    // Ontario): enough to tell which "Essex" a British article means.
    if (alternatives.has(id)) { if (rec.kind === 'city' && (rec.population ?? 0) >= 1_000_000) bump(rec.country, 0.5); return; }
    bump(rec.country, rec.kind === 'country' ? 0.5 : 1);
  });
  for (const t of doc.toks) if (t.kind === TokKind.Word && t.cap) bump(DEMONYMS.get(t.key) || undefined, 1);
  for (const [id, alts] of alternatives) {
    const f = doc.found[id];
    // A town retyped as its club keeps the club.
    if (f.dropped || f.entityIndex === null || f.type !== 'place') continue;
    const stateCue = alts.includes(-1);
    // A sea, a world area or a continent ("Red Sea", "Sahel") is what news mean, whatever region shares its name;
    // a country yields only to a region ("Georgia" the state), never to a town ("Lebanon", Pennsylvania).
    const top = doc.entity(f.entityIndex) as PlaceRecord;
    if (top.kind === 'feature' || top.kind === 'area' || top.kind === 'continent') continue;
    const countryTop = top.kind === 'country' || top.kind === 'territory';
    let best = f.entityIndex;
    let bestScore = -Infinity;
    alts.forEach((e, rank) => {
      if (e < 0) return;
      const rec = doc.entity(e) as PlaceRecord;
      if (countryTop && rank > 0 && rec.kind !== 'region') return;
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

const KNIGHT_TITLES = new Set(['sir', 'dame']);

/**
 * "Sir Keir", "Dame Jacinda": British style names a knight or dame by the given name after the title. A lone
 * capitalised word after "Sir"/"Dame" that is the first name of a person the article names in full is that person.
 */
function attachKnightsGivenNames(doc: Doc): void {
  const { toks } = doc;
  const byGiven = new Map<string, number>();
  for (const f of doc.found) {
    if (f.dropped || f.type !== 'person' || f.entityIndex === null || f.tj - f.ti < 2) continue;
    const key = toks[f.ti].key;
    if (!byGiven.has(key)) byGiven.set(key, f.entityIndex);
    else if (byGiven.get(key) !== f.entityIndex) byGiven.set(key, -1);
  }
  if (!byGiven.size) return;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== TokKind.Word || !t.cap) continue;
    const p = toks[i - 1];
    if (p.kind !== TokKind.Word || !KNIGHT_TITLES.has(p.key) || !p.cap) continue;
    const e = byGiven.get(t.key);
    if (e === undefined || e < 0) continue;
    // Only the given name alone: "Sir Keir Starmer" is already whole.
    const n = doc.tok(i + 1);
    if (n && n.kind === TokKind.Word && n.cap && !n.sentStart) continue;
    const o = doc.owner[i];
    if (o !== -1) {
      const f = doc.found[o];
      if (f.dropped || f.type !== 'person' || f.entityIndex !== null || f.ti !== i || f.tj !== i + 1) continue;
      f.entityIndex = e;
      f.name = doc.entity(e).name;
      delete f.evidence;
    } else if (doc.free(i, i + 1)) {
      doc.add({ ti: i, tj: i + 1, type: 'person', entityIndex: e, name: doc.entity(e).name, source: 'coreference' });
    }
  }
}
