// Dictionary layer: accepts or rejects each alias match and chooses among its candidates by context
// ("Theresa May" vs May, "Jordan Henderson" vs Jordan, "Reading the report", "Georgia's governor", "President Biden").
import { AliasFlag } from '../dictionary/types';
import type { EntityRecord, PersonRecord } from '../dictionary/types';
import { cachedRoleRank as roleRank } from './rank';
import type { Doc } from './doc';
import {
  COMMON, DEMONYMS, ENGLISH, GIVEN, GIVEN_AMBIGUOUS, ORG_SUFFIXES, ORG_WEAK_SUFFIXES, PLACE_CUES, STRONG_TITLES, SURNAMES,
} from './lexicon';
import { type Tok, TokKind, tokenAt } from './tokens';
import { evidenceFor } from './fallback';

/** A surname-only match waiting for coreference (the full name elsewhere) or prominence to confirm it. */
export interface PendingSurname {
  ti: number;
  tj: number;
  candidates: number[];
  titled: boolean;
  /** The candidate a title or prominence vouches for (-1: none). */
  vouched: number;
  /** A non-person candidate that fits when no person does ("Washington" the city), -1 if none. */
  other: number;
}

/** Extra per-Found data for the later passes: the other candidates of a place match (for "Georgia"). */
export interface DictionaryLayerResult {
  pending: PendingSurname[];
  placeAlternatives: Map<number, number[]>;
}

/** Lower-case words after a sentence-initial capitalised word that show it is an ordinary word ("Reading the report",
 *  "Nice to meet you"): determiners, pronouns, "to", prepositions. */
const FUNCTION_AFTER = new Set([
  'the', 'a', 'an', 'to', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'of',
  'for', 'with', 'from', 'about', 'into', 'it', 'them', 'him', 'me', 'us', 'you', 'some', 'any', 'all', 'every',
  'no', 'one', 'work', 'job', 'weather', 'day', 'try',
]);

/** Words after an ambiguous company name that show the company ("Apple shares", "Shell reported"). */
const COMPANY_CUES = new Set(['shares', 'stock', 'inc', 'corp', 'ceo', 'chief', 'executives', 'spokesman', 'spokeswoman', 'reported', 'announced', 'posted', 'said', 'says', 'profits', 'profit', 'earnings', 'revenue', 'sales', 'plc', 'ltd']);

/** Lower-case words some aliases start with that are not part of the name as news highlight it. */
const LEADING_LOWER = new Set(['mainland', 'the']);

/** Titles that make a following surname a person even against a place reading ("Mr England", "President Chad"
 *  is not a thing, but "Mrs May" is). Job words ("captain", "champion") do not: "England captain", "champion Spain". */
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'mme', 'mlle', 'herr', 'frau', 'president', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'ambassador', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'sheikh', 'ayatollah', 'general', 'gen', 'colonel', 'col', 'lt', 'admiral', 'spokesman', 'spokeswoman', 'chairman', 'chairwoman', 'leader', 'dictator', 'president-elect', 'then-president', 'ex-president']);

/** Capitalised words after a place that make the whole an event name (CoNLL's MISC), not the place: "U.S. Open". */
const EVENT_WORDS = new Set([
  'open', 'cup', 'championship', 'championships', 'games', 'grand', 'masters', 'classic', 'trophy', 'marathon',
  'derby', 'olympics', 'olympic', 'series', 'invitational', 'rally', 'tour', 'prix', 'international', 'airlines',
  'day', 'accords', 'accord', 'agreement', 'treaty', 'declaration', 'protocol', 'summit', 'talks', 'conference', 'process',
]);

const VENUE_WORDS = new Set(['stadium', 'arena']);

/** Words after a name that make it a person's camp: "the Biden administration", "the Trump campaign". */
const PERSON_CAMP = new Set(['administration', 'campaign', 'presidency', 'camp', 'era', 'doctrine', 'government', 'cabinet', 'team', 'family', 'aides']);

/** Words after "X's" that make X a US state rather than a country ("Georgia's governor"). */
const STATE_CUES = new Set(['governor', 'gov', 'legislature', 'senator', 'senators', 'state', 'statehouse', 'county', 'counties', 'attorney', 'secretary']);

/** What an office title before a surname says of the person's roles ("Sen." -> a senator). */
const TITLE_ROLES: Record<string, RegExp> = {
  sen: /\bsenator\b/i, senator: /\bsenator\b/i, gov: /\bgovernor\b/i, governor: /\bgovernor\b/i,
  rep: /\b(representative|house)\b/i, congressman: /\b(representative|house)\b/i, congresswoman: /\b(representative|house)\b/i,
  mayor: /\bmayor\b/i, justice: /\bjustice\b/i, judge: /\b(judge|justice)\b/i, chancellor: /\bchancellor\b/i,
  president: /\bpresident\b/i, premier: /\bpremier\b/i, ambassador: /\bambassador\b/i,
};

function titleFits(r: EntityRecord, titleKey: string): boolean {
  const re = TITLE_ROLES[titleKey];
  return !!re && r.type === 'person' && r.roles.some((x) => re.test(x.title));
}

/** Abbreviated titles written with a full stop before a name (US news style). */
const TITLE_ABBREVIATIONS = new Set(['sen', 'rep', 'gov', 'gen', 'lt', 'col', 'adm', 'sgt', 'capt', 'maj', 'cmdr', 'supt', 'insp', 'amb', 'atty']);

const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'mme', 'mlle', 'herr', 'frau', 'prof']);

function markSurnameLike(doc: Doc, ti: number, tj: number): void {
  for (let k = ti; k < tj; k++) doc.surnameLike[k] = 1;
}

function isWordTok(t: Tok | undefined): t is Tok {
  return !!t && t.kind === TokKind.Word;
}

/** The word before token i, skipping a full stop after an abbreviated title ("Mr." "Dr."). */
export function prevWord(doc: Doc, i: number): Tok | undefined {
  const p = doc.tok(i - 1);
  if (p && p.kind === TokKind.Punct && p.text === '.') {
    const pp = doc.tok(i - 2);
    if (pp && pp.kind === TokKind.Word && pp.text.length <= 4) return pp;
    return undefined;
  }
  return p && p.kind === TokKind.Word ? p : undefined;
}

/** A title or role word right before token i ("President", "Mr", "spokesman", "coach"). */
export function titleBefore(doc: Doc, i: number): Tok | undefined {
  const p = prevWord(doc, i);
  if (!p) return undefined;
  if (STRONG_TITLES.has(p.key)) return p;
  return undefined;
}

/** Word-like: an ordinary English word, so a capitalised occurrence proves little. */
export function wordLike(doc: Doc, key: string): boolean {
  return COMMON.has(key) || ENGLISH.has(key) || doc.lowerInDoc.has(key);
}

/** Free capitalised word that could continue a name (not punctuation, not a common word). */
function nameish(t: Tok | undefined): boolean {
  return isWordTok(t) && (t.cap || t.capsLine) && !COMMON.has(t.key) && !DEMONYMS.has(t.key);
}

/** isProminent and givenOf per record (a surname shared by many people is checked at every mention). */
const prominentCache = new WeakMap<PersonRecord, { published: string | null; value: boolean }>();
const givenCache = new WeakMap<PersonRecord, Set<string>>();

function isProminent(p: PersonRecord, published: string | null): boolean {
  const c = prominentCache.get(p);
  if (c && c.published === published) return c.value;
  const value = computeProminent(p, published);
  prominentCache.set(p, { published, value });
  return value;
}

function computeProminent(p: PersonRecord, published: string | null): boolean {
  const year = published ? Number(published.slice(0, 4)) : null;
  for (const r of p.roles) {
    if (roleRank(r.title) < 2) continue;
    if (year === null) return true;
    const s = r.start ? Number(r.start.slice(0, 4)) : -Infinity;
    const e = r.end ? Number(r.end.slice(0, 4)) : Infinity;
    // Held the office within the last ten years before the article, or holds it then.
    if (s <= year + 0 && e >= year - 10) return true;
  }
  return false;
}

/** The person's given name(s) in folded form, to tell "Michael Johnson" from Boris Johnson. */
function givenOf(p: PersonRecord): Set<string> {
  const cached = givenCache.get(p);
  if (cached) return cached;
  const out = new Set<string>();
  givenCache.set(p, out);
  for (const n of [p.name, ...p.aliases]) {
    const first = n.split(/\s+/)[0];
    if (first) out.add(first.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
  }
  return out;
}

/** Token index -> match index, as a Map-like view over a typed array (a Map of every match's start was slow). */
class TokenIndex {
  private readonly a: Int32Array;
  constructor(n: number) { this.a = new Int32Array(n).fill(-1); }
  set(i: number, v: number): void { this.a[i] = v; }
  has(i: number): boolean { return i >= 0 && i < this.a.length && this.a[i] >= 0; }
  get(i: number): number | undefined { return this.has(i) ? this.a[i] : undefined; }
}

export function applyDictionary(doc: Doc): DictionaryLayerResult {
  const { toks } = doc;
  const pending: PendingSurname[] = [];
  const placeAlternatives = new Map<number, number[]>();
  const matches = doc.dict.matchAliases(doc.text);

  // Token ranges of all matches first: the adjacency rules look at the next match.
  // Matches come in text order, so a cursor finds their tokens in one forward walk (tokenAt's binary search per
  // offset touched tokens all over the array); an offset behind the cursor falls back to the binary search.
  let cursor = 0;
  const tokenFrom = (offset: number): number => {
    if (cursor > 0 && toks[cursor - 1].start >= offset) cursor = tokenAt(toks, offset);
    while (cursor < toks.length && toks[cursor].start < offset) cursor++;
    return cursor;
  };
  const ranges: { ti: number; tj: number }[] = matches.map((m) => {
    let ti = tokenFrom(m.start);
    const tj = tokenFrom(m.end);
    if (ti >= toks.length || toks[ti].start !== m.start || tj <= ti || toks[tj - 1].end !== m.end) return { ti: -1, tj: -1 };
    // The span is the name itself: "the Netherlands" -> "Netherlands", "mainland China" -> "China".
    while (tj - ti > 1 && (toks[ti].key === 'the' || (toks[ti].lower && LEADING_LOWER.has(toks[ti].key)))) ti++;
    return { ti, tj };
  });
  const matchStartingAt = new TokenIndex(toks.length);
  ranges.forEach((r, k) => { if (r.ti >= 0) matchStartingAt.set(r.ti, k); });

  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const { ti, tj } = ranges[k];
    if (ti < 0 || !doc.free(ti, tj)) continue;
    const first = toks[ti];
    const single = tj - ti === 1;
    const caps = first.capsLine;
    // Lower-case text is never a name here ("nice weather", "fine china", "the turkey").
    if (!first.cap && !caps && !(m.caseExact && !single)) continue;
    if (single && DEMONYMS.has(first.key)) continue;
    // "Sen. Elizabeth Warren", "Gov. Gavin Newsom", "Rep. Nancy Pelosi": an abbreviated title before a name is the
    // title, not a person's surname ("Sen" is also Hun Sen's) or anything else the dictionary has.
    if (single && TITLE_ABBREVIATIONS.has(first.key) && doc.tok(tj)?.text === '.' && isWordTok(doc.tok(tj + 1)) && doc.tok(tj + 1)!.cap) continue;
    const next = doc.tok(tj);
    const nextWord = isWordTok(next) && !next.hyphenBefore ? next : undefined;
    const prev = prevWord(doc, ti);
    const anyTitle = titleBefore(doc, ti);
    const title = anyTitle && PERSON_TITLES.has(anyTitle.key) ? anyTitle : undefined;
    const recs = m.candidates.map((c) => doc.entity(c));
    const flags = m.candidateFlags ?? m.candidates.map(() => m.flags);

    // "Jordan Henderson", "Paris Hilton", "Chad Johnson": a given name before an unknown capitalised word.
    if (single && nextWord && !caps && !nextWord.lineStart && (GIVEN.has(first.key) || GIVEN_AMBIGUOUS.has(first.key)) && !title
      && nameish(nextWord) && !nextWord.sentStart && !ORG_SUFFIXES.has(nextWord.key) && !EVENT_WORDS.has(nextWord.key)
      && !recs.some((r) => r.type === 'person' && !(flags[recs.indexOf(r)] & AliasFlag.SURNAME_ONLY))) {
      const nk = matchStartingAt.get(tj);
      const nextRec = nk !== undefined ? doc.entity(matches[nk].candidates[0]) : undefined;
      const nextIsBigPlace = nextRec?.type === 'place' && (nextRec.kind === 'country' || nextRec.kind === 'region' || nextRec.kind === 'continent');
      const nextMultiToken = nk !== undefined && ranges[nk].tj - ranges[nk].ti > 1;
      const ambiguousGiven = GIVEN_AMBIGUOUS.has(first.key) || !GIVEN.has(first.key);
      const surnameOk = SURNAMES.has(nextWord.key) || !wordLike(doc, nextWord.key);
      // "Robert M. Danin", "Chang W. Lee": a middle initial, then the surname.
      const initial = /^\p{Lu}$/u.test(nextWord.text) && doc.tok(tj + 1)?.text === '.';
      const afterInitial = initial ? doc.tok(tj + 2) : undefined;
      if (initial && afterInitial && afterInitial.kind === TokKind.Word && afterInitial.cap && !afterInitial.lineStart && doc.free(ti, tj + 3)) {
        doc.add({ ti, tj: tj + 3, type: 'person', entityIndex: null, name: doc.span(ti, tj + 3), source: 'fallback', evidence: evidenceFor(doc, ti, tj + 3) });
        continue;
      }
      if (!initial && !nextIsBigPlace && !nextMultiToken && (ambiguousGiven ? surnameOk && !ENGLISH.has(nextWord.key) : surnameOk || SURNAMES.has(nextWord.key))) {
        let end = tj + 1;
        // A third name part: "Jordan Henderson Smith" rarely; allow one more capitalised non-word.
        const third = doc.tok(end);
        if (isWordTok(third) && third.cap && !third.hyphenBefore && !wordLike(doc, third.key) && !matchStartingAt.has(end) && !ORG_SUFFIXES.has(third.key)) end++;
        if (doc.free(ti, end)) {
          doc.add({ ti, tj: end, type: 'person', entityIndex: null, name: doc.span(ti, end), source: 'fallback', evidence: evidenceFor(doc, ti, end) });
          continue;
        }
      }
    }

    // "George Washington", "Fred Perry": an unmatched given name right before a one-word place, org or other person's surname.
    if (single && prev && doc.owner[ti - 1] === -1 && prev === doc.tok(ti - 1) && (prev.cap || caps) && !title
      && GIVEN.has(prev.key) && !GIVEN_AMBIGUOUS.has(prev.key) && !COMMON.has(prev.key)
      && !(caps && !SURNAMES.has(first.key))) {
      const personHere = recs.findIndex((r, i) => r.type === 'person' && (!(flags[i] & AliasFlag.SURNAME_ONLY) || givenOf(r).has(prev.key)));
      if (personHere < 0 && !recs.some((r) => r.type === 'place' && r.kind === 'country')) {
        doc.add({ ti: ti - 1, tj, type: 'person', entityIndex: null, name: doc.span(ti - 1, tj), source: 'fallback', evidence: evidenceFor(doc, ti - 1, tj) });
        continue;
      }
      if (personHere >= 0) {
        doc.add({ ti: ti - 1, tj, type: 'person', entityIndex: m.candidates[personHere], name: recs[personHere].name, source: 'dictionary' });
        continue;
      }
    }

    // An organisation or event named after the place: "China Construction Bank", "U.S. Open", "Cleveland Indians",
    // "Air France", "Standard Liege". The place is not what the article names there; the fallback types the whole.
    if (recs[0].type === 'place' || (flags[0] & AliasFlag.SURNAME_ONLY) || (single && recs[0].type === 'organization')) {
      let j = tj;
      let orgLike = false;
      let eventLike = false;
      while (j < toks.length && j < tj + 4 && isWordTok(toks[j]) && (toks[j].cap || toks[j].capsLine) && !toks[j].sentStart && !toks[j].hyphenBefore && !toks[j].lineStart) {
        const key = toks[j].key;
        // "Etihad Stadium", "Crypto.com Arena": a venue named after its sponsor is not the sponsor.
        if (EVENT_WORDS.has(key) || (VENUE_WORDS.has(key) && recs[0].type === 'organization')) { eventLike = true; break; }
        // A weak suffix right after the place also makes a name ("Damascus Radio", "Norwich City", "Washington Post").
        if (ORG_SUFFIXES.has(key) && (!ORG_WEAK_SUFFIXES.has(key) || j === tj)) { orgLike = true; break; }
        if (matchStartingAt.has(j)) {
          // "Kurdistan Democratic Party": an organisation ending in a suffix follows.
          const mk = matchStartingAt.get(j)!;
          const top = doc.entity(matches[mk].candidates[0]);
          if (top.type === 'organization' && ORG_SUFFIXES.has(toks[ranges[mk].tj - 1].key) && !ORG_WEAK_SUFFIXES.has(toks[ranges[mk].tj - 1].key)) orgLike = true;
          break;
        }
        if (COMMON.has(key)) break;
        j++;
      }
      if (eventLike && !caps) { for (let r = ti; r < j + 1 && r < toks.length; r++) doc.eventLike[r] = 1; continue; }
      if (orgLike && !caps) continue; // the fallback makes the organisation from the whole run
    }
    if (recs[0].type === 'place' && !caps && tj - ti <= 3) {
      const nx = doc.tok(tj);
      const pv = doc.tok(ti - 1);
      const stranger = (t: Tok | undefined, idx: number): boolean =>
        !!t && t.kind === TokKind.Word && t.cap && (idx < ti || !t.lineStart) && doc.owner[idx] === -1 && !matchStartingAt.has(idx)
        && !COMMON.has(t.key) && !STRONG_TITLES.has(t.key) && !PLACE_CUES.has(t.key) && !GIVEN.has(t.key) && !GIVEN_AMBIGUOUS.has(t.key)
        && !(DEMONYMS.has(t.key) && !/s$/.test(t.key) && !doc.sports);
      const nextStranger = stranger(nx, tj) && !nx!.hyphenBefore && !nx!.sentStart && !ENGLISH.has(nx!.key);
      const prevStranger = stranger(pv, ti - 1) && !toks[ti].hyphenBefore && !toks[ti].lineStart && !DEMONYMS.has(pv!.key) && !(pv!.sentStart && wordLike(doc, pv!.key)) && !wordLike(doc, pv!.key);
      if (nextStranger || prevStranger) {
        // 1: a town (could be a surname: "MaliVai Washington"); 2: a country or region ("Air France").
        const kind = recs[0].type === 'place' && recs[0].kind === 'city' ? 1 : 2;
        for (let r = ti; r < tj; r++) doc.placeLike[r] = kind;
        continue;
      }
    }

    // Choose among candidates, best first, after the context gates.
    const order = m.candidates.map((_, i) => i);
    const nextKey = nextWord?.key;
    const possessive = next && next.kind === TokKind.Punct && /^['’]s$/i.test(next.text);
    const afterPossessive = possessive ? doc.tok(tj + 1) : undefined;
    const campAfter = (nextKey && PERSON_CAMP.has(nextKey)) || (afterPossessive && PERSON_CAMP.has(afterPossessive.key));
    const placeCue = prev && !prev.cap && PLACE_CUES.has(prev.key);
    const rank = (i: number): number => {
      const r = recs[i];
      let s = 0;
      if (r.type === 'person' && (title || campAfter)) s += 10;
      if (r.type === 'place' && placeCue) s += 5;
      return s;
    };
    // Sorting only reorders when a title, camp word or place cue gives some candidate a rank.
    if (title || campAfter || placeCue) order.sort((a, b) => rank(b) - rank(a) || a - b);
    // One context for every candidate (acceptable() only reads it).
    const ctx: Ctx = { ti, tj, single, first, nextWord, prev, title: !!title, placeCue: !!placeCue, camp: !!campAfter, caps };
    let bigPlace: boolean | undefined;

    let chosen = -1;
    let vouchedCandidate = -1;
    const surnameCandidates: number[] = [];
    for (const i of order) {
      const r = recs[i];
      const f = flags[i] ?? m.flags;
      if (!acceptable(doc, r, f, ctx)) {
        if (r.type === 'person' && (f & AliasFlag.SURNAME_ONLY)) surnameCandidates.push(m.candidates[i]);
        continue;
      }
      if (r.type === 'person' && (f & AliasFlag.SURNAME_ONLY)) {
        // A surname alone: the full name elsewhere in the article decides first (coreference, after the fallback
        // has found the names the dictionary lacks), then a title or the person's prominence.
        if (prev && prev === doc.tok(ti - 1) && prev.cap && GIVEN.has(prev.key) && !givenOf(r).has(prev.key) && doc.owner[ti - 1] === -1) continue;
        // "Zhao Lijian": the surname followed by an unknown capitalised word is someone else's full name; so is
        // "Olabisi Afolabi" (an unknown capitalised word before it) and "Kamil Jamil" (two surnames in a row).
        if (nextWord && nextWord.cap && !nextWord.sentStart && !wordLike(doc, nextWord.key) && !caps
          && (!matchStartingAt.has(tj) || doc.entity(matches[matchStartingAt.get(tj)!].candidates[0]).type === 'person')) { markSurnameLike(doc, ti, tj); continue; }
        // "Wang Donghai": a family name before a one-word town is a person's full name.
        const nk2 = matchStartingAt.get(tj);
        if (nk2 !== undefined && nextWord && !caps && !nextWord.lineStart && ranges[nk2].tj - ranges[nk2].ti === 1 && i === order[0]) {
          const nr = doc.entity(matches[nk2].candidates[0]);
          if (nr.type === 'place' && nr.kind === 'city' && !wordLike(doc, nextWord.key) && doc.free(ti, tj + 1)) {
            doc.add({ ti, tj: tj + 1, type: 'person', entityIndex: null, name: doc.span(ti, tj + 1), source: 'fallback', evidence: evidenceFor(doc, ti, tj + 1) });
            chosen = -2;
            break;
          }
        }
        const pw = doc.tok(ti - 1);
        // "around the Moon", "the Sun": a lone surname right after a lower-case "the" is a thing, not a person
        // (unless a word like "administration" follows: "the Clinton administration").
        if (single && pw && pw.kind === TokKind.Word && pw.lower && pw.key === 'the' && !campAfter && !title) continue;
        if (pw && pw.kind === TokKind.Word && pw.cap && !pw.hyphenBefore && doc.owner[ti - 1] === -1 && !wordLike(doc, pw.key) && !STRONG_TITLES.has(pw.key) && !DEMONYMS.has(pw.key) && !caps) { markSurnameLike(doc, ti, tj); continue; }
        // A person's surname does not beat a country or region with the same name ("Spain", "England").
        bigPlace ??= recs.some((x) => x.type === 'place' && (x.kind === 'country' || x.kind === 'region' || x.kind === 'territory' || x.kind === 'continent'));
        if (bigPlace && !(title && COURTESY.has(title.key))) continue;
        const vouched = !!title || !!campAfter || (isProminent(r, doc.published) && !wordLike(doc, first.key) && !(first.sentStart && COMMON.has(first.key)));
        surnameCandidates.push(m.candidates[i]);
        // "Sen. Warren", "Gov. Abbott": among several people of that surname, the one who held the office named.
        if (vouched && (vouchedCandidate < 0 || (title && !titleFits(doc.entity(vouchedCandidate), title.key) && titleFits(r, title.key)))) vouchedCandidate = m.candidates[i];
        continue;
      }
      chosen = i;
      break;
    }
    if (chosen === -2) continue;
    if (chosen < 0 || surnameCandidates.length) {
      // Surname-only candidates wait for coreference, even when another candidate fits ("Washington"): the
      // fallback pass may still find the full name ("George Washington") around them.
      if (surnameCandidates.length) for (let r = ti; r < tj; r++) doc.reserved[r] = 1;
      if (surnameCandidates.length) pending.push({ ti, tj, candidates: surnameCandidates, titled: !!title, vouched: vouchedCandidate, other: chosen >= 0 ? m.candidates[chosen] : -1 });
      if (chosen < 0 || surnameCandidates.length) continue;
    }
    const rec = recs[chosen];
    const id = doc.add({ ti, tj, type: rec.type, entityIndex: m.candidates[chosen], name: rec.name, source: 'dictionary' });
    if (rec.type === 'place') {
      const alts = m.candidates.filter((_c, i) => i !== chosen && recs[i].type === 'place' && acceptable(doc, recs[i], flags[i] ?? 0, { ti, tj, single, first, nextWord, prev, title: false, placeCue: !!placeCue, camp: false, caps }));
      if (alts.length) placeAlternatives.set(id, [m.candidates[chosen], ...alts]);
      if (possessive && afterPossessive && STATE_CUES.has(afterPossessive.key)) placeAlternatives.set(id, [...(placeAlternatives.get(id) ?? [m.candidates[chosen]]), -1]);
    }
  }
  return { pending, placeAlternatives };
}

interface Ctx {
  ti: number;
  tj: number;
  single: boolean;
  first: Tok;
  nextWord: Tok | undefined;
  prev: Tok | undefined;
  title: boolean;
  placeCue: boolean;
  camp: boolean;
  caps: boolean;
}

const countryCache = new WeakMap<Doc, Map<string, boolean>>();

/** Whether the document names the country or uses its demonym ("France", "French"). */
function countryInDoc(doc: Doc, iso2: string): boolean {
  let m = countryCache.get(doc);
  if (!m) { m = new Map(); countryCache.set(doc, m); }
  let v = m.get(iso2);
  if (v === undefined) {
    const name = doc.dict.countryName(iso2);
    const words = [...(name ? [name] : []), ...doc.dict.demonyms(iso2)];
    v = words.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu').test(doc.text));
    m.set(iso2, v);
  }
  return v;
}

/** Whether this candidate may stand for the matched text in this context. */
function acceptable(doc: Doc, r: EntityRecord, flags: number, c: Ctx): boolean {
  const common = (flags & AliasFlag.COMMON_WORD) !== 0 || (c.single && (ENGLISH.has(c.first.key) || COMMON.has(c.first.key)));
  if (r.type === 'organization' && (flags & AliasFlag.AMBIGUOUS)) {
    // A short name of a club whose full name is not ambiguous ("Spurs", "Cardinals", "Yorkshire" for the county
    // cricket side): only in a sports report, where a capitalised club nickname is the club.
    if (!r.ambiguous && r.kind === 'sports body') return doc.sports && (c.first.cap || c.caps) && !c.title;
    // "Renaissance tour", "Vox": a party named like a word stands for the party only in an article about its
    // country (its name or demonym appears somewhere).
    if (r.kind === 'political party' && r.country && !countryInDoc(doc, r.country)) return false;
    // "Apple", "Shell": a company word after it ("Apple shares", "Shell reported"), or mid-sentence, capitalised
    // and never written in lower case in this document.
    if (c.caps || !c.first.cap) return false;
    if (c.nextWord && COMPANY_CUES.has(c.nextWord.key)) return true;
    return !c.first.sentStart && !doc.lowerInDoc.has(c.first.key);
  }
  if (!common || !c.single) return true;
  const isCountry = r.type === 'place' && (r.kind === 'country' || r.kind === 'territory');
  if (c.caps) return isCountry || c.placeCue;
  if (r.type === 'person') return c.title || c.camp;
  const next = c.nextWord;
  if (c.first.sentStart) {
    // "Reading the report", "Nice to meet you": a sentence-initial word followed by a function word is the word.
    if (next && next.lower && FUNCTION_AFTER.has(next.key)) return false;
    if (/ing$/.test(c.first.key) && next && next.lower) return false;
    return isCountry || (!!next && next.lower && /^(is|was|has|had|said|says|will|would|could|and|,)$/.test(next.key));
  }
  // Mid-sentence and capitalised: a place, unless it heads another capitalised name ("Thanksgiving Turkey").
  const prevTok = doc.tok(c.ti - 1);
  if (prevTok && prevTok.kind === TokKind.Word && prevTok.cap && !prevTok.sentStart && doc.owner[c.ti - 1] === -1 && !STRONG_TITLES.has(prevTok.key) && !PLACE_CUES.has(prevTok.key)) return false;
  if (isCountry) return true;
  // Small places named like words ("Mobile", "Reading") need a place cue or a following ", State".
  return c.placeCue || (doc.tok(c.tj)?.text === ',') || !doc.lowerInDoc.has(c.first.key);
}
