// The project's own test pages (tests/fixtures/pages) and the user's seed article: detection, date, title, text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { detectArticle } from '../../utils/article/detect';
import { extractArticleText, findArticleRoot } from '../../utils/article/extract';
import { findPublicationDate, findTitle } from '../../utils/article/published';

const PAGES = resolve(__dirname, '../fixtures/pages');

interface Expectation {
  page: string;
  /** Where the page claims to live (the e2e server may serve it elsewhere; dates must not depend on it). */
  url?: string;
  isArticle: boolean;
  published: string | null;
  title?: string;
  /** Names that must be in the extracted article text. */
  has?: string[];
  /** Names on the page that must NOT be in the extracted text (comments, sidebars, related links, inputs…). */
  hasNot?: string[];
}

const EXPECTATIONS: Expectation[] = [
  {
    page: 'wire-article.html',
    isArticle: true,
    published: '2022-05-18',
    title: 'Finland and Sweden formally apply to join NATO',
    has: ['Jens Stoltenberg', 'NATO', 'Brussels', 'Ukraine', 'on Wednesday', 'Tayyip Erdogan', 'Sauli Niinisto', 'Magdalena Andersson', 'Joe Biden', 'Washington', 'on Thursday'],
    hasNot: ['Related coverage', 'Vladimir Putin says NATO expansion', 'Share on Twitter', 'Advertisement', 'Sign in', 'Careers', 'Skip to main content'],
  },
  {
    page: 'wordpress-article.html',
    isArticle: true,
    // article:published_time 2019-04-16T22:30:00-04:00: the publisher's day, although it is 17 April in UTC.
    published: '2019-04-16',
    title: 'Macron vows to rebuild Notre-Dame within five years',
    has: ['Emmanuel Macron', 'Notre-Dame', 'Paris', 'Elysee Palace', 'Rémy Heitz', 'LVMH', 'Seine', 'on Tuesday'],
    hasNot: ['Donald Tusk', 'Nicola Sturgeon', 'Warsaw', 'Angela Merkel', 'Theresa May', 'Boris Johnson', 'Share this', 'Leave a Reply', 'Skip to content', 'Proudly powered'],
  },
  {
    page: 'client-rendered-article.html',
    // The static shell: structured data but no body yet (detectArticle says "awaiting-body"); see the happy-dom test.
    isArticle: false,
    published: '2024-07-26',
    title: 'Live: Paris 2024 opening ceremony on the Seine',
  },
  {
    page: 'hostile.html',
    isArticle: true,
    published: '2023-05-06',
    title: 'King Charles III crowned at Westminster Abbey',
    has: ['King Charles III', 'Westminster Abbey', 'London', 'Justin Welby', 'Rishi Sunak', 'Buckingham Palace', 'Trafalgar Square'],
    // Shadow roots, templates and iframes are not walked.
    hasNot: ['Nelson Mandela', 'Indira Gandhi', 'Golda Meir', 'Fidel Castro', 'broken'],
  },
  {
    page: 'shop.html',
    isArticle: false,
    published: null,
  },
  {
    page: 'home.html',
    isArticle: false,
    published: null, // not asserted for non-articles below (a home page may carry a date); kept for the e2e table
  },
  {
    page: 'docs.html',
    isArticle: false,
    published: null,
  },
  {
    page: 'form-editor.html',
    isArticle: false,
    published: null,
    hasNot: ['Jacinda Ardern', 'Boris Johnson', 'Angela Merkel'],
  },
];

function load(page: string): Document {
  return parseHTML(readFileSync(resolve(PAGES, page), 'utf8')).document as unknown as Document;
}

describe('fixture pages (linkedom, scripts not run)', () => {
  for (const e of EXPECTATIONS) {
    describe(e.page, () => {
      const doc = load(e.page);
      it(`isArticle = ${e.isArticle}`, () => {
        const result = detectArticle(doc, e.url);
        expect(result.isArticle, result.reasons.join(', ')).toBe(e.isArticle);
      });
      if (e.isArticle || e.published) {
        it(`published ${e.published}`, () => {
          expect(findPublicationDate(doc, e.url)).toBe(e.published);
        });
      }
      if (e.title) {
        it('title', () => expect(findTitle(doc)).toBe(e.title));
      }
      if (e.has?.length || e.hasNot?.length) {
        it('extracted text has the article names and none of the furniture', () => {
          const root = findArticleRoot(doc) ?? doc.body;
          const { text, segments } = extractArticleText(root);
          for (const name of e.has ?? []) expect(text, name).toContain(name);
          for (const name of e.hasNot ?? []) expect(text, name).not.toContain(name);
          for (const seg of segments) expect(text.slice(seg.start, seg.start + seg.length)).toBe(seg.node.data);
        });
      }
    });
  }
});

/** Loads a fixture into happy-dom with its scripts running (our own pages only). */
function runPage(page: string): Window {
  const window = new Window({
    url: `https://fixtures.gloss.test/${page}`,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  window.document.write(readFileSync(resolve(PAGES, page), 'utf8'));
  // happy-dom's document.write does not fire DOMContentLoaded; the pages' scripts wait for it.
  window.document.dispatchEvent(new window.Event('DOMContentLoaded'));
  return window;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('client-rendered-article.html with its scripts running (happy-dom)', () => {
  it('is not an article while empty, becomes one when the body arrives, and the late entry is extracted', async () => {
    const window = runPage('client-rendered-article.html');
    try {
      const doc = window.document as unknown as Document;
      const state = () => (window as unknown as { __fixtureState: string }).__fixtureState;
      expect(state()).toBe('shell');
      const first = detectArticle(doc);
      expect(first.isArticle).toBe(false);
      expect(first.reasons).toContain('awaiting-body');

      for (let i = 0; i < 50 && state() === 'shell'; i++) await wait(50);
      expect(state()).toBe('body');
      expect(detectArticle(doc).isArticle).toBe(true);
      expect(findPublicationDate(doc)).toBe('2024-07-26');
      const before = extractArticleText(findArticleRoot(doc)!).text;
      expect(before).toContain('Thomas Bach');
      expect(before).toContain('Emmanuel Macron');
      expect(before).not.toContain('Céline Dion');
      expect(before).not.toContain('Loading');

      for (let i = 0; i < 60 && state() !== 'update'; i++) await wait(50);
      expect(state()).toBe('update');
      const after = extractArticleText(findArticleRoot(doc)!).text;
      expect(after).toContain('Céline Dion');
      expect(after).toContain('Eiffel Tower');
      expect(after).toContain('Teddy Riner');
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('hostile.html with its scripts running (happy-dom)', () => {
  it('still detects and extracts the article after the page broke DOM prototypes', async () => {
    const window = runPage('hostile.html');
    try {
      await wait(50);
      const doc = window.document as unknown as Document;
      // The page's scripts did run and break things.
      expect(() => (window as unknown as { JSON: JSON }).JSON.parse('{}')).toThrow();
      expect(doc.getElementById('shadow-host')?.shadowRoot).toBeTruthy();
      // In happy-dom the page's Node.prototype.appendChild override reaches our side too (a browser's isolated
      // world would not even see it): a harder test than the real thing.
      expect(() => detectArticle(doc)).not.toThrow();
      expect(detectArticle(doc).isArticle).toBe(true);
      expect(findPublicationDate(doc)).toBe('2023-05-06');
      const text = extractArticleText(findArticleRoot(doc)!).text;
      expect(text).toContain('Justin Welby');
      expect(text).not.toContain('Nelson Mandela'); // open shadow root
      expect(text).not.toContain('Indira Gandhi'); // closed shadow root
    } finally {
      await window.happyDOM.close();
    }
  });
});

