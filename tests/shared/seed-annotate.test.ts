// The annotate command on the user's example page (../shared/fixtures/seed-article.html).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireShared, sharedPath } from '../support/shared';

requireShared('the annotate example-page tests');

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['scripts/annotate.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  const { ensureDictionary } = await import('../../scripts/build-dictionary');
  await ensureDictionary({ quiet: true });
}, 180_000);

describe('annotate FILE.html', () => {
  it('detects the article, its date and title', () => {
    const r = run(sharedPath('fixtures', 'seed-article.html'));
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.isArticle).toBe(true);
    expect(out.published).toBe('2021-03-18');
    expect(out.title).toMatch(/Lavrov/);
    expect(out.mentions.some((m: { text: string; name: string }) => m.text === 'Navalani' && /misspelling of Alexei Navalny/i.test((m as unknown as { context: string }).context))).toBe(true);
  });

  it('lets --published win over the page date', () => {
    const r = run(sharedPath('fixtures', 'seed-article.html'), '--published', '2021-03-19');
    expect(JSON.parse(r.stdout).published).toBe('2021-03-19');
  });
});
