// Article root finding, text extraction (skip rules, separators, the DOM map), locate() and the chunked walk.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import {
  createTextExtractor,
  extractArticleText,
  findArticleRoot,
} from '../../utils/article/extract';
import { locate, locateStart, TextMapBuilder, Break } from '../../utils/article/textmap';
import type { ArticleText } from '../../utils/article/textmap';
import { isBoilerplateName } from '../../utils/article/dom';

function root(html: string): Element {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root') as unknown as Element;
}

/** The map's invariant: every segment is exactly its node's text, in order, without overlap. */
function checkMap(at: ArticleText): void {
  let last = 0;
  for (const seg of at.segments) {
    expect(seg.start).toBeGreaterThanOrEqual(last);
    expect(at.text.slice(seg.start, seg.start + seg.length)).toBe(seg.node.data);
    last = seg.start + seg.length;
  }
}

describe('extractArticleText: skip rules', () => {
  const cases: [string, string, string][] = [
    // [name, html, expected text]
    ['nav', '<p>Body</p><nav><a>Home</a></nav>', 'Body'],
    ['aside', '<p>Body</p><aside>Trending: Boris Johnson</aside>', 'Body'],
    ['footer', '<p>Body</p><footer>© Paper</footer>', 'Body'],
    ['form, inputs and textarea', '<p>Body</p><form><label>Name</label><input value="Angela Merkel"><textarea>Paris</textarea></form>', 'Body'],
    ['button and select', '<p>Body <button>Share</button></p><select><option>Berlin</option></select>', 'Body '],
    ['contenteditable (any value but false)', '<p>Body</p><div contenteditable>Typed</div><div contenteditable="plaintext-only">Also</div><div contenteditable="false">Kept</div>', 'Body\n\nKept'],
    ['code, pre, kbd, samp', '<p>Use <code>npm i</code> then <kbd>Enter</kbd></p><pre>const x = 1;</pre><samp>out</samp>', 'Use  then '],
    ['script, style, noscript, template', '<p>Body</p><script>var a = "Paris";</script><style>p{}</style><noscript>Enable JS</noscript><template><p>Tpl</p></template>', 'Body'],
    ['svg and iframe', '<p>Body</p><svg><text>Label</text></svg><iframe srcdoc="x">fallback</iframe>', 'Body'],
    ['hidden attribute', '<p>Body</p><p hidden>Secret</p>', 'Body'],
    ['aria-hidden=true', '<p>Body</p><div aria-hidden="true">Icon text</div><div aria-hidden="false">Shown</div>', 'Body\n\nShown'],
    ['inline display:none / visibility:hidden', '<p>Body</p><div style="color:red; display: none">A</div><span style="visibility:hidden">B</span>', 'Body'],
    ['share bar', '<p>Body</p><div class="share-links"><a>Facebook</a></div><ul class="social-icons"><li>X</li></ul>', 'Body'],
    ['related links', '<p>Body</p><div id="related-posts"><a>Other story</a></div><section class="jp-relatedposts">More</section>', 'Body'],
    ['comments', '<p>Body</p><div id="comments"><p>Donald Tusk says: nice</p></div><ol class="comment-list"><li>Hi</li></ol>', 'Body'],
    ['ads', '<p>Body</p><div class="ad-slot">Advertisement</div><div class="advertisement">Buy</div><div class="sponsored-content">X</div>', 'Body'],
    ['newsletter signup', '<p>Body</p><div class="newsletter-signup">Sign up</div>', 'Body'],
    ['breadcrumbs and back-to-top', '<nav class="breadcrumb">Home</nav><p>Body</p><a class="back-to-top">Top</a>', 'Body'],
    ['screen-reader-only text', '<p>Body<span class="screen-reader-text"> (opens in new tab)</span></p><span class="sr-only">Menu</span>', 'Body'],
    ['role=navigation / complementary', '<p>Body</p><div role="navigation">Links</div><div role="complementary">Box</div>', 'Body'],
    ['figcaption is kept', '<p>Body</p><figure><img alt=""><figcaption>Jens Stoltenberg in Brussels.</figcaption></figure>', 'Body\n\nJens Stoltenberg in Brussels.'],
    ['a paragraph with a furniture-like class is kept', '<p class="share-text">Body</p>', 'Body'],
    ['"commentary" is content, not comments', '<div class="commentary">Opinion text</div>', 'Opinion text'],
    ['"shareholders" is content, not a share bar', '<div class="shareholders-report">Report</div>', 'Report'],
    ['"header" is not an ad', '<div class="article-header">Headline</div><p>Body</p>', 'Headline\n\nBody'],
  ];
  for (const [name, html, expected] of cases) {
    it(name, () => {
      const at = extractArticleText(root(html));
      expect(at.text).toBe(expected);
      checkMap(at);
    });
  }
});

describe('extractArticleText: separators', () => {
  const cases: [string, string, string][] = [
    ['adjacent paragraphs never run together', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['headings, list items, table cells, blockquote', '<h2>Head</h2><ul><li>A</li><li>B</li></ul><table><tr><td>C</td><td>D</td></tr></table><blockquote>E</blockquote>', 'Head\n\nA\n\nB\n\nC\n\nD\n\nE'],
    ['divs', '<div>One</div><div><div>Two</div></div>Three', 'One\n\nTwo\n\nThree'],
    ['br is a line break', '<p>Line one<br>Line two<br><br>Line three</p>', 'Line one\nLine two\nLine three'],
    ['inline elements join as they are', '<p>Sergey <b>Lavrov</b> met <a href="#">Wang Yi</a>, <em>not</em> Biden.</p>', 'Sergey Lavrov met Wang Yi, not Biden.'],
    ['a drop cap joins its word', '<p><span class="dropcap">T</span>he minister said</p>', 'The minister said'],
    ['adjacent inline elements whose words would touch get a space', '<div><span class="author">News Desk</span><span class="date">March 18, 2021</span></div>', 'News Desk March 18, 2021'],
    ['…but not before punctuation', '<p><a>Reuters</a><span>, Brussels</span></p>', 'Reuters, Brussels'],
    ['a skipped block still separates', '<p>Alpha<span>beta</span></p><div hidden>x</div><p>Gamma</p>', 'Alphabeta\n\nGamma'],
    ['source indentation between blocks is dropped', '\n  <p>One</p>\n  \n  <p>Two</p>\n', 'One\n\nTwo'],
    ['spaces between inline elements are kept', '<p><b>Joe</b> <i>Biden</i></p>', 'Joe Biden'],
    ['no separator at start or end', '<div><div><p>Only</p></div></div>', 'Only'],
    ['hr separates', 'One<hr>Two', 'One\n\nTwo'],
  ];
  for (const [name, html, expected] of cases) {
    it(name, () => {
      const at = extractArticleText(root(html));
      expect(at.text).toBe(expected);
      checkMap(at);
    });
  }

  it('does not enter shadow roots or iframes (happy-dom, a real DOM with shadow roots)', () => {
    const win = new Window();
    const d = win.document as unknown as Document;
    const host = d.createElement('div');
    host.attachShadow({ mode: 'open' }).appendChild(d.createTextNode('Shadow text'));
    const p = d.createElement('p');
    p.textContent = 'Light text';
    d.body.appendChild(p);
    d.body.appendChild(host);
    expect(extractArticleText(d.body).text).toBe('Light text');
  });
});

describe('locate', () => {
  const at = extractArticleText(root('<p>Sergey <b>Lavrov</b> met</p><p>Wang Yi</p>'));
  // text: "Sergey Lavrov met\n\nWang Yi"
  it('maps offsets to text nodes', () => {
    expect(at.text).toBe('Sergey Lavrov met\n\nWang Yi');
    const cases: [number, string, number][] = [
      [0, 'Sergey ', 0],
      [3, 'Sergey ', 3],
      [7, 'Lavrov', 0],
      [10, 'Lavrov', 3],
      [13, ' met', 0],
      [17, ' met', 4], // end of the block
      [18, ' met', 4], // on the separator: end of the previous node
      [19, 'Wang Yi', 0],
      [26, 'Wang Yi', 7],
      [99, 'Wang Yi', 7], // past the end: clamped
    ];
    for (const [offset, data, inner] of cases) {
      const hit = locate(at, offset)!;
      expect([offset, hit.node.data, hit.offset]).toEqual([offset, data, inner]);
    }
  });
  it('locateStart moves a start on a separator to the next node', () => {
    expect(locateStart(at, 18)).toMatchObject({ offset: 0 });
    expect(locateStart(at, 18)!.node.data).toBe('Wang Yi');
    expect(locateStart(at, 17)!.node.data).toBe('Wang Yi');
    expect(locateStart(at, 13)!.node.data).toBe(' met');
    // A mention ending at the end of "Lavrov": the start of the next node is not needed.
    expect(locateStart(at, 7)!.node.data).toBe('Lavrov');
  });
  it('returns null for empty text', () => {
    expect(locate({ text: '', segments: [] }, 0)).toBeNull();
  });
  it('every offset of every segment round-trips', () => {
    for (const seg of at.segments) {
      for (let i = 0; i < seg.length; i++) {
        const hit = locate(at, seg.start + i)!;
        expect(hit.node).toBe(seg.node);
        expect(hit.offset).toBe(i);
      }
    }
  });
});

describe('TextMapBuilder', () => {
  it('collapses breaks to the strongest and never starts with one', () => {
    const { document } = parseHTML('<p>a</p>');
    const b = new TextMapBuilder();
    b.requestBreak(Break.Block);
    b.appendText(document.createTextNode('A') as unknown as Text);
    b.requestBreak(Break.Line);
    b.requestBreak(Break.Block);
    b.requestBreak(Break.Line);
    b.appendText(document.createTextNode('B') as unknown as Text);
    b.requestBreak(Break.Block);
    expect(b.finish().text).toBe('A\n\nB');
  });
});

describe('chunked extraction', () => {
  const para = 'Officials in <b>Brussels</b> said on <a href="#">Tuesday</a> that Jens Stoltenberg would travel to Kyiv.';
  const bigHtml = `<article><h1>Title</h1>${Array.from({ length: 6000 }, (_, i) => `<p>${i}: ${para}</p>`).join('')}</article>`;

  it('gives the same result in slices as in one go, and really pauses', () => {
    const r = root(bigHtml);
    const oneShot = extractArticleText(r);
    // A fake clock that advances 1 ms per reading: each slice ends after a few clock checks.
    let clock = 0;
    const extractor = createTextExtractor(r, { now: () => clock++ });
    let slices = 0;
    while (!extractor.step(clock + 3)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(extractor.done).toBe(true);
    const chunked = extractor.result();
    expect(chunked.text).toBe(oneShot.text);
    expect(chunked.segments.length).toBe(oneShot.segments.length);
    checkMap(chunked);
  });

  it('extracts about 1 MB of article quickly', () => {
    const r = root(bigHtml);
    const t0 = performance.now();
    const at = extractArticleText(r);
    const ms = performance.now() - t0;
    expect(at.text.length).toBeGreaterThan(500_000);
    // linkedom on a shared 2-core machine; a browser DOM is faster. Generous bound, catches quadratic walks.
    expect(ms).toBeLessThan(1500);
  });

  it('stops at maxLength', () => {
    const at = extractArticleText(root(bigHtml), { maxLength: 10_000 });
    expect(at.text.length).toBeLessThan(10_200);
    expect(at.text.length).toBeGreaterThanOrEqual(10_000);
  });

  it('an empty root is done at once', () => {
    const extractor = createTextExtractor(root(''));
    expect(extractor.done).toBe(true);
    expect(extractor.step(0)).toBe(true);
    expect(extractor.result()).toEqual({ text: '', segments: [] });
  });
});

describe('findArticleRoot', () => {
  function rootOf(body: string): string {
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`);
    const el = findArticleRoot(document as unknown as Document);
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` : 'null';
  }
  const p = (n: number, word = 'Body') =>
    Array.from({ length: n }, () => `<p>${word} text of the story that goes on for a while so that it reads as a real paragraph of an article.</p>`).join('');

  it('prefers itemprop=articleBody', () => {
    expect(rootOf(`<div id="page"><div id="b" itemprop="articleBody">${p(5)}</div><div id="other">${p(2)}</div></div>`)).toBe('div#b');
  });
  it('picks the <article> with the most paragraph text, not a teaser card', () => {
    expect(rootOf(`<article id="teaser">${p(1)}</article><article id="main">${p(6)}</article><article id="t2">${p(1)}</article>`)).toBe('article#main');
  });
  it('uses common body classes', () => {
    expect(rootOf(`<div id="wrap"><div class="entry-content" id="ec">${p(5)}</div><div class="sidebar">${p(1)}</div></div>`)).toBe('div#ec');
  });
  it('falls back to the densest paragraph container', () => {
    expect(rootOf(`<div id="a">${p(1)}</div><div id="dense">${p(7)}</div><div id="c">${p(2)}</div>`)).toBe('div#dense');
  });
  it('ignores paragraphs in comments when choosing', () => {
    expect(rootOf(`<div id="story">${p(4)}</div><div id="comments"><div class="c">${p(8)}</div></div>`)).toBe('div#story');
  });
  it('widens a body container to include the single <h1> close above it', () => {
    expect(rootOf(`<div id="post"><h1>Headline</h1><div class="byline">By A</div><div class="article-body">${p(5)}</div></div>`)).toBe('div#post');
  });
  it('returns body for a page without paragraphs', () => {
    expect(rootOf('<div>Nothing here</div>')).toBe('body');
  });
});

describe('isBoilerplateName', () => {
  const cases: [string, boolean][] = [
    ['share-links', true],
    ['facebook-share-btn', true],
    ['relatedPosts', true],
    ['jp-relatedposts', true],
    ['ad-slot', true],
    ['comments-area', true],
    ['sidebar', true],
    ['main-content sidebar-left', false],
    ['header', false],
    ['shadow', false],
    ['download', false],
    ['entry-content', false],
    ['article-body', false],
    ['commentary', false],
    ['', false],
  ];
  for (const [name, expected] of cases) {
    it(`${name || '(empty)'} → ${expected}`, () => expect(isBoilerplateName(name)).toBe(expected));
  }
});
