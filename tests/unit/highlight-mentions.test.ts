// Mentions → DOM Ranges and the per-node hit index, on a real DOM (happy-dom).
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { TextMapBuilder, Break } from '../../utils/article/textmap';
import { MentionIndex, entityName } from '../../utils/highlight/mentions';
import type { AnnotatedMention, EntityType } from '../../utils/types';

function setup(html: string) {
  const win = new Window();
  const doc = win.document as unknown as Document;
  doc.body.innerHTML = html; // test fixture only
  const builder = new TextMapBuilder();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    builder.requestBreak(Break.Block);
    const walker = doc.createTreeWalker(p, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) builder.appendText(n as Text);
  }
  return { doc, text: builder.finish() };
}

function mention(text: string, full: string, type: EntityType = 'person', from = 0, name: string | null = text): AnnotatedMention {
  const start = full.indexOf(text, from);
  return {
    text, start, end: start + text.length, type, id: null, name, value: null, context: '',
    card: { type, title: name ?? text, subtitle: '', lines: [] },
  };
}

describe('MentionIndex', () => {
  it('maps mentions to ranges, also across inline elements', () => {
    const { doc, text } = setup('<p>Minister Sergey <b>Lavrov</b> met Wang Yi.</p><p>In China on Thursday.</p>');
    expect(text.text).toBe('Minister Sergey Lavrov met Wang Yi.\n\nIn China on Thursday.');
    const ms = [mention('Sergey Lavrov', text.text), mention('Wang Yi', text.text), mention('China', text.text, 'place'), mention('Thursday', text.text, 'date', 0, null)];
    const index = new MentionIndex(text, ms, doc).complete();
    expect(index.placed.map((p) => p.range.toString())).toEqual(['Sergey Lavrov', 'Wang Yi', 'China', 'Thursday']);
    expect(index.placed.map((p) => p.order)).toEqual([0, 1, 2, 3]);
    const first = doc.querySelector('p')!.firstChild!;
    expect(index.at(first, 9)?.mention.text).toBe('Sergey Lavrov'); // "S"
    expect(index.at(first, 8)).toBeNull(); // the space before
    const bold = doc.querySelector('b')!.firstChild!;
    expect(index.at(bold, 0)?.mention.text).toBe('Sergey Lavrov');
    expect(index.at(bold, 6)).toBeNull(); // past the end of "Lavrov"
  });

  it('sorts by start and drops overlaps, empty spans and mentions whose text disagrees', () => {
    const { doc, text } = setup('<p>Joe Biden and Joe Biden.</p>');
    const a = mention('Joe Biden', text.text);
    const b = mention('Biden', text.text);
    const c = mention('Joe Biden', text.text, 'person', 5);
    const wrong = { ...mention('Joe Biden', text.text, 'person', 5), text: 'Joe Bidon' };
    const index = new MentionIndex(text, [c, b, a, wrong], doc).complete();
    expect(index.placed.map((p) => [p.mention.start, p.range.toString()])).toEqual([[0, 'Joe Biden'], [14, 'Joe Biden']]);
  });

  it('drops a mention whose node changed after extraction', () => {
    const { doc, text } = setup('<p>Antony Blinken spoke.</p>');
    (doc.querySelector('p')!.firstChild as Text).data = 'Someone else spoke now.';
    const index = new MentionIndex(text, [mention('Antony Blinken', text.text)], doc).complete();
    expect(index.placed).toHaveLength(0);
  });

  it('builds in slices that stop at the deadline', () => {
    const words = Array.from({ length: 200 }, (_, i) => `Name${i}`);
    const { doc, text } = setup(`<p>${words.join(' ')}</p>`);
    const index = new MentionIndex(text, words.map((w) => mention(w, text.text, 'person', text.text.indexOf(w + ' ') >= 0 ? text.text.indexOf(w + ' ') : text.text.lastIndexOf(w))), doc);
    let clock = 0;
    expect(index.step(1, () => ++clock)).toBe(false);
    expect(index.placed.length).toBe(64);
    expect(index.step(Number.POSITIVE_INFINITY)).toBe(true);
    expect(index.placed.length).toBe(200);
  });

  it('finds the mentions of one entity and names dates by their card', () => {
    const { doc, text } = setup('<p>Lavrov and Lavrov on Thursday.</p>');
    const ms = [mention('Lavrov', text.text, 'person', 0, 'Sergey Lavrov'), mention('Lavrov', text.text, 'person', 3, 'Sergey Lavrov'), mention('Thursday', text.text, 'date', 0, null)];
    const index = new MentionIndex(text, ms, doc).complete();
    expect(index.ofEntity('Sergey Lavrov', 'person')).toHaveLength(2);
    expect(entityName(ms[2])).toBe('Thursday');
  });
});
