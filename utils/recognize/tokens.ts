// Word tokens of an article with the features the name rules read: capitalisation, sentence starts, headline lines.
// One pass over the text; every rule downstream works on these tokens, never by re-scanning the text.

export const enum TokKind {
  Word = 1,
  Number = 2,
  Punct = 3,
}

export interface Tok {
  start: number;
  end: number;
  text: string;
  kind: TokKind;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case and there are at least two ("NATO", "JAPAN", "U.S."). */
  upper: boolean;
  /** First character is a lower-case letter. */
  lower: boolean;
  /** First word of a sentence or line (capitalisation says nothing there). */
  sentStart: boolean;
  /** Inside a line written in capitals (a headline): capitalisation says nothing either. */
  capsLine: boolean;
  /** Joined to the previous token by a hyphen with no spaces ("Jean-Yves", "US-Japan", "Lumpur-based"). */
  hyphenBefore: boolean;
  /** A line break (or the start of the text) lies between this token and the previous one. */
  lineStart: boolean;
  /** A blank line (paragraph break) lies between this token and the previous one. */
  paraStart: boolean;
  /** Folded form: lower case without diacritics, for lexicon and coreference look-ups. */
  key: string;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const WORDCH = /[\p{L}\p{M}\p{N}]/u;
const MARKS = /\p{M}/gu;
const DIGIT = /[0-9]/;
const INITIALISM = /(?:\p{L}\.){2,}(?![\p{L}\p{N}])/uy;

/** Lower case, no diacritics ("Erdoğan" -> "erdogan"). Cached: names repeat. */
const foldCache = new Map<string, string>();
export function fold(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = s.replace(INVISIBLE_RE, '').toLowerCase().normalize('NFD').replace(MARKS, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/[’‘]/g, "'");
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
}

function isWordChar(ch: string): boolean {
  return ch !== '' && WORDCH.test(ch);
}

const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060']);
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const APOS = new Set(["'", '’', 'ʼ']);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '`', '``', '-', '—', '–', '--', '*', '•']);

/**
 * Splits text into words, numbers and punctuation. A word keeps internal apostrophes before a letter other
 * than a lone possessive "s" ("O'Brien", "N'Djamena") and dotted initialisms ("U.S.", "U.N."); a hyphen
 * splits words but is remembered (`hyphenBefore`), so "US-Japan" gives two names and "Jean-Yves" can be
 * joined back by the name rules.
 */
export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  let pendingNewlines = 0;
  let pendingHyphen = false;
  let sawSpace = true;
  while (i < n) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      // A line break followed by indentation is source formatting inside a paragraph (HTML text nodes keep it):
      // a space. A line break followed directly by text starts a new line (headlines, datelines, table rows).
      let k = i + 1;
      if (ch === '\r' && text[k] === '\n') k++;
      const indented = text[k] === ' ' || text[k] === '\t';
      if (!indented) {
        if (ch === '\n' || ch !== '\r') pendingNewlines++;
        else if (text[i + 1] !== '\n') pendingNewlines++;
      }
      pendingHyphen = false;
      sawSpace = true;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\u200b' || ch === '\ufeff') {
      sawSpace = true;
      pendingHyphen = false;
      i++;
      continue;
    }
    const start = i;
    let kind: TokKind;
    if (isWordChar(ch)) {
      // Dotted initialism: U.S., U.N., U.K. (letters each followed by a dot, at least two of them).
      INITIALISM.lastIndex = i;
      const m = i === 0 || !isWordChar(text[i - 1]) ? INITIALISM.exec(text) : null;
      if (m) {
        i += m[0].length;
        kind = TokKind.Word;
      } else {
        i++;
        while (i < n) {
          const c = text[i];
          if (isWordChar(c)) { i++; continue; }
          // Invisible characters inside a word ("Vladi\u00admir" with a soft hyphen, zero-width joiners) keep it whole.
          if (INVISIBLE.has(c) && isWordChar(text[i + 1] ?? '')) { i++; continue; }
          // Internal apostrophe: O'Brien, N'Djamena, d'Estaing — but not the possessive "'s" / "’s".
          if (APOS.has(c) && isWordChar(text[i + 1] ?? '')) {
            const after = text[i + 1];
            const isPossessive = (after === 's' || after === 'S') && !isWordChar(text[i + 2] ?? '');
            if (!isPossessive) { i++; continue; }
          }
          break;
        }
        const word = text.slice(start, i);
        kind = DIGIT.test(word[0]) ? TokKind.Number : TokKind.Word;
      }
    } else {
      kind = TokKind.Punct;
      // Possessive clitic as one token: "'s", "’s", and a bare "'" after a plural ("Rangers'").
      if (APOS.has(ch) && (text[i + 1] === 's' || text[i + 1] === 'S') && !isWordChar(text[i + 2] ?? '')) i += 2;
      else if (ch === '-' && text[i + 1] === '-') i += 2;
      else i++;
    }
    const t = text.slice(start, i);
    if (kind === TokKind.Punct && (t === '-' || t === '‐' || t === '‑') && !sawSpace && isWordChar(text[i] ?? '')) {
      // A hyphen between two words: remembered on the next word, not a token of its own.
      pendingHyphen = true;
      sawSpace = false;
      continue;
    }
    const first = t[0];
    let letters = 0;
    let uppers = 0;
    for (const c of t) {
      if (LETTER.test(c)) {
        letters++;
        if (UPPER.test(c)) uppers++;
      }
    }
    toks.push({
      start, end: i, text: t, kind,
      cap: UPPER.test(first),
      upper: letters >= 2 && uppers === letters,
      lower: LOWER.test(first),
      sentStart: false,
      capsLine: false,
      hyphenBefore: pendingHyphen,
      lineStart: pendingNewlines > 0 || toks.length === 0,
      paraStart: pendingNewlines > 1 || toks.length === 0,
      key: kind === TokKind.Punct ? t : fold(t),
    });
    pendingNewlines = 0;
    pendingHyphen = false;
    sawSpace = false;
  }
  markSentences(toks);
  markCapsLines(toks);
  return toks;
}

function markSentences(toks: Tok[]): void {
  let atStart = true;
  for (const t of toks) {
    if (t.lineStart) atStart = true;
    if (t.kind === TokKind.Punct) {
      if (SENTENCE_END.has(t.text) || t.text === '--' || t.text === '—' || t.text === '–') atStart = true;
      else if (!OPENERS.has(t.text)) atStart = false;
      continue;
    }
    // " - " with spaces round it separates a headline's topic from the headline ("SOCCER - JAPAN GET ...").
    t.sentStart = atStart;
    atStart = false;
  }
  // A hyphen with spaces round it is kept as a token; treat it as a boundary too.
  for (let i = 1; i < toks.length; i++) {
    const p = toks[i - 1];
    if (p.kind === TokKind.Punct && p.text === '-' && toks[i].kind !== TokKind.Punct) toks[i].sentStart = true;
  }
}

/** Small words a title-case headline capitalises ("Putin Meets Biden In Geneva"). */
const HEADLINE_SMALL = new Set(['to', 'in', 'on', 'of', 'for', 'the', 'a', 'an', 'and', 'with', 'at', 'by', 'from', 'as', 'is', 'are', 'was', 'over', 'after', 'into', 'amid', 'says', 'say', 'will', 'not', 'new', 'up', 'out', 'off', 'but', 'or', 'its', 'his', 'her', 'their', 'how', 'why', 'what', 'who']);

/** Lines where most words are in capitals (or Title Case, with its small words capitalised) are headlines:
 *  capitalisation carries no signal there. */
function markCapsLines(toks: Tok[]): void {
  const lowerWords = new Set<string>();
  for (const t of toks) if (t.kind === TokKind.Word && t.lower) lowerWords.add(t.key);
  let lineFrom = 0;
  for (let i = 0; i <= toks.length; i++) {
    if (i === toks.length || (i > lineFrom && toks[i].lineStart)) {
      let words = 0;
      let caps = 0;
      for (let k = lineFrom; k < i; k++) {
        const t = toks[k];
        if (t.kind !== TokKind.Word) continue;
        let letters = 0;
        for (const c of t.text) if (LETTER.test(c)) letters++;
        if (letters < 2) continue;
        words++;
        if (t.upper) caps++;
      }
      let titled = 0;
      let smallTitled = 0;
      for (let k = lineFrom; k < i; k++) {
        const t = toks[k];
        if (t.kind !== TokKind.Word || !t.cap || t.upper) continue;
        titled++;
        if (k > lineFrom && (HEADLINE_SMALL.has(t.key) || lowerWords.has(t.key))) smallTitled++;
      }
      if (words >= 2 && caps / words >= 0.6) for (let k = lineFrom; k < i; k++) toks[k].capsLine = true;
      else if (words >= 4 && titled / words >= 0.75 && smallTitled >= 2) for (let k = lineFrom; k < i; k++) toks[k].capsLine = true;
      else if (words === 1 && caps === 1 && i - lineFrom <= 3) for (let k = lineFrom; k < i; k++) toks[k].capsLine = true;
      lineFrom = i;
    }
  }
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(toks: Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "Lavrov" from "LAVROV": the form a capitals-only token would have in running text. */
export function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
