// The `annotate` command: prints Gloss's mentions for a saved page or a text file as JSON (how held-out quality is measured).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { loadDictionary } from '../utils/dictionary/index';
import type { Dictionary } from '../utils/dictionary/types';
import { annotateDocument, annotateText } from '../utils/pipeline';
import type { AnnotateResult, Mention } from '../utils/types';

/** Largest input accepted, in bytes: a long article is well under 1 MB; 20 MB is a saved page with inlined assets. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export const HELP = `Usage:
  npm run --silent annotate -- FILE [--published YYYY-MM-DD] [--url URL]
  npm run --silent annotate -- --batch LIST.jsonl
  npm run --silent annotate -- --stats
  npm run --silent annotate -- --help

FILE
  .html / .htm  a saved page: article detection, article body, publication date and title as in the browser
                (parsed with linkedom). --published, if given, wins over the page's own date. --url gives the
                page's address (used for a date in the URL and for detection hints).
  .txt          the whole text is the article body (isArticle true, title null); the publication date comes
                from --published (else null). The text is decoded as UTF-8 and kept exactly (a leading
                byte-order mark counts as one character, \\r\\n as two); offsets refer to that text.

Output (stdout): one JSON object
  {"isArticle", "published": "YYYY-MM-DD"|null, "title": string|null,
   "mentions": [{"text", "start", "end", "type": "person"|"place"|"organization"|"date",
                 "id": string|null, "name": string|null, "value": string|null, "context": string}]}
  start/end are UTF-16 offsets into the annotated text (for .html, the extracted article text; for .txt, the file's
  text). A span is the name itself: no title ("Mr", "President"), no trailing punctuation, no possessive "'s".
  A fuzzy match says "Possible misspelling of ..." at the start of its context.

--batch LIST.jsonl
  One JSON object per line: {"id": string, "path": FILE, "published"?: "YYYY-MM-DD"} or
  {"id": string, "text": string, "published"?: "YYYY-MM-DD"}. Relative paths are resolved against the list
  file's folder, then the current folder. Prints one JSON line per input line, in order, with its "id" and
  the fields above, or {"id", "error"} for a line that fails (also reported on stderr). Blank lines are skipped.
  Exit status 1 if any line failed (all lines are still processed), else 0.

--stats
  {"counts": {"people", "peopleWithRoles", "places", "organizations", "aliases"}, "asOf": "YYYY-MM-DD",
   "bytes": size of the bundled dictionary}

Errors (missing, empty, binary or non-UTF-8 files, .html that is not HTML, inputs over ${MAX_INPUT_BYTES / 1024 / 1024} MB,
bad dates, unknown options) print a message on stderr and exit with status 1 (2 for usage errors). stdout carries
nothing but JSON; the dictionary build, when the compiled dictionary is missing or stale, logs to stderr.
`;

export class InputError extends Error {}
class UsageError extends Error {}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function validDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Reads and checks an input file; returns its text exactly as UTF-8 decodes it (a BOM stays, as U+FEFF at offset 0). */
export function readInput(path: string): string {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`);
  const st = statSync(path);
  if (st.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  if (st.size > MAX_INPUT_BYTES) throw new InputError(`${path}: ${(st.size / 1048576).toFixed(1)} MB is over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  const bytes = readFileSync(path);
  return decodeText(bytes, path);
}

export function decodeText(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new InputError(`${label}: empty file`);
  if (bytes.includes(0)) throw new InputError(`${label}: binary file (NUL bytes); expected UTF-8 text or HTML`);
  let text: string;
  try {
    // ignoreBOM keeps a leading BOM in the text, so offsets count from the file's first character as any reader sees it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${label}: not valid UTF-8 text`);
  }
  if (!text.replace(/^\ufeff/, '').trim()) throw new InputError(`${label}: empty (only whitespace)`);
  return text;
}

const HTML_RE = /<(!doctype\s+html|html|head|body|article|main|div|p|meta|title|section|span|h1)\b/i;

type Kind = 'html' | 'txt';

function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt' || ext === '.text') return 'txt';
  throw new InputError(`${path}: unsupported file type "${ext || '(none)'}"; use .html or .txt`);
}

/** Only the contract's keys, in the contract's order. */
function publicMention(m: Mention): Mention {
  return { text: m.text, start: m.start, end: m.end, type: m.type, id: m.id, name: m.name, value: m.value, context: m.context };
}

function result(r: AnnotateResult): AnnotateResult {
  return { isArticle: r.isArticle, published: r.published, title: r.title, mentions: r.mentions.map(publicMention) };
}

export function annotateFile(path: string, dict: Dictionary, published: string | null, url: string | null = null): AnnotateResult {
  const kind = kindOf(path);
  const text = readInput(path);
  if (kind === 'txt') {
    return result({ isArticle: true, published, title: null, mentions: annotateText(text, published, dict) });
  }
  if (!HTML_RE.test(text.slice(0, 100_000))) throw new InputError(`${path}: does not look like HTML (no <html>, <body> or other tags)`);
  const { document } = parseHTML(text.replace(/^\ufeff/, ''));
  const r = annotateDocument(document as unknown as Document, url, dict, { published });
  return result(r);
}

/** Loads the bundled dictionary, building it first when missing or stale (build messages go to stderr). */
export async function openDictionary(path?: string): Promise<Dictionary> {
  let file = path;
  if (!file) {
    const log = console.log;
    console.log = (...args: unknown[]) => console.error(...args);
    try {
      const { ensureDictionary, isFresh } = await import('./build-dictionary');
      // Quiet when there is nothing to build; a (re)build says what it did, on stderr.
      file = await ensureDictionary({ quiet: isFresh() });
    } finally {
      console.log = log;
    }
  }
  const bytes = readFileSync(file);
  return Object.assign(loadDictionary(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)), {});
}

interface BatchLine {
  id?: unknown;
  path?: unknown;
  text?: unknown;
  published?: unknown;
  url?: unknown;
}

function resolveBatchPath(p: string, listDir: string): string {
  if (isAbsolute(p)) return p;
  const a = resolve(listDir, p);
  if (existsSync(a)) return a;
  return fromUserCwd(p);
}

/** A relative path as the user meant it: npm sets INIT_CWD to the folder `npm run` was typed in. */
function fromUserCwd(p: string): string {
  return isAbsolute(p) ? p : resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

/** Runs a batch list; returns the number of failed lines. */
export function runBatch(listPath: string, dict: Dictionary, write: (line: string) => void, warn: (s: string) => void): number {
  const src = readInput(listPath);
  const listDir = dirname(resolve(listPath));
  let failed = 0;
  // A list saved by a Windows editor starts with a byte-order mark, which JSON.parse rejects on line 1.
  const lines = src.replace(/^\ufeff/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let id: string | null = null;
    try {
      let obj: BatchLine;
      try {
        obj = JSON.parse(raw) as BatchLine;
      } catch {
        throw new InputError('invalid JSON');
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new InputError('expected a JSON object');
      if (typeof obj.id === 'string') id = obj.id;
      else if (typeof obj.id === 'number') id = String(obj.id);
      else throw new InputError('missing "id" (a string)');
      let published: string | null = null;
      if (obj.published !== undefined && obj.published !== null) {
        if (typeof obj.published !== 'string' || !validDate(obj.published)) throw new InputError(`"published" must be YYYY-MM-DD`);
        published = obj.published;
      }
      let r: AnnotateResult;
      if (typeof obj.text === 'string') {
        if (!obj.text.trim()) throw new InputError('empty "text"');
        if (obj.text.length > MAX_INPUT_BYTES) throw new InputError('"text" over the size limit');
        const text = obj.text;
        r = result({ isArticle: true, published, title: null, mentions: annotateText(text, published, dict) });
      } else if (typeof obj.path === 'string') {
        const url = typeof obj.url === 'string' ? obj.url : null;
        r = annotateFile(resolveBatchPath(obj.path, listDir), dict, published, url);
      } else {
        throw new InputError('needs "path" or "text"');
      }
      write(JSON.stringify({ id, ...r }));
    } catch (e) {
      failed++;
      const msg = e instanceof InputError ? e.message : `internal error: ${(e as Error).message}`;
      warn(`annotate: line ${i + 1}${id !== null ? ` (id ${id})` : ''}: ${msg}`);
      write(JSON.stringify({ id, error: msg }));
    }
  });
  return failed;
}

interface Args {
  file?: string;
  published?: string;
  url?: string;
  batch?: string;
  stats: boolean;
  help: boolean;
  dictionary?: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { stats: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${x} needs a value`);
      return v;
    };
    if (x === '--help' || x === '-h') a.help = true;
    else if (x === '--stats') a.stats = true;
    else if (x === '--published') a.published = value();
    else if (x.startsWith('--published=')) a.published = x.slice(12);
    else if (x === '--url') a.url = value();
    else if (x === '--batch') a.batch = value();
    else if (x === '--dictionary') a.dictionary = value();
    else if (x.startsWith('-') && x !== '-') throw new UsageError(`unknown option ${x}`);
    else if (a.file) throw new UsageError(`one FILE at a time (got ${a.file} and ${x}); use --batch for many`);
    else a.file = x;
  }
  if (!a.help) {
    const modes = [a.file !== undefined, a.batch !== undefined, a.stats].filter(Boolean).length;
    if (modes === 0) throw new UsageError('nothing to do: give FILE, --batch LIST.jsonl or --stats');
    if (modes > 1) throw new UsageError('give only one of FILE, --batch, --stats');
    if (a.published !== undefined && !validDate(a.published)) throw new UsageError(`--published must be a date YYYY-MM-DD, got "${a.published}"`);
  }
  return a;
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`annotate: ${(e as Error).message}\nTry --help.\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  // `npm run` starts scripts in the package's folder; relative paths mean the folder the user typed them in.
  if (args.file && args.file !== '-') args.file = fromUserCwd(args.file);
  if (args.batch) args.batch = fromUserCwd(args.batch);
  try {
    // Check the input before the (possibly slow) dictionary load, so bad input fails fast.
    if (args.file) { kindOf(args.file); readInput(args.file); }
    if (args.batch) readInput(args.batch);
    const dict = await openDictionary(args.dictionary);
    if (args.stats) {
      const { counts } = dict;
      process.stdout.write(JSON.stringify({
        counts: { people: counts.people, peopleWithRoles: counts.peopleWithRoles, places: counts.places, organizations: counts.organizations, aliases: counts.aliases },
        asOf: dict.asOf,
        bytes: dict.byteLength,
      }) + '\n');
      return 0;
    }
    if (args.batch) {
      const failed = runBatch(args.batch, dict, (l) => process.stdout.write(l + '\n'), (s) => process.stderr.write(s + '\n'));
      return failed ? 1 : 0;
    }
    const r = annotateFile(args.file!, dict, args.published ?? null, args.url ?? null);
    if (args.published) r.published = args.published;
    process.stdout.write(JSON.stringify(r) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof InputError) process.stderr.write(`annotate: ${e.message}\n`);
    else process.stderr.write(`annotate: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { process.stderr.write(`annotate: ${(e as Error).message}\n`); process.exitCode = 1; },
  );
}
