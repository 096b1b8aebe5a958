// The `annotate` command's contract: JSON on stdout only, errors on stderr with a non-zero exit, batch mode, stats.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
let dir: string;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['scripts/annotate.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const MENTION_KEYS = ['context', 'end', 'id', 'name', 'start', 'text', 'type', 'value'];

beforeAll(async () => {
  // Build once up front so the spawned commands do not race to build it.
  const { ensureDictionary } = await import('../../scripts/build-dictionary');
  await ensureDictionary({ quiet: true });
  dir = mkdtempSync(join(tmpdir(), 'gloss-annotate-'));
  writeFileSync(join(dir, 'a.txt'), '\ufeffRussian Foreign Minister Sergey Lavrov will visit China next week.\r\nLavrov’s talks start on March 22.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73]));
  writeFileSync(join(dir, 'plain.html'), 'just some words, no markup at all');
  writeFileSync(join(dir, 'doc.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 21 * 1024 * 1024);
  writeFileSync(
    join(dir, 'list.jsonl'),
    [
      JSON.stringify({ id: 'one', path: 'a.txt', published: '2021-03-18' }),
      'this is not json',
      JSON.stringify({ id: 'missing', path: 'nope.txt' }),
      '',
      JSON.stringify({ id: 'inline', text: 'Angela Merkel spoke in Berlin on Monday.', published: '2021-03-18' }),
      JSON.stringify({ id: 'bin', path: 'binary.txt' }),
    ].join('\n'),
  );
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('annotate FILE.txt', () => {
  it('prints one JSON object with the contract keys and offsets into the text of the file exactly (a BOM counts as one character, \\r\\n kept)', () => {
    const r = run(join(dir, 'a.txt'), '--published', '2021-03-18');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['isArticle', 'mentions', 'published', 'title']);
    expect(out.isArticle).toBe(true);
    expect(out.published).toBe('2021-03-18');
    expect(out.title).toBeNull();
    const text = readFileSync(join(dir, 'a.txt'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    for (const m of out.mentions) {
      expect(Object.keys(m).sort()).toEqual(MENTION_KEYS);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const byText = (t: string) => out.mentions.find((m: { text: string }) => m.text === t);
    expect(byText('Sergey Lavrov')).toMatchObject({ type: 'person', name: 'Sergey Lavrov', value: null });
    expect(byText('Sergey Lavrov').id).toMatch(/^wd:Q/);
    expect(byText('Lavrov')).toMatchObject({ type: 'person', name: 'Sergey Lavrov' });
    expect(byText('China')).toMatchObject({ type: 'place', id: 'place:cc:CN' });
    expect(byText('next week')).toMatchObject({ type: 'date', value: '2021-W12', id: null, name: null });
    expect(byText('March 22')).toMatchObject({ type: 'date', value: '2021-03-22' });
    expect(r.stderr).toBe('');
  });

  it('leaves published null without --published', () => {
    const r = run(join(dir, 'a.txt'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).published).toBeNull();
  });
});


describe('annotate FILE.html', () => {
  const page = resolve(ROOT, 'tests/fixtures/pages/wire-article.html');

  it('detects the article, its date and title, and prints only the contract keys', () => {
    const r = run(page);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['isArticle', 'mentions', 'published', 'title']);
    expect(out.isArticle).toBe(true);
    expect(out.published).toBe('2022-05-18');
    expect(out.title).toMatch(/Finland and Sweden/);
    for (const m of out.mentions) expect(Object.keys(m).sort()).toEqual(MENTION_KEYS);
    expect(out.mentions.some((m: { text: string; name: string }) => m.text === 'Stoltenberg' && m.name === 'Jens Stoltenberg')).toBe(true);
  });

  it('lets --published win over the page date', () => {
    const r = run(page, '--published', '2022-05-19');
    const out = JSON.parse(r.stdout);
    expect(out.published).toBe('2022-05-19');
    // "Wednesday" now means the day before the (new) publication day.
    expect(out.mentions.find((m: { text: string }) => m.text === 'Wednesday')?.value).toBe('2022-05-18');
  });
});

describe('annotate --batch', () => {
  it('prints one line per input, reports bad lines and exits 1 after processing all', () => {
    const r = run('--batch', join(dir, 'list.jsonl'));
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0].id).toBe('one');
    expect(lines[0].mentions.some((m: { text: string }) => m.text === 'Sergey Lavrov')).toBe(true);
    expect(lines[1]).toEqual({ id: null, error: 'invalid JSON' });
    expect(lines[2].id).toBe('missing');
    expect(lines[2].error).toMatch(/no such file/);
    expect(lines[3].id).toBe('inline');
    expect(lines[3].mentions.some((m: { text: string; type: string }) => m.text === 'Angela Merkel' && m.type === 'person')).toBe(true);
    expect(lines[4].error).toMatch(/binary/);
    expect(r.stderr).toMatch(/line 2/);
    expect(r.stderr).toMatch(/missing/);
  });

  it('reads a list saved with a byte-order mark and CRLF line ends (Windows editors), ignoring extra fields', () => {
    const list = join(dir, 'bom-list.jsonl');
    const lines = [
      JSON.stringify({ id: 'first', text: 'Angela Merkel spoke in Berlin.', source: 'extra field' }),
      JSON.stringify({ id: 'second', path: 'a.txt' }),
    ];
    writeFileSync(list, '\ufeff' + lines.join('\r\n') + '\r\n');
    const r = run('--batch', list);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o: { id: string }) => o.id)).toEqual(['first', 'second']);
    expect(out[0].mentions.some((m: { text: string }) => m.text === 'Angela Merkel')).toBe(true);
  });
});

describe('annotate --stats and --help', () => {
  it('prints the dictionary figures', () => {
    const r = run('--stats');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out.counts).sort()).toEqual(['aliases', 'organizations', 'people', 'peopleWithRoles', 'places']);
    expect(out.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(out.bytes).toBeGreaterThan(1000);
  });

  it('prints help', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--batch/);
  });
});

describe('bad input: a message on stderr, nothing on stdout, a non-zero exit', () => {
  it.each([
    ['a missing file', ['missing.txt'], /no such file/],
    ['an empty file', ['empty.txt'], /empty/],
    ['a blank file', ['blank.txt'], /empty/],
    ['a binary file', ['binary.txt'], /binary/],
    ['invalid UTF-8', ['latin1.txt'], /UTF-8/],
    ['.html that is not HTML', ['plain.html'], /HTML/],
    ['an unsupported type', ['doc.pdf'], /unsupported/],
    ['a file over the size limit', ['huge.txt'], /limit/],
    ['a bad --published', ['a.txt', '--published', '2021-02-30'], /YYYY-MM-DD/],
    ['an unknown option', ['a.txt', '--frobnicate'], /unknown option/],
    ['no arguments', [], /nothing to do/],
  ])('%s', (_what, args, message) => {
    const r = run(...args.map((a) => (a.includes('.') && !a.startsWith('-') && !/^\d{4}-/.test(a) ? join(dir, a) : a)));
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
