// Long generated articles for the browser bench (1 MB) and the e2e suite's near-viewport test: the wire-article
// fixture's paragraphs, repeated, with a heading every twelve paragraphs, and an optional last paragraph of our own.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURE_DIR } from './server';

export function longArticle(targetChars: number, lastParagraph?: string): { html: string; chars: number } {
  const source = readFileSync(resolve(FIXTURE_DIR, 'wire-article.html'), 'utf8');
  const paragraphs = [...source.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g)].map((m) => m[1]).filter((p) => p.length > 80);
  if (paragraphs.length === 0) throw new Error('wire-article.html has no paragraphs to repeat');
  const body: string[] = [];
  let chars = 0;
  for (let i = 0; chars < targetChars; i++) {
    const p = paragraphs[i % paragraphs.length];
    if (i % 12 === 0) body.push(`<h2>Update ${i / 12 + 1}</h2>`);
    body.push(`<p>${p}</p>`);
    chars += p.replace(/<[^>]*>/g, '').length;
  }
  if (lastParagraph) {
    body.push(lastParagraph);
    chars += lastParagraph.replace(/<[^>]*>/g, '').length;
  }
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A very long article</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2021-03-18T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A very long article","datePublished":"2021-03-18T10:00:00Z"}</script>
</head><body><main><article><h1>A very long article</h1>${body.join('\n')}</article></main></body></html>`;
  return { html, chars };
}
