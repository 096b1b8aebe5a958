// CoNLL-2003 evaluation of name recognition: exact-span PER/LOC/ORG precision, recall and F1 on ../shared's dev set.
// `npx tsx scripts/eval/conll.ts [--file PATH] [--errors N] [--type PER|LOC|ORG]`
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDictionary } from '../../utils/dictionary/index';
import type { Dictionary } from '../../utils/dictionary/types';
import { annotateText } from '../../utils/pipeline';
import { SHARED_DIR } from '../shared-dir';

export const CONLL_DEV = join(SHARED_DIR, 'eval', 'conll2003', 'dev.txt');

export type ConllType = 'PER' | 'LOC' | 'ORG' | 'MISC';
const SCORED: ConllType[] = ['PER', 'LOC', 'ORG'];
const OURS: Record<string, ConllType> = { person: 'PER', place: 'LOC', organization: 'ORG' };

export interface ConllDocument {
  text: string;
  /** Gold entities as character spans of `text`. */
  gold: { start: number; end: number; type: ConllType }[];
}

/**
 * Reads CoNLL-2003 (token POS chunk NER per line, blank lines between sentences, -DOCSTART- between documents).
 * Each document becomes one text: tokens joined by single spaces, sentences by "\n" (so headlines and table rows
 * stay on their own lines, as on a page). Tags may be IOB1 or IOB2: a new entity starts at B-, or at I- after a
 * different type.
 */
export function parseConll(source: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let text = '';
  let gold: ConllDocument['gold'] = [];
  let open: { start: number; end: number; type: ConllType } | null = null;
  let lineHasTokens = false;
  const close = () => { if (open) { gold.push(open); open = null; } };
  const flush = () => {
    close();
    if (text.trim()) docs.push({ text, gold });
    text = '';
    gold = [];
    lineHasTokens = false;
  };
  for (const line of source.split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) { flush(); continue; }
    if (!line.trim()) {
      close();
      if (lineHasTokens) { text += '\n'; lineHasTokens = false; }
      continue;
    }
    const cols = line.split(' ');
    const token = cols[0];
    const tag = cols[cols.length - 1];
    if (lineHasTokens) text += ' ';
    const start = text.length;
    text += token;
    lineHasTokens = true;
    const end = text.length;
    if (tag === 'O') { close(); continue; }
    const [bio, type] = tag.split('-') as [string, ConllType];
    if (bio === 'B' || !open || open.type !== type) {
      close();
      open = { start, end, type };
    } else {
      open.end = end;
    }
  }
  flush();
  return docs;
}

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export interface ConllResult {
  documents: number;
  perType: Record<'PER' | 'LOC' | 'ORG', Score>;
  micro: Score;
  ms: number;
  errors: { kind: 'fp' | 'fn' | 'type'; type: string; text: string; context: string }[];
}

export interface ConllOptions {
  file?: string;
  dict?: Dictionary;
  dictionaryPath?: string;
  /** Collect up to this many error examples. */
  errors?: number;
}

export async function runConllEval(opts: ConllOptions = {}): Promise<ConllResult> {
  const file = opts.file ?? CONLL_DEV;
  if (!existsSync(file)) throw new Error(`CoNLL file not found: ${file}`);
  let dict = opts.dict;
  if (!dict) {
    let path = opts.dictionaryPath;
    if (!path) {
      const { ensureDictionary } = await import('../build-dictionary');
      path = await ensureDictionary({ quiet: true });
    }
    dict = loadDictionary(new Uint8Array(readFileSync(path)));
  }
  const docs = parseConll(readFileSync(file, 'utf8'));
  const counts = Object.fromEntries(SCORED.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<string, { tp: number; fp: number; fn: number }>;
  const errors: ConllResult['errors'] = [];
  const maxErrors = opts.errors ?? 0;
  const t0 = performance.now();
  for (const doc of docs) {
    const mentions = annotateText(doc.text, null, dict).filter((m) => m.type !== 'date');
    const goldKey = new Map<string, ConllType>();
    for (const g of doc.gold) goldKey.set(`${g.start}:${g.end}`, g.type);
    const predicted = new Set<string>();
    for (const m of mentions) {
      const type = OURS[m.type];
      const key = `${m.start}:${m.end}`;
      predicted.add(`${key}:${type}`);
      const g = goldKey.get(key);
      if (g === type) counts[type].tp++;
      else {
        counts[type].fp++;
        if (errors.length < maxErrors) errors.push({ kind: g ? 'type' : 'fp', type: g ? `${type} (gold ${g})` : type, text: m.text, context: around(doc.text, m.start, m.end) });
      }
    }
    for (const g of doc.gold) {
      if (g.type === 'MISC') continue;
      if (!predicted.has(`${g.start}:${g.end}:${g.type}`)) {
        counts[g.type].fn++;
        if (errors.length < maxErrors) errors.push({ kind: 'fn', type: g.type, text: doc.text.slice(g.start, g.end), context: around(doc.text, g.start, g.end) });
      }
    }
  }
  const ms = performance.now() - t0;
  const perType = Object.fromEntries(SCORED.map((t) => [t, score(counts[t].tp, counts[t].fp, counts[t].fn)])) as ConllResult['perType'];
  const tot = SCORED.reduce((a, t) => ({ tp: a.tp + counts[t].tp, fp: a.fp + counts[t].fp, fn: a.fn + counts[t].fn }), { tp: 0, fp: 0, fn: 0 });
  return { documents: docs.length, perType, micro: score(tot.tp, tot.fp, tot.fn), ms, errors };
}

function around(text: string, start: number, end: number): string {
  const a = Math.max(0, start - 50);
  const b = Math.min(text.length, end + 50);
  return `${text.slice(a, start)}[[${text.slice(start, end)}]]${text.slice(end, b)}`.replace(/\n/g, ' ⏎ ');
}

export function formatConll(r: ConllResult): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const rows = [`type   P      R      F1     (tp/fp/fn)`];
  for (const t of ['PER', 'LOC', 'ORG'] as const) {
    const s = r.perType[t];
    rows.push(`${t}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   (${s.tp}/${s.fp}/${s.fn})`);
  }
  const m = r.micro;
  rows.push(`micro ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}   (${m.tp}/${m.fp}/${m.fn})`);
  rows.push(`${r.documents} documents in ${Math.round(r.ms)} ms`);
  return rows.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const get = (flag: string) => { const i = args.indexOf(flag); return i >= 0 ? args[i + 1] : undefined; };
  const n = Number(get('--errors') ?? 0);
  const only = get('--type');
  const kind = get('--kind');
  runConllEval({ file: get('--file'), dictionaryPath: get('--dict'), errors: n ? 1e9 : 0 })
    .then((r) => {
      console.log(formatConll(r));
      if (n) {
        const shown = r.errors.filter((e) => (!only || e.type.startsWith(only)) && (!kind || e.kind === kind));
        // Deterministic sample spread over the whole set.
        const step = Math.max(1, Math.floor(shown.length / n));
        for (let i = 0; i < shown.length && i / step < n; i += step) {
          const e = shown[i];
          console.log(`${e.kind.padEnd(4)} ${e.type.padEnd(16)} ${e.text.padEnd(24)} ${e.context}`);
        }
      }
    })
    .catch((e: unknown) => { console.error((e as Error).message); process.exit(1); });
}
