// Locates ../shared (the user's example article, the reference data and the evaluation sets) for the tests in
// tests/shared/, which only `npm run test:shared` runs (CI runs it as its own step). `npm test` never reads it:
// the project's own tests must pass in a clone with nothing beside it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED_DIR } from '../../scripts/shared-dir';

export { SHARED_DIR };
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
