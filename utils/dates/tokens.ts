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
const TOKEN_RE = /(\p{L}+(?:['’](?![sS](?!\p{L}))\p{L}+)?)|('?\d+(?:[-.,:/]\d+)*\p{L}*)|(['’][sS](?!\p{L}))|(\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let match = TOKEN_RE.exec(text); match; match = TOKEN_RE.exec(text)) {
    const start = match.index;
    const raw = match[0];
    const gap = text.slice(previousEnd, start);
    tokens.push({
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + raw.length,
      kind: match[1] !== undefined ? 'word' : match[2] !== undefined ? 'num' : 'punct',
      space: start === 0 || gap.length > 0,
      newline: gap.includes('\n'),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}
