// The content-script controller on a happy-dom page with a fake background and a fake highlight registry.
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { GlossController, type ControllerDeps } from '../../utils/content/controller';
import type { HighlightApi } from '../../utils/highlight/paint';
import type { GlossSettings } from '../../utils/settings';
import type { AnnotatedMention, EntityType } from '../../utils/types';
import type { RequestOf } from '../../utils/messaging';

const ARTICLE = `<!DOCTYPE html><html><head><title>Lavrov to visit China</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2021-03-18T11:24:07+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Lavrov to visit China","datePublished":"2021-03-18T11:24:07+00:00"}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article><h1>Lavrov to visit China</h1><div class="entry-content">
<p>Russian Foreign Minister Sergey Lavrov will visit China next week, the ministry in Moscow said on Thursday, in a visit meant to show close ties between the two countries.</p>
<p>Lavrov will meet Wang Yi in Guilin. The talks follow a tense meeting in Alaska between American and Chinese officials, the first of the new administration in Washington.</p>
<p>Analysts said the visit was a signal to Washington that Moscow and Beijing intend to coordinate more closely on questions of trade, security and technology in the coming years.</p>
</div></article></main><footer>© 2021</footer></body></html>`;

const SETTINGS: GlossSettings = {
  enabled: true,
  disabledSites: [],
  categories: { person: true, place: true, organization: true, date: true },
  highlightStyle: 'underline',
};

const CARDS: Record<string, [EntityType, string]> = {
  'Sergey Lavrov': ['person', 'Sergey Lavrov'],
  Lavrov: ['person', 'Sergey Lavrov'],
  'Wang Yi': ['person', 'Wang Yi'],
  China: ['place', 'China'],
  Alaska: ['place', 'Alaska'],
  Thursday: ['date', 'Thursday, 18 March 2021'],
};

/** A fake background: finds the CARDS words in the text it is sent. */
function fakeAnnotate(requests: string[]) {
  return async (request: RequestOf<'annotate'>) => {
    requests.push(request.text);
    const mentions: AnnotatedMention[] = [];
    for (const [word, [type, title]] of Object.entries(CARDS)) {
      for (const m of request.text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) {
        const start = m.index!;
        if (mentions.some((x) => start < x.end && start + word.length > x.start)) continue;
        mentions.push({
          text: word, start, end: start + word.length, type, id: type === 'date' ? null : `x:${title}`,
          name: type === 'date' ? null : title, value: null, context: '', card: { type, title, subtitle: `${title} card`, lines: [] },
        });
      }
    }
    return { ok: true as const, mentions };
  };
}

/** A Highlight stand-in: its ranges in insertion order (add and delete as a Set would). */
function fakeHighlight(initial: Range[]) {
  const h = {
    ranges: [...initial],
    add(r: Range) {
      if (!h.ranges.includes(r)) h.ranges.push(r);
      return h;
    },
    delete(r: Range) {
      const i = h.ranges.indexOf(r);
      if (i >= 0) h.ranges.splice(i, 1);
      return i >= 0;
    },
  };
  return h;
}

function fakeHighlights() {
  const registry = new Map<string, { ranges: Range[] }>();
  const api: HighlightApi = {
    registry: { set: (n, h) => registry.set(n, h as { ranges: Range[] }), delete: (n) => registry.delete(n), get: (n) => registry.get(n) },
    create: (ranges) => fakeHighlight(ranges),
  };
  return { api, registry };
}

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function setup(html = ARTICLE, url = 'https://news.example/2021/03/18/lavrov-china', extra: Partial<ControllerDeps> = {}) {
  const win = new Window({ url, width: 1024, height: 768 });
  const doc = win.document as unknown as Document;
  doc.write(html);
  (globalThis as { document?: Document }).document = doc; // Preact renders with the global document
  const requests: string[] = [];
  const { api, registry } = fakeHighlights();
  let currentUrl = url;
  const deps: ControllerDeps = {
    doc,
    win: win as unknown as ControllerDeps['win'],
    url: () => currentUrl,
    annotate: fakeAnnotate(requests),
    loadWorldMap: async () => null,
    highlights: api,
    ...extra,
  };
  const gloss = new GlossController(deps);
  cleanups.push(() => {
    gloss.teardown();
    void win.happyDOM.close();
  });
  const navigate = (to: string) => {
    currentUrl = to;
  };
  return { gloss, doc, win, registry, requests, navigate };
}

const groupsOf = (gloss: GlossController) => {
  const reply = gloss.entities();
  if (!reply.ok) throw new Error(reply.error);
  return reply.groups;
};

const texts = (registry: Map<string, { ranges: Range[] }>, name: string) => registry.get(name)?.ranges.map((r) => r.toString()) ?? [];

async function until(check: () => boolean, ms = 3_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('GlossController', () => {
  it('detects, extracts, annotates and paints the article only', async () => {
    const { gloss, registry, requests } = setup();
    expect(gloss.detect()).toBe(true);
    gloss.applySettings(SETTINGS);
    await until(() => registry.has('gloss-person'));
    expect(requests).toHaveLength(1);
    expect(requests[0]).not.toContain('Home');
    expect(texts(registry, 'gloss-person')).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Lavrov', 'Wang Yi']));
    expect(registry.get('gloss-underline-person')).toBe(registry.get('gloss-person'));
    expect(texts(registry, 'gloss-place')).toEqual(expect.arrayContaining(['China', 'Alaska']));
  });

  it('applies settings live: categories, style, off and on', async () => {
    const { gloss, registry, doc } = setup();
    gloss.detect();
    gloss.applySettings(SETTINGS);
    await until(() => registry.has('gloss-person'));
    gloss.applySettings({ ...SETTINGS, categories: { ...SETTINGS.categories, person: false }, highlightStyle: 'tint' });
    expect(registry.has('gloss-person')).toBe(false);
    expect(registry.has('gloss-tint-place')).toBe(true);
    expect(groupsOf(gloss).some((g) => g.type === 'person')).toBe(false);
    gloss.applySettings({ ...SETTINGS, enabled: false });
    expect([...registry.keys()]).toEqual([]);
    expect(doc.querySelector('gloss-popover-host')).toBeNull();
    gloss.applySettings(SETTINGS);
    await until(() => registry.has('gloss-person'));
  });

  it('on a long article paints only the blocks near the viewport, and the block of a mention it jumps to', async () => {
    // An IntersectionObserver stand-in (happy-dom does no layout): the test says which blocks are near.
    type Callback = (entries: Array<{ target: Element; isIntersecting: boolean }>) => void;
    const observers: Array<{ callback: Callback; observed: Element[] }> = [];
    class FakeObserver {
      observed: Element[] = [];
      constructor(readonly callback: Callback) {
        observers.push(this);
      }
      observe(el: Element) {
        this.observed.push(el);
      }
      disconnect() {}
    }
    const { gloss, registry, doc, win } = setup(undefined, undefined, { nearViewportFrom: 2 });
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
    gloss.detect();
    gloss.applySettings(SETTINGS);
    await until(() => registry.has('gloss-person'));
    expect(texts(registry, 'gloss-person')).toEqual([]);
    expect(observers).toHaveLength(1);
    const [observer] = observers;
    expect(observer.observed.map((el) => el.localName)).toEqual(['h1', 'p', 'p']);
    const [, first] = observer.observed;
    observer.callback([{ target: first, isIntersecting: true }]);
    expect(texts(registry, 'gloss-person')).toEqual(['Sergey Lavrov']);
    // Every mention is still listed, hoverable and reachable by the keyboard.
    expect(groupsOf(gloss).find((g) => g.name === 'Wang Yi')?.count).toBe(1);
    expect(gloss.focusEntity({ name: 'Wang Yi', type: 'person' })).toEqual({ ok: true });
    expect(texts(registry, 'gloss-active')).toEqual(['Wang Yi']);
    expect(texts(registry, 'gloss-person')).toEqual(['Sergey Lavrov', 'Lavrov', 'Wang Yi']);
    // Settings changes keep the window.
    gloss.applySettings({ ...SETTINGS, highlightStyle: 'tint' });
    expect(texts(registry, 'gloss-tint-person')).toEqual(['Sergey Lavrov', 'Lavrov', 'Wang Yi']);
    observer.callback([{ target: first, isIntersecting: false }]);
    expect(texts(registry, 'gloss-person')).toEqual(['Lavrov', 'Wang Yi']);
    expect(doc.querySelectorAll('gloss-popover-host')).toHaveLength(1);
  });

  it('stops on a disabled site', async () => {
    const { gloss, registry, requests } = setup();
    gloss.detect();
    gloss.applySettings({ ...SETTINGS, disabledSites: ['news.example'] });
    await new Promise((r) => setTimeout(r, 100));
    expect(registry.size).toBe(0);
    expect(requests).toHaveLength(0);
  });

  it('lists entities for the popup and opens the popover for jump-to and keyboard steps', async () => {
    const { gloss, registry, doc } = setup();
    gloss.detect();
    gloss.applySettings(SETTINGS);
    await until(() => registry.has('gloss-person'));
    const { groups, isArticle } = gloss.entities() as { groups: Array<{ name: string; count: number }>; isArticle: boolean };
    expect(isArticle).toBe(true);
    expect(groups.find((g) => g.name === 'Sergey Lavrov')?.count).toBe(3);
    expect(gloss.focusEntity({ name: 'Wang Yi', type: 'person' })).toEqual({ ok: true });
    expect(doc.querySelectorAll('gloss-popover-host')).toHaveLength(1);
    expect(texts(registry, 'gloss-active')).toEqual(['Wang Yi']);
    expect(gloss.step(1)).toBe(true);
    expect(texts(registry, 'gloss-active')).toHaveLength(1);
    expect(texts(registry, 'gloss-active')).not.toEqual(['Wang Yi']);
    expect(gloss.focusEntity({ name: 'Nobody', type: 'person' }).ok).toBe(false);
  });

  it('re-reads the article when paragraphs are appended (live blogs)', async () => {
    const { gloss, registry, doc, requests } = setup();
    gloss.detect();
    gloss.applySettings(SETTINGS);
    await until(() => registry.has('gloss-person'));
    const p = doc.createElement('p');
    p.textContent = 'Update: Wang Yi welcomed Lavrov at the airport in Guilin on Thursday evening.';
    doc.querySelector('.entry-content')!.appendChild(p);
    await until(() => requests.length === 2, 5_000);
    await until(() => texts(registry, 'gloss-person').length === 6);
  });

  it('leaves a non-article alone', async () => {
    const { gloss, registry, requests } = setup('<!DOCTYPE html><html><head><title>Shop</title></head><body><ul><li>Boots</li><li>Hats</li></ul></body></html>', 'https://shop.example/');
    expect(gloss.detect()).toBe(false);
    gloss.applySettings(SETTINGS);
    await new Promise((r) => setTimeout(r, 100));
    expect(registry.size).toBe(0);
    expect(requests).toHaveLength(0);
    expect(gloss.entities()).toEqual({ ok: true, isArticle: false, groups: [], hostname: 'shop.example' });
  });
});

describe('GlossController on single-page apps', () => {
  it('ignores a location-change event when the address did not change (a page can dispatch it itself)', async () => {
    const { gloss, registry } = setup();
    gloss.detect();
    gloss.applySettings(SETTINGS);
    await until(() => registry.has('gloss-person'));
    expect(gloss.focusEntity({ type: 'person', name: 'Sergey Lavrov' })).toEqual({ ok: true });
    // The open popover is the visible effect: a real navigation closes it, a fake event must not.
    const popoverOpen = () => (gloss as unknown as { popover: { isOpen: boolean } }).popover.isOpen;
    await until(() => popoverOpen());
    gloss.locationChanged();
    expect(popoverOpen()).toBe(true);
    expect(groupsOf(gloss).length).toBeGreaterThan(0);
  });

  it('drops the old view on a URL change to a non-article, and paints the next article view', async () => {
    const { gloss, registry, doc, requests, navigate } = setup();
    gloss.detect();
    gloss.applySettings(SETTINGS);
    await until(() => registry.has('gloss-person'));
    // The app swaps the article for a listing, then changes the URL.
    doc.querySelector('main')!.replaceChildren(doc.createTextNode('Latest news'));
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    doc.querySelector('meta[property="og:type"]')!.setAttribute('content', 'website');
    navigate('https://news.example/latest');
    gloss.locationChanged();
    expect(registry.size).toBe(0);
    expect(groupsOf(gloss)).toEqual([]);
    // Then back to an article view: the young-page watcher sees it arrive.
    doc.querySelector('meta[property="og:type"]')!.setAttribute('content', 'article');
    const article = doc.createElement('article');
    for (let i = 0; i < 3; i++) {
      const p = doc.createElement('p');
      p.textContent = 'Sergey Lavrov met Wang Yi in China on Thursday to discuss trade, security and a long list of regional questions for the coming years.';
      article.appendChild(p);
    }
    doc.querySelector('main')!.replaceChildren(article);
    await until(() => registry.has('gloss-person'), 5_000);
    expect(requests.length).toBe(2);
  });
});
