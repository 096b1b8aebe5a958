// Locates ../shared (the user's example article, the reference data and the evaluation sets) for the tests in
// tests/shared/, which only `npm run test:shared` runs (CI runs it as its own step). `npm test` never reads it:
// the project's own tests must pass in a clone with nothing beside it.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// import.meta.url rather than __dirname: this module is also loaded by tsx scripts as ESM, where __dirname is undefined.
const HERE = dirname(fileURLToPath(import.meta.url));
/** GLOSS_SHARED_DIR points elsewhere (CI runs the standalone copy in an empty folder, then these from there). */
export const SHARED_DIR = resolve(process.env.GLOSS_SHARED_DIR ?? resolve(HERE, '../../../shared'));
export const IN_CI = process.env.CI === 'true';

/** Throws a clear error when ../shared is missing: a test that needs it must never pass without it. */
export function requireShared(what = 'these tests'): void {
  if (!existsSync(SHARED_DIR)) {
    throw new Error(`${what} need ../shared (looked for ${SHARED_DIR}; set GLOSS_SHARED_DIR to point elsewhere).`);
  }
}

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}
