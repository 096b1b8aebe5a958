// Where ../shared is (the user's example article, the reference data, the evaluation sets): beside the checkout,
// or wherever GLOSS_SHARED_DIR says (CI runs the standalone copy in an empty folder and points it back).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

export const SHARED_DIR = resolve(process.env.GLOSS_SHARED_DIR ?? resolve(PROJECT_ROOT, '../shared'));
