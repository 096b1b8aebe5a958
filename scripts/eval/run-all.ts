// `npm run eval`: runs the TimeBank (dates), CoNLL-2003 (names) and Readability (detection, dates) evaluations
// and prints one table of figures with the date measured. A missing module or evaluation set is skipped with a note.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SHARED_DIR } from '../shared-dir';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = SHARED_DIR;

interface Row { eval: string; metric: string; value: string }

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function optional<T>(file: string): Promise<T | null> {
  const path = join(HERE, file);
  if (!existsSync(path)) return null;
  return (await import(pathToFileURL(path).href)) as T;
}

export async function runAll(): Promise<{ rows: Row[]; notes: string[] }> {
  const rows: Row[] = [];
  const notes: string[] = [];
  if (!existsSync(SHARED)) {
    notes.push(`../shared not found at ${SHARED}: every evaluation skipped.`);
    return { rows, notes };
  }

  // Names: CoNLL-2003 dev (PER/LOC/ORG, exact spans).
  try {
    const conll = await optional<typeof import('./conll')>('conll.ts');
    if (!conll) notes.push('conll: scripts/eval/conll.ts missing, skipped');
    else if (!existsSync(conll.CONLL_DEV)) notes.push('conll: dev.txt missing, skipped');
    else {
      const r = await conll.runConllEval();
      for (const t of ['PER', 'LOC', 'ORG'] as const) {
        const s = r.perType[t];
        rows.push({ eval: 'conll2003 dev', metric: `${t} P / R / F1`, value: `${pct(s.precision)} / ${pct(s.recall)} / ${pct(s.f1)}` });
      }
      rows.push({ eval: 'conll2003 dev', metric: 'micro P / R / F1', value: `${pct(r.micro.precision)} / ${pct(r.micro.recall)} / ${pct(r.micro.f1)}` });
      rows.push({ eval: 'conll2003 dev', metric: 'documents, time', value: `${r.documents}, ${Math.round(r.ms)} ms` });
    }
  } catch (e) {
    notes.push(`conll: failed: ${(e as Error).message}`);
  }

  // Dates: TimeBank + AQUAINT.
  try {
    const tb = await optional<{ runTimebankEval: (o?: { verbose?: boolean }) => Promise<{ files: number; gold: number; relaxed: { p: number; r: number; f1: number }; value: { p: number; r: number; f1: number }; dateOnly: { p: number; r: number; f1: number } }> }>('timebank.ts');
    if (!tb) notes.push('timebank: scripts/eval/timebank.ts missing, skipped');
    else {
      const r = await tb.runTimebankEval({ verbose: false });
      const f = (s: { p: number; r: number; f1: number }) => `${pct(s.p)} / ${pct(s.r)} / ${pct(s.f1)}`;
      rows.push({ eval: 'timebank', metric: 'span (relaxed) P / R / F1', value: f(r.relaxed) });
      rows.push({ eval: 'timebank', metric: 'value P / R / F1', value: f(r.value) });
      rows.push({ eval: 'timebank', metric: 'dates only P / R / F1', value: f(r.dateOnly) });
      rows.push({ eval: 'timebank', metric: 'files, gold', value: `${r.files}, ${r.gold}` });
    }
  } catch (e) {
    notes.push(`timebank: failed: ${(e as Error).message}`);
  }

  // Pages: article detection and publication dates.
  try {
    const rd = await optional<{ runReadabilityEval: (o?: { verbose?: boolean }) => Promise<{ pages: number; readerableAgreement: number; datesWithGold: number; datesFound: number; dateMismatches: unknown[] }> }>('readability.ts');
    if (!rd) notes.push('readability: scripts/eval/readability.ts missing, skipped');
    else {
      const r = await rd.runReadabilityEval({ verbose: false });
      rows.push({ eval: 'readability', metric: 'article detection agreement', value: pct(r.readerableAgreement) });
      const right = r.datesWithGold - r.dateMismatches.length;
      rows.push({ eval: 'readability', metric: 'publication date right', value: `${right} / ${r.datesWithGold}` });
      rows.push({ eval: 'readability', metric: 'pages', value: String(r.pages) });
    }
  } catch (e) {
    notes.push(`readability: failed: ${(e as Error).message}`);
  }
  return { rows, notes };
}

export function formatTable(rows: Row[]): string {
  const w0 = Math.max(4, ...rows.map((r) => r.eval.length));
  const w1 = Math.max(6, ...rows.map((r) => r.metric.length));
  const lines = [`${'eval'.padEnd(w0)}  ${'metric'.padEnd(w1)}  value`, `${'-'.repeat(w0)}  ${'-'.repeat(w1)}  -----`];
  for (const r of rows) lines.push(`${r.eval.padEnd(w0)}  ${r.metric.padEnd(w1)}  ${r.value}`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The other evaluations print their own details on stdout; keep only the table there.
  const log = console.log;
  console.log = (...a: unknown[]) => console.error(...a);
  runAll()
    .then(({ rows, notes }) => {
      console.log = log;
      console.log(`Gloss evaluation, measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
      console.log(formatTable(rows));
      for (const n of notes) console.log(`note: ${n}`);
    })
    .catch((e: unknown) => {
      console.log = log;
      console.error((e as Error).stack ?? String(e));
      process.exit(1);
    });
}
