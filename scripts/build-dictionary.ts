// Compiles data/ (people, organisations, places) and the npm place packages into public/generated/dictionary.bin,
// and writes public/generated/world-map.json. `npm run build:dict [-- --force]`; ensureDictionary() for scripts.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { PersonSource } from '../data/people/schema';
import type { OrganizationSource } from '../data/organizations/schema';
import type { PlaceSource } from '../data/places/schema';
import { chooseAsOf, compileDictionary, type DictionarySources } from '../utils/dictionary/compile';

export { chooseAsOf } from '../utils/dictionary/compile';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'public', 'generated');
export const DICTIONARY_PATH = join(OUT_DIR, 'dictionary.bin');
export const WORLD_MAP_PATH = join(OUT_DIR, 'world-map.json');

/** Pure: compiles in-memory sources to the binary dictionary (tests use tiny inputs). */
export function buildDictionary(sources: DictionarySources): Uint8Array {
  return compileDictionary(sources).bytes;
}

/** Everything whose change makes the compiled files stale. */
function inputFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string, exts: RegExp) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, exts);
      else if (exts.test(e.name)) files.push(p);
    }
  };
  walk(join(ROOT, 'data', 'people'), /\.(json|ts)$/);
  walk(join(ROOT, 'data', 'organizations'), /\.(json|ts)$/);
  walk(join(ROOT, 'data', 'places'), /\.(json|ts)$/);
  for (const f of LEXICON_FILES) if (existsSync(join(ROOT, 'data', 'lexicon', f))) files.push(join(ROOT, 'data', 'lexicon', f));
  walk(join(ROOT, 'scripts', 'dictionary'), /\.ts$/);
  walk(join(ROOT, 'utils', 'dictionary'), /\.ts$/);
  files.push(fileURLToPath(import.meta.url));
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(lock)) files.push(lock);
  return files;
}

/** True when both outputs exist and are newer than every input. */
export function isFresh(): boolean {
  if (!existsSync(DICTIONARY_PATH) || !existsSync(WORLD_MAP_PATH)) return false;
  const built = Math.min(statSync(DICTIONARY_PATH).mtimeMs, statSync(WORLD_MAP_PATH).mtimeMs);
  return inputFiles().every((f) => statSync(f).mtimeMs <= built);
}

/** A data file that does not parse or has the wrong shape (another tool may be writing it). */
export class DataError extends Error {}

/** Word lists of data/lexicon whose words, as a whole alias, mark it COMMON_WORD ("Major", "Reading", "May"). */
const LEXICON_FILES = ['english-words.json', 'common-words.json', 'demonyms.json'];

function readLexiconWords(root: string, log: (s: string) => void): string[] {
  const out: string[] = [];
  for (const f of LEXICON_FILES.filter((x) => x !== 'demonyms.json')) {
    const path = join(root, 'data', 'lexicon', f);
    if (!existsSync(path)) { log(`data/lexicon/${f}: missing, skipped`); continue; }
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new DataError(`data/lexicon/${f}: does not parse (${(e as Error).message})`);
    }
    const words = (parsed as { words?: unknown }).words;
    if (Array.isArray(words)) out.push(...words.filter((w): w is string => typeof w === 'string'));
    else log(`data/lexicon/${f}: no "words" array, skipped`);
  }
  return out;
}

/** Reads every *.json array in a data folder. A missing or empty folder is logged and skipped; a file that does
 *  not parse (another tool may be writing it) is an error. */
function readFolder<T>(root: string, name: string, log: (s: string) => void): T[] {
  const dir = join(root, 'data', name);
  if (!existsSync(dir)) {
    log(`data/${name}/: missing, skipped`);
    return [];
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) log(`data/${name}/: no .json files, skipped`);
  const out: T[] = [];
  for (const f of files) {
    const path = join(dir, f);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new DataError(`${relative(root, path)}: does not parse (${(e as Error).message})`);
    }
    const list = Array.isArray(parsed)
      ? parsed
      : parsed && typeof parsed === 'object'
        ? Object.values(parsed as Record<string, unknown>).find(Array.isArray)
        : undefined;
    if (!list) throw new DataError(`${relative(root, path)}: expected an array of records`);
    const valid = (list as T[]).filter((r) => r && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string' && typeof (r as { name?: unknown }).name === 'string');
    if (valid.length !== list.length) log(`${relative(root, path)}: ${list.length - valid.length} records without id/name skipped`);
    out.push(...valid);
  }
  return out;
}

/** Reads the JSON sources under `root`/data. Missing or empty folders are logged and skipped; a file that does
 *  not parse throws DataError. */
export function readSources(root: string, log: (s: string) => void = () => {}): {
  people: PersonSource[];
  organizations: OrganizationSource[];
  handPlaces: PlaceSource[];
  commonWords: string[];
  demonyms: Record<string, string>;
} {
  return {
    people: readFolder<PersonSource>(root, 'people', log),
    organizations: readFolder<OrganizationSource>(root, 'organizations', log),
    handPlaces: readFolder<PlaceSource>(root, 'places', log),
    commonWords: readLexiconWords(root, log),
    demonyms: readDemonyms(root, log),
  };
}

function readDemonyms(root: string, log: (s: string) => void): Record<string, string> {
  const path = join(root, 'data', 'lexicon', 'demonyms.json');
  if (!existsSync(path)) { log('data/lexicon/demonyms.json: missing, skipped'); return {}; }
  try {
    const d = (JSON.parse(readFileSync(path, 'utf8')) as { demonyms?: Record<string, string> }).demonyms;
    return d && typeof d === 'object' ? d : {};
  } catch (e) {
    throw new DataError(`data/lexicon/demonyms.json: does not parse (${(e as Error).message})`);
  }
}

async function optionalModule<T>(rel: string): Promise<T | null> {
  const path = join(ROOT, rel);
  if (!existsSync(path)) return null;
  return (await import(pathToFileURL(path).href)) as T;
}

function writeAtomic(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export interface BuildResult {
  skipped: boolean;
  bytes?: number;
  gzipBytes?: number;
  counts?: Record<string, number>;
  asOf?: string;
}

/** Reads all sources and writes both outputs. Skips (returns quickly) when they are fresh, unless `force`. */
export async function buildAll(options: { force?: boolean; quiet?: boolean } = {}): Promise<BuildResult> {
  const log = options.quiet ? () => {} : (s: string) => console.log(`[build:dict] ${s}`);
  if (!options.force && isFresh()) {
    log(`up to date: ${relative(ROOT, DICTIONARY_PATH)} (use --force to rebuild)`);
    return { skipped: true };
  }
  const t0 = performance.now();
  const { people, organizations, handPlaces, commonWords, demonyms } = readSources(ROOT, log);
  let packagePlaces: PlaceSource[] = [];
  const pkg = await optionalModule<{ placesFromPackages: () => PlaceSource[] }>('scripts/dictionary/places-from-packages.ts');
  if (pkg?.placesFromPackages) packagePlaces = pkg.placesFromPackages();
  else log('scripts/dictionary/places-from-packages.ts: missing, package places skipped');
  const today = new Date().toISOString().slice(0, 10);
  const asOf = chooseAsOf(people, today);
  const report = compileDictionary({ people, organizations, places: [...packagePlaces, ...handPlaces], asOf, commonWords, demonyms });
  for (const w of report.warnings.slice(0, 20)) log(`warning: ${w}`);
  if (report.warnings.length > 20) log(`... ${report.warnings.length - 20} more warnings`);

  let worldMap: string | null = null;
  const wm = await optionalModule<{ buildWorldMap: () => { path: string; width: number; height: number } }>('scripts/dictionary/world-map.ts');
  if (wm?.buildWorldMap) worldMap = JSON.stringify(wm.buildWorldMap());
  else log('scripts/dictionary/world-map.ts: missing, world map left empty');

  writeAtomic(DICTIONARY_PATH, report.bytes);
  // An empty map still lets isFresh() work; the background shows no locator map until the module exists.
  writeAtomic(WORLD_MAP_PATH, worldMap ?? JSON.stringify({ path: '', width: 0, height: 0 }));
  const gz = gzipSync(report.bytes, { level: 9 }).byteLength;
  const ms = performance.now() - t0;
  const c = report.counts;
  log(`people ${c.people} (${c.peopleWithRoles} with roles), organisations ${c.organizations}, places ${c.places} ` +
    `(${packagePlaces.length} from packages, ${handPlaces.length} hand-written), aliases ${c.aliases}, trie nodes ${report.nodes}`);
  log(`asOf ${asOf}; ${relative(ROOT, DICTIONARY_PATH)} ${(report.bytes.byteLength / 1e6).toFixed(2)} MB raw, ` +
    `${(gz / 1e6).toFixed(2)} MB gzip; built in ${Math.round(ms)} ms`);
  return { skipped: false, bytes: report.bytes.byteLength, gzipBytes: gz, counts: { ...c }, asOf };
}

/** For scripts (annotate, bench, eval): builds the dictionary when missing or stale; returns its path. */
export async function ensureDictionary(options: { quiet?: boolean } = {}): Promise<string> {
  await buildAll({ quiet: options.quiet ?? true });
  return DICTIONARY_PATH;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildAll({ force: process.argv.includes('--force') }).catch((e: unknown) => {
    console.error(`[build:dict] ${e instanceof DataError ? e.message : (e as Error).stack ?? String(e)}`);
    process.exit(1);
  });
}
