// The fast paths of the recogniser and the date finder must behave exactly like the plain code they replaced:
// the hand-written scanners against their regex specifications, and the fuzzy matcher's bucketed search against
// the one-deletion index it replaced. Random strings of awkward characters (astral letters, soft hyphens, CRLF,
// apostrophes, initialisms) exercise the corners. Behaviour only: no timings here.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../utils/dictionary/index';
import type { Dictionary } from '../../utils/dictionary/types';
import { roleRank } from '../../utils/dictionary/roles';
import { TOKEN_RE, tokenize as dateTokens, type Token } from '../../utils/dates/tokens';
import { fold, tokenize as nameTokens } from '../../utils/recognize/tokens';
import { editDistance, nearestProminent } from '../../utils/recognize/fuzzy';

const PIECES = [
  'U', '.', 'S', 's', "'", '’', 'ʼ', '-', '‐', '‑', '--', ' ', '\n', '\r', '\r\n', '\t', '\u00a0', '\u00ad', '\u200b',
  '\u200d', '\ufeff', '\u2028', '\u2029', '\u3000', '\u2000', '\v', 'é', 'e\u0301', 'İ', 'ß', 'Σ', '𝐀', '𝐀.', '😀',
  '\ud835', 'A.', 'b.', 'ab', 'Lavrov', 'MARCH', '2021', '3', ':', '/', ',', '12', '4.5', ':8', "'9", "'x", '’S', 'x',
  '١', 'ǅ', 'Ⅻ', '(', '"', 'May', "o'clock", 'a.m.', 'the', 'Monday', "O'Brien", 'Vladi\u00admir',
];

function randomTexts(count: number, seed: number): string[] {
  let s = seed;
  const rand = () => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s / 0x7fffffff; };
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let t = '';
    const len = 1 + Math.floor(rand() * 14);
    for (let k = 0; k < len; k++) t += PIECES[Math.floor(rand() * PIECES.length)];
    out.push(t);
  }
  return out;
}

/** The date tokenizer as the regex specifies it (the former implementation). */
function dateTokensByRegex(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  for (let match = re.exec(text); match; match = re.exec(text)) {
    const start = match.index;
    const raw = match[0];
    const gap = text.slice(previousEnd, start);
    tokens.push({
      text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), start, end: start + raw.length,
      kind: match[1] !== undefined ? 'word' : match[2] !== undefined ? 'num' : 'punct',
      space: start === 0 || gap.length > 0, newline: gap.includes('\n'),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** The name tokenizer's scan as first written, with a regex per character (sentence and headline marks excluded). */
function nameTokensByRegex(text: string): object[] {
  const WORDCH = /[\p{L}\p{M}\p{N}]/u;
  const LETTER = /\p{L}/u;
  const UPPER = /\p{Lu}/u;
  const LOWER = /\p{Ll}/u;
  const INITIALISM = /(?:\p{L}\.){2,}(?![\p{L}\p{N}])/uy;
  const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060']);
  const APOS = new Set(["'", '’', 'ʼ']);
  const isWordChar = (ch: string) => ch !== '' && WORDCH.test(ch);
  const toks: object[] = [];
  const n = text.length;
  let i = 0;
  let pendingNewlines = 0;
  let pendingHyphen = false;
  let sawSpace = true;
  while (i < n) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      let k = i + 1;
      if (ch === '\r' && text[k] === '\n') k++;
      if (!(text[k] === ' ' || text[k] === '\t')) {
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
    let kind: number;
    if (isWordChar(ch)) {
      INITIALISM.lastIndex = i;
      const m = i === 0 || !isWordChar(text[i - 1]) ? INITIALISM.exec(text) : null;
      if (m) {
        i += m[0].length;
        kind = 1;
      } else {
        i++;
        while (i < n) {
          const c = text[i];
          if (isWordChar(c)) { i++; continue; }
          if (INVISIBLE.has(c) && isWordChar(text[i + 1] ?? '')) { i++; continue; }
          if (APOS.has(c) && isWordChar(text[i + 1] ?? '')) {
            const after = text[i + 1];
            if (!((after === 's' || after === 'S') && !isWordChar(text[i + 2] ?? ''))) { i++; continue; }
          }
          break;
        }
        kind = /[0-9]/.test(text[start]) ? 2 : 1;
      }
    } else {
      kind = 3;
      if (APOS.has(ch) && (text[i + 1] === 's' || text[i + 1] === 'S') && !isWordChar(text[i + 2] ?? '')) i += 2;
      else if (ch === '-' && text[i + 1] === '-') i += 2;
      else i++;
    }
    const t = text.slice(start, i);
    if (kind === 3 && (t === '-' || t === '‐' || t === '‑') && !sawSpace && isWordChar(text[i] ?? '')) {
      pendingHyphen = true;
      sawSpace = false;
      continue;
    }
    let letters = 0;
    let uppers = 0;
    for (const c of t) if (LETTER.test(c)) { letters++; if (UPPER.test(c)) uppers++; }
    toks.push({
      start, end: i, text: t, kind, cap: UPPER.test(t[0]), upper: letters >= 2 && uppers === letters, lower: LOWER.test(t[0]),
      hyphenBefore: pendingHyphen, lineStart: pendingNewlines > 0 || toks.length === 0,
      paraStart: pendingNewlines > 1 || toks.length === 0, key: kind === 3 ? t : fold(t),
    });
    pendingNewlines = 0;
    pendingHyphen = false;
    sawSpace = false;
  }
  return toks;
}

describe('fast tokenizers equal their specifications', () => {
  const texts = randomTexts(4000, 7);
  it('date tokens: hand scan = TOKEN_RE', () => {
    for (const t of texts) expect(dateTokens(t), JSON.stringify(t)).toEqual(dateTokensByRegex(t));
  });
  it('name tokens: table scan = per-character regexes', () => {
    for (const t of texts) {
      const fast = nameTokens(t).map(({ sentStart: _s, capsLine: _c, ...rest }) => rest);
      expect(fast, JSON.stringify(t)).toEqual(nameTokensByRegex(t));
    }
  });
  it('words repeat with the same strings (interned), whatever their case', () => {
    const toks = nameTokens('Lavrov met LAVROV; lavrov and Lavrov.');
    expect(toks.map((t) => t.key)).toEqual(['lavrov', 'met', 'lavrov', ';', 'lavrov', 'and', 'lavrov', '.']);
    expect(toks[0].text).toBe(toks[6].text);
  });
});

describe('fuzzy: bucketed search = the one-deletion index', () => {
  let dict: Dictionary;
  beforeAll(async () => {
    const { ensureDictionary } = await import('../../scripts/build-dictionary');
    dict = loadDictionary(new Uint8Array(readFileSync(await ensureDictionary({ quiet: true }))));
  }, 180_000);

  /** The former global index: prominent surnames by every one-deletion variant; first-found wins ties. */
  const deletions = (w: string) => { const out = [w]; for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1)); return out; };
  let index: { keys: Map<string, number[]>; entries: { folded: string; entity: number }[] } | null = null;
  function byIndex(key: string, glimit: number): number {
    if (!index) {
      index = { keys: new Map(), entries: [] };
      for (const s of dict.surnames(6)) {
        const rec = dict.entity(s.entities[0]);
        if (rec.type !== 'person' || !rec.roles.some((r) => roleRank(r.title) >= 3)) continue;
        const pos = index.entries.length;
        index.entries.push({ folded: s.folded, entity: s.entities[0] });
        for (const d of deletions(s.folded)) { const l = index.keys.get(d); if (l) l.push(pos); else index.keys.set(d, [pos]); }
      }
    }
    const { keys, entries } = index;
    const cand = new Set<number>();
    for (const d of deletions(key)) for (const pos of keys.get(d) ?? []) cand.add(pos);
    let best = -1;
    let bestD = glimit + 1;
    for (const pos of cand) {
      const e = entries[pos];
      if (e.folded[0] !== key[0] || e.folded === key) continue;
      const d = editDistance(key, e.folded, glimit);
      if (d < bestD) { bestD = d; best = e.entity; }
    }
    return best;
  }

  it('gives the same person for misspelt surnames', () => {
    let s = 3;
    const rand = () => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s / 0x7fffffff; };
    const surnames = dict.surnames(8).map((x) => x.folded).filter((f) => /^[a-z]+$/.test(f));
    const AL = 'abcdefghijklmnopqrstuvwxyz';
    let found = 0;
    for (let n = 0; n < 400; n++) {
      let w = surnames[Math.floor(rand() * surnames.length)];
      const i = 1 + Math.floor(rand() * (w.length - 1));
      const op = rand();
      const c = AL[Math.floor(rand() * 26)];
      w = op < 0.3 ? w.slice(0, i) + c + w.slice(i + 1) : op < 0.6 ? w.slice(0, i) + c + w.slice(i) : op < 0.8 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
      const glimit = w.length >= 9 ? 2 : 1;
      const expected = byIndex(w, glimit);
      if (expected >= 0) found++;
      expect(nearestProminent(dict, w, glimit), w).toBe(expected);
    }
    expect(found).toBeGreaterThan(0);
  }, 60_000);
});
