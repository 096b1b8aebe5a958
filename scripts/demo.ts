// `npm run demo`: the built extension in headless Chromium on the seed article; screenshots of the highlights and a popover.
import { copyFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { ensureArtifactsDir, extensionDir, launch, browserAvailable } from '../tests/e2e/drivers';
import { hasPage, PROJECT_DIR, startServer } from '../tests/e2e/server';
import { mentionPoint, painted, waitForPopover } from '../tests/e2e/helpers';

async function main(): Promise<number> {
  if (!browserAvailable('chromium')) {
    console.error('Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).');
    return 1;
  }
  if (!existsSync(resolve(extensionDir('chromium'), 'manifest.json'))) {
    console.log('No build found: running npm run build first.');
    execSync('npm run build', { cwd: PROJECT_DIR, stdio: 'inherit' });
  }
  // The user's seed article when ../shared is there, else our own wire-service fixture.
  const page = hasPage('seed') ? 'seed' : 'wire-article';
  const server = await startServer();
  const driver = await launch('chromium');
  try {
    const tab = await driver.newPage();
    const url = server.url(page);
    console.log(`Page: ${page === 'seed' ? '../shared/fixtures/seed-article.html' : 'tests/fixtures/pages/wire-article.html'} at ${url}`);
    const started = Date.now();
    await tab.goto(url);
    try {
      await tab.waitFor(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((n) => /^gloss-(person|place|organization|date)$/.test(n)), undefined, 20_000);
    } catch {
      console.error('Nothing was highlighted within 20 s.');
      return 1;
    }
    const result = await painted(tab);
    console.log(`Highlighted ${Date.now() - started} ms after navigation started.\n`);
    let total = 0;
    for (const [type, texts] of Object.entries(result.byType)) {
      if (texts.length === 0) continue;
      total += texts.length;
      const counts = new Map<string, number>();
      for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
      const list = [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ');
      console.log(`${type} (${texts.length}): ${list}`);
    }
    if (total === 0) {
      console.error('Nothing was highlighted.');
      return 1;
    }
    const artifacts = ensureArtifactsDir();
    await tab.evaluate(() => window.scrollTo(0, 0));
    await tab.screenshot(resolve(artifacts, 'demo-highlights.png'));

    // Hover a person: Lavrov on the seed article, else the first person painted.
    const person = result.byType.person.includes('Lavrov') ? 'Lavrov' : result.byType.person[0];
    if (person) {
      const at = await mentionPoint(tab, 'person', person);
      await tab.mouseMove(at.x - 40, at.y);
      await tab.mouseMove(at.x, at.y);
      const reading = await waitForPopover(tab);
      console.log(`\nHovered "${person}": ${reading ? `${reading.label} — ${reading.text}` : 'no popover appeared'}`);
      await new Promise((r) => setTimeout(r, 300)); // the popover's 120 ms fade-in
      const shot = resolve(artifacts, 'demo-popover.png');
      await tab.screenshot(shot);
      if (process.argv.includes('--update-readme-screenshot')) {
        copyFileSync(shot, resolve(PROJECT_DIR, 'docs/screenshot.png'));
        console.log('Updated docs/screenshot.png');
      }
      if (!reading) return 1;
    }
    console.log(`\nScreenshots: artifacts/demo-highlights.png, artifacts/demo-popover.png`);
    return 0;
  } finally {
    await driver.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
