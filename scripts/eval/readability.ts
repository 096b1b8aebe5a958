// Measures article detection and publication dates against ../shared/eval/readability (Readability's test pages).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../utils/article/detect';
import { extractArticleText, findArticleRoot, describeElement } from '../../utils/article/extract';
import { findPublicationDate, findTitle } from '../../utils/article/published';
import { SHARED_DIR } from '../shared-dir';

const EVAL_DIR = resolve(SHARED_DIR, 'eval/readability');

export interface ReadabilityEvalResult {
  pages: number;
  readerableAgreement: number;
  datesWithGold: number;
  datesFound: number;
  dateMismatches: { page: string; expected: string; got: string | null }[];
  /** Pages where detectArticle disagrees with the gold `readerable`. */
  readerableMismatches: { page: string; expected: boolean; got: boolean; reasons: string[] }[];
  /** Pages without a gold date where we found one (not an error: Readability's metadata is narrower). */
  extraDates: number;
  msPerPage: { detect: number; extract: number };
}

interface Gold {
  readerable?: boolean;
  publishedTime?: string | null;
  title?: string | null;
}

/** The gold timestamp's day as written (its own offset), like ours. */
function goldDay(value: string): string {
  return value.trim().slice(0, 10);
}

export async function runReadabilityEval(options: { verbose?: boolean; dir?: string } = {}): Promise<ReadabilityEvalResult> {
  const dir = options.dir ?? EVAL_DIR;
  if (!existsSync(dir)) throw new Error(`evaluation set not found at ${dir}`);
  const names = readdirSync(dir).filter((n) => existsSync(resolve(dir, n, 'source.html'))).sort();
  let agree = 0;
  let datesWithGold = 0;
  let datesFound = 0;
  let extraDates = 0;
  let detectMs = 0;
  let extractMs = 0;
  const dateMismatches: ReadabilityEvalResult['dateMismatches'] = [];
  const readerableMismatches: ReadabilityEvalResult['readerableMismatches'] = [];
  const rows: string[] = [];
  for (const name of names) {
    const html = readFileSync(resolve(dir, name, 'source.html'), 'utf8');
    const gold = JSON.parse(readFileSync(resolve(dir, name, 'expected-metadata.json'), 'utf8')) as Gold;
    const { document } = parseHTML(html);
    const t0 = performance.now();
    const det = detectArticle(document);
    const t1 = performance.now();
    const published = findPublicationDate(document);
    const root = findArticleRoot(document);
    const text = root ? extractArticleText(root).text : '';
    const t2 = performance.now();
    detectMs += t1 - t0;
    extractMs += t2 - t1;
    const expectedReaderable = gold.readerable === true;
    if (det.isArticle === expectedReaderable) agree++;
    else readerableMismatches.push({ page: name, expected: expectedReaderable, got: det.isArticle, reasons: det.reasons });
    let dateMark = '';
    if (gold.publishedTime) {
      datesWithGold++;
      const expected = goldDay(gold.publishedTime);
      if (published === expected) {
        datesFound++;
        dateMark = 'ok';
      } else {
        dateMismatches.push({ page: name, expected, got: published });
        dateMark = 'WRONG';
      }
    } else if (published) {
      extraDates++;
      dateMark = 'extra';
    }
    if (options.verbose) {
      rows.push(
        [
          name.padEnd(32).slice(0, 32),
          String(expectedReaderable).padEnd(6),
          (det.isArticle === expectedReaderable ? 'ok ' : 'BAD') + ` ${det.score}`.padEnd(8),
          (gold.publishedTime ? goldDay(gold.publishedTime) : '-').padEnd(11),
          (published ?? '-').padEnd(11),
          dateMark.padEnd(6),
          describeElement(root).slice(0, 34).padEnd(34),
          String(text.length).padStart(7),
          ` ${(findTitle(document) ?? '').slice(0, 40)}`,
        ].join(' '),
      );
    }
  }
  const result: ReadabilityEvalResult = {
    pages: names.length,
    readerableAgreement: names.length ? agree / names.length : 0,
    datesWithGold,
    datesFound,
    dateMismatches,
    readerableMismatches,
    extraDates,
    msPerPage: { detect: detectMs / Math.max(1, names.length), extract: extractMs / Math.max(1, names.length) },
  };
  if (options.verbose) {
    console.log('page                             gold   detect   goldDate    ourDate     date   root                                  chars  title');
    for (const row of rows) console.log(row);
    for (const m of readerableMismatches) console.log(`readerable mismatch ${m.page}: gold ${m.expected}, ours ${m.got} [${m.reasons.join(', ')}]`);
  }
  return result;
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  runReadabilityEval({ verbose: true }).then(
    (r) => {
      console.log(
        `\npages ${r.pages}; readerable agreement ${(r.readerableAgreement * 100).toFixed(1)}%; ` +
          `dates ${r.datesFound}/${r.datesWithGold} exact; extra dates on pages without gold ${r.extraDates}; ` +
          `ms/page detect ${r.msPerPage.detect.toFixed(2)}, root+extract+date ${r.msPerPage.extract.toFixed(2)}`,
      );
      for (const m of r.dateMismatches) console.log(`date mismatch ${m.page}: expected ${m.expected}, got ${m.got}`);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
