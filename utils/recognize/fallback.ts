// Names the dictionary lacks: capitalised runs typed by given names, titles, "X said", organisation suffixes,
// place cues and results tables; a person found this way carries what the article says of them (evidence).
import type { Doc } from './doc';
import { prevWord, wordLike } from './ambiguity';
import {
  COMMON, DEMONYMS, ENGLISH, GIVEN, GIVEN_AMBIGUOUS, ORG_HEADS, ORG_SUFFIXES, ORG_WEAK_SUFFIXES, PERSON_VERBS_AFTER,
  STRONG_TITLES, SURNAMES,
} from './lexicon';
import { type Tok, TokKind } from './tokens';


const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'm', 'mme', 'mlle', 'herr', 'frau', 'sir', 'dame', 'prof']);

const STORMS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'superstorm']);

/** Lower-case role nouns after a capitalised word that make it a qualifier ("Chelsea defender", "Surrey captain"). */
const ROLE_NOUNS = new Set(['defender', 'striker', 'midfielder', 'goalkeeper', 'captain', 'skipper', 'coach', 'manager', 'player', 'players', 'playmaker', 'winger', 'forward', 'batsman', 'bowler', 'all-rounder', 'opener', 'pitcher', 'fans', 'supporters', 'team', 'side', 'squad', 'chairman', 'president', 'spokesman', 'official', 'officials', 'director', 'executive', 'shares', 'stock', 'team-mate', 'teammate', 'hooker', 'fly-half', 'scrum-half', 'lock', 'prop', 'flanker', 'centre', 'fullback']);
/** Nouns before "of X" that make X a place ("the village of Layron", "the battle of Borodino"). */
const PLACE_NOUNS = new Set(['town', 'village', 'city', 'province', 'region', 'district', 'island', 'port', 'suburb', 'battle', 'state', 'county', 'capital', 'outskirts', 'municipality', 'settlement', 'commune', 'hamlet', 'republic', 'kingdom']);
/** Place nouns before "of X" that leave no room for a person ("the town of X"; "the state of" may be a speech's). */
const SETTLEMENT_NOUNS = new Set(['town', 'village', 'city', 'province', 'region', 'district', 'island', 'port', 'suburb', 'county', 'municipality', 'settlement', 'commune', 'hamlet', 'outskirts']);
/** All-capital short words that are not organisations. */
const NOT_ORG_ACRONYMS = new Set(['cpu', 'gpu', 'ip', 'url', 'api', 'html', 'css', 'pdf', 'usb', 'gps', 'led', 'lcd', 'ram', 'rom', 'ssd', 'os', 'ai', 'vr', 'ar', 'iot', 'faq', 'diy', 'lgbt', 'lgbtq', 'ptsd', 'adhd', 'icu', 'er', 'mri', 'ct', 'pcr', 'suv', 'ev', 'atm', 'pin', 'ssn', 'dui', 'nba', 'gdp', 'gnp', 'ceo', 'cfo', 'coo', 'tv', 'aids', 'hiv', 'dna', 'pm', 'am', 'usd', 'eur', 'gbp', 'jpy', 'ok', 'vip', 'faq', 'id', 'it', 'pc', 'ad', 'bc', 'rpm', 'mph', 'kph', 'km', 'kg', 'cd', 'dvd', 'gmt', 'utc', 'est', 'pst', 'edt', 'bst', 'cet', 'ipo', 'ira', 'vat', 'cpi', 'ppi', 'pmi', 'rbi', 'era', 'mvp', 'nyc', 'lbw', 'atp', 'wta', 'ap', 'sms', 'ufo', 'covid', 'sars', 'mers', 'ebola', 'i', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'usa', 'uk', 'us', 'p', 'q', 'rt', 'vs', 'ps', 'ot', 'ht', 'ft', 'min', 'max', 'no', 'nos', 'mr', 'dr', 'st', 'jr', 'sr']);

/** Lower-case particles inside names: "Ludwig van Beethoven", "Charles de Gaulle", "Ali bin Hassan". */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'abu']);
/** Joiners inside organisation names: "Bank of England", "Procter & Gamble". */
const ORG_JOINERS = new Set(['of', 'and', '&', 'for', 'on']);
/** Words before a run that make it a place ("in Xinjiang", "near Volgograd"). "at" and "from" are left out: they
 *  precede companies and clubs as often. */
const STRONG_PLACE_CUES = new Set(['in', 'near', 'outside']);
/** Government departments a nationality adjective may qualify ("German Foreign Ministry", "Russian Defence Ministry"). */
const DEPARTMENTS = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'justice', 'economy', 'economic', 'economics', 'trade', 'health', 'education', 'agriculture', 'energy', 'transport', 'labour', 'labor', 'home', 'industry', 'culture', 'information', 'ministry', 'army', 'navy', 'police', 'parliament', 'government', 'cabinet', 'central', 'supreme', 'constitutional', 'national', 'state', 'federal']);

/** Words before an organisation's name that are not part of it. */
const ORG_OPENERS = new Set(['the', 'of', 'a', 'an', 'but', 'and', 'or', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'after', 'before', 'when', 'while', 'if', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'former', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'shares', 'also', 'then', 'both', 'under', 'since', 'until', 'like', 'said', 'says']);

/** Titles written capitalised inside a run before a name ("President X", "Coach X"): job words such as
 *  "Singer" are not among them ("Singer World Series" is no person). */
const RUN_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'mme', 'mlle', 'herr', 'frau', 'rev', 'reverend', 'president', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'ambassador', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'sheikh', 'sheik', 'ayatollah', 'general', 'gen', 'colonel', 'col', 'lt', 'lieutenant', 'sgt', 'sergeant', 'capt', 'captain', 'admiral', 'adm', 'commander', 'coach', 'chairman', 'spokesman', 'spokeswoman', 'deputy', 'vice', 'prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'assistant', 'democrat', 'republican', 'democrats', 'republicans', 'conservative', 'socialist', 'liberal', 'communist', 'labour', 'tory', 'co-premiers', 'co-premier']);

/** Lower-case words that belong in a role phrase before a name ("opposition leader", "national security adviser"). */
const ROLE_MODIFIERS = new Set(['opposition', 'foreign', 'national', 'security', 'former', 'deputy', 'vice', 'senior', 'top', 'state', 'party', 'government', 'defence', 'defense', 'finance', 'economy', 'trade', 'interior', 'justice', 'health', 'prime', 'general', 'assistant', 'associate', 'managing', 'executive', 'chief', 'public', 'military', 'army', 'police', 'union', 'labour', 'labor', 'rebel', 'militia', 'senate', 'house', 'majority', 'minority', 'spokesman', 'spokeswoman', 'ministry', 'club', 'team', 'head', 'world', 'olympic', 'defending', 'reigning', 'title', 'holder', 'second', 'third', 'top-seeded', 'seeded', 'unseeded', 'acting', 'interim', 'then', 'fellow', 'independent', 'presidential', 'democratic', 'republican', 'conservative', 'liberal', 'communist', 'socialist', 'human', 'rights', 'civil', 'anti-corruption']);

/** Words that end a role phrase when walking back from a name ("the", "said", a verb): the evidence starts after them. */
const EVIDENCE_STOP = new Set(['the', 'a', 'an', 'said', 'says', 'and', 'or', 'but', 'by', 'with', 'to', 'on', 'at', 'in', 'for', 'from', 'that', 'as', 'when', 'after', 'before', 'while', 'told', 'was', 'is', 'were', 'are', 'his', 'her', 'their', 'its']);

function isWord(t: Tok | undefined): t is Tok {
  return !!t && t.kind === TokKind.Word;
}

function capWord(t: Tok | undefined): t is Tok {
  return isWord(t) && (t.cap || t.capsLine);
}

/** The role phrase before a name ("Chinese Foreign Ministry spokesman") or the apposition after it
 *  ("the company's chief executive"); null when the article says nothing that short. */
export function evidenceFor(doc: Doc, ti: number, tj: number): string | undefined {
  // Before: walk back over capitalised words, roles and role modifiers ("Chinese Foreign Ministry spokesman",
  // "West Indian all-rounder"); keep the phrase if it ends in a title or role word.
  let k = ti - 1;
  let from = ti;
  while (k >= 0 && ti - k <= 7) {
    const t = doc.toks[k];
    if (t.kind !== TokKind.Word) break;
    const partOfCompound = t.hyphenBefore || doc.toks[k + 1]?.hyphenBefore;
    if (t.lower && !partOfCompound && (EVIDENCE_STOP.has(t.key) || !(STRONG_TITLES.has(t.key) || ROLE_MODIFIERS.has(t.key)))) break;
    if (doc.owner[k] !== -1 && doc.found[doc.owner[k]].type === 'person') break;
    if (t.lineStart && t.capsLine) break;
    from = k;
    k--;
    if (t.lineStart) break;
  }
  if (from < ti) {
    // The word right before the name, with its hyphenated parts ("all-rounder").
    let c = ti - 1;
    while (c > from && doc.toks[c].hyphenBefore) c--;
    const last = doc.text.slice(doc.toks[c].start, doc.toks[ti - 1].end).toLowerCase();
    if (STRONG_TITLES.has(last) && !COURTESY.has(last)) return doc.span(from, ti);
  }
  // After: ", the company's chief executive," / ", a spokesman for ...,"
  const comma = doc.tok(tj);
  const det = doc.tok(tj + 1);
  if (comma?.text === ',' && det && isWord(det) && /^(the|a|an|who)$/.test(det.key)) {
    let e = tj + 1;
    while (e < doc.toks.length && e - tj <= 10) {
      const t = doc.toks[e];
      if (t.kind === TokKind.Punct && t.text !== "'s" && t.text !== '’s' && t.text !== '-') break;
      e++;
    }
    if (e < doc.toks.length && e - tj > 2 && e - tj <= 10) {
      let phrase = doc.span(tj + 1, e);
      if (det.key === 'who') return undefined;
      phrase = phrase.replace(/^(the|a|an)\s+/i, '');
      return phrase;
    }
  }
  return undefined;
}

/** Labels before a colon that open a list of players: "Scorers :", "Goals :", "Did not bat :", "Sent off :". */
const PLAYER_LIST_LABELS = new Set(['scorers', 'scorer', 'goalscorers', 'goals', 'tries', 'try', 'conversions', 'conversion', 'penalties', 'penalty', 'cons', 'pens', 'booked', 'bookings', 'off', 'bat', 'substitutes', 'subs', 'substitute', 'referee', 'umpires', 'umpire', 'cautioned', 'dismissed', 'replaced', 'wickets']);

/** Tokens after a player-list label on its line ("Scorers : Smith 23 , Jones 45"), in a sports report: one pass. */
function markPlayerLists(doc: Doc): Uint8Array | null {
  if (!doc.sports) return null;
  const { toks } = doc;
  const mark = new Uint8Array(toks.length);
  let on = false;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].lineStart) on = false;
    if (on) mark[k] = 1;
    else if (toks[k].text === ':' && k > 0 && toks[k - 1].kind === TokKind.Word && PLAYER_LIST_LABELS.has(toks[k - 1].key)) on = true;
  }
  return mark;
}

/** The player-list marks of the document the fallback last ran on (read again by `personCueAround`). */
let playerList: Uint8Array | null = null;
let playerListDoc: Doc | null = null;

export function applyFallback(doc: Doc): void {
  const { toks } = doc;
  playerList = markPlayerLists(doc);
  playerListDoc = doc;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (doc.owner[i] !== -1 || !capWord(t)) { i++; continue; }
    // Build the run of capitalised words (with particles and hyphen-joined parts) on one line.
    let j = i + 1;
    while (j < toks.length && doc.owner[j] === -1 && !toks[j].lineStart) {
      const u = toks[j];
      // A middle initial: "Ellen M. Banner", "Robert M. Gates".
      if (u.kind === TokKind.Word && /^\p{Lu}$/u.test(u.text) && doc.tok(j + 1)?.text === '.' && capWord(doc.tok(j + 2)) && doc.owner[j + 2] === -1 && !doc.tok(j + 2)!.lineStart && j > i) { j += 3; continue; }
      // "Procter & Gamble", "Douglas & Lomason Co"
      if (u.text === '&' && capWord(doc.tok(j + 1)) && doc.owner[j + 1] === -1) { j += 2; continue; }
      if (!isWord(u)) break;
      if (u.cap || (u.capsLine && t.capsLine)) { j++; continue; }
      // "Chen Chun-yeh", "Lee Teng-hui": a short syllable no English text uses, hyphened to a capitalised one.
      if (u.hyphenBefore && j > i && nameSyllableAfter(toks[j - 1], u)) { j++; continue; }
      if (u.hyphenBefore && u.lower) break; // "Lumpur-based"
      // "Johnson Controls Inc and Lear Corp" are two companies.
      if (u.key === 'and' && ORG_SUFFIXES.has(toks[j - 1].key)) break;
      // "of", "and", "for" join only inside an organisation's name ("Bank of England", "Organisation for Security
      // and Cooperation"), not two people ("Zenon Poznyak and Sergei Naumchik") or a person and a company.
      if (ORG_JOINERS.has(u.key) && !orgSoFar(doc, i, j)) break;
      // "Joost van der Westhuizen", "Oscar de la Hoya": two particles before the surname.
      if (u.lower && PARTICLES.has(u.key) && isWord(doc.tok(j + 1)) && doc.toks[j + 1].lower && PARTICLES.has(doc.toks[j + 1].key) && capWord(doc.tok(j + 2)) && doc.owner[j + 1] === -1 && doc.owner[j + 2] === -1 && !doc.tok(j + 2)!.lineStart) { j += 3; continue; }
      if ((PARTICLES.has(u.key) || ORG_JOINERS.has(u.key)) && capWord(doc.tok(j + 1)) && doc.owner[j + 1] === -1 && !doc.tok(j + 1)!.lineStart) { j += 2; continue; }
      break;
    }
    classifyRun(doc, i, j);
    i = j;
  }
}

const HYPHEN_PREFIXES = new Set(['pro', 'anti', 'non', 'post', 'pre', 'neo', 'ex']);

/** Lower-case words wire copy hyphens to a name ("Kurd-run", "Smith-era"): never the end of a given name. */
const HYPHEN_WORDS = new Set(['run', 'in', 'on', 'an', 'one', 'man', 'men', 'win', 'own', 'sun', 'fan', 'ban', 'era', 'new', 'few', 'now', 'how', 'low', 'two', 'who', 'way', 'day', 'say', 'pay', 'due', 'see', 'use', 'via', 'then', 'than', 'when', 'even', 'ten', 'zone', 'line', 'time', 'wide', 'free', 'like', 'type', 'made', 'style', 'born', 'go', 'to', 'up', 'so', 'no', 'eye', 'bye', 'tie', 'lie', 'ice', 'ace', 'one', 'gone', 'done', 'mine', 'fine', 'pine', 'rain', 'main', 'plan', 'area', 'idea', 'via', 'pro', 'duo', 'trio', 'euro', 'euros', 'size', 'rate', 'side', 'wise', 'able', 'here', 'there', 'where']);

/** "Chen Chun-yeh", "Lee Teng-hui", "Kim Dae-jung": a short lower-case syllable shaped like a romanised Chinese or
 *  Korean one (ending in a vowel, n, ng or h), hyphened to a short capitalised syllable. */
export function nameSyllableAfter(prev: Tok, u: Tok): boolean {
  return u.kind === TokKind.Word && u.lower && u.hyphenBefore && !u.lineStart && prev.kind === TokKind.Word && prev.cap && !prev.upper
    && prev.text.length <= 5 && /^[a-z]{2,4}$/.test(u.text) && /([aeiouy]|n|ng|h)$/.test(u.text) && !HYPHEN_WORDS.has(u.key)
    && !ENGLISH.has(u.key) && !COMMON.has(u.key);
}

/**
 * "Neil Jordan", "Paul Chad": a given name right before a one-word country the dictionary found is a person whose
 * surname is also a place; before a town only with a title, a speech verb or an age ("Lech Poznan" is a club named
 * after its town), and never in a sports report. Runs before the fallback, so the given name is not left alone.
 */
export function applyGivenPlaceNames(doc: Doc): void {
  const { toks } = doc;
  for (let id = 0; id < doc.found.length; id++) {
    const f = doc.found[id];
    if (f.dropped || f.type !== 'place' || f.entityIndex === null || f.tj - f.ti !== 1 || f.ti === 0) continue;
    const t = toks[f.ti];
    const g = toks[f.ti - 1];
    if (!t.cap || t.upper || t.capsLine || t.lineStart || t.hyphenBefore || doc.owner[f.ti - 1] !== -1) continue;
    if (g.kind !== TokKind.Word || !g.cap || g.upper || g.capsLine || !GIVEN.has(g.key) || GIVEN_AMBIGUOUS.has(g.key) || STRONG_TITLES.has(g.key) || COMMON.has(g.key)) continue;
    if (g.sentStart && ENGLISH.has(g.key)) continue;
    // Part of a longer capitalised run ("Prince Edward Island", "Lake Victoria Basin"): not this pattern.
    const before = doc.tok(f.ti - 2);
    if (before && before.kind === TokKind.Word && (before.cap || before.capsLine) && !g.sentStart && !g.lineStart) continue;
    const after = doc.tok(f.tj);
    if (after && after.kind === TokKind.Word && after.cap && !after.lineStart && !after.sentStart) continue;
    if (after?.hyphenBefore) continue;
    const rec = doc.entity(f.entityIndex);
    if (rec.type !== 'place') continue;
    // Clubs are named after towns ("Lech Poznan"), seldom after countries: a town needs a cue that a person is meant.
    const cue = !!titleAt(doc, f.ti - 1) || saidNear(doc, f.ti - 1, f.tj) || ageAfter(doc, f.tj);
    if (!(rec.kind === 'country' || (rec.kind === 'city' && !doc.sports && cue))) continue;
    doc.owner[f.ti - 1] = id;
    f.ti--;
    f.type = 'person';
    f.entityIndex = null;
    f.source = 'fallback';
    f.name = doc.span(f.ti, f.tj);
  }
}

function classifyRun(doc: Doc, a: number, runEnd: number): void {
  const { toks } = doc;
  // "Pro-Trump groups", "Anti-Biden ads": the prefix is no part of the name after it.
  if (runEnd - a === 2 && HYPHEN_PREFIXES.has(toks[a].key) && toks[a + 1].hyphenBefore) a++;
  // "Vantrel CEO": the role in capitals ends the run; it is the company's context, not part of its name.
  const b = runEnd - a >= 2 && toks[runEnd - 1].text === 'CEO' ? runEnd - 1 : runEnd;
  for (let k = a; k < b; k++) if (doc.eventLike[k]) return;
  // "in Q3", "H1 profit", "FY2024": reporting periods, not names.
  if (b - a === 1 && /^(?:[QH][1-4]|FY\d{2,4})$/.test(toks[a].text)) return;
  // Storms are named like people: "Hurricane Sandy", "Typhoon Haiyan".
  if (STORMS.has(toks[a].key) || STORMS.has(doc.tok(a - 1)?.key ?? '')) return;
  const caps = toks[a].capsLine;
  // Results lines and league tables: "Hull 0 Barnet 0", "Charlton 2 0 1 1 1 3 1". The row's shape makes the name a
  // team even when it is also an English word or someone's surname, which the rules below would shed.
  if (doc.sports && !caps && b - a <= 3 && !(b - a >= 2 && GIVEN.has(toks[a].key)) && resultsRowName(doc, a, b)) {
    doc.add({ ti: a, tj: b, type: 'organization', entityIndex: null, name: doc.span(a, b), source: 'fallback' });
    return;
  }
  // Leading words that are not part of the name: sentence openers, titles, roles, demonyms ("The", "President", "Chinese").
  let titled = false;
  let s = a;
  let particleFrom = -1;
  while (s < b) {
    const t = toks[s];
    const nx = s + 1 < b ? toks[s + 1] : undefined;
    // "Will Carling", "Christian Karembeu": a given name before a name-like word stays.
    if ((GIVEN.has(t.key) || GIVEN_AMBIGUOUS.has(t.key)) && nx && !wordLike(doc, nx.key) && !STRONG_TITLES.has(t.key)) break;
    if (RUN_TITLES.has(t.key) || (t.sentStart && STRONG_TITLES.has(t.key))) { titled = true; particleFrom = -1; s++; continue; }
    if (COMMON.has(t.key) && !ORG_HEADS.has(t.key) && !(ORG_SUFFIXES.has(t.key) && s > a)) { particleFrom = -1; s++; continue; }
    if (DEMONYMS.has(t.key) && !(nx && ORG_SUFFIXES.has(toks[b - 1].key))) { particleFrom = -1; s++; continue; }
    if (t.sentStart && ENGLISH.has(t.key) && !GIVEN.has(t.key)) { particleFrom = -1; s++; continue; }
    if (ORG_JOINERS.has(t.key) || PARTICLES.has(t.key)) {
      // "El Hassane Lahssini", "Van der Westhuizen": capitalised particles that open the run may open a surname.
      if (PARTICLES.has(t.key) && t.cap && particleFrom < 0) particleFrom = s;
      else if (!(PARTICLES.has(t.key) && t.lower && particleFrom >= 0)) particleFrom = -1;
      s++;
      continue;
    }
    break;
  }
  // Trailing common words ("Zhao Lijian Thursday") and joiners.
  let e = b;
  while (e > s && (COMMON.has(toks[e - 1].key) && !ORG_SUFFIXES.has(toks[e - 1].key) || ORG_JOINERS.has(toks[e - 1].key) || PARTICLES.has(toks[e - 1].key))) e--;
  if (e <= s) return;
  // "P. Simmons", "M. Bevan": the initial belongs to the name.
  if (e - s === 1 && !caps && initialBefore(doc, s) && !wordLike(doc, toks[s].key)) {
    doc.add({ ti: s - 2, tj: e, type: 'person', entityIndex: null, name: doc.span(s - 2, e), source: 'fallback' });
    return;
  }
  // A surname the dictionary knows, alone: coreference decides who it is.
  if (e - s === 1 && doc.reserved[s]) return;
  if (!titled) titled = !!titleAt(doc, a);
  const len = e - s;
  const firstT = toks[s];
  const lastT = toks[e - 1];
  const next = doc.tok(b);
  const nextWord = isWord(next) ? next : undefined;

  // Organisations: "X Corp", "X Party", "Ministry of X", "X United" (a club), "New York Times" (after a place).
  // Their names keep capitalised words a person's would shed ("Foreign Office", "Iraqi News Agency").
  let os = a;
  while (os < e && (ORG_OPENERS.has(toks[os].key) || (toks[os].sentStart && ENGLISH.has(toks[os].key))
    // "German Foreign Ministry": the nationality qualifies a department; "Iraqi News Agency" keeps it.
    || (DEMONYMS.has(toks[os].key) && os + 1 < e && DEPARTMENTS.has(toks[os + 1].key)))) os++;
  const suffixAt = os < e ? findSuffix(doc, os, e) : -1;
  if (suffixAt >= 0) {
    let from = os;
    // A place right before the run belongs to the organisation's name ("New York Times", "Bank of England").
    const before = doc.owner[os - 1] ?? -1;
    if (os === a && before !== -1 && toks[s - 1].kind === TokKind.Word && doc.found[before].type === 'place' && !doc.found[before].dropped) {
      const f = doc.found[before];
      if (f.tj === os) { doc.drop(before); from = f.ti; }
    }
    let end = suffixAt + 1;
    // "National Bank of Poland": "of" and a place the dictionary found complete the name.
    if (end === b && ORG_HEADS.has(toks[suffixAt].key) && toks[b]?.key === 'of' && !caps) {
      const own = doc.owner[b + 1] ?? -1;
      if (own !== -1 && doc.found[own].type === 'place' && doc.found[own].ti === b + 1) {
        const f = doc.found[own];
        doc.drop(own);
        end = f.tj;
      }
    }
    if (end - from >= 2 && !(caps && end - from < 2)) {
      doc.add({ ti: from, tj: end, type: 'organization', entityIndex: null, name: doc.span(from, end), source: 'fallback' });
      if (end < e) classifyRun(doc, end, e);
      return;
    }
  }
  // A run right before an organisation the dictionary found, whose name ends in a suffix: one name
  // ("Kurdistan" + "Democratic Party").
  const after = doc.owner[b] ?? -1;
  if (after !== -1 && b === e && !caps && doc.found[after].type === 'organization' && doc.found[after].ti === b && toks[b].kind === TokKind.Word
    && !toks[b].hyphenBefore && ORG_SUFFIXES.has(toks[doc.found[after].tj - 1].key) && allNonWordRun(doc, os, e)) {
    const f = doc.found[after];
    doc.drop(after);
    doc.add({ ti: os, tj: f.tj, type: 'organization', entityIndex: null, name: doc.span(os, f.tj), source: 'fallback' });
    return;
  }
  // "Ministry of Defence", "National Bank of Greece", "Organisation for Security and Cooperation in Europe".
  let head = -1;
  for (let k = os; k < b - 1; k++) if (ORG_HEADS.has(toks[k].key) && (toks[k + 1].key === 'of' || toks[k + 1].key === 'for')) { head = k; break; }
  if (head < 0 && b - 1 >= os && ORG_HEADS.has(toks[b - 1].key) && (toks[b]?.key === 'of' || toks[b]?.key === 'for')) head = b - 1;
  if (head >= 0) {
    // The whole run: the name ends in words a person's name would shed.
    let end = b;
    while (end > head + 1 && ORG_JOINERS.has(toks[end - 1].key)) end--;
    // "National Bank of Poland", "... Cooperation in Europe": absorb the place after a joiner that ends the run.
    const joiner = toks[end];
    const ownAfter = joiner && joiner.kind === TokKind.Word && !joiner.cap && (joiner.key === 'in' || joiner.key === 'of' || joiner.key === 'for') ? doc.owner[end + 1] ?? -1 : -1;
    if (ownAfter !== -1 && doc.found[ownAfter].type === 'place' && doc.found[ownAfter].ti === end + 1) {
      const f = doc.found[ownAfter];
      doc.drop(ownAfter);
      end = f.tj;
    }
    if (end - os >= 3) {
      doc.add({ ti: os, tj: end, type: 'organization', entityIndex: null, name: doc.span(os, end), source: 'fallback' });
      return;
    }
  }
  if (len === 1 && ORG_HEADS.has(firstT.key) && toks[e]?.key === 'of') {
    const own = doc.owner[e + 1] ?? -1;
    if (own !== -1 && doc.found[own].type === 'place' && doc.found[own].ti === e + 1) {
      const f = doc.found[own];
      doc.drop(own);
      doc.add({ ti: s, tj: f.tj, type: 'organization', entityIndex: null, name: doc.span(s, f.tj), source: 'fallback' });
      return;
    }
  }

  // A team named after its town: "Florida Marlins", "Cleveland Indians" (the town heads the name).
  // So is a name ending in a country or region: "Air France", "Standard Chartered Hong Kong".
  // An athlete in a results line is no team: "1. Torrance Zellner ( U.S. )" (a town's name as a given name).
  const athlete = len === 2 && !/s$/.test(lastT.key) && !wordLike(doc, lastT.key) && countryInBrackets(doc, e);
  if (!caps && !athlete && len >= 2 && len <= 4 && ((doc.placeLike[s] && !doc.placeLike[e - 1] && (doc.sports || /s$/.test(lastT.key))) || (doc.placeLike[e - 1] === 2 && !doc.placeLike[s]))) {
    doc.add({ ti: s, tj: e, type: 'organization', entityIndex: null, name: doc.span(s, e), source: 'fallback' });
    return;
  }

  // "the coastal town of Bou Haroun": a place noun and "of" before the name outweigh a given-name look.
  if (!caps && !titled && s === a && len <= 3 && doc.tok(s - 1)?.key === 'of' && doc.tok(s - 1)!.lower && SETTLEMENT_NOUNS.has(doc.tok(s - 2)?.key ?? '')) {
    let ok = true;
    for (let k = s; k < e; k++) if (wordLike(doc, toks[k].key)) ok = false;
    if (ok) {
      doc.add({ ti: s, tj: e, type: 'place', entityIndex: null, name: doc.span(s, e), source: 'fallback' });
      return;
    }
  }
  // People.
  // Person names have no "of", "and" or "&" inside ("Hands of Stone", "Douglas & Lomason").
  let joined = false;
  for (let k = s; k < e; k++) if (ORG_JOINERS.has(toks[k].key) || toks[k].text === '&') joined = true;
  if (joined && len >= 3 && !caps && toks.slice(s, e).some((t) => t.text === '&')) {
    doc.add({ ti: s, tj: e, type: 'organization', entityIndex: null, name: doc.span(s, e), source: 'fallback' });
    return;
  }
  // "Roman Catholic", "Dow Jones industrial average": a person's name does not end in a nationality or creed.
  const personTokens = len <= 4 && !joined && !hasWordyTail(doc, s, e) && !DEMONYMS.has(lastT.key);
  const givenFirst = GIVEN.has(firstT.key) && !GIVEN_AMBIGUOUS.has(firstT.key);
  const ambiguousFirst = GIVEN_AMBIGUOUS.has(firstT.key);
  const lastIsSurname = SURNAMES.has(lastT.key);
  // A romanised syllable ("Chun-yeh") or a particle ("van der") the run took in counts as part of a name.
  const syllable = (k: number) => toks[k].lower && (toks[k].hyphenBefore || (k > s && PARTICLES.has(toks[k].key)));
  const nonWordTail = (() => { for (let k = s + 1; k < e; k++) if (wordLike(doc, toks[k].key) && !SURNAMES.has(toks[k].key) && !syllable(k)) return false; return true; })();
  const surnameLike = (() => { for (let k = s; k < e; k++) if (doc.surnameLike[k]) return true; return false; })();
  const allNonWord = (() => { for (let k = s; k < e; k++) if (wordLike(doc, toks[k].key) && !syllable(k)) return false; return true; })();
  // "Chelsea defender", "Surrey captain": a team or place qualifying a role, not a person.
  const roleAfter = nextWord && nextWord.lower && ROLE_NOUNS.has(nextWord.key);
  let person = false;
  if (personTokens && roleAfter && !titled) {
    if (doc.sports && len <= 3 && !givenFirst) {
      doc.add({ ti: s, tj: e, type: 'organization', entityIndex: null, name: doc.span(s, e), source: 'fallback' });
      return;
    }
  } else if (personTokens) {
    if (titled && !caps) person = true;
    else if (len >= 2 && givenFirst && (!caps || lastIsSurname) && nonWordTail) person = true;
    else if (len >= 2 && ambiguousFirst && !caps && nonWordTail && !ENGLISH.has(lastT.key)) person = true;
    else if (len >= 2 && len <= 3 && lastIsSurname && !caps && !wordLike(doc, firstT.key)) person = true;
    else if (len >= 2 && len <= 3 && !caps && nonWordTail && !wordLike(doc, firstT.key) && saidNear(doc, s, e)) person = true;
    else if (len >= 2 && len <= 3 && !caps && nonWordTail && !wordLike(doc, firstT.key) && ageAfter(doc, e)) person = true;
    else if (len >= 2 && len <= 3 && !caps && allNonWord && surnameLike) person = true;
    else if (len >= 2 && len <= 3 && !caps && allNonWord && appositionRole(doc, e)) person = true;
    else if (doc.sports && len <= 3 && !caps && allNonWord && (scorecardBefore(doc, s) || bowlingFigures(doc, e))) person = true;
    // Results and line-ups: "3. Sammy Langat ( Kenya )", "8 - Saffet Sancakli", "Fita Bayissa (Ethiopia) 13:21.35".
    else if (len >= 2 && len <= 4 && !caps && allNonWord && (countryInBrackets(doc, e) || listNumberBefore(doc, s))) person = true;
    // "Jearl Miles ( U.S. )": in a results line the country in brackets vouches for a surname that is also a word.
    else if (len >= 2 && len <= 3 && !caps && !wordLike(doc, firstT.key) && countryInBrackets(doc, e) && !ENGLISH.has(firstT.key)) person = true;
    // Scorers: "Nir Sivilia ( 57th )", "Lubomir Moravcik ( 13th minute )", "Ouedec ( 49th pen )".
    else if (len <= 3 && !caps && allNonWord && minuteInBrackets(doc, e)) person = true;
    // "Scorers : Kowalczyk 23 , Nagy 67": an item of a player list, a name and its minute or figures after it.
    else if (len <= 3 && !caps && allNonWord && playerListDoc === doc && playerList?.[s] === 1 && listItemAt(doc, s, e)) person = true;
    // "I told Monica we need her", "Natasha said": a lone given name where only a person fits.
    else if (len === 1 && givenFirst && !caps && !ENGLISH.has(firstT.key) && !COMMON.has(firstT.key) && !doc.placeLike[s] && saidNear(doc, s, e)) person = true;
    // "Constand Viljoen , leader of the Freedom Front": a role of something in apposition.
    else if (len >= 2 && len <= 3 && !caps && nonWordTail && !wordLike(doc, firstT.key) && roleOfAfter(doc, e)) person = true;
  }
  if (!person && len === 1 && !caps && initialBefore(doc, s) && !wordLike(doc, firstT.key)) {
    // "P. Simmons", "M. Bevan": the initial belongs to the name.
    doc.add({ ti: s - 2, tj: e, type: 'person', entityIndex: null, name: doc.span(s - 2, e), source: 'fallback' });
    return;
  }
  // "Van der Westhuizen", "De la Hoya": two particles before an unknown word make a surname.
  if (!person && len === 1 && !caps && particleFrom >= 0 && s - particleFrom >= 2 && !wordLike(doc, firstT.key) && !firstT.lineStart) person = true;
  if (person) {
    if (particleFrom >= 0 && s - particleFrom <= 2) {
      doc.add({ ti: particleFrom, tj: e, type: 'person', entityIndex: null, name: doc.span(particleFrom, e), source: 'fallback', evidence: evidenceFor(doc, particleFrom, e) });
      return;
    }
    if (initialBefore(doc, s)) { doc.add({ ti: s - 2, tj: e, type: 'person', entityIndex: null, name: doc.span(s - 2, e), source: 'fallback' }); return; }
    doc.add({ ti: s, tj: e, type: 'person', entityIndex: null, name: doc.span(s, e), source: 'fallback', evidence: evidenceFor(doc, s, e) });
    return;
  }
  if (caps) return;

  // Companies and media by their context: "Magna shares", "shares of Pirelli", "news agency Tanjug",
  // "the daily Sueddeutsche Zeitung".
  // One letter is never named by its context ("N / A" in a filing's table).
  if (len <= 3 && allNonWord && !(len === 1 && firstT.text.length === 1) && companyContext(doc, s, e)) {
    // "Le Matin", "El Pais", "Die Welt": a capitalised article heads a publication's name.
    const art = doc.tok(s - 1);
    const from = s > a && art && art.kind === TokKind.Word && art.cap && TITLE_ARTICLES.has(art.key) ? s - 1 : s;
    doc.add({ ti: from, tj: e, type: 'organization', entityIndex: null, name: doc.span(from, e), source: 'fallback' });
    return;
  }

  // A place heading or ending an unknown name: "Cleveland Indians", "Air France", "Standard Liege".
  const hasPlaceLike = (() => { for (let k = s; k < e; k++) if (doc.placeLike[k]) return true; return false; })();
  // "MaliVai Washington", "Gianluigi Lentini": an unknown word before a town's name that ends the run is a
  // given name, not a club.
  if (hasPlaceLike && len === 2 && !doc.sports && !doc.placeLike[s] && doc.placeLike[s + 1] === 1 && !/s$/.test(lastT.key) && !wordLike(doc, firstT.key) && !caps) {
    doc.add({ ti: s, tj: e, type: 'person', entityIndex: null, name: doc.span(s, e), source: 'fallback', evidence: evidenceFor(doc, s, e) });
    return;
  }
  if (hasPlaceLike && len >= 2 && len <= 4 && (doc.sports || /s$/.test(lastT.key) || doc.placeLike[s] === 0)) {
    doc.add({ ti: s, tj: e, type: 'organization', entityIndex: null, name: doc.span(s, e), source: 'fallback' });
    return;
  }
  // Teams in results and tables: "Leicestershire 22 points", "Feyenoord 3 Ajax 1", "Walsall v Wrexham".
  const versus = (t: Tok | undefined) => !!t && t.kind === TokKind.Word && /^(v|vs)$/.test(t.key);
  if (doc.sports && len <= 3 && !wordLike(doc, firstT.key) && ((next && next.kind === TokKind.Number) || versus(next) || versus(doc.tok(s - 1)))) {
    doc.add({ ti: s, tj: e, type: 'organization', entityIndex: null, name: doc.span(s, e), source: 'fallback' });
    return;
  }

  // Unknown acronyms mid-sentence are organisations ("the KDP", "FOMC").
  if (len === 1 && firstT.upper && !firstT.sentStart && /^[A-Z]{2,5}$/.test(firstT.text) && !NOT_ORG_ACRONYMS.has(firstT.key) && !COMMON.has(firstT.key)) {
    doc.add({ ti: s, tj: e, type: 'organization', entityIndex: null, name: firstT.text, source: 'fallback' });
    return;
  }
  // Places by cue: "in Xinjiang", "near Volgograd", "Kuala Lumpur-based", "the village of Layron".
  const p = prevWord(doc, s);
  const ofPlace = doc.tok(s - 1)?.key === 'of' && PLACE_NOUNS.has(doc.tok(s - 2)?.key ?? '');
  if (ofPlace && len <= 3 && allNonWord) {
    doc.add({ ti: s, tj: e, type: 'place', entityIndex: null, name: doc.span(s, e), source: 'fallback' });
    return;
  }
  const based = nextWord && nextWord.hyphenBefore && /^(based|born)$/.test(nextWord.key);
  if (len <= 3 && s === a && !firstT.sentStart && (based || (p && p.lower && STRONG_PLACE_CUES.has(p.key) && p === doc.tok(s - 1)))) {
    for (let k = s; k < e; k++) if (wordLike(doc, toks[k].key) || GIVEN.has(toks[k].key)) return;
    if (nextWord && !nextWord.hyphenBefore && nextWord.cap) return;
    doc.add({ ti: s, tj: e, type: 'place', entityIndex: null, name: doc.span(s, e), source: 'fallback' });
    return;
  }
  // "over Lockerbie , Scotland", "( at Edgbaston , Birmingham )": a place word before the name and a known place
  // after a comma, closing the phrase.
  if (len <= 2 && s === a && !firstT.sentStart && p && p.lower && WEAK_PLACE_CUES.has(p.key) && p === doc.tok(s - 1) && placeAppositionAfter(doc, b)) {
    for (let k = s; k < e; k++) if (wordLike(doc, toks[k].key) || GIVEN.has(toks[k].key)) return;
    doc.add({ ti: s, tj: e, type: 'place', entityIndex: null, name: doc.span(s, e), source: 'fallback' });
    return;
  }
  // "landed at Stansted airport", "the eastern Sharqiyah province": a feature noun after the name.
  if (len <= 2 && s === a && !firstT.sentStart && nextWord && nextWord.lower && !nextWord.hyphenBefore && PLACE_FEATURES.has(nextWord.key)) {
    for (let k = s; k < e; k++) if (wordLike(doc, toks[k].key) || GIVEN.has(toks[k].key) || SURNAMES.has(toks[k].key)) return;
    doc.add({ ti: s, tj: e, type: 'place', entityIndex: null, name: doc.span(s, e), source: 'fallback' });
  }
}

/** Words before a place that also come before clubs and companies ("at", "from"): with a place after the comma. */
const WEAK_PLACE_CUES = new Set(['in', 'near', 'outside', 'at', 'over', 'from', 'to', 'into', 'across', 'via', 'towards', 'toward']);
/** Lower-case nouns after a name that make it a place ("Stansted airport", "Sharqiyah province"). "camp" is left
 *  out: "the Dole camp" is a candidate's. */
const PLACE_FEATURES = new Set(['airport', 'airfield', 'airbase', 'stadium', 'province', 'district', 'county', 'prefecture', 'governorate', 'valley', 'river', 'mountains', 'peninsula', 'island', 'islands', 'harbour', 'harbor', 'bay', 'lake', 'gorge', 'desert', 'plateau', 'municipality', 'township', 'oblast', 'canton', 'emirate']);

/** ", Scotland ." / ", Birmingham )": a comma and a place the dictionary found, then the end of the phrase. */
function placeAppositionAfter(doc: Doc, b: number): boolean {
  if (doc.tok(b)?.text !== ',') return false;
  const own = doc.owner[b + 1] ?? -1;
  if (own === -1) return false;
  const f = doc.found[own];
  if (f.dropped || f.type !== 'place' || f.ti !== b + 1) return false;
  const after = doc.tok(f.tj);
  return !after || after.lineStart || (after.kind === TokKind.Punct && after.text !== '-' && after.text !== "'s" && after.text !== '’s');
}

/** An item of a player list: a separator (the colon, a comma, "and") before, and after it a number, a bracket, a comma
 *  or the end of the line. */
function listItemAt(doc: Doc, s: number, e: number): boolean {
  const p = doc.tok(s - 1);
  if (!p || !(p.text === ':' || p.text === ',' || p.text === ';' || p.key === 'and')) return false;
  const n = doc.tok(e);
  return !n || n.lineStart || n.kind === TokKind.Number || n.text === '(' || n.text === ',' || n.text === ';' || n.text === '.' || (n.kind === TokKind.Word && n.key === 'and');
}

/** "( 57th )", "( 13th minute )", "( 49th pen )": the minute a goal was scored, after the scorer's name. */
function minuteInBrackets(doc: Doc, e: number): boolean {
  if (doc.tok(e)?.text !== '(') return false;
  const n = doc.tok(e + 1);
  if (!n || !/^\d{1,3}(st|nd|rd|th)$/i.test(n.text)) return false;
  const c = doc.tok(e + 2);
  if (c?.text === ')') return true;
  return !!c && c.kind === TokKind.Word && /^(minute|min|mins|pen|penalty|og)$/.test(c.key) && (doc.tok(e + 3)?.text === ')' || doc.tok(e + 3)?.text === ',');
}

/** ", leader of ...", ", chairman of ...": a title and "of" right after the comma. */
function roleOfAfter(doc: Doc, e: number): boolean {
  if (doc.tok(e)?.text !== ',') return false;
  let k = e + 1;
  // ", former leader of", ", deputy head of".
  while (k <= e + 3 && isWord(doc.tok(k)) && doc.toks[k].lower && ROLE_MODIFIERS.has(doc.toks[k].key)) k++;
  const t = doc.tok(k);
  return isWord(t) && t.lower && STRONG_TITLES.has(t.key) && !COURTESY.has(t.key) && doc.tok(k + 1)?.key === 'of';
}

/** What marks tokens [s, e) as a person in a sports table or a quote, whatever the words: a scorecard's "b"/"c",
 *  bowling figures, a scorer's minute, a country in brackets, "X said", an age. */
export function personCueAround(doc: Doc, s: number, e: number): boolean {
  if (doc.sports && (scorecardBefore(doc, s) || bowlingFigures(doc, e) || minuteInBrackets(doc, e))) return true;
  if (playerListDoc === doc && playerList?.[s] === 1 && listItemAt(doc, s, e)) return true;
  return saidNear(doc, s, e) || ageAfter(doc, e) || countryInBrackets(doc, e);
}

/** "( Kenya )" right after a name: wire results give an athlete's country in brackets. */
function countryInBrackets(doc: Doc, e: number): boolean {
  if (doc.tok(e)?.text !== '(') return false;
  const own = doc.owner[e + 1] ?? -1;
  if (own === -1) return false;
  const f = doc.found[own];
  if (f.type !== 'place' || f.entityIndex === null) return false;
  const rec = doc.entity(f.entityIndex);
  return rec.type === 'place' && (rec.kind === 'country' || rec.kind === 'region' || rec.kind === 'territory') && doc.tok(f.tj)?.text === ')';
}

/** "3. Name" or "8 - Name" at the start of a line, or "( 11 - Name" in a line-up. */
function listNumberBefore(doc: Doc, s: number): boolean {
  const p = doc.tok(s - 1);
  const n = doc.tok(s - 2);
  if (!p || !n || n.kind !== TokKind.Number || !/^[0-9]{1,2}$/.test(n.text)) return false;
  if (p.text !== '.' && p.text !== '-') return false;
  const before = doc.tok(s - 3);
  return n.lineStart || !before || before.text === ',' || before.text === '(' || before.text === ';';
}

/** "P." right before token s (a single capital and a full stop). */
function initialBefore(doc: Doc, s: number): boolean {
  const dot = doc.tok(s - 1);
  const ini = doc.tok(s - 2);
  return !!dot && dot.text === '.' && !!ini && ini.kind === TokKind.Word && /^\p{Lu}$/u.test(ini.text) && doc.owner[s - 2] === -1 && dot.end === doc.toks[s].start - 1;
}

/** A strong title right before token i ("Mr", "President", "coach"). */
function titleAt(doc: Doc, i: number): Tok | undefined {
  const p = prevWord(doc, i);
  if (!p || doc.toks[i].lineStart) return undefined;
  // A capitalised job word mid-sentence is part of a name ("Singer World Series"); titles proper are in RUN_TITLES.
  if (p.cap && !p.sentStart && !RUN_TITLES.has(p.key)) return undefined;
  if (STRONG_TITLES.has(p.key) && !p.hyphenBefore) return p;
  // A hyphenated role: "scrum-half Kyran Bracken", "off-spinner Such" (the compound is the title, not its last part).
  let c = i - 1;
  while (c > 0 && doc.toks[c].hyphenBefore && i - c < 4) c--;
  if (c === i - 1 || doc.toks[i - 1] !== p) return STRONG_TITLES.has(p.key) ? p : undefined;
  return STRONG_TITLES.has(doc.text.slice(doc.toks[c].start, p.end).toLowerCase()) ? p : undefined;
}

/** Index of the organisation suffix that ends the name within [s, e), or -1. Weak suffixes ("City", "Times")
 *  count only after a non-word ("Manchester City" yes, "Inner City" no). */
function findSuffix(doc: Doc, s: number, e: number): number {
  const { toks } = doc;
  // The suffix ends the name: "Kansas City Royals" is not "Kansas City" + "Royals".
  for (let k = e - 1; k > s - 1 && k >= e - 1; k--) {
    const key = toks[k].key;
    if (!ORG_SUFFIXES.has(key)) continue;
    if (k === s) {
      // A lone suffix word is a name only after a place just before ("New York" + "Times").
      const own = doc.owner[s - 1] ?? -1;
      if (own !== -1 && doc.found[own].type === 'place' && doc.found[own].tj === s && toks[s - 1].kind === TokKind.Word) return k;
      return -1;
    }
    if (ORG_WEAK_SUFFIXES.has(key) && wordLike(doc, toks[k - 1].key)) return -1;
    return k;
  }
  return -1;
}

function allNonWordRun(doc: Doc, s: number, e: number): boolean {
  if (e <= s) return false;
  for (let k = s; k < e; k++) if (COMMON.has(doc.toks[k].key) || doc.toks[k].sentStart && wordLike(doc, doc.toks[k].key)) return false;
  return true;
}

function orgSoFar(doc: Doc, i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const key = doc.toks[k].key;
    if (ORG_HEADS.has(key) || (ORG_SUFFIXES.has(key) && !ORG_WEAK_SUFFIXES.has(key))) return true;
  }
  return false;
}

function hasWordyTail(doc: Doc, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (ORG_SUFFIXES.has(doc.toks[k].key) && !SURNAMES.has(doc.toks[k].key)) return true;
  return false;
}

/** "X said", "said X", "X told", "X, who ...". */
function saidNear(doc: Doc, s: number, e: number): boolean {
  const after = doc.tok(e);
  if (isWord(after) && after.lower && PERSON_VERBS_AFTER.has(after.key)) return true;
  const before = doc.tok(s - 1);
  if (isWord(before) && before.lower && /^(said|says|told|according)$/.test(before.key)) return true;
  if (after?.text === ',' && doc.tok(e + 1)?.key === 'who') return true;
  return false;
}

/** "X, the company's chief executive," / "X, a spokesman for ...": a role noun in the apposition. */
function appositionRole(doc: Doc, e: number): boolean {
  if (doc.tok(e)?.text !== ',') return false;
  const first = doc.tok(e + 1);
  if (!first || first.kind !== TokKind.Word || !/^(the|a|an|its|his|her|their)$/.test(first.key)) return false;
  for (let k = e + 2; k < doc.toks.length && k <= e + 8; k++) {
    const t = doc.toks[k];
    if (t.kind === TokKind.Punct && t.text !== "'s" && t.text !== '’s') return false;
    if (t.kind === TokKind.Word && STRONG_TITLES.has(t.key)) return true;
  }
  return false;
}

/** A score or table figure: a small whole number ("0", "13"), not a time, a decimal or a year. */
function smallNumber(t: Tok | undefined): boolean {
  return !!t && t.kind === TokKind.Number && t.text.length <= 3 && /^\d+$/.test(t.text);
}

/** Capitalised words [a, b) that name a side in a results row: "Hull 0 Barnet 0" (either side) or a table row
 *  "Hull 4 2 2 0 4 2 8" (the name starts the line, then only figures, at least three). Looks at one line only. */
function resultsRowName(doc: Doc, a: number, b: number): boolean {
  const { toks } = doc;
  for (let k = a; k < b; k++) if (toks[k].kind !== TokKind.Word || !toks[k].cap || (k > a && toks[k].lineStart)) return false;
  if (!smallNumber(toks[b]) || toks[b].lineStart) return false;
  const lineEndAt = (k: number) => k >= toks.length || toks[k].lineStart;
  if (toks[a].lineStart) {
    // Table row: only figures to the end of the line.
    let k = b;
    while (!lineEndAt(k) && smallNumber(toks[k])) k++;
    if (lineEndAt(k) && k - b >= 3) return true;
    // Results row, home side: "Hull 0 Barnet 0".
    k = b + 1;
    let words = 0;
    while (!lineEndAt(k) && toks[k].kind === TokKind.Word && toks[k].cap && words < 4) { k++; words++; }
    return words >= 1 && !lineEndAt(k) && smallNumber(toks[k]) && lineEndAt(k + 1);
  }
  // Results row, away side: the line is "Name n Name n".
  if (!lineEndAt(b + 1) || !smallNumber(toks[a - 1])) return false;
  let k = a - 2;
  let words = 0;
  while (k >= 0 && toks[k].kind === TokKind.Word && toks[k].cap && words < 4) { words++; if (toks[k].lineStart) break; k--; }
  return words >= 1 && k >= 0 && toks[k].lineStart && toks[k].kind === TokKind.Word;
}

/** Cricket scorecards: "c Healy b Fleming", "lbw b Mullally", "st Kaluwitharana b Chandana" — fielders and bowlers. */
function scorecardBefore(doc: Doc, s: number): boolean {
  const p = doc.tok(s - 1);
  return !!p && p.kind === TokKind.Word && p.lower && /^(b|c|st|lbw)$/.test(p.key) && doc.tok(s - 2)?.kind !== TokKind.Punct;
}

/** Bowling figures after a name: "Gough 8-0-39-3" (overs-maidens-runs-wickets). */
function bowlingFigures(doc: Doc, e: number): boolean {
  let k = e;
  let parts = 0;
  while (k < doc.toks.length && doc.toks[k].kind === TokKind.Number && (parts === 0 || doc.toks[k].hyphenBefore)) { parts++; k++; }
  return parts >= 4;
}

// Also what names a publication or a party ("Le Matin newspaper", "the Freedom Front party") and a board.
const COMPANY_AFTER = new Set(['shares', 'stock', 'stocks', 'shareholders', 'subsidiary', 'unit', 'plant', 'factory', 'stake', 'newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'party', 'board']);
const COMPANY_BEFORE = new Set(['operator', 'club', 'side', 'supplier', 'lender', 'miner', 'producer', 'refiner', 'developer', 'partner', 'rival', 'agency', 'newspaper', 'daily', 'weekly', 'broadcaster', 'carrier', 'airline', 'conglomerate', 'insurer', 'automaker', 'carmaker', 'retailer', 'bank', 'firm', 'company', 'group', 'distributor', 'publisher', 'maker', 'manufacturer', 'brokerage', 'chain', 'network', 'tabloid', 'magazine', 'radio', 'television']);

/** Articles that start French, Spanish, Italian, German and Dutch titles ("Le Monde", "El Pais", "Die Zeit"). */
const TITLE_ARTICLES = new Set(['le', 'la', 'les', 'el', 'il', 'lo', 'die', 'der', 'das', 'het', 'de']);
const COMPANY_NOUNS = new Set(['company', 'firm', 'group', 'bank', 'maker', 'manufacturer', 'operator', 'carrier', 'airline', 'insurer', 'retailer', 'conglomerate', 'producer', 'supplier', 'lender', 'broker', 'brokerage', 'distributor', 'publisher', 'newspaper', 'daily', 'agency', 'club', 'subsidiary', 'unit', 'utility', 'miner', 'refiner', 'developer', 'chain', 'giant', 'concern', 'holding']);

function companyContext(doc: Doc, s: number, e: number): boolean {
  const next = doc.tok(e);
  const after = next && /^['’]s$/.test(next.text) ? doc.tok(e + 1) : next;
  if (after && after.kind === TokKind.Word && after.lower && COMPANY_AFTER.has(after.key)) return true;
  // "Cofinec CEO Stephen Frater": a company's chief executive (the acronym is written in capitals).
  if (after && after.kind === TokKind.Word && after.text === 'CEO') return true;
  const p1 = doc.tok(s - 1);
  const p2 = doc.tok(s - 2);
  // "Ontario-based Magna", "Bergamo-based Atalanta": what is based somewhere is an organisation.
  if (p1 && p1.key === 'based' && p1.hyphenBefore) return true;
  // "Cofinec , the first foreign company to list", "Unicom , a telecoms operator".
  if (next?.text === ',' && /^(the|a|an)$/.test(doc.tok(e + 1)?.key ?? '')) {
    for (let k = e + 2; k < doc.toks.length && k <= e + 7; k++) {
      const t = doc.toks[k];
      if (t.kind === TokKind.Punct && t.text !== "'s" && t.text !== '’s') break;
      if (t.kind === TokKind.Word && t.lower && COMPANY_NOUNS.has(t.key)) return true;
    }
  }
  if (p1 && p1.kind === TokKind.Word && p1.lower && COMPANY_BEFORE.has(p1.key)) return true;
  if (p1 && p2 && (p1.key === 'of' || p1.key === 'in') && p2.lower && /^(shares|stake|stakes|acquisition|takeover|subsidiary|unit|shareholders|chairman|president|director)$/.test(p2.key)) return true;
  return false;
}

/** "X, 45, ..." */
function ageAfter(doc: Doc, e: number): boolean {
  const c = doc.tok(e);
  const n = doc.tok(e + 1);
  return c?.text === ',' && !!n && n.kind === TokKind.Number && /^[1-9][0-9]$/.test(n.text) && doc.tok(e + 2)?.text === ',';
}

/** Items of a comma list next to a person are people too ("Hashan Tillekeratne , Roshan Mahanama , Kumara Dharmasena").
 *  Runs the fallback left untyped (two or three unknown capitalised words) are checked against their neighbours. */
export function applyListNeighbours(doc: Doc): void {
  const { toks } = doc;
  const isPersonEndingAt = (k: number) => k >= 0 && doc.owner[k] !== -1 && doc.found[doc.owner[k]].type === 'person' && doc.found[doc.owner[k]].tj === k + 1;
  const isPersonStartingAt = (k: number) => k < toks.length && doc.owner[k] !== -1 && doc.found[doc.owner[k]].type === 'person' && doc.found[doc.owner[k]].ti === k;
  for (let pass = 0; pass < 2; pass++) {
    let i = 0;
    while (i < toks.length) {
      if (doc.owner[i] !== -1 || !capWord(toks[i]) || toks[i].capsLine) { i++; continue; }
      let j = i + 1;
      while (j < toks.length && j - i < 4 && doc.owner[j] === -1 && capWord(toks[j]) && !toks[j].lineStart) j++;
      const len = j - i;
      const sepBefore = doc.tok(i - 1);
      const sepAfter = doc.tok(j);
      const listSep = (t: Tok | undefined) => !!t && (t.text === ',' || t.key === 'and' || t.text === ';');
      let ok = len >= 2 && len <= 3;
      for (let k = i; ok && k < j; k++) if (wordLike(doc, toks[k].key) || DEMONYMS.has(toks[k].key)) ok = false;
      if (ok && ((listSep(sepBefore) && isPersonEndingAt(i - 2)) || (listSep(sepAfter) && isPersonStartingAt(j + 1)))) {
        doc.add({ ti: i, tj: j, type: 'person', entityIndex: null, name: doc.span(i, j), source: 'fallback' });
      }
      i = j;
    }
  }
}
