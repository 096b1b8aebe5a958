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

// Per-code-unit class table (filled lazily from the same Unicode regexes), so the scan below tests a byte instead
// of running a regex per character: the regexes were most of the recogniser's tokenising time.
const C_KNOWN = 1;
const C_WORD = 2;
const C_LETTER = 4;
const C_UPPER = 8;
const C_LOWER = 16;
const CLS = new Uint8Array(0x10000);

function fillClass(c: number): number {
  const ch = String.fromCharCode(c);
  let v = C_KNOWN;
  if (WORDCH.test(ch)) v |= C_WORD;
  if (LETTER.test(ch)) v |= C_LETTER;
  if (UPPER.test(ch)) v |= C_UPPER;
  if (LOWER.test(ch)) v |= C_LOWER;
  CLS[c] = v;
  return v;
}

/** The class bits of one UTF-16 code unit (what the regexes above say of it as a one-unit string). */
function classOf(c: number): number {
  const v = CLS[c];
  return v === 0 ? fillClass(c) : v;
}

function isWordAt(text: string, i: number): boolean {
  return i < text.length && (classOf(text.charCodeAt(i)) & C_WORD) !== 0;
}

function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060;
}

function isApos(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '`', '``', '-', '—', '–', '--', '*', '•']);

/**
 * Splits text into words, numbers and punctuation. A word keeps internal apostrophes before a letter other
 * than a lone possessive "s" ("O'Brien", "N'Djamena") and dotted initialisms ("U.S.", "U.N."); a hyphen
 * splits words but is remembered (`hyphenBefore`), so "US-Japan" gives two names and "Jean-Yves" can be
 * joined back by the name rules.
 */
export function tokenize(text: string): Tok[] {
  return tokenizeDoc(text).toks;
}

/** `tokenize` plus the folded words the text writes in lower case (the document's `lowerInDoc`), gathered in the
 *  same pass. */
export function tokenizeDoc(text: string): { toks: Tok[]; lowerWords: Set<string> } {
  const toks: Tok[] = [];
  const lowerWords = new Set<string>();
  /** Letters per token, for the headline test (counted here once instead of by a regex per character later). */
  const letterCounts: number[] = [];
  /** Token text -> the shared text and key strings, for this text only (nothing kept between documents). */
  const interned = new Map<string, { text: string; key: string | null }>();
  const n = text.length;
  let i = 0;
  let pendingNewlines = 0;
  let pendingHyphen = false;
  let sawSpace = true;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 === 0x0a || c0 === 0x0d || c0 === 0x2028 || c0 === 0x2029) {
      // A line break followed by indentation is source formatting inside a paragraph (HTML text nodes keep it):
      // a space. A line break followed directly by text starts a new line (headlines, datelines, table rows).
      let k = i + 1;
      if (c0 === 0x0d && text.charCodeAt(k) === 0x0a) k++;
      const ck = text.charCodeAt(k);
      const indented = ck === 0x20 || ck === 0x09;
      if (!indented) {
        if (c0 === 0x0a || c0 !== 0x0d) pendingNewlines++;
        else if (text.charCodeAt(i + 1) !== 0x0a) pendingNewlines++;
      }
      pendingHyphen = false;
      sawSpace = true;
      i++;
      continue;
    }
    if (c0 === 0x20 || c0 === 0x09 || c0 === 0xa0 || c0 === 0x202f || c0 === 0x2009 || c0 === 0x200b || c0 === 0xfeff) {
      sawSpace = true;
      pendingHyphen = false;
      i++;
      continue;
    }
    const start = i;
    let kind: TokKind;
    let initialism = false;
    const cls0 = classOf(c0);
    if (cls0 & C_WORD) {
      // Dotted initialism: U.S., U.N., U.K. (letters each followed by a dot, at least two of them). The regex
      // needs a letter and a dot here, so it runs only then.
      let m: RegExpExecArray | null = null;
      if ((cls0 & C_LETTER) && text.charCodeAt(i + 1) === 0x2e && (i === 0 || !isWordAt(text, i - 1))) {
        INITIALISM.lastIndex = i;
        m = INITIALISM.exec(text);
      }
      if (m) {
        i += m[0].length;
        kind = TokKind.Word;
        initialism = true;
      } else {
        i++;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (classOf(c) & C_WORD) { i++; continue; }
          // Invisible characters inside a word ("Vladi\u00admir" with a soft hyphen, zero-width joiners) keep it whole.
          if (isInvisible(c) && isWordAt(text, i + 1)) { i++; continue; }
          // Internal apostrophe: O'Brien, N'Djamena, d'Estaing — but not the possessive "'s" / "’s".
          if (isApos(c) && isWordAt(text, i + 1)) {
            const after = text.charCodeAt(i + 1);
            const isPossessive = (after === 0x73 || after === 0x53) && !isWordAt(text, i + 2);
            if (!isPossessive) { i++; continue; }
          }
          break;
        }
        kind = c0 >= 0x30 && c0 <= 0x39 ? TokKind.Number : TokKind.Word;
      }
    } else {
      kind = TokKind.Punct;
      // Possessive clitic as one token: "'s", "’s", and a bare "'" after a plural ("Rangers'").
      const c1 = text.charCodeAt(i + 1);
      if (isApos(c0) && (c1 === 0x73 || c1 === 0x53) && !isWordAt(text, i + 2)) i += 2;
      else if (c0 === 0x2d && c1 === 0x2d) i += 2;
      else i++;
    }
    if (kind === TokKind.Punct && i - start === 1 && (c0 === 0x2d || c0 === 0x2010 || c0 === 0x2011) && !sawSpace && isWordAt(text, i)) {
      // A hyphen between two words: remembered on the next word, not a token of its own.
      pendingHyphen = true;
      sawSpace = false;
      continue;
    }
    // Interned text and key: a news text repeats its words, and one shared string per word (instead of fresh
    // copies that all stay alive with their tokens) took about half of the tokenizer's time off garbage collection.
    const raw = text.slice(start, i);
    let ent = interned.get(raw);
    if (ent === undefined) {
      ent = { text: raw, key: null };
      interned.set(raw, ent);
    }
    const t = ent.text;
    let letters = 0;
    let uppers = 0;
    let ascii = true;
    if (initialism) {
      // May hold astral letters (the regex reads code points): count by code point as the rule says.
      for (const c of t) {
        if (LETTER.test(c)) {
          letters++;
          if (UPPER.test(c)) uppers++;
        }
      }
      ascii = false;
    } else {
      // Word and punctuation tokens hold no surrogate pairs, so code units are code points here.
      for (let k = start; k < i; k++) {
        const c = text.charCodeAt(k);
        if (c >= 0x80) ascii = false;
        const v = classOf(c);
        if (v & C_LETTER) {
          letters++;
          if (v & C_UPPER) uppers++;
        }
      }
    }
    const f = classOf(c0);
    // The key depends on the text alone. fold() of plain ASCII is its lower case (no marks or special letters).
    let key = ent.key;
    if (key === null) key = ent.key = kind === TokKind.Punct ? t : ascii ? t.toLowerCase() : fold(t);
    const lower = (f & C_LOWER) !== 0;
    toks.push({
      start, end: i, text: t, kind,
      cap: (f & C_UPPER) !== 0,
      upper: letters >= 2 && uppers === letters,
      lower,
      sentStart: false,
      capsLine: false,
      hyphenBefore: pendingHyphen,
      lineStart: pendingNewlines > 0 || toks.length === 0,
      paraStart: pendingNewlines > 1 || toks.length === 0,
      key,
    });
    letterCounts.push(letters);
    if (kind === TokKind.Word && lower) lowerWords.add(key);
    pendingNewlines = 0;
    pendingHyphen = false;
    sawSpace = false;
  }
  markSentences(toks);
  markCapsLines(toks, lowerWords, letterCounts);
  return { toks, lowerWords };
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
function markCapsLines(toks: Tok[], lowerWords: ReadonlySet<string>, letterCounts: number[]): void {
  let lineFrom = 0;
  for (let i = 0; i <= toks.length; i++) {
    if (i === toks.length || (i > lineFrom && toks[i].lineStart)) {
      let words = 0;
      let caps = 0;
      for (let k = lineFrom; k < i; k++) {
        const t = toks[k];
        if (t.kind !== TokKind.Word) continue;
        if (letterCounts[k] < 2) continue;
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
