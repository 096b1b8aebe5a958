// Article detection: structured data variants, malformed JSON-LD, text density and the non-article page shapes.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../utils/article/detect';
import { jsonLdObjects, typesOf } from '../../utils/article/jsonld';

function doc(head: string, body: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

const sentence =
  'Officials in the capital said on Tuesday that the talks had made progress on several points but that no agreement had been reached on the central question of the border, and that negotiators would meet again next week.';
/** n paragraphs of real prose (about 220 characters each) inside one container. */
function body(n: number, wrap = 'div class="story"'): string {
  const tag = wrap.split(' ')[0];
  return `<${wrap}><h1>Headline of the story</h1>${Array.from({ length: n }, (_, i) => `<p>${i}. ${sentence}</p>`).join('')}</${tag}>`;
}
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('detectArticle: structured data', () => {
  const cases: { name: string; head: string; paragraphs: number; isArticle: boolean; reason?: string }[] = [
    { name: 'NewsArticle', head: ld('{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}'), paragraphs: 3, isArticle: true, reason: 'jsonld:newsarticle' },
    { name: '@type array', head: ld('{"@type":["Article","NewsArticle"]}'), paragraphs: 3, isArticle: true, reason: 'jsonld:article' },
    { name: '@graph', head: ld('{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"ReportageNewsArticle"}]}'), paragraphs: 3, isArticle: true, reason: 'jsonld:reportagenewsarticle' },
    { name: 'top-level array', head: ld('[{"@type":"BreadcrumbList"},{"@type":"BlogPosting"}]'), paragraphs: 3, isArticle: true, reason: 'jsonld:blogposting' },
    { name: 'nested mainEntity', head: ld('{"@type":"WebPage","mainEntity":{"@type":"AnalysisNewsArticle"}}'), paragraphs: 3, isArticle: true, reason: 'jsonld:analysisnewsarticle' },
    { name: 'full schema.org URL type', head: ld('{"@type":"http://schema.org/OpinionNewsArticle"}'), paragraphs: 3, isArticle: true, reason: 'jsonld:opinionnewsarticle' },
    { name: 'CDATA-wrapped (Wikipedia, Medium)', head: ld('<![CDATA[ {"@type":"Article"} ]]>'), paragraphs: 3, isArticle: true, reason: 'jsonld:article' },
    { name: 'og:type=article + published_time', head: '<meta property="og:type" content="article"><meta property="article:published_time" content="2021-03-18T11:24:07+00:00">', paragraphs: 3, isArticle: true, reason: 'og:type=article' },
    { name: 'microdata NewsArticle', head: '', paragraphs: 0, isArticle: true, reason: 'microdata:Article' },
    { name: 'malformed JSON-LD, no other signal, long text', head: ld('{"@type":"NewsArticle",}'), paragraphs: 8, isArticle: true },
    { name: 'malformed JSON-LD, short text', head: ld('{"@type": NewsArticle'), paragraphs: 1, isArticle: false },
    { name: 'structured data without a body (client-rendered shell)', head: ld('{"@type":"NewsArticle"}'), paragraphs: 0, isArticle: false, reason: 'awaiting-body' },
    { name: 'Product JSON-LD with a long description', head: ld('{"@type":"Product","name":"Paris Sofa","offers":{"@type":"Offer","price":"899"}}') + '<meta property="og:type" content="product">', paragraphs: 6, isArticle: false, reason: 'jsonld:product' },
    { name: 'CollectionPage with og:type=article (CMS default)', head: ld('{"@type":"CollectionPage"}') + '<meta property="og:type" content="article">', paragraphs: 6, isArticle: false, reason: 'jsonld:collectionpage' },
    { name: 'Product inside an article page (a review): article wins', head: ld('[{"@type":"NewsArticle"},{"@type":"Product"}]'), paragraphs: 6, isArticle: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const bodyHtml =
        c.name === 'microdata NewsArticle'
          ? `<div itemscope itemtype="https://schema.org/NewsArticle">${body(3)}</div>`
          : body(c.paragraphs);
      const result = detectArticle(doc(c.head, bodyHtml));
      expect(result.isArticle).toBe(c.isArticle);
      if (c.reason) expect(result.reasons).toContain(c.reason);
      expect(result.isArticle).toBe(result.score > 0);
    });
  }
});

describe('detectArticle: text density without structured data', () => {
  it('a long body of paragraphs in one container is an article', () => {
    expect(detectArticle(doc('', body(6))).isArticle).toBe(true);
  });
  it('a short page is not', () => {
    expect(detectArticle(doc('', body(1))).isArticle).toBe(false);
  });
  it('hidden paragraphs and furniture paragraphs do not count', () => {
    const hidden = `<div>${Array.from({ length: 8 }, () => `<p hidden>${sentence}</p><p class="comment">${sentence}</p>`).join('')}</div>`;
    expect(detectArticle(doc('', hidden)).isArticle).toBe(false);
  });
  it('link-dense teaser paragraphs do not count', () => {
    const teasers = Array.from({ length: 10 }, () => `<p><a href="/x">${sentence}</a></p>`).join('');
    expect(detectArticle(doc('', teasers)).isArticle).toBe(false);
  });
  it('paragraphs inside an editor do not count', () => {
    const editor = `<div contenteditable="true">${body(8)}</div>`;
    const result = detectArticle(doc('', editor));
    expect(result.isArticle).toBe(false);
    expect(result.reasons).toContain('text:0.0');
  });
  it('a home page listing many headlines is not an article, even with teaser text', () => {
    const cards = Array.from(
      { length: 30 },
      (_, i) => `<article class="card"><a href="/story-${i}"><h3>Headline number ${i} about Joe Biden and Paris</h3></a><p>${sentence}</p></article>`,
    ).join('');
    const result = detectArticle(doc('<meta property="og:type" content="website">' + ld('{"@type":"WebSite"}'), cards));
    expect(result.isArticle).toBe(false);
    expect(result.reasons.some((r) => r.startsWith('headline-list'))).toBe(true);
  });
  it('a documentation page dominated by code blocks is not an article', () => {
    const code = `<pre><code>${'const client = createClient({ apiKey });\n'.repeat(20)}</code></pre>`;
    const page = `<main><h1>API</h1><p>${sentence}</p>${code}<p>${sentence}</p>${code}<p>${sentence}</p></main>`;
    const result = detectArticle(doc('', page));
    expect(result.isArticle).toBe(false);
  });
  it('a shop page with cart buttons is not an article', () => {
    const page = `${body(5)}<div itemprop="price" content="12.00">€12</div><button>Add to cart</button>`;
    const result = detectArticle(doc('', page));
    expect(result.isArticle).toBe(false);
    expect(result.reasons).toContain('cart-button');
  });
  it('a search results URL counts against', () => {
    expect(detectArticle(doc('', body(4)), 'https://example.org/search?q=biden').reasons).toContain('search-url');
  });
});

describe('detectArticle: robustness', () => {
  it('never throws on odd JSON-LD', () => {
    const weird = [
      ld(''),
      ld('null'),
      ld('42'),
      ld('"NewsArticle"'),
      ld('{"@type": 7}'),
      ld('{"@graph": {"@type":"NewsArticle"}}'),
      ld('<!-- {"@type":"NewsArticle"} -->'),
      ld('{"@type":"NewsArticle"'.repeat(50)),
    ].join('');
    expect(() => detectArticle(doc(weird, body(2)))).not.toThrow();
  });
  it('stays fast on a page with thousands of paragraphs', () => {
    const big = doc('', `<div>${Array.from({ length: 5000 }, () => `<p>${sentence}</p>`).join('')}</div>`);
    const t0 = performance.now();
    const result = detectArticle(big);
    const ms = performance.now() - t0;
    expect(result.isArticle).toBe(true);
    // Bounded work (early exit): far below the cost of reading 5,000 paragraphs.
    expect(ms).toBeLessThan(250);
  });
  it('an empty document is not an article', () => {
    expect(detectArticle(doc('', '')).isArticle).toBe(false);
  });
});

describe('jsonLdObjects', () => {
  it('flattens @graph, arrays and nested mainEntity, and skips malformed blocks', () => {
    const d = doc(
      ld('{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2021-03-18"}}') +
        ld('{bad json') +
        ld('[{"@graph":[{"@type":"Organization"},{"@type":["BlogPosting"]}]}]') +
        '<script type="Application/LD+JSON ">{"@type":"Report"}</script>',
      '',
    );
    const types = jsonLdObjects(d).flatMap(typesOf);
    expect(types).toEqual(['webpage', 'newsarticle', 'organization', 'blogposting', 'report']);
  });
});

describe('detectArticle: listings of articles', () => {
  it('an ItemList of NewsArticles (a section page) is not an article', () => {
    const list = ld(
      '{"@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"NewsArticle","headline":"a"}},{"@type":"ListItem","position":2,"item":{"@type":"NewsArticle","headline":"b"}}]}',
    );
    const result = detectArticle(doc(list, body(6)));
    expect(result.isArticle).toBe(false);
    expect(result.reasons).toContain('jsonld:itemlist');
  });
});
