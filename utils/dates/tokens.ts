// Splits text into word, number and punctuation tokens with UTF-16 offsets, in one linear pass.

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  text: string;
  /** Lower case, typographic apostrophe folded to "'". */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Whitespace (or the start of the text) directly before the token. */
  space: boolean;
  /** A line break between the previous token and this one (block boundaries are "\n\n"). */
  newline: boolean;
}

// One alternation, each branch a simple run: no nested quantifiers, so the scan stays linear.
// Words keep an inner apostrophe ("don't", "o'clock") except the possessive "'s", which is its own token so
// "December's", "today's" and "this year's" read as the date word. Numbers keep their inner separators
// ("2021-03-22", "3/22/2021", "10:35", "2,015") and a letter suffix ("22nd", "1990s"); a leading apostrophe
// marks a two-digit year ("'80s").
// `tokenize` below scans by hand with exactly this grammar (the regex and a slice per gap were most of the date
// finder's time); the regex stays as its specification.
export const TOKEN_RE = /(\p{L}+(?:['’](?![sS](?!\p{L}))\p{L}+)?)|('?\d+(?:[-.,:/]\d+)*\p{L}*)|(['’][sS](?!\p{L}))|(\S)/gu;

const LETTER_RE = /\p{L}/u;
const SPACE_RE = /\s/u;
/** Per-code-unit classes, filled on first sight from the regexes: 1 known, 2 letter, 4 whitespace. */
const CLS = new Uint8Array(0x10000);

function classOf(c: number): number {
  let v = CLS[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = 1 | (LETTER_RE.test(ch) ? 2 : 0) | (SPACE_RE.test(ch) ? 4 : 0);
    CLS[c] = v;
  }
  return v;
}

/** Length in code units of the letter (\p{L}, by code point) at i, or 0. */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_RE.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return classOf(c) & 2 ? 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  /** Token text -> its shared text and lower-case strings, for this text only. */
  const interned = new Map<string, { text: string; lower: string }>();
  const n = text.length;
  let previousEnd = 0;
  let newline = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (classOf(c) & 4) {
      if (c === 0x0a) newline = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let l = letterAt(text, i);
    if (l) {
      // \p{L}+ then, optionally, an apostrophe and \p{L}+ unless the apostrophe starts a lone "'s".
      i += l;
      while ((l = letterAt(text, i))) i += l;
      if (i < n && isApostrophe(text.charCodeAt(i))) {
        const r = i + 1;
        const s = text.charCodeAt(r);
        const possessive = (s === 0x73 || s === 0x53) && !letterAt(text, r + 1);
        if (!possessive && (l = letterAt(text, r))) {
          i = r + l;
          while ((l = letterAt(text, i))) i += l;
        }
      }
      kind = 'word';
    } else if (isDigit(c) || (c === 0x27 && isDigit(text.charCodeAt(i + 1)))) {
      // '?\d+(?:[-.,:/]\d+)*\p{L}*
      if (c === 0x27) i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      for (;;) {
        const sep = text.charCodeAt(i);
        if ((sep === 0x2d || sep === 0x2e || sep === 0x2c || sep === 0x3a || sep === 0x2f) && isDigit(text.charCodeAt(i + 1))) {
          i += 2;
          while (i < n && isDigit(text.charCodeAt(i))) i++;
        } else break;
      }
      while ((l = letterAt(text, i))) i += l;
      kind = 'num';
    } else {
      const s = text.charCodeAt(i + 1);
      if (isApostrophe(c) && (s === 0x73 || s === 0x53) && !letterAt(text, i + 2)) i += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && s >= 0xdc00 && s <= 0xdfff) i += 2; // \S reads a code point
      else i++;
      kind = 'punct';
    }
    // One shared text and lower-case string per distinct token (news repeats its words): fewer strings kept
    // alive, less garbage collection.
    const sliced = text.slice(start, i);
    let ent = interned.get(sliced);
    if (ent === undefined) {
      let lower = sliced.toLowerCase();
      if (lower.indexOf('’') >= 0) lower = lower.replace(/’/g, "'");
      ent = { text: sliced, lower: lower === sliced ? sliced : lower };
      interned.set(sliced, ent);
    }
    const raw = ent.text;
    const lower = ent.lower;
    tokens.push({
      text: raw,
      lower,
      start,
      end: i,
      kind,
      space: start === 0 || start > previousEnd,
      newline,
    });
    previousEnd = i;
    newline = false;
  }
  return tokens;
}
