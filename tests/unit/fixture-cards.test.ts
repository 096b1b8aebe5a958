// Our own 2019–2024 articles: the popover cards say what was true on each article's date (issue: time-aware roles).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../utils/dictionary/index';
import type { Dictionary } from '../../utils/dictionary/types';
import { annotateDocument } from '../../utils/pipeline';

let dict: Dictionary;
beforeAll(async () => {
  const { ensureDictionary } = await import('../../scripts/build-dictionary');
  dict = loadDictionary(new Uint8Array(readFileSync(await ensureDictionary({ quiet: true }))));
}, 180_000);

const PAGES = resolve(__dirname, '../fixtures/pages');

function annotatePage(file: string) {
  const html = readFileSync(resolve(PAGES, file), 'utf8');
  const { document } = parseHTML(html);
  return annotateDocument(document as unknown as Document, `https://news.example/${file}`, dict);
}

// [page, published, mention text, what the card must say on that date, what it must not say]
const CASES: [string, string, string, string, string | null][] = [
  ['wire-article.html', '2022-05-18', 'Jens Stoltenberg', 'Secretary General of NATO since Oct 2014', 'Former'],
  ['wire-article.html', '2022-05-18', 'Joe Biden', 'President of the United States since Jan 2021', 'Former'],
  ['wire-article.html', '2022-05-18', 'Magdalena Andersson', 'Prime Minister of Sweden', 'Former'],
  ['wordpress-article.html', '2019-04-16', 'Macron', 'President of the French Republic since May 2017', null],
  ['hostile.html', '2023-05-06', 'Rishi Sunak', 'Prime Minister of the United Kingdom since Oct 2022', 'Former'],
  ['hostile.html', '2023-05-06', 'Queen Elizabeth II', 'Former', 'since'],
];

describe('cards on our own 2019–2024 articles', () => {
  it.each(CASES)('%s (%s): %s', (file, published, text, says, mustNot) => {
    const result = annotatePage(file);
    expect(result.isArticle).toBe(true);
    expect(result.published).toBe(published);
    const mention = result.mentions.find((m) => m.text === text);
    expect(mention, `${text} is highlighted`).toBeDefined();
    expect(mention!.context).toContain(says);
    if (mustNot) expect(mention!.context.split(';')[0]).not.toContain(mustNot);
  });
});
