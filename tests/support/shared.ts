// Locates ../shared (the user's fixtures and the evaluation sets). Outside CI it may be absent: tests step aside
// and say so; in CI (CI=true) its absence is a failure.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// import.meta.url rather than __dirname: this module is also loaded by tsx scripts as ESM, where __dirname is undefined.
const HERE = dirname(fileURLToPath(import.meta.url));
export const SHARED_DIR = resolve(HERE, '../../../shared');
export const IN_CI = process.env.CI === 'true';

/** True when ../shared is present. Throws in CI when it is missing; logs why tests step aside otherwise. */
export function sharedAvailable(what = 'these tests'): boolean {
  if (existsSync(SHARED_DIR)) return true;
  if (IN_CI) throw new Error(`../shared is missing at ${SHARED_DIR}; CI always has it.`);
  console.warn(`[gloss] ../shared not found at ${SHARED_DIR}: ${what} step aside.`);
  return false;
}

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}
