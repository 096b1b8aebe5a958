// A tiny static HTTP server on 127.0.0.1 (random port) for the e2e pages: the user's seed article and our fixtures.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { SHARED_DIR } from '../../scripts/shared-dir';

// import.meta.url, not __dirname: this module also runs under tsx as ESM (scripts/demo.ts, scripts/bench-browser.ts).
const HERE = fileURLToPath(new URL('.', import.meta.url));
export const PROJECT_DIR = resolve(HERE, '../..');
export const FIXTURE_DIR = resolve(PROJECT_DIR, 'tests/fixtures/pages');
/** ../shared beside the project (only the demo uses it, when present). */
export const SEED_ARTICLE = resolve(SHARED_DIR, 'fixtures/seed-article.html');

export interface PageServer {
  origin: string;
  /** URL of a page: "seed" (../shared's seed article) or a fixture's base name ("wire-article"). */
  url(page: string): string;
  close(): Promise<void>;
}

/** Where a page's file is: `/seed/...` from ../shared/fixtures, everything else from tests/fixtures/pages. */
export function pageFile(page: string): string {
  return page === 'seed' ? SEED_ARTICLE : resolve(FIXTURE_DIR, `${page}.html`);
}

export function hasPage(page: string): boolean {
  return existsSync(pageFile(page));
}

/** Starts the server. `generated` pages (name → HTML) are served besides the files (the bench's 1 MB article). */
export async function startServer(generated: Record<string, string> = {}): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    // Paths look like news URLs so that date-in-URL and site rules see something realistic: /2021/03/18/<page>.html
    const name = /([a-z0-9-]+)\.html$/.exec(req.url ?? '')?.[1];
    const file = name ? pageFile(name) : '';
    const body = name && Object.hasOwn(generated, name) ? generated[name] : name && existsSync(file) ? readFileSync(file) : null;
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}/2021/03/18/${page}.html`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
