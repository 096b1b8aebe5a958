// Measures findDates against TimeBank and AQUAINT (TimeML), TempEval-3 style: relaxed spans and exact values.
//
// Usage: npx tsx scripts/eval/timebank.ts [--verbose]   (prints TimeBank, AQUAINT and both; SUBSET=TimeBank limits the
// scoring and the --verbose / MISSED / SPURIOUS / WRONG listings to one corpus, so errors are studied in one and checked on the other)
// The evaluation set lives in ../shared/eval/timebank and is never shipped or copied into the project.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDates, type DateMention } from '../../utils/dates/index';
import { SHARED_DIR } from '../shared-dir';

const TIMEBANK_DIR = resolve(SHARED_DIR, 'eval/timebank');
const SUBSETS = ['TimeBank', 'AQUAINT'];

export interface Score { p: number; r: number; f1: number }

export interface TimebankResult {
  files: number;
  gold: number;
  predicted: number;
  relaxed: Score;
  value: Score;
  dateOnly: Score;
  /** The same figures for each corpus (TimeBank, AQUAINT) on its own. */
  subsets?: Record<string, Omit<TimebankResult, 'subsets'>>;
}

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

interface Document {
  name: string;
  dct: string;
  text: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(entity: string): string {
  if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
  if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
  return ENTITIES[entity] ?? `&${entity};`;
}

function attribute(tag: string, name: string): string {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return match ? match[1] : '';
}

/** Plain text of <TEXT> with the offsets of every TIMEX3 in it (the DCT sits outside TEXT). */
export function parseTimeml(name: string, source: string): Document {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(source);
  // DCTs sometimes carry a time ("1998-02-06T22:29:00"); the API takes the day.
  const dct = dctTag ? attribute(dctTag[0], 'value').slice(0, 10) : '';
  const open = source.indexOf('<TEXT>');
  const close = source.indexOf('</TEXT>');
  const body = source.slice(open + '<TEXT>'.length, close);
  let text = '';
  const gold: GoldTimex[] = [];
  const stack: { start: number; type: string; value: string; creation: boolean }[] = [];
  const pieces = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(#x?[0-9a-fA-F]+|[a-z]+);|[^<&]+|[<&]/g;
  for (let match = pieces.exec(body); match; match = pieces.exec(body)) {
    if (match[2] !== undefined) {
      if (match[2] !== 'TIMEX3') continue;
      if (match[1]) {
        const top = stack.pop();
        if (top && !top.creation) gold.push({ start: top.start, end: text.length, text: text.slice(top.start, text.length), type: top.type, value: top.value });
      } else if (!match[3].endsWith('/')) {
        stack.push({ start: text.length, type: attribute(match[3], 'type'), value: attribute(match[3], 'value'), creation: match[3].includes('CREATION_TIME') });
      }
    } else if (match[4] !== undefined) {
      text += decodeEntity(match[4]);
    } else {
      text += match[0];
    }
  }
  return { name, dct, text, gold };
}

/**
 * Gold values are compared after one normalisation: ISO week numbers are zero-padded ("2000-W7" -> "2000-W07"),
 * because the annotators wrote both forms and ISO 8601 has only the padded one.
 */
export function normaliseValue(value: string): string {
  return value.replace(/-W(\d)(?!\d)/, '-W0$1');
}

function score(hits: number, predicted: number, gold: number): Score {
  const p = predicted ? hits / predicted : 0;
  const r = gold ? hits / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

interface Pair { gold: GoldTimex; predicted: DateMention }

/** One-to-one overlap matching: both lists are sorted and non-overlapping, so a merge walk suffices. */
function align(gold: GoldTimex[], predicted: DateMention[]): { pairs: Pair[]; missed: GoldTimex[]; spurious: DateMention[] } {
  const pairs: Pair[] = [];
  const missed: GoldTimex[] = [];
  const spurious: DateMention[] = [];
  const usedPredicted = new Set<number>();
  let k = 0;
  for (const g of gold) {
    while (k < predicted.length && predicted[k].end <= g.start) {
      if (!usedPredicted.has(k)) spurious.push(predicted[k]);
      k++;
    }
    if (k < predicted.length && predicted[k].start < g.end && !usedPredicted.has(k)) {
      usedPredicted.add(k);
      pairs.push({ gold: g, predicted: predicted[k] });
    } else {
      missed.push(g);
    }
  }
  for (; k < predicted.length; k++) if (!usedPredicted.has(k)) spurious.push(predicted[k]);
  return { pairs, missed, spurious };
}

export function loadDocuments(dir = TIMEBANK_DIR): Document[] {
  const documents: Document[] = [];
  for (const subset of SUBSETS) {
    const folder = join(dir, subset);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.tml')).sort()) {
      documents.push(parseTimeml(`${subset}/${file}`, readFileSync(join(folder, file), 'utf8')));
    }
  }
  return documents;
}

function shape(value: string): string {
  return value.replace(/\d/g, '9');
}

/**
 * Scores every document; with `subset` ("TimeBank" or "AQUAINT", also env SUBSET) only that corpus is scored and
 * listed. Look at errors in one corpus and check rules on the other, so a rule is not fitted to what it is measured on.
 */
export async function runTimebankEval(options: { verbose?: boolean; subset?: string } = {}): Promise<TimebankResult> {
  const subset = options.subset ?? process.env.SUBSET;
  const all = loadDocuments().filter((d) => !subset || d.name.startsWith(`${subset}/`));
  const result = scoreDocuments(all, options.verbose ?? false);
  if (!subset) {
    result.subsets = {};
    for (const name of SUBSETS) {
      const part = all.filter((d) => d.name.startsWith(`${name}/`));
      if (part.length) result.subsets[name] = scoreDocuments(part, false);
    }
  }
  return result;
}

function scoreDocuments(documents: Document[], verbose: boolean): TimebankResult {
  let goldCount = 0;
  let predictedCount = 0;
  let relaxedHits = 0;
  let valueHits = 0;
  // DATE-only: gold restricted to type DATE; predictions restricted to those that overlap a DATE gold or overlap
  // no gold at all (a prediction on a DURATION/SET/TIME gold is neither credited nor blamed here).
  let dateGold = 0;
  let datePredicted = 0;
  let dateHits = 0;
  const missedByShape = new Map<string, string[]>();
  const wrongValues: string[] = [];
  const spuriousTexts = new Map<string, number>();
  for (const doc of documents) {
    const predicted = findDates(doc.text, doc.dct);
    const { pairs, missed, spurious } = align(doc.gold, predicted);
    goldCount += doc.gold.length;
    predictedCount += predicted.length;
    relaxedHits += pairs.length;
    dateGold += doc.gold.filter((g) => g.type === 'DATE').length;
    for (const { gold, predicted: p } of pairs) {
      const hit = normaliseValue(gold.value) === p.value;
      if (hit) valueHits++;
      if (gold.type === 'DATE') {
        datePredicted++;
        if (hit) dateHits++;
      }
      if (!hit) wrongValues.push(`${doc.name}\t${doc.dct}\t${gold.type}\t"${gold.text}" ${gold.value}\t<- "${p.text}" ${p.value}`);
    }
    // Spurious predictions overlap no gold at all (one-to-one leftovers that overlap a gold count too).
    for (const s of spurious) {
      const overlapsGold = doc.gold.find((g) => g.start < s.end && s.start < g.end);
      if (!overlapsGold || overlapsGold.type === 'DATE') datePredicted++;
      if (process.env.SPURIOUS) console.log(`SPURIOUS ${s.value}\t…${doc.text.slice(Math.max(0, s.start - 50), s.start).replace(/\s+/g, ' ')}[[${s.text}]]${doc.text.slice(s.end, s.end + 30).replace(/\s+/g, ' ')}`);
      const key = s.text.toLowerCase();
      spuriousTexts.set(key, (spuriousTexts.get(key) ?? 0) + 1);
    }
    for (const m of missed) {
      const key = `${m.type} ${shape(m.value)}`;
      const list = missedByShape.get(key) ?? [];
      list.push(`"${m.text}"=${m.value}`);
      if (process.env.MISSED) console.log(`MISSED ${m.type} ${m.value}\t…${doc.text.slice(Math.max(0, m.start - 50), m.start).replace(/\s+/g, ' ')}[[${m.text}]]${doc.text.slice(m.end, m.end + 30).replace(/\s+/g, ' ')}`);
      missedByShape.set(key, list);
    }
  }
  const result: TimebankResult = {
    files: documents.length,
    gold: goldCount,
    predicted: predictedCount,
    relaxed: score(relaxedHits, predictedCount, goldCount),
    value: score(valueHits, predictedCount, goldCount),
    dateOnly: score(dateHits, datePredicted, dateGold),
  };
  if (verbose) {
    console.log('\nMissed gold by type and value shape:');
    for (const [key, list] of [...missedByShape].sort((a, b) => b[1].length - a[1].length).slice(0, 30)) {
      console.log(`  ${String(list.length).padStart(4)}  ${key.padEnd(22)} ${list.slice(0, 8).join(', ')}`);
    }
    console.log('\nSpurious predictions (no gold overlap), most frequent:');
    console.log('  ' + [...spuriousTexts].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([t, n]) => `${t}×${n}`).join(', '));
    console.log(`\nWrong values (${wrongValues.length}):`);
    for (const line of wrongValues.slice(0, Number(process.env.WRONG ?? 80))) console.log('  ' + line);
  }
  return result;
}

function formatScore(name: string, s: Score): string {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
  return `${name.padEnd(20)}${pct(s.p)}${pct(s.r)}${pct(s.f1)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  runTimebankEval({ verbose }).then((r) => {
    const print = (title: string, s: Omit<TimebankResult, 'subsets'>): void => {
      console.log(`\n${title}: ${s.files} files, ${s.gold} gold TIMEX3, ${s.predicted} predicted`);
      console.log(`${''.padEnd(20)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}`);
      console.log(formatScore('relaxed span', s.relaxed));
      console.log(formatScore('value (all types)', s.value));
      console.log(formatScore('value (DATE only)', s.dateOnly));
    };
    for (const [name, s] of Object.entries(r.subsets ?? {})) print(name, s);
    print(process.env.SUBSET ?? 'TimeBank + AQUAINT', r);
  });
}
