// Finds an article's publication day (YYYY-MM-DD) and its title from structured data, metadata, markup and URL.
import { insideSkipped } from './dom';
import { ARTICLE_TYPES, jsonLdObjects, typesOf } from './jsonld';
import type { JsonObject } from './jsonld';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7,
  july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12,
  december: 12,
};

// The web's oldest news pages are from the early 1990s; anything before is a parsing accident.
const MIN_YEAR = 1990;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isValidDay(y: number, m: number, d: number, today: Date): boolean {
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return false;
  // A publication day after tomorrow (any time zone) is a scheduled/expiry date or a template placeholder.
  const limit = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1);
  return Date.UTC(y, m - 1, d) <= limit;
}

function day(y: number, m: number, d: number, today: Date): string | null {
  return isValidDay(y, m, d, today) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * The calendar day a date string names, as written: "2021-03-18T23:30:00-05:00" is 2021-03-18 (the publisher's
 * own day), not the UTC day. Accepts ISO 8601 (also compact and with spaces), epoch seconds/milliseconds,
 * "March 18, 2021", "18 March 2021", RFC 2822 ("Thu, 18 Mar 2021 11:24:07 +0000") and unambiguous d/m/y forms.
 */
export function toDay(value: string | null | undefined, today: Date = new Date()): string | null {
  if (!value) return null;
  const s = value.trim();
  if (!s) return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s);
  if (m) return day(+m[1], +m[2], +m[3], today);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|[T\s])/.exec(s);
  if (m) return day(+m[1], +m[2], +m[3], today);
  m = /^(\d{10}|\d{13})$/.exec(s);
  if (m) {
    // Epoch timestamps carry no offset of their own: UTC is the only honest reading.
    const ms = m[1].length === 10 ? +m[1] * 1000 : +m[1];
    const dt = new Date(ms);
    return day(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), today);
  }
  // "18 March 2021", "Thu, 18 Mar 2021 11:24:07 +0000", "18. März" is not handled (English month names only).
  m = /(?:^|[\s,])(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return day(+m[3], MONTHS[m[2].toLowerCase()], +m[1], today);
  // "March 18, 2021", "Mar. 18 2021"
  m = /(?:^|[\s,])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(` ${s}`);
  if (m && MONTHS[m[1].toLowerCase()]) return day(+m[3], MONTHS[m[1].toLowerCase()], +m[2], today);
  // "18.03.2021" (day first, the European dotted form); "18/03/2021" only when the order is unambiguous.
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  if (m) return day(+m[3], +m[2], +m[1], today);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(s);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    if (a > 12 && b <= 12) return day(+m[3], b, a, today);
    if (b > 12 && a <= 12) return day(+m[3], a, b, today);
  }
  return null;
}

// Metadata names that carry the publication time, best first. Matched against name=, property= and itemprop=.
const DATE_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published',
  'published_time', 'parsely-pub-date', 'sailthru.date', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'publication_date', 'publication-date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'citation_publication_date', 'citation_date',
  'cxenseparse:recs:publishtime', 'originalpublicationdate', 'article.published', 'og:pubdate', 'displaydate',
  'release_date', 'date.release', 'pdate', 'article_date_original',
];

/** First content of each meta name/property/itemprop, keys lower case. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < 1000; i++) {
    const meta = metas[i];
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr);
      if (key) {
        const k = key.trim().toLowerCase();
        if (!map.has(k)) map.set(k, content);
      }
    }
  }
  return map;
}

function stringValue(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return stringValue(v[0]);
  if (v && typeof v === 'object' && '@value' in (v as JsonObject)) return stringValue((v as JsonObject)['@value']);
  return null;
}

function fromJsonLd(objects: JsonObject[], today: Date): string | null {
  // Article-typed objects first (a page's WebPage or BreadcrumbList may carry its own, later, dates).
  for (const obj of objects) {
    if (!typesOf(obj).some((t) => ARTICLE_TYPES.has(t))) continue;
    const d = toDay(stringValue(obj.datePublished), today);
    if (d) return d;
  }
  for (const obj of objects) {
    const d = toDay(stringValue(obj.datePublished), today);
    if (d) return d;
  }
  return null;
}

function fromMetas(metas: Map<string, string>, today: Date): string | null {
  for (const key of DATE_META_KEYS) {
    const d = toDay(metas.get(key), today);
    if (d) return d;
  }
  // parse.ly's older JSON meta: <meta name="parsely-page" content='{"pub_date": "…"}'>
  const parsely = metas.get('parsely-page');
  if (parsely) {
    try {
      const d = toDay(stringValue((JSON.parse(parsely) as JsonObject).pub_date), today);
      if (d) return d;
    } catch {
      // not JSON: ignore
    }
  }
  return null;
}

function timeValue(el: Element): string | null {
  return el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent;
}

/** <time> and itemprop=datePublished markup, nearest the headline first, never inside comments or related lists. */
function fromMarkup(doc: Document, today: Date): string | null {
  const items = doc.querySelectorAll('[itemprop~="datePublished"], time[pubdate]');
  for (let i = 0; i < items.length && i < 20; i++) {
    if (insideSkipped(items[i], null)) continue;
    const d = toDay(timeValue(items[i]), today);
    if (d) return d;
  }
  // <time datetime> in the headline's neighbourhood: walk up from the h1 a few levels (article header).
  const h1 = doc.querySelector('article h1') ?? doc.querySelector('h1');
  if (h1) {
    let cur: Element | null = h1.parentElement;
    for (let depth = 0; cur && depth < 4; depth++, cur = cur.parentElement) {
      const times = cur.querySelectorAll('time[datetime]');
      for (let i = 0; i < times.length && i < 10; i++) {
        if (insideSkipped(times[i], cur)) continue;
        const d = toDay(times[i].getAttribute('datetime'), today);
        if (d) return d;
      }
      const tag = cur.tagName.toLowerCase();
      if (tag === 'article' || tag === 'main' || tag === 'body') break;
    }
  }
  // Otherwise the first <time datetime> of the (single) article.
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) {
    const time = articles[0].querySelector('time[datetime]');
    if (time && !insideSkipped(time, articles[0])) {
      const d = toDay(time.getAttribute('datetime'), today);
      if (d) return d;
    }
  }
  return null;
}

/** A date in the URL's path: /2021/03/18/, /2021-03-18-slug, /20210318/. */
export function dateFromUrl(url: string | null | undefined, today: Date = new Date()): string | null {
  if (!url) return null;
  let path = url;
  const q = path.search(/[?#]/);
  if (q >= 0) path = path.slice(0, q);
  path = path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  let m = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/.exec(path);
  if (m) return day(+m[1], +m[2], +m[3], today);
  m = /(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?=$|[/_.-])/.exec(path);
  if (m) return day(+m[1], +m[2], +m[3], today);
  m = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$|[-_.])/.exec(path);
  if (m) return day(+m[1], +m[2], +m[3], today);
  return null;
}

function pageUrls(doc: Document, url?: string): string[] {
  const urls: string[] = [];
  if (url) urls.push(url);
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  if (canonical) urls.push(canonical);
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (og) urls.push(og);
  // linkedom documents have no URL; browser documents do.
  const own = (doc as { URL?: string }).URL;
  if (own && /^https?:/i.test(own)) urls.push(own);
  return urls;
}

/**
 * The article's publication day as YYYY-MM-DD, or null when the page does not say. Cascade: JSON-LD
 * datePublished → article:published_time and other date metas → itemprop/<time> near the headline → a date in
 * the URL. Never guesses (no "today" fallback).
 */
export function findPublicationDate(doc: Document, url?: string, today: Date = new Date()): string | null {
  return (
    fromJsonLd(jsonLdObjects(doc), today) ??
    fromMetas(metaMap(doc), today) ??
    fromMarkup(doc, today) ??
    pageUrls(doc, url).map((u) => dateFromUrl(u, today)).find((d) => d !== null) ??
    null
  );
}

// Separators between a headline and the site name in <title>: " - ", " | ", " – ", " — ", " :: ", " · ".
const TITLE_SEPARATOR = /\s+(?:[-|–—·•»:]{1,2})\s+/;

function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t || null;
}

/**
 * Removes a trailing (or leading) " - Site Name" from a title. With a known site name only that is removed;
 * without one, a short last segment (a site name is a few words) after a spaced separator, when the rest still
 * reads as a headline ("How we designed Dropbox's ATF - an async task framework" keeps its subtitle).
 */
export function stripSiteName(title: string, siteName?: string | null, guess = true): string {
  if (siteName) {
    const site = siteName.trim().toLowerCase();
    const parts = title.split(TITLE_SEPARATOR);
    if (parts.length > 1) {
      if (parts[parts.length - 1].trim().toLowerCase() === site) return parts.slice(0, -1).join(' - ').trim();
      if (parts[0].trim().toLowerCase() === site) return parts.slice(1).join(' - ').trim();
    }
  }
  if (!guess) return title;
  const m = /^(.*\S)\s+[-|–—·•»:]{1,2}\s+([^-|–—·•»]{1,40})$/.exec(title);
  if (m && m[1].split(/\s+/).length >= 3 && m[2].trim().split(/\s+/).length <= 3) return m[1];
  return title;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[‘’]/g, "'").trim();
}

/**
 * The article's headline. Candidates, best first: og:title (minus a matching og:site_name), the JSON-LD
 * headline, the single <h1>. The first one the <title> contains wins (it confirms it: Wikipedia's JSON-LD
 * "headline" is a description, a page's only <h1> may be a section name); if none is confirmed, og:title or the
 * JSON-LD headline, else the <title> without its site name, else the <h1>.
 */
export function findTitle(doc: Document): string | null {
  const metas = metaMap(doc);
  const site = metas.get('og:site_name') ?? null;
  const ogRaw = clean(metas.get('og:title')) ?? clean(metas.get('twitter:title'));
  const og = ogRaw ? stripSiteName(ogRaw, site, false) : null;
  let headline: string | null = null;
  for (const obj of jsonLdObjects(doc)) {
    if (!typesOf(obj).some((t) => ARTICLE_TYPES.has(t))) continue;
    headline = clean(stringValue(obj.headline));
    if (headline) break;
  }
  const h1s = doc.querySelectorAll('h1');
  const h1 = h1s.length === 1 ? clean(h1s[0].textContent) : null;
  const titleRaw = clean(doc.querySelector('title')?.textContent);
  if (titleRaw) {
    const t = normalise(titleRaw);
    for (const candidate of [og, headline, h1]) {
      if (candidate && t.includes(normalise(candidate))) return candidate;
    }
  }
  return og ?? headline ?? (titleRaw ? stripSiteName(titleRaw, site) : null) ?? h1;
}
