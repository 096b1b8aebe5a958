// The alias matcher: one tokenising pass over the text, then a longest-match walk of the compiled token trie from
// each word, with the case policy applied per token. Linear in the text; allocates only for the matches found.
import * as F from './format';
import * as N from './normalize';
import { createTokens, type Tokens } from './normalize';
import { AliasFlag, type AliasMatch } from './types';

// Constants copied into module scope: through a CommonJS transpile (tsx, vitest) every use of an imported binding
// is a getter call, which showed up as 15% of the matcher's profile.
const ENTITY_BITS = F.ENTITY_BITS;
const ENTITY_MASK = F.ENTITY_MASK;
const NODE_DOT_OK = F.NODE_DOT_OK;
const NODE_LOWER_OK = F.NODE_LOWER_OK;
const CASE_LOWER = N.CASE_LOWER;
const GAP_DOT = N.GAP_DOT;
const GAP_HARD = N.GAP_HARD;
const INFO_CASE_SHIFT = N.INFO_CASE_SHIFT;
const INFO_GAP_MASK = N.INFO_GAP_MASK;
const ACRONYM = AliasFlag.ACRONYM;
const LOWER_START = AliasFlag.LOWER_START;
const tokenize = N.tokenize;
const checkHash = N.checkHash;
const caseMask = N.caseMask;

export interface TrieArrays {
  nodeHash: Uint32Array;
  nodeCheck: Uint16Array;
  nodeFlags: Uint8Array;
  childStart: Uint32Array;
  termStart: Uint32Array;
  termEntries: Uint32Array;
  rootTable: Uint32Array;
}

/** Token arrays start at 4k words (a long article), grow to fit a text, and are dropped after one of more than
 *  65k words. */
const TOKENS_INITIAL = 1 << 12;
const TOKENS_KEEP = 1 << 16;
const ROOT_BITS_MASK = (1 << 20) - 1;
const LOWER_BITS_MASK = (1 << 14) - 1;
/** No alias has more tokens (the compiler leaves longer ones out): bounds the walk. */
const MAX_DEPTH = F.MAX_ALIAS_TOKENS;

export class Matcher {
  private readonly a: TrieArrays;
  private readonly rootMask: number;
  private tokens: Tokens = createTokens(TOKENS_INITIAL);
  private readonly termDepth = new Int32Array(MAX_DEPTH + 1);
  private readonly termNode = new Int32Array(MAX_DEPTH + 1);
  private readonly pathNode = new Int32Array(MAX_DEPTH + 1);

  /** One bit per (hash & ROOT_BITS_MASK) of the root's children: most words of a text start no alias, and this
   *  128 KB filter answers that without touching the large root table (a cache miss per word otherwise). */
  private readonly rootBits: Int32Array;
  /** The same for root children that may be written in lower case ("de Gaulle", "von der Leyen"): a lower-case
   *  word is looked up only if it is here. */
  private readonly lowerBits: Int32Array;

  constructor(arrays: TrieArrays) {
    this.a = arrays;
    this.rootMask = arrays.rootTable.length - 1;
    this.rootBits = new Int32Array((ROOT_BITS_MASK + 1) >>> 5);
    this.lowerBits = new Int32Array((LOWER_BITS_MASK + 1) >>> 5);
    const { childStart, nodeHash, nodeFlags } = arrays;
    for (let id = childStart[0]; id < childStart[1]; id++) {
      const h = nodeHash[id];
      this.rootBits[(h & ROOT_BITS_MASK) >>> 5] |= 1 << (h & 31);
      if (nodeFlags[id] & NODE_LOWER_OK) this.lowerBits[(h & LOWER_BITS_MASK) >>> 5] |= 1 << (h & 31);
    }
  }

  /** Child of `node` reached by token hash `h` (unsigned), or 0. */
  private child(node: number, h: number): number {
    const { nodeHash, childStart } = this.a;
    if (node === 0) {
      const table = this.a.rootTable;
      let s = h & this.rootMask;
      for (;;) {
        const id = table[s];
        if (id === 0) return 0;
        if (nodeHash[id] === h) return id;
        s = (s + 1) & this.rootMask;
      }
    }
    let lo = childStart[node];
    let hi = childStart[node + 1];
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (nodeHash[lo] === h) return lo;
      return 0;
    }
    hi--;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = nodeHash[mid];
      if (v === h) return mid;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  matchAliases(text: string): AliasMatch[] {
    // Size the token arrays once for the text (about one word per six characters) instead of doubling them.
    if (this.tokens.start.length < text.length / 5) this.tokens = createTokens(pow2AtLeast(Math.ceil(text.length / 5)));
    const t = this.tokens;
    const count = tokenize(text, t);
    const { nodeFlags, termStart, nodeHash, rootTable } = this.a;
    const rootMask = this.rootMask;
    const out: AliasMatch[] = [];
    const start = t.start, hash = t.hash, info = t.info;
    const termDepth = this.termDepth, termNode = this.termNode, pathNode = this.pathNode;
    let i = 0;
    const rootBits = this.rootBits, lowerBits = this.lowerBits;
    while (i < count) {
      // Root probe, inlined: this runs for every word of the text. The bit filters reject most words first.
      const h0 = hash[i] >>> 0;
      const inf = info[i];
      if (((inf >> INFO_CASE_SHIFT) & 3) === CASE_LOWER) {
        if ((lowerBits[(h0 & LOWER_BITS_MASK) >>> 5] & (1 << (h0 & 31))) === 0) { i++; continue; }
      } else if ((rootBits[(h0 & ROOT_BITS_MASK) >>> 5] & (1 << (h0 & 31))) === 0) { i++; continue; }
      let s = h0 & rootMask;
      let node = rootTable[s];
      while (node !== 0 && nodeHash[node] !== h0) {
        s = (s + 1) & rootMask;
        node = rootTable[s];
      }
      if (node === 0) { i++; continue; }
      if (((inf >> INFO_CASE_SHIFT) & 3) === CASE_LOWER && (nodeFlags[node] & NODE_LOWER_OK) === 0) { i++; continue; }
      // Walk as far as the trie and the gaps allow, remembering every node that ends an alias.
      let terms = 0;
      let j = i;
      for (;;) {
        pathNode[j - i] = node;
        if (termStart[node] !== termStart[node + 1]) {
          termDepth[terms] = j;
          termNode[terms] = node;
          terms++;
        }
        const next = j + 1;
        if (next >= count || next - i >= MAX_DEPTH) break;
        const g = info[next] & INFO_GAP_MASK;
        if (g === GAP_HARD) break;
        const c = this.child(node, hash[next] >>> 0);
        if (c === 0) break;
        // A period joins tokens only where an alias has one ("U.S.", "St. Louis"), never "in New. York".
        if (g === GAP_DOT && (nodeFlags[c] & NODE_DOT_OK) === 0) break;
        if (((info[next] >> INFO_CASE_SHIFT) & 3) === CASE_LOWER && (nodeFlags[c] & NODE_LOWER_OK) === 0) break;
        node = c;
        j = next;
      }
      if (terms === 0) { i++; continue; }
      // Longest first: take the first terminal that passes the collision check and keeps a candidate.
      const verified = this.verify(text, i, termDepth[terms - 1]);
      let matched = false;
      for (let k = terms - 1; k >= 0; k--) {
        const last = termDepth[k];
        if (last - i >= verified) continue;
        const m = this.emit(text, start[i], this.matchEnd(text, last), termNode[k], ((info[i] >> INFO_CASE_SHIFT) & 3) === CASE_LOWER);
        if (m) {
          out.push(m);
          i = last + 1;
          matched = true;
          break;
        }
      }
      if (!matched) i++;
    }
    // A huge text grew the token arrays: give the memory back rather than keep it for the life of the background.
    if (t.start.length > TOKENS_KEEP) this.tokens = createTokens(TOKENS_INITIAL);
    return out;
  }

  /** How many tokens from i (up to `last`) agree with the path's second hashes: a 32-bit collision between a
   *  text word and a dictionary word stops the match there. */
  private verify(text: string, i: number, last: number): number {
    const t = this.tokens;
    const { nodeCheck } = this.a;
    const pathNode = this.pathNode;
    for (let j = i; j <= last; j++) {
      if (nodeCheck[pathNode[j - i]] !== checkHash(text, t.start[j], t.end[j])) return j - i;
    }
    return last - i + 1;
  }

  /** End offset of a match ending at token `last`: "U.S." keeps its final period. */
  private matchEnd(text: string, last: number): number {
    const t = this.tokens;
    const e = t.end[last];
    if (e - t.start[last] === 1 && text.charCodeAt(e) === 0x2e && last > 0 && (t.info[last] & INFO_GAP_MASK) === GAP_DOT) return e + 1;
    return e;
  }

  /** The match's candidates, or null when none survives the case policy. */
  private emit(text: string, s: number, e: number, node: number, lowerStart: boolean): AliasMatch | null {
    const { termStart, termEntries } = this.a;
    const mask = caseMask(text, s, e);
    const from = termStart[node];
    const to = termStart[node + 1];
    // Acronyms match only as written: "US" the country, never "Us" or "us"; a lower-case first word only for
    // aliases that start with one ("de Gaulle"; "an" is not "An Kyung-duk"). Count first so the arrays are
    // allocated at their final size (push() on [] reserves 17 slots: most of the matcher's garbage).
    let n = 0;
    for (let k = from; k < to; k++) {
      if (this.keeps(termEntries[2 * k] >>> ENTITY_BITS, termEntries[2 * k + 1], mask, lowerStart)) n++;
    }
    if (n === 0) return null;
    const candidates: number[] = new Array<number>(n);
    const candidateFlags: number[] = new Array<number>(n);
    let bestMask = -1;
    let c = 0;
    for (let k = from; k < to; k++) {
      const word = termEntries[2 * k];
      const flags = word >>> ENTITY_BITS;
      const aliasMask = termEntries[2 * k + 1];
      if (!this.keeps(flags, aliasMask, mask, lowerStart)) continue;
      if (c === 0) bestMask = aliasMask;
      candidates[c] = word & ENTITY_MASK;
      candidateFlags[c] = flags;
      c++;
    }
    return { start: s, end: e, candidates, flags: candidateFlags[0], candidateFlags, caseExact: bestMask === mask };
  }

  private keeps(flags: number, aliasMask: number, mask: number, lowerStart: boolean): boolean {
    if ((flags & ACRONYM) !== 0 && aliasMask !== mask) return false;
    return !lowerStart || (flags & LOWER_START) !== 0;
  }

  /** Candidates of an alias string regardless of case and gaps. */
  lookup(alias: string): { candidates: number[]; flags: number[] } {
    const t = createTokens(32);
    const count = tokenize(alias, t);
    const candidates: number[] = [];
    const flags: number[] = [];
    if (count === 0) return { candidates, flags };
    let node = 0;
    for (let j = 0; j < count; j++) {
      node = this.child(node, t.hash[j] >>> 0);
      if (node === 0 || this.a.nodeCheck[node] !== checkHash(alias, t.start[j], t.end[j])) return { candidates, flags };
    }
    const { termStart, termEntries } = this.a;
    for (let k = termStart[node]; k < termStart[node + 1]; k++) {
      candidates.push(termEntries[2 * k] & ENTITY_MASK);
      flags.push(termEntries[2 * k] >>> ENTITY_BITS);
    }
    return { candidates, flags };
  }
}

function pow2AtLeast(x: number): number {
  let p = 1;
  while (p < x) p *= 2;
  return p;
}
