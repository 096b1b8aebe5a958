// DOM helpers shared by article detection, root finding and text extraction; attribute-only (no layout), so they run on linkedom too.

/** Elements whose whole subtree is never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'nav', 'aside', 'footer', 'form', 'button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'input',
  'code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'head', 'title', 'meta', 'link', 'dialog',
  'menu', 'rp', 'rt', 'slot',
]);

/** Elements that start a new block: their text never runs into the text of a neighbour. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol',
  'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'legend',
  'search', 'listing', 'plaintext', 'xmp',
]);

/** ARIA roles of page furniture (not the article's text). */
const SKIP_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar', 'tablist', 'dialog',
  'alertdialog', 'form', 'textbox', 'searchbox', 'combobox', 'listbox', 'button', 'banner', 'tooltip', 'status',
]);

// Boilerplate recognised by whole words of class/id names ("share-links", "related_posts", "ad-slot"). Whole
// words, because substrings misfire: "ad" is in "header", "shadow", "download"; "share" in "shareholders".
// Strong words mark furniture whatever else the name says ("related-article", "comment-body").
const STRONG_WORDS: ReadonlySet<string> = new Set([
  'share', 'sharing', 'sharebar', 'social', 'socials', 'related', 'recirc', 'recirculation', 'readmore', 'newsletter',
  'newsletters', 'subscribe', 'signup', 'comment', 'comments', 'commentlist', 'disqus', 'replies', 'respond', 'ad',
  'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'sponsored', 'promo',
  'promoted', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'backtotop', 'gototop', 'totop', 'sronly',
  'visuallyhidden', 'screenreadertext', 'gdpr', 'paywall', 'mostread',
]);
// Glued compounds ("jp-relatedposts", "sharedaddy-buttons", "commentlist") start with these.
const STRONG_PREFIXES: readonly string[] = [
  'related', 'sharing', 'social', 'comment', 'newsletter', 'advert', 'sponsor', 'breadcrumb', 'outbrain', 'taboola',
  'disqus', 'recirc', 'sharedaddy',
];
// …but these words are content ("commentary" is an opinion section).
const PREFIX_EXCEPTIONS: ReadonlySet<string> = new Set(['commentary', 'commentator', 'commentators']);

function hasStrongPrefix(word: string): boolean {
  if (PREFIX_EXCEPTIONS.has(word)) return false;
  for (const prefix of STRONG_PREFIXES) if (word.startsWith(prefix)) return true;
  return false;
}

// Weak words mark furniture unless the name also names the content container ("sidebar" vs "main-content sidebar-left").
const WEAK_WORDS: ReadonlySet<string> = new Set([
  'sidebar', 'widget', 'footer', 'masthead', 'menu', 'navbar', 'nav', 'skiplink', 'toolbar', 'pagination', 'pager',
  'tags', 'popup', 'modal', 'cookie', 'cookies', 'consent', 'banner', 'trending', 'popular', 'subscription', 'sponsor',
  'print',
]);
// Compound names joined from several words ("read-more", "back-to-top", "sr-only", "screen-reader-text").
const BOILERPLATE_PHRASES: readonly string[] = [
  'read-more', 'back-to-top', 'go-to-top', 'sr-only', 'screen-reader-text', 'visually-hidden', 'share-links',
  'more-stories', 'most-read', 'most-popular', 'you-may-like', 'also-read', 'further-reading', 'skip-link',
  'author-bio', 'about-the-author',
];
// Names that mark the content container itself; they win over a weak word in the same name.
const CONTENT_WORDS: ReadonlySet<string> = new Set([
  'article', 'articlebody', 'story', 'storybody', 'entry', 'content', 'postbody', 'body', 'main', 'text',
]);

function wordsOf(name: string): string[] {
  // "facebook-share-btn" -> facebook, share, btn; "relatedPosts" -> related, posts.
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The element's class and id as one lower-case string. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls || id ? `${cls} ${id}` : '';
}

/** True when class/id name the element as page furniture: share bars, related links, comments, ads, … */
export function isBoilerplateName(name: string): boolean {
  if (!name) return false;
  const lower = name.toLowerCase();
  for (const phrase of BOILERPLATE_PHRASES) if (lower.includes(phrase)) return true;
  let weak = false;
  let content = false;
  for (const token of name.split(/\s+/)) {
    if (!token) continue;
    const words = wordsOf(token);
    const joined = words.join('');
    if (STRONG_WORDS.has(joined)) return true;
    if (WEAK_WORDS.has(joined)) weak = true;
    for (const w of words) {
      if (STRONG_WORDS.has(w) || hasStrongPrefix(w)) return true;
      if (WEAK_WORDS.has(w)) weak = true;
      if (CONTENT_WORDS.has(w)) content = true;
    }
  }
  return weak && !content;
}

/** Hidden by attribute or inline style (no layout available here). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** True for editable areas (any contenteditable value but "false"). */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** Local tag name, lower case (linkedom and browsers both give tagName upper case for HTML). */
export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/** Skipped by what the element is (tag, role, hidden, editable), whatever its class/id say. */
export function isStructurallySkipped(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return true;
  if (isHidden(el) || isEditable(el)) return true;
  const role = el.getAttribute('role');
  return role !== null && SKIP_ROLES.has(role.toLowerCase());
}

/** Skipped by its class/id naming it furniture (share bars, related links, comments, ads…). */
export function isSkippedByName(el: Element): boolean {
  const tag = tagOf(el);
  // Headings and paragraphs are text even when a theme gives them a furniture-like class; html/body/article/main
  // carry page-wide or WordPress post classes ("ads-enabled", "tag-sponsored") that say nothing about furniture.
  if (tag === 'p' || tag === 'article' || tag === 'main' || tag === 'body' || tag === 'html') return false;
  if (tag.length === 2 && tag[0] === 'h' && tag[1] >= '1' && tag[1] <= '6') return false;
  return isBoilerplateName(classAndId(el));
}

/** Elements whose subtree is not article text: furniture, controls, code, hidden or editable nodes. */
export function isSkipped(el: Element): boolean {
  return isStructurallySkipped(el) || isSkippedByName(el);
}

// How far up class/id names are trusted when judging an element from outside the article root. Furniture
// (comments, related lists, ad slots) wraps its paragraphs closely; a name far above ("widget Blog" around a
// whole Blogger column, "ads-enabled" on <html>) describes the layout, not the text.
const NAME_DEPTH = 5;

/** True when el or an ancestor below `stop` is skipped (names only judged within NAME_DEPTH levels). */
export function insideSkipped(el: Element, stop: Element | null, nameDepth = NAME_DEPTH): boolean {
  let depth = 0;
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement, depth++) {
    if (isStructurallySkipped(cur)) return true;
    if (depth <= nameDepth && isSkippedByName(cur)) return true;
  }
  return false;
}
