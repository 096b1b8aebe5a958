// Text normalisation shared by the dictionary compiler and the matcher: Unicode-aware word tokens, case folding,
// diacritic folding and the 32-bit token hashes the compiled trie is keyed by.
//
// The compiler and the matcher MUST tokenise and hash identically, so both go through `tokenize()` below.
// Folding is part of hashing: "Erdogan" and "Erdoğan", "Geneve" and "Genève" hash the same, so every alias
// matches with or without its diacritics without storing folded copies.

/** Per-character tables cover the whole BMP (64k entries, 192 KB), so the hot loop never leaves them: a rare slow
 *  path (a Map lookup for CJK or emoji) made V8 deoptimise tokenize() again and again. Astral characters arrive as
 *  surrogate code units, which are separators. */
const TABLE_SIZE = 0x10000;
/** Marks a table entry not computed yet: entries outside Latin and punctuation are filled on first sight, so
 *  start-up costs little (computing all entries up front with Unicode regexes would take over 50 ms). */
const UNKNOWN = 0xffff;

/** FOLD[c]: 0 = not a word character; 1 = word character that adds nothing to the hash (combining mark);
 *  2 = PAIR_FOLD; otherwise the folded (lower-cased, diacritic-free) code unit. */
let FOLD: Uint16Array | null = null;
/** Characters whose fold is two code units (ß -> ss, æ -> ae): packed lo | hi << 16. */
const PAIRS = new Map<number, number>();
const PAIR_FOLD = 2;
/** Case class per character (CASE_*). */
let CASE: Uint8Array | null = null;
/** Separator kind per non-word character (SEP_*). */
let SEP: Uint8Array | null = null;

export const CASE_NONE = 0;
export const CASE_UPPER = 1;
export const CASE_LOWER = 2;
/** Digits, uncased letters (CJK) and '&': count as capitalised for the case policy. */
export const CASE_OTHER = 3;

const SEP_SPACE = 1;
const SEP_NEWLINE = 2;
const SEP_HYPHEN = 3;
const SEP_APOS = 4;
const SEP_DOT = 5;
const SEP_OTHER = 6;

/** Gap classes: what separates a token from the previous one. A match may continue only across soft gaps. */
export const GAP_HARD = 0; // start of text, punctuation, paragraph break, dash with spaces, quotes
export const GAP_SPACE = 1; // spaces (incl. no-break spaces) and at most one line break
export const GAP_HYPHEN = 2; // a hyphen with no spaces: "Jean-Yves", "al-Assad", "US-Japan"
export const GAP_APOS = 3; // an apostrophe with no spaces: "O'Brien", "Lavrov’s"
export const GAP_DOT = 4; // a period, optionally followed by spaces: "U.S.", "St. Louis"

/** Letters that NFD does not decompose but news writes without their stroke. */
const EXTRA_FOLDS: Record<string, string> = {
  ø: 'o', đ: 'd', ł: 'l', ħ: 'h', ı: 'i', ŧ: 't', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ĳ: 'ij', ŀ: 'l',
};

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const MARK_RE = /\p{M}/u;
const MARKS_RE = /\p{M}/gu;

function foldOf(lower: string): string {
  let out = '';
  for (const l of lower) out += EXTRA_FOLDS[l] ?? l;
  const d = out.normalize('NFD');
  return d.length === out.length ? d : d.replace(MARKS_RE, '');
}

function sepKind(c: number): number {
  switch (c) {
    // CR counts as a space so that a CRLF is one line break, not two (two end a name: a paragraph break).
    case 0x20: case 0x09: case 0xa0: case 0x202f: case 0x2007: case 0x2009: case 0x200a: case 0x2002: case 0x2003:
    case 0x0b: case 0x0c: case 0x0d:
      return SEP_SPACE;
    case 0x0a: case 0x2028:
      return SEP_NEWLINE;
    case 0x2d: case 0x2010: case 0x2011:
      return SEP_HYPHEN;
    case 0x27: case 0x2019: case 0x2018: case 0x02bc:
      return SEP_APOS;
    case 0x2e:
      return SEP_DOT;
    case 0x200b: case 0xad: case 0x200c: case 0x200d: case 0xfeff:
      return 0; // invisible: ignored inside gaps (soft hyphen, zero-width space)
    default:
      return SEP_OTHER;
  }
}

/** [first folded unit, second folded unit or 0, case class, separator kind] of one code unit. */
function classify(c: number): [number, number, number, number] {
  if (c >= 0xd800 && c <= 0xdfff) return [0, 0, CASE_NONE, SEP_OTHER];
  if (c === 0x26 /* & */) return [0x26, 0, CASE_OTHER, 0]; // "AT&T", "Procter & Gamble"
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  // A cased character is a letter: the Unicode regexes (the slow part) are needed only for the others.
  const cased = lower !== upper;
  if (!cased) {
    if (!WORD_RE.test(ch)) return [0, 0, CASE_NONE, sepKind(c)];
    if (MARK_RE.test(ch)) return [1, 0, CASE_NONE, 0];
  }
  const f = foldOf(lower);
  const caseClass = !cased ? CASE_OTHER : ch === lower ? CASE_LOWER : CASE_UPPER;
  if (f.length === 0) return [1, 0, caseClass, 0];
  // Folds outside 3..0xfffe would collide with the table's markers; keep the character itself then.
  const f0 = f.charCodeAt(0);
  if (f0 < 3 || f0 === UNKNOWN) return [c, 0, caseClass, 0];
  return [f0, f.length > 1 ? f.charCodeAt(1) : 0, caseClass, 0];
}

function buildTables(): void {
  const fold = new Uint16Array(TABLE_SIZE).fill(UNKNOWN);
  const cases = new Uint8Array(TABLE_SIZE);
  const seps = new Uint8Array(TABLE_SIZE);
  // ASCII directly (most text), surrogates as separators.
  for (let c = 0; c < 0x80; c++) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      fold[c] = c;
      cases[c] = c >= 0x61 ? CASE_LOWER : CASE_OTHER;
    } else if (c >= 0x41 && c <= 0x5a) {
      fold[c] = c + 32;
      cases[c] = CASE_UPPER;
    } else if (c === 0x26) {
      fold[c] = c;
      cases[c] = CASE_OTHER;
    } else {
      fold[c] = 0;
      seps[c] = sepKind(c);
    }
  }
  fold.fill(0, 0xd800, 0xe000);
  seps.fill(SEP_OTHER, 0xd800, 0xe000);
  FOLD = fold;
  CASE = cases;
  SEP = seps;
  // Latin letters with diacritics and the punctuation block (quotes, dashes, spaces) up front: news text uses
  // them everywhere, and filling them mid-scan made V8 deoptimise tokenize() once per new character.
  for (let c = 0x80; c < 0x250; c++) fill(c);
  for (let c = 0x2000; c < 0x2070; c++) fill(c);
}

/** Fills the table entry of character c and returns its FOLD value. */
function fill(c: number): number {
  const [f, f2, k, s] = classify(c);
  if (f2) PAIRS.set(c, f | (f2 << 16));
  const v = f2 ? PAIR_FOLD : f;
  FOLD![c] = v;
  CASE![c] = k;
  SEP![c] = s;
  return v;
}

/** Both folded code units of c packed lo | hi << 16 (hi 0 when single; lo 0 separator, 1 mark). Cold paths. */
function foldUnits(c: number): number {
  let f = FOLD![c];
  if (f === UNKNOWN) f = fill(c);
  return f === PAIR_FOLD ? PAIRS.get(c)! : f;
}

/** Reusable token arrays (grown on demand) so matching a text allocates nothing per token. */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  /** bits 0-2: gap class before the token; bits 3-4: case class of its first character */
  info: Uint8Array;
}

export const INFO_GAP_MASK = 7;
export const INFO_CASE_SHIFT = 3;

export function createTokens(capacity = 1024): Tokens {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    hash: new Int32Array(capacity),
    info: new Uint8Array(capacity),
  };
}

function grow(t: Tokens): void {
  const cap = t.start.length * 2;
  const s = new Int32Array(cap); s.set(t.start); t.start = s;
  const e = new Int32Array(cap); e.set(t.end); t.end = e;
  const h = new Int32Array(cap); h.set(t.hash); t.hash = h;
  const i = new Uint8Array(cap); i.set(t.info); t.info = i;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/**
 * Splits `text` into word tokens in one linear pass: Unicode letters, digits and marks form words (so "Lomé",
 * "Anjō" and "Sololá" are whole words), everything else separates them. Each token gets the FNV-1a hash of its
 * folded characters, its gap class and its first character's case class.
 */
export function tokenize(text: string, t: Tokens): number {
  if (FOLD === null) buildTables();
  const fold = FOLD!;
  const cases = CASE!;
  const seps = SEP!;
  const n = text.length;
  let count = 0;
  let gap = GAP_HARD;
  let newlines = 0;
  let atStart = true; // no separator seen since the last token (or text start)
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let f = fold[c];
    if (f === UNKNOWN) f = fill(c);
    if (f === 0) {
      // A separator: fold it into the gap class of the next token. Fast path first: the one space between words.
      if (c === 0x20 && atStart) {
        atStart = false;
        newlines = 0;
        gap = GAP_SPACE;
        i++;
        continue;
      }
      const k = seps[c];
      if (atStart) {
        atStart = false;
        newlines = 0;
        switch (k) {
          case SEP_SPACE: gap = GAP_SPACE; break;
          case SEP_NEWLINE: gap = GAP_SPACE; newlines = 1; break;
          case SEP_HYPHEN: gap = GAP_HYPHEN; break;
          case SEP_APOS: gap = GAP_APOS; break;
          case SEP_DOT: gap = GAP_DOT; break;
          case 0: atStart = true; break;
          default: gap = GAP_HARD;
        }
      } else if (gap !== GAP_HARD) {
        if (k === SEP_SPACE) {
          if (gap === GAP_HYPHEN || gap === GAP_APOS) gap = GAP_HARD;
        } else if (k === SEP_NEWLINE) {
          if (gap === GAP_HYPHEN || gap === GAP_APOS || ++newlines > 1) gap = GAP_HARD;
        } else if (k !== 0) {
          gap = GAP_HARD;
        }
      }
      i++;
      continue;
    }
    // A word: hash its folded characters.
    if (count === t.start.length) grow(t);
    const tokStart = i;
    let h = FNV_OFFSET;
    const first = cases[c];
    for (;;) {
      if (f > PAIR_FOLD) {
        h = Math.imul(h ^ f, FNV_PRIME);
      } else if (f === PAIR_FOLD) {
        const p = PAIRS.get(c)!;
        h = Math.imul(h ^ (p & 0xffff), FNV_PRIME);
        h = Math.imul(h ^ (p >>> 16), FNV_PRIME);
      }
      if (++i >= n) break;
      c = text.charCodeAt(i);
      f = fold[c];
      if (f === UNKNOWN) f = fill(c);
      if (f === 0) break;
    }
    t.start[count] = tokStart;
    t.end[count] = i;
    t.hash[count] = h;
    // The first token has nothing to join; two words with only an invisible character between them (soft hyphen,
    // zero-width space) are joined by a soft gap.
    const g = count === 0 ? GAP_HARD : atStart ? GAP_SPACE : gap;
    t.info[count] = g | (first << INFO_CASE_SHIFT);
    count++;
    gap = GAP_HARD;
    atStart = true;
    newlines = 0;
  }
  t.count = count;
  return count;
}

/** A second, independent 16-bit hash of a token's folded characters: checked on matches to rule out 32-bit
 *  collisions between a text word and a dictionary word. */
export function checkHash(text: string, start: number, end: number): number {
  if (FOLD === null) buildTables();
  const fold = FOLD!;
  let h = 0x9747b28c | 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let f = fold[c];
    if (f === UNKNOWN) f = fill(c);
    if (f > PAIR_FOLD) {
      h = Math.imul(h + f, 0x5bd1e995);
      h ^= h >>> 13;
    } else if (f === PAIR_FOLD) {
      const p = PAIRS.get(c)!;
      h = Math.imul(h + (p & 0xffff), 0x5bd1e995);
      h ^= h >>> 13;
      h = Math.imul(h + (p >>> 16), 0x5bd1e995);
      h ^= h >>> 13;
    }
  }
  return ((h >>> 16) ^ h) & 0xffff;
}

/** Hash of the case pattern (upper/lower of each cased letter) of text[start, end): equal patterns mean the
 *  text is capitalised exactly as the alias ("US" vs "Us", "McDonald" vs "Mcdonald"). */
export function caseMask(text: string, start: number, end: number): number {
  if (FOLD === null) buildTables();
  const cases = CASE!;
  let m = 7;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (FOLD![c] === UNKNOWN) fill(c);
    const k = cases[c];
    if (k === CASE_UPPER) m = (Math.imul(m, 31) + 2) | 0;
    else if (k === CASE_LOWER) m = (Math.imul(m, 31) + 1) | 0;
  }
  return m >>> 0;
}

/** The folded form of a string (lower case, no diacritics, word characters only, tokens joined by a space). */
export function foldText(text: string): string {
  if (FOLD === null) buildTables();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const u = foldUnits(text.charCodeAt(i));
    const f = u & 0xffff;
    const f2 = u >>> 16;
    if (f === 0) { pendingSpace = out.length > 0; continue; }
    if (f === 1) continue;
    if (pendingSpace) { out += ' '; pendingSpace = false; }
    out += String.fromCharCode(f);
    if (f2) out += String.fromCharCode(f2);
  }
  return out;
}

/** Case class of the character at `i` (CASE_*). */
export function caseClassAt(text: string, i: number): number {
  if (FOLD === null) buildTables();
  const c = text.charCodeAt(i);
  if (FOLD![c] === UNKNOWN) fill(c);
  return CASE![c];
}

/** Builds the character tables now (they are otherwise built on the first tokenize call). */
export function prepareTables(): void {
  if (FOLD === null) buildTables();
}
