// Publication day and title: the cascade, timestamp forms and time zones, URL dates, and what is never returned.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { dateFromUrl, findPublicationDate, findTitle, stripSiteName, toDay } from '../../utils/article/published';

const TODAY = new Date('2026-11-29T12:00:00Z');

function doc(head: string, body = ''): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const meta = (attr: string, key: string, value: string) => `<meta ${attr}="${key}" content="${value}">`;

describe('toDay', () => {
  const cases: [string, string | null][] = [
    ['2021-03-18', '2021-03-18'],
    ['2021-03-18T11:24:07+00:00', '2021-03-18'],
    // The publisher's own day, not the UTC day.
    ['2021-03-18T23:30:00-05:00', '2021-03-18'],
    ['2021-03-18T00:30:00+09:00', '2021-03-18'],
    ['2021-11-01T10:52:50+0100', '2021-11-01'],
    ['2015-03-27T13:07:55.096Z', '2015-03-27'],
    ['2019-04-28 06:01:07', '2019-04-28'],
    ['2021/03/18', '2021-03-18'],
    ['20210318', '2021-03-18'],
    ['20210318T112407Z', '2021-03-18'],
    ['1616066647', '2021-03-18'], // epoch seconds (UTC)
    ['1616066647000', '2021-03-18'], // epoch milliseconds
    ['March 18, 2021', '2021-03-18'],
    ['Mar. 18, 2021 11:24 AM ET', '2021-03-18'],
    ['18 March 2021', '2021-03-18'],
    ['Thu, 18 Mar 2021 11:24:07 +0000', '2021-03-18'],
    ['18th March 2021', '2021-03-18'],
    ['18.03.2021', '2021-03-18'],
    ['18/03/2021', '2021-03-18'],
    ['03/18/2021', '2021-03-18'],
    ['03/04/2021', null], // ambiguous day/month order
    ['2021-02-30', null],
    ['2021-13-01', null],
    ['1970-01-01T00:00:00Z', null], // before the web's news pages: a zero value
    ['2031-01-01', null], // in the future
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(toDay(input, TODAY)).toBe(expected));
  }
});

describe('findPublicationDate: cascade', () => {
  const cases: { name: string; head: string; body?: string; url?: string; expected: string | null }[] = [
    { name: 'JSON-LD datePublished', head: ld('{"@type":"NewsArticle","datePublished":"2021-03-18T11:24:07+00:00"}'), expected: '2021-03-18' },
    { name: 'JSON-LD in @graph', head: ld('{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"NewsArticle","datePublished":"2021-03-18"}]}'), expected: '2021-03-18' },
    { name: 'JSON-LD array, article type preferred', head: ld('[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"BlogPosting","datePublished":"2021-03-18"}]'), expected: '2021-03-18' },
    { name: 'JSON-LD nested mainEntity', head: ld('{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2021-03-18"}}'), expected: '2021-03-18' },
    { name: 'JSON-LD datePublished as array', head: ld('{"@type":"Article","datePublished":["2021-03-18","2021-03-19"]}'), expected: '2021-03-18' },
    { name: 'JSON-LD on a non-article object as a fallback', head: ld('{"@type":"WebPage","datePublished":"2021-03-18"}'), expected: '2021-03-18' },
    { name: 'malformed JSON-LD falls through to metas', head: ld('{"datePublished":"2020-01-01",}') + meta('property', 'article:published_time', '2021-03-18T10:00:00Z'), expected: '2021-03-18' },
    { name: 'JSON-LD wins over metas', head: ld('{"@type":"NewsArticle","datePublished":"2021-03-18"}') + meta('property', 'article:published_time', '2021-03-17'), expected: '2021-03-18' },
    { name: 'article:published_time (day as written)', head: meta('property', 'article:published_time', '2019-04-16T22:30:00-04:00'), expected: '2019-04-16' },
    { name: 'og:published_time', head: meta('property', 'og:published_time', '2021-03-18T10:00:00Z'), expected: '2021-03-18' },
    { name: 'parsely-pub-date', head: meta('name', 'parsely-pub-date', '2024-04-20T04:20:00.000Z'), expected: '2024-04-20' },
    { name: 'parsely-page JSON', head: `<meta name="parsely-page" content='{"title":"x","pub_date":"2014-09-02T12:35:27Z"}'>`, expected: '2014-09-02' },
    { name: 'meta name=date', head: meta('name', 'date', '2021-03-18'), expected: '2021-03-18' },
    { name: 'pubdate', head: meta('name', 'pubdate', '20210318'), expected: '2021-03-18' },
    { name: 'publish-date', head: meta('name', 'publish-date', 'March 18, 2021'), expected: '2021-03-18' },
    { name: 'sailthru.date', head: meta('name', 'sailthru.date', '2021-03-18 11:24:07'), expected: '2021-03-18' },
    { name: 'dc.date (any case)', head: meta('name', 'DC.date', '2021-03-18'), expected: '2021-03-18' },
    { name: 'DC.date.issued', head: meta('name', 'DC.date.issued', '2021-03-18'), expected: '2021-03-18' },
    { name: 'itemprop datePublished on meta', head: '', body: '<article><meta itemprop="datePublished" content="2021-03-18"><h1>T</h1></article>', expected: '2021-03-18' },
    { name: 'itemprop datePublished on time', head: '', body: '<article><h1>T</h1><time itemprop="datePublished" datetime="2021-03-18T09:00:00+01:00">Thursday</time></article>', expected: '2021-03-18' },
    { name: '<time datetime> in the article header', head: '', body: '<article><header><h1>T</h1><div class="meta"><time datetime="2021-03-18T09:00">18 March</time></div></header><p>Body</p></article>', expected: '2021-03-18' },
    { name: '<time> in a comment is not the publication date', head: '', body: '<div><h1>T</h1><p>Body</p></div><div id="comments"><time datetime="2021-03-19">x</time></div>', expected: null },
    { name: 'date in the URL', head: '', url: 'https://example.org/world/2021/03/18/lavrov-china/', expected: '2021-03-18' },
    { name: 'date in the canonical URL', head: '<link rel="canonical" href="https://example.org/2021-03-18/lavrov-visit">', expected: '2021-03-18' },
    { name: 'nothing at all: null, never today', head: '<title>x</title>', body: '<p>No date here.</p>', expected: null },
    { name: 'future dates are ignored', head: meta('property', 'article:published_time', '2099-01-01T00:00:00Z'), expected: null },
  ];
  for (const c of cases) {
    it(c.name, () => expect(findPublicationDate(doc(c.head, c.body ?? ''), c.url, TODAY)).toBe(c.expected));
  }
});

describe('dateFromUrl', () => {
  const cases: [string, string | null][] = [
    ['https://example.org/2021/03/18/slug/', '2021-03-18'],
    ['https://example.org/news/2021/3/8/slug', '2021-03-08'],
    ['https://example.org/2021-03-18-slug', '2021-03-18'],
    ['https://example.org/world/europe/finland-sweden-nato-2022-05-18/', '2022-05-18'],
    ['https://example.org/20210318/slug', '2021-03-18'],
    ['https://example.org/2021/03/slug', null], // month only: not a day
    ['https://example.org/article/12345678/slug', null],
    ['https://example.org/slug?date=2021-03-18', null], // query strings are not the article's path
    ['https://2021-03-18.example.org/', null],
    ['', null],
  ];
  for (const [url, expected] of cases) {
    it(`${url || '(empty)'} → ${expected}`, () => expect(dateFromUrl(url, TODAY)).toBe(expected));
  }
});

describe('findTitle', () => {
  it('og:title first, without a site suffix', () => {
    expect(findTitle(doc(meta('property', 'og:title', 'Lavrov to visit China | The Daily') + meta('property', 'og:site_name', 'The Daily')))).toBe('Lavrov to visit China');
  });
  it('JSON-LD headline next', () => {
    expect(findTitle(doc(ld('{"@type":"NewsArticle","headline":"Lavrov to visit China"}') + '<title>Other - Site</title>'))).toBe('Lavrov to visit China');
  });
  it('the single h1 next', () => {
    expect(findTitle(doc('<title>Lavrov to visit China - Site</title>', '<h1> Lavrov to  visit China </h1>'))).toBe('Lavrov to visit China');
  });
  it('a candidate the <title> confirms beats an unconfirmed one (Wikipedia: the JSON-LD headline is a description)', () => {
    const d = doc('<title>New Zealand - Wikipedia</title>' + ld('{"@type":"Article","headline":"country in Oceania"}'), '<h1>New Zealand</h1>');
    expect(findTitle(d)).toBe('New Zealand');
  });
  it('an <h1> the <title> does not confirm (a section name) loses to the <title>', () => {
    expect(findTitle(doc('<title>Superbugs: What They Are and How You Get Them</title>', '<h1>Information and Resources</h1>'))).toBe(
      'Superbugs: What They Are and How You Get Them',
    );
  });
  it('the h1 when there is no <title>', () => {
    expect(findTitle(doc('', '<h1>Lavrov to visit China</h1>'))).toBe('Lavrov to visit China');
  });
  it('<title> minus the site name last', () => {
    expect(findTitle(doc('<title>Lavrov to visit China - The Daily Dispatch</title>', '<h1>A</h1><h1>B</h1>'))).toBe('Lavrov to visit China');
  });
  it('null when there is nothing', () => {
    expect(findTitle(doc(''))).toBeNull();
  });
  const strip: [string, string | null, string][] = [
    ['Lavrov to visit China - The Daily Dispatch', null, 'Lavrov to visit China'],
    ['Lavrov to visit China | Reuters', 'Reuters', 'Lavrov to visit China'],
    ['Reuters | Lavrov to visit China', 'Reuters', 'Lavrov to visit China'],
    ['Lavrov to visit China', null, 'Lavrov to visit China'],
    ['Short - Site', null, 'Short - Site'], // too short to be a headline without the suffix
    ['How we designed the task framework - an async task framework', null, 'How we designed the task framework - an async task framework'], // a subtitle, not a site name
    ['Obama: the interview', null, 'Obama: the interview'], // a colon without spaces around is part of the headline
  ];
  for (const [title, site, expected] of strip) {
    it(`stripSiteName(${JSON.stringify(title)})`, () => expect(stripSiteName(title, site)).toBe(expected));
  }
});
