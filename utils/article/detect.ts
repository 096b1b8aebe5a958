// Decides cheaply, on every page, whether it is a news/blog article worth annotating.
import { classAndId, isBoilerplateName, isEditable, isHidden, tagOf } from './dom';
import { ARTICLE_TYPES, LISTING_TYPES, PRODUCT_TYPES, jsonLdObjects, typesOf } from './jsonld';

export interface ArticleDetection {
  isArticle: boolean;
  /** Positive means article; the threshold is 0. */
  score: number;
  /** Human-readable signals, for the popup and for tests ("jsonld:NewsArticle", "text:34.2"). */
  reasons: string[];
}

// Readability's isProbablyReaderable: paragraphs of at least 140 characters add sqrt(length - 140); a page
// whose sum passes 20 reads as an article. We keep its scale so the figures compare.
const MIN_PARAGRAPH = 140;
const READERABLE_SCORE = 20;
// With structured data saying "article", a shorter real body is enough (short wire stories).
const STRUCTURED_MIN_SCORE = 8;
// Bounded work: the first paragraphs decide; the loop stops once the answer cannot change.
const MAX_NODES = 600;
const EARLY_EXIT_SCORE = 60;
// Headline links (links in or around h2–h4) from which a page without article markup reads as a list of stories.
const HEADLINE_LIST = 25;
// Code characters from which code blocks count as a sign of a documentation page.
const MIN_CODE_CHARS = 600;
// Links covering more than this share of a paragraph make it a teaser, not body text.
const MAX_LINK_DENSITY = 0.5;

interface TextStats {
  score: number;
  paragraphs: number;
  /** Characters in the counted paragraphs. */
  proseChars: number;
  /** Best score gathered under one parent: the body of an article sits in one container. */
  containerScore: number;
}

function textStats(doc: Document): TextStats {
  const nodes: Element[] = [];
  const ps = doc.querySelectorAll('p, article');
  for (let i = 0; i < ps.length && nodes.length < MAX_NODES; i++) nodes.push(ps[i]);
  const stats = scoreNodes(nodes);
  if (stats.score >= READERABLE_SCORE) return stats;
  // Old markup writes paragraphs as text separated by <br> inside a div (Readability counts those parents too);
  // only looked at when the paragraphs were not enough.
  const brs = doc.querySelectorAll('div > br');
  const seen = new Set<Element>();
  for (let i = 0; i < brs.length && nodes.length < MAX_NODES * 2; i++) {
    const parent = brs[i].parentElement;
    if (parent && !seen.has(parent)) {
      seen.add(parent);
      nodes.push(parent);
    }
  }
  return seen.size ? scoreNodes(nodes) : stats;
}

function scoreNodes(nodes: Element[]): TextStats {
  let score = 0;
  let paragraphs = 0;
  let proseChars = 0;
  const perContainer = new Map<Element, number>();
  let containerScore = 0;
  for (const node of nodes) {
    if (isHidden(node)) continue;
    if (isBoilerplateName(classAndId(node))) continue;
    if (tagOf(node) === 'p' && node.parentElement && node.parentElement.closest('li')) continue;
    // Text someone is typing (an editor, a comment box) is not a published body.
    const editable = node.closest('[contenteditable]');
    if (editable && isEditable(editable)) continue;
    const text = node.textContent ?? '';
    if (text.length < MIN_PARAGRAPH) continue;
    const len = text.trim().length;
    if (len < MIN_PARAGRAPH) continue;
    // Link density only for paragraphs: an <article> teaser card is mostly one link.
    if (tagOf(node) === 'p') {
      let links = 0;
      const as = node.querySelectorAll('a');
      for (let i = 0; i < as.length; i++) links += (as[i].textContent ?? '').length;
      if (links > len * MAX_LINK_DENSITY) continue;
    }
    const add = Math.sqrt(len - MIN_PARAGRAPH);
    score += add;
    paragraphs++;
    proseChars += len;
    const parent = node.parentElement;
    if (parent && tagOf(node) === 'p') {
      const c = (perContainer.get(parent) ?? 0) + add;
      perContainer.set(parent, c);
      if (c > containerScore) containerScore = c;
    }
    if (score > EARLY_EXIT_SCORE && containerScore > READERABLE_SCORE) break;
  }
  return { score, paragraphs, proseChars, containerScore };
}

/** og:type and article:published_time from the head's metas (one pass; metas live in <head>). */
function headMetas(doc: Document): { ogType: string; publishedTime: boolean } {
  let ogType = '';
  let publishedTime = false;
  const metas = (doc.head ?? doc).querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < 500; i++) {
    const key = (metas[i].getAttribute('property') ?? metas[i].getAttribute('name') ?? '').trim().toLowerCase();
    if (key === 'og:type' && !ogType) ogType = (metas[i].getAttribute('content') ?? '').trim().toLowerCase();
    else if (key === 'article:published_time' && metas[i].getAttribute('content')) publishedTime = true;
  }
  return { ogType, publishedTime };
}

/** Microdata types on the page (schema.org itemtype URLs), lower case names. Bounded. */
function microdataTypes(doc: Document): Set<string> {
  const out = new Set<string>();
  const items = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < items.length && i < 100; i++) {
    for (const url of (items[i].getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = url.slice(url.lastIndexOf('/') + 1).toLowerCase();
      if (name) out.add(name);
    }
  }
  return out;
}

/** Shop markup: microdata prices, cart buttons. Bounded: a few selectors, the first buttons only. */
function shopSignals(doc: Document, micro: Set<string>): string[] {
  const reasons: string[] = [];
  if ([...micro].some((t) => PRODUCT_TYPES.has(t))) reasons.push('microdata:Product');
  if (doc.querySelector('[itemprop="price"], [itemprop="priceCurrency"], meta[property="product:price:amount"]')) {
    reasons.push('price-markup');
  }
  const buttons = doc.querySelectorAll('button, input[type="submit"], a[class*="cart"], a[href*="cart"]');
  for (let i = 0; i < buttons.length && i < 60; i++) {
    const b = buttons[i];
    const label = `${b.textContent ?? ''} ${b.getAttribute('value') ?? ''} ${b.getAttribute('aria-label') ?? ''}`;
    if (/\b(add to (cart|basket|bag|trolley)|buy now|checkout)\b/i.test(label)) {
      reasons.push('cart-button');
      break;
    }
  }
  return reasons;
}

/** Headline lists: many links in headings or list items, the shape of a home or section page. */
function headlineLinks(doc: Document): number {
  return doc.querySelectorAll('h2 a, h3 a, h4 a, a h2, a h3, a h4').length;
}

/** Code on the page: text in <pre> blocks and inline <code>, and how many <pre> blocks. Bounded. */
function codeStats(doc: Document): { chars: number; blocks: number } {
  let chars = 0;
  const blocks = doc.querySelectorAll('pre');
  for (let i = 0; i < blocks.length && i < 200; i++) chars += (blocks[i].textContent ?? '').length;
  const inline = doc.querySelectorAll('code');
  for (let i = 0; i < inline.length && i < 400; i++) {
    if (!inline[i].closest('pre')) chars += (inline[i].textContent ?? '').length;
  }
  return { chars, blocks: blocks.length };
}

/** Editors and web apps: editable areas and form controls. */
function editingSignals(doc: Document): { editable: boolean; controls: number } {
  let editable = false;
  const ce = doc.querySelectorAll('[contenteditable]');
  for (let i = 0; i < ce.length && i < 20; i++) {
    const v = (ce[i].getAttribute('contenteditable') ?? '').toLowerCase();
    if (v !== 'false') editable = true;
  }
  if (doc.querySelector('[role="application"]')) editable = true;
  const controls = doc.querySelectorAll('textarea, select, input:not([type="hidden"]):not([type="search"])').length;
  return { editable, controls };
}

/**
 * Is this page an article? Structured data first (JSON-LD NewsArticle family, og:type, article:published_time),
 * then a bounded text-density check; shops, headline lists, code pages and editors count against. A page marked
 * up as an article still needs some real body text (an empty client-rendered shell is not annotated yet: reason
 * "awaiting-body" tells the caller to look again when content arrives).
 */
export function detectArticle(doc: Document, url?: string): ArticleDetection {
  const reasons: string[] = [];
  let structured = 0;
  let negative = 0;

  const types = new Set<string>();
  for (const obj of jsonLdObjects(doc)) for (const t of typesOf(obj)) types.add(t);
  const articleType = [...types].find((t) => ARTICLE_TYPES.has(t));
  const productType = [...types].find((t) => PRODUCT_TYPES.has(t));
  const listingType = [...types].find((t) => LISTING_TYPES.has(t));
  if (articleType) {
    structured += 3;
    reasons.push(`jsonld:${articleType}`);
  }
  const micro = microdataTypes(doc);
  if (!articleType && [...micro].some((t) => ARTICLE_TYPES.has(t))) {
    structured += 2;
    reasons.push('microdata:Article');
  }
  const { ogType, publishedTime } = headMetas(doc);
  if (ogType.startsWith('article') || ogType === 'blog') {
    structured += 2;
    reasons.push('og:type=article');
  } else if (ogType) {
    reasons.push(`og:type=${ogType}`);
  }
  if (publishedTime) {
    structured += 1;
    reasons.push('article:published_time');
  }

  const stats = textStats(doc);
  reasons.push(`text:${stats.score.toFixed(1)}`);
  // Most pages of the web stop here: too little prose to be an article whatever else they are.
  if (stats.score < STRUCTURED_MIN_SCORE || (structured < 2 && stats.score < READERABLE_SCORE)) {
    if (structured >= 2) reasons.push('awaiting-body');
    const score = Math.min(-0.5, (stats.score - READERABLE_SCORE) / 5);
    return { isArticle: false, score: Math.round(score * 100) / 100, reasons };
  }

  if (productType) {
    negative += 4;
    reasons.push(`jsonld:${productType}`);
  }
  if (ogType.startsWith('product')) negative += 3;
  const shop = shopSignals(doc, micro);
  if (shop.length) {
    negative += 2 * shop.length;
    reasons.push(...shop);
  }
  if (listingType && !articleType) {
    // A CollectionPage/ItemList without any article type is a section or home page, even when its og:type says
    // "article" (a common CMS default).
    negative += 6;
    reasons.push(`jsonld:${listingType}`);
  }
  if (url && /[?&](q|query|search|s)=|\/search\b/i.test(url)) {
    negative += 2;
    reasons.push('search-url');
  }

  // Page shapes that are not articles even with plenty of text; article markup overrules them (tech blog posts
  // with code, articles with big related-story rails say what they are), so they are only measured without it.
  if (structured < 2) {
    // A home or section page lists dozens of headline links; an article page has a few (related stories).
    const headlines = headlineLinks(doc);
    if (headlines >= HEADLINE_LIST) {
      negative += 5;
      reasons.push(`headline-list:${headlines}`);
    }
    // Documentation and code pages: several code blocks holding as much text as half the prose.
    const code = codeStats(doc);
    if (code.blocks >= 2 && code.chars >= MIN_CODE_CHARS && code.chars > stats.proseChars * 0.5) {
      negative += 3;
      reasons.push(`code:${code.chars}`);
    }
  }
  const editing = editingSignals(doc);
  if (editing.editable) {
    negative += 3;
    reasons.push('editable');
  }
  if (editing.controls >= 6) {
    negative += 2;
    reasons.push(`form-controls:${editing.controls}`);
  }

  // Text evidence on its own scale: 0 at Readability's threshold, capped so text alone cannot outvote a shop.
  const textEvidence = Math.max(-4, Math.min(4, (stats.score - READERABLE_SCORE) / 5));
  const score = structured >= 2 ? structured + Math.max(textEvidence, 0.5) - negative : textEvidence + structured - negative;
  return { isArticle: score > 0, score: Math.round(score * 100) / 100, reasons };
}
