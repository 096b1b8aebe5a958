// The user's example page (../shared/fixtures/seed-article.html): detection, date, title, text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../utils/article/detect';
import { extractArticleText, findArticleRoot } from '../../utils/article/extract';
import { findPublicationDate, findTitle } from '../../utils/article/published';
import { requireShared, sharedPath } from '../support/shared';

requireShared('the example-page tests');

describe('the user\'s seed article (../shared/fixtures/seed-article.html)', () => {
  it('is an article published 2021-03-18, with its names in the text and no furniture', () => {
    const doc = parseHTML(readFileSync(sharedPath('fixtures/seed-article.html'), 'utf8')).document as unknown as Document;
    expect(detectArticle(doc).isArticle).toBe(true);
    expect(findPublicationDate(doc)).toBe('2021-03-18');
    expect(findTitle(doc)).toBe('Sergey Lavrov to visit China amid tension with US Joe Biden Killer Note on Vladimir Putin');
    const root = findArticleRoot(doc)!;
    const { text } = extractArticleText(root);
    for (const name of ['Sergey Lavrov', 'Zhao Lijian', 'Wang Yi', 'Antony Blinken', 'Jake Sullivan', 'Yang Jiechi', 'Alexei Navalny', 'Xinjiang']) {
      expect(text).toContain(name);
    }
    // The byline and its date are separate spans with no space between them in the source.
    expect(text).toContain('News Desk March 18, 2021');
    for (const furniture of ['Related Articles', 'Quad leaders', 'Trending', 'Copyright', 'Back to top', 'Facebook', 'Entertainment']) {
      expect(text).not.toContain(furniture);
    }
  });
});
