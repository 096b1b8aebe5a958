// The working state of one recognition run: tokens, what each token belongs to, and document-level facts.
import type { Dictionary, EntityRecord } from '../dictionary/types';
import { type Tok, TokKind, tokenizeDoc } from './tokens';

export type NameType = 'person' | 'place' | 'organization';

/** One name found so far, over tokens [ti, tj). */
export interface Found {
  ti: number;
  tj: number;
  type: NameType;
  entityIndex: number | null;
  name: string;
  source: 'dictionary' | 'fallback' | 'coreference' | 'fuzzy';
  guess?: boolean;
  evidence?: string;
  misspellingOf?: string;
  /** Set when a later rule removed it (kept in the array so indexes stay valid). */
  dropped?: boolean;
}

export class Doc {
  readonly toks: Tok[];
  /** Token index -> index in `found` (or -1). */
  readonly owner: Int32Array;
  readonly found: Found[] = [];
  /** Tokens of surname-only dictionary matches waiting for coreference: the fallback leaves them alone. */
  readonly reserved: Uint8Array;
  /** Tokens the dictionary knows as some person's surname: a run containing one is likely a person's name. */
  readonly surnameLike: Uint8Array;
  /** Tokens of a place name the dictionary matched but that heads or ends a longer unknown name ("Cleveland Indians"). */
  readonly placeLike: Uint8Array;
  /** Tokens of an event named after a place ("Hong Kong Open", "U.S. Amateur Championship"): no name of ours. */
  readonly eventLike: Uint8Array;
  /** Folded words this document writes in lower case mid-sentence: evidence that a word is ordinary. */
  readonly lowerInDoc: Set<string>;
  /** A sports report (results, tables): city names followed by scores are teams. */
  readonly sports: boolean;
  private readonly entityCache = new Map<number, EntityRecord>();

  constructor(
    readonly text: string,
    readonly dict: Dictionary,
    readonly published: string | null,
  ) {
    // The tokenizer gathers the lower-case words in its own pass (it needs them for the headline test too).
    const { toks, lowerWords } = tokenizeDoc(text);
    this.toks = toks;
    this.lowerInDoc = lowerWords;
    this.owner = new Int32Array(this.toks.length).fill(-1);
    this.reserved = new Uint8Array(this.toks.length);
    this.surnameLike = new Uint8Array(this.toks.length);
    this.placeLike = new Uint8Array(this.toks.length);
    this.eventLike = new Uint8Array(this.toks.length);
    this.sports = detectSports(this.toks);
  }

  entity(index: number): EntityRecord {
    let e = this.entityCache.get(index);
    if (!e) {
      e = this.dict.entity(index);
      this.entityCache.set(index, e);
    }
    return e;
  }

  free(ti: number, tj: number): boolean {
    for (let k = ti; k < tj; k++) if (this.owner[k] !== -1) return false;
    return true;
  }

  add(f: Found): number {
    const id = this.found.length;
    this.found.push(f);
    for (let k = f.ti; k < f.tj; k++) this.owner[k] = id;
    return id;
  }

  drop(id: number): void {
    const f = this.found[id];
    f.dropped = true;
    for (let k = f.ti; k < f.tj; k++) if (this.owner[k] === id) this.owner[k] = -1;
  }

  /** The text of tokens [ti, tj) as written. */
  span(ti: number, tj: number): string {
    return this.text.slice(this.toks[ti].start, this.toks[tj - 1].end);
  }

  tok(i: number): Tok | undefined {
    return i >= 0 && i < this.toks.length ? this.toks[i] : undefined;
  }
}

/** Topics that open a wire sports story ("SOCCER - ...", "TENNIS - ...") or words that dominate a results table. */
const SPORTS_TOPICS = new Set([
  'soccer', 'football', 'cricket', 'tennis', 'golf', 'rugby', 'baseball', 'basketball', 'hockey', 'ice', 'athletics',
  'cycling', 'motor', 'motorcycling', 'racing', 'boxing', 'swimming', 'skiing', 'sailing', 'rowing', 'badminton',
  'volleyball', 'handball', 'squash', 'snooker', 'nfl', 'nba', 'nhl', 'formula', 'horse', 'equestrianism', 'judo',
  'wrestling', 'triathlon', 'olympics', 'sport', 'sports', 'nascar', 'alpine', 'chess', 'darts',
]);

const SPORTS_WORDS = new Set([
  'beat', 'beats', 'defeated', 'match', 'matches', 'goal', 'goals', 'points', 'innings', 'halftime', 'scored', 'game',
  'games', 'season', 'league', 'cup', 'division', 'standings', 'played', 'drawn', 'lost', 'won', 'wickets', 'runs',
  'scorers', 'attendance', 'tournament', 'championship', 'round', 'quarterfinal', 'semifinal', 'final', 'v', 'vs',
]);

/** A story is a sports report when its first line names a sport, or numbers dominate its lines (results tables). */
function detectSports(toks: Tok[]): boolean {
  const first = toks.find((t) => t.kind === TokKind.Word);
  if (first && SPORTS_TOPICS.has(first.key)) return true;
  let nums = 0;
  let words = 0;
  let sportsWords = 0;
  let scorelines = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === TokKind.Number) {
      nums++;
      // "beat Arsenal 3-1", "drew 1-1": a scoreline (two small numbers joined by a hyphen or a dash).
      const n = toks[i + 1];
      if (t.text.length <= 2 && n && n.kind === TokKind.Number && n.text.length <= 2 && n.hyphenBefore) scorelines++;
    }
    else if (t.kind === TokKind.Word) {
      words++;
      if (SPORTS_WORDS.has(t.key)) sportsWords++;
    }
  }
  // A table of numbers is a sports table only when the story also speaks of matches (not a weather or market table).
  if (words > 0 && nums / (nums + words) > 0.3 && sportsWords >= 2) return true;
  // A match report in prose: scorelines and the words of a match ("beat Arsenal 3-1 ... scored twice").
  return scorelines >= 2 && sportsWords >= 4;
}
