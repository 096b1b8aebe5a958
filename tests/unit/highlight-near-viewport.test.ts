// The near-viewport painter: mentions grouped by block, registered only while their block is near the viewport.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { TextMapBuilder, Break } from '../../utils/article/textmap';
import { MentionIndex } from '../../utils/highlight/mentions';
import { blockOf } from '../../utils/highlight/block';
import { createPainter, NearViewportPainter, NEAR_VIEWPORT_MARGIN } from '../../utils/highlight/near-viewport';
import type { HighlightApi } from '../../utils/highlight/paint';
import type { AnnotatedMention, EntityType } from '../../utils/types';

const ARTICLE =
  '<h2>Sergey Lavrov in China</h2><p>Minister Sergey <b>Lavrov</b> met <a href="#"><i>Wang Yi</i></a> in China.</p>' +
  '<p>On Thursday, Lavrov left China.</p><ul><li>Wang Yi</li></ul>';

function setup() {
  const win = new Window();
  const doc = win.document as unknown as Document;
  doc.body.innerHTML = ARTICLE; // test fixture only
  const builder = new TextMapBuilder();
  for (const block of Array.from(doc.querySelectorAll('h2, p, li'))) {
    builder.requestBreak(Break.Block);
    const walker = doc.createTreeWalker(block, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) builder.appendText(n as Text);
  }
  const text = builder.finish();
  const words: Array<[string, EntityType]> = [['Sergey Lavrov', 'person'], ['Lavrov', 'person'], ['Wang Yi', 'person'], ['China', 'place'], ['Thursday', 'date']];
  const mentions: AnnotatedMention[] = [];
  for (const [word, type] of words) {
    for (const m of text.text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) {
      const start = m.index;
      if (mentions.some((x) => start < x.end && start + word.length > x.start)) continue;
      mentions.push({ text: word, start, end: start + word.length, type, id: null, name: word, value: null, context: '', card: { type, title: word, subtitle: '', lines: [] } });
    }
  }
  const index = new MentionIndex(text, mentions, doc).complete();
  return { doc, index };
}

function fakeApi() {
  const registry = new Map<string, Set<Range>>();
  const api: HighlightApi = {
    registry: { set: (n, h) => registry.set(n, h as Set<Range>), delete: (n) => registry.delete(n), get: (n) => registry.get(n) },
    create: (ranges) => new Set(ranges),
  };
  const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => r.toString()).sort();
  return { api, registry, texts };
}

/** An IntersectionObserver stand-in: records what is observed; the test delivers entries itself. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void,
    readonly init?: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  deliver(entries: Array<[Element, boolean]>) {
    this.callback(entries.map(([target, isIntersecting]) => ({ target, isIntersecting })));
  }
}
const Observer = FakeObserver as unknown as ConstructorParameters<typeof NearViewportPainter>[2];
const ON = { categories: { person: true, place: true, organization: true, date: true }, style: 'underline' as const };

describe('blockOf', () => {
  it('climbs out of phrasing elements to the paragraph, list item or heading', () => {
    const { doc } = setup();
    const i = doc.querySelector('i')!;
    expect(blockOf(i.firstChild!)).toBe(doc.querySelector('p'));
    expect(blockOf(doc.querySelector('li')!.firstChild!)).toBe(doc.querySelector('li'));
    expect(blockOf(doc.querySelector('h2')!)).toBe(doc.querySelector('h2'));
  });
});

describe('MentionIndex blocks', () => {
  it('groups the placed mentions by block, in document order, and knows the types present', () => {
    const { doc, index } = setup();
    const [h2, p1, p2] = Array.from(doc.querySelectorAll('h2, p'));
    const li = doc.querySelector('li')!;
    expect([...index.blocks.keys()]).toEqual([h2, p1, p2, li]);
    expect(index.blocks.get(p1)!.map((p) => p.range.toString())).toEqual(['Sergey Lavrov', 'Wang Yi', 'China']);
    expect(index.placed.every((p) => index.blocks.get(p.block!)!.includes(p))).toBe(true);
    expect([...index.types].sort()).toEqual(['date', 'person', 'place']);
  });
});

describe('NearViewportPainter', () => {
  it('observes each block once with a margin of two viewports, and registers each type present, empty at first', () => {
    const { index } = setup();
    const { api, registry } = fakeApi();
    const painter = new NearViewportPainter(api, index, Observer);
    painter.paint(ON);
    const observer = FakeObserver.last!;
    expect(observer.observed).toHaveLength(4);
    expect(observer.init?.rootMargin).toBe(NEAR_VIEWPORT_MARGIN);
    expect([...registry.keys()].sort()).toEqual(['gloss-date', 'gloss-person', 'gloss-place', 'gloss-underline-date', 'gloss-underline-person', 'gloss-underline-place']);
    expect([...registry.values()].every((h) => h.size === 0)).toBe(true);
  });

  it('adds a block’s mentions as it comes near and removes them as it leaves', () => {
    const { doc, index } = setup();
    const { api, texts } = fakeApi();
    const painter = new NearViewportPainter(api, index, Observer);
    painter.paint(ON);
    const observer = FakeObserver.last!;
    const [h2, p1, p2] = Array.from(doc.querySelectorAll('h2, p'));
    observer.deliver([[h2, true], [p1, true], [p2, false]]);
    expect(texts('gloss-person')).toEqual(['Sergey Lavrov', 'Sergey Lavrov', 'Wang Yi']);
    expect(texts('gloss-place')).toEqual(['China', 'China']);
    expect(texts('gloss-date')).toEqual([]);
    expect(painter.shownBlocks).toBe(2);
    observer.deliver([[h2, false], [p2, true], [p1, true]]);
    expect(texts('gloss-person')).toEqual(['Lavrov', 'Sergey Lavrov', 'Wang Yi']);
    expect(texts('gloss-date')).toEqual(['Thursday']);
    expect(painter.shownBlocks).toBe(2);
  });

  it('keeps its ranges across settings changes: categories and style only change what is registered', () => {
    const { doc, index } = setup();
    const { api, registry, texts } = fakeApi();
    const painter = new NearViewportPainter(api, index, Observer);
    painter.paint(ON);
    FakeObserver.last!.deliver([[doc.querySelector('p')!, true]]);
    painter.paint({ categories: { ...ON.categories, person: false }, style: 'tint' });
    expect(registry.has('gloss-person')).toBe(false);
    expect(texts('gloss-tint-place')).toEqual(['China']);
    painter.paint(ON);
    expect(texts('gloss-underline-person')).toEqual(['Sergey Lavrov', 'Wang Yi']);
  });

  it('reveals a block on demand (keyboard, popup) and ignores callbacks after destroy', () => {
    const { doc, index } = setup();
    const { api, texts } = fakeApi();
    const painter = new NearViewportPainter(api, index, Observer);
    painter.paint(ON);
    const observer = FakeObserver.last!;
    const thursday = index.placed.find((p) => p.mention.text === 'Thursday')!;
    painter.reveal(thursday);
    expect(texts('gloss-date')).toEqual(['Thursday']);
    painter.reveal(thursday); // idempotent
    expect(texts('gloss-person')).toEqual(['Lavrov']);
    painter.destroy();
    expect(observer.disconnected).toBe(true);
    observer.deliver([[doc.querySelector('h2')!, true]]);
    expect(texts('gloss-person')).toEqual(['Lavrov']);
  });

  it('never throws into the page from the observer callback', () => {
    const { index } = setup();
    const { api } = fakeApi();
    new NearViewportPainter(api, index, Observer).paint(ON);
    expect(() => FakeObserver.last!.callback(null as unknown as [])).not.toThrow();
  });
});

describe('createPainter', () => {
  it('paints everything at once below the threshold or without IntersectionObserver, else near the viewport', () => {
    const { index } = setup();
    const a = fakeApi();
    createPainter(a.api, index, { IntersectionObserver: Observer }, 100).paint(ON);
    expect(a.texts('gloss-person')).toHaveLength(5);
    const b = fakeApi();
    createPainter(b.api, index, {}, 1).paint(ON);
    expect(b.texts('gloss-person')).toHaveLength(5);
    const c = fakeApi();
    const painter = createPainter(c.api, index, { IntersectionObserver: Observer }, 5);
    painter.paint(ON);
    expect(painter).toBeInstanceOf(NearViewportPainter);
    expect(c.texts('gloss-person')).toEqual([]);
  });
});
