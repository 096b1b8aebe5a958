// Reads JSON-LD blocks defensively: malformed JSON, @graph, arrays and nested mainEntity never throw.

export type JsonObject = Record<string, unknown>;

// Bounds for hostile or giant pages: structured data worth reading is small and shallow.
const MAX_SCRIPTS = 30;
const MAX_SCRIPT_LENGTH = 500_000;
const MAX_DEPTH = 6;
const MAX_NODES = 500;

// Keys that hold further nodes describing this page itself. Not itemListElement/item/hasPart/about: a section
// page's ItemList of NewsArticles does not make the section page an article.
const NESTED_KEYS = ['@graph', 'mainEntity', 'mainEntityOfPage'];


/** Every schema.org object in the page's JSON-LD, in document order, flattened from @graph/arrays/mainEntity. */
export function jsonLdObjects(doc: Document | Element): JsonObject[] {
  const out: JsonObject[] = [];
  // Filtered by hand: the type is matched case-insensitively and with stray spaces, as browsers do.
  const scripts = doc.querySelectorAll('script[type]');
  let read = 0;
  for (let i = 0; i < scripts.length && read < MAX_SCRIPTS; i++) {
    const script = scripts[i];
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    read++;
    const raw = script.textContent ?? '';
    if (!raw || raw.length > MAX_SCRIPT_LENGTH) continue;
    let data: unknown;
    try {
      data = JSON.parse(stripWrapping(raw)) as unknown;
    } catch {
      continue; // malformed JSON-LD is common (trailing commas, HTML comments); other blocks may still be fine
    }
    collect(data, out, 0);
    if (out.length >= MAX_NODES) break;
  }
  return out;
}

// Some CMSs wrap JSON-LD in HTML comments or CDATA markers (Wikipedia, Medium: "<![CDATA[ {…} ]]>").
function stripWrapping(raw: string): string {
  let s = raw.trim();
  if (s.startsWith('<!--')) s = s.slice(4).trim();
  if (s.endsWith('-->')) s = s.slice(0, -3).trim();
  s = s.replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>$/, '');
  return s;
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_NODES || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && i < MAX_NODES; i++) collect(value[i], out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  for (const key of NESTED_KEYS) {
    if (key in obj) collect(obj[key], out, depth + 1);
  }
}

/** The object's @type values, lower case ("NewsArticle" and ["Article","NewsArticle"] both work). */
export function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v === 'string') {
      // "http://schema.org/NewsArticle" and "schema:NewsArticle" appear in the wild.
      const name = v.slice(Math.max(v.lastIndexOf('/'), v.lastIndexOf(':')) + 1);
      out.push(name.toLowerCase());
    }
  }
  return out;
}

/** schema.org types in the CreativeWork > Article family that are news or blog articles. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'satiricalarticle', 'blogposting',
  'socialmediaposting', 'liveblogposting', 'report', 'scholarlyarticle', 'techarticle', 'advertisercontentarticle',
  'medicalscholarlyarticle', 'discussionforumposting',
]);

/** Types that mark a shop or product page. */
export const PRODUCT_TYPES: ReadonlySet<string> = new Set([
  'product', 'productgroup', 'productmodel', 'offer', 'aggregateoffer', 'individualproduct', 'car', 'vehicle',
  'store', 'onlinestore',
]);

/** Types that mark listings, search results, apps and other non-articles. */
export const LISTING_TYPES: ReadonlySet<string> = new Set([
  'itemlist', 'collectionpage', 'searchresultspage', 'webapplication', 'softwareapplication', 'profilepage',
  'checkoutpage', 'mobileapplication', 'videogame', 'faqpage', 'qapage', 'recipe', 'event', 'jobposting',
]);
