// The annotation pipeline on small texts and our own fixture pages (the example page: tests/shared/seed-pipeline.test.ts): names and dates merged, cards, context.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary } from '../../utils/dictionary/types';
import { annotateDocument, annotateText } from '../../utils/pipeline';
import type { AnnotatedMention } from '../../utils/types';
import { checkInvariants, find, loadBuiltDictionary } from '../support/annotations';

let dict: Dictionary;
beforeAll(async () => {
  dict = await loadBuiltDictionary();
}, 180_000);

describe('annotateText', () => {
  it.each([
    // The sentence that motivated the rule, the span, its type.
    ['Theresa May met the queen in May 2019.', 'Theresa May', 'person'],
    ['Theresa May met the queen in May 2019.', 'May 2019', 'date'],
    ['Talks began on Good Friday, April 2, in Geneva.', 'Geneva', 'place'],
  ])('%s -> "%s" is a %s', (text, span, type) => {
    const ms = annotateText(text, '2021-03-18', dict);
    checkInvariants(text, ms);
    expect(ms.some((m) => m.text === span && m.type === type), JSON.stringify(ms.map((m) => [m.text, m.type]))).toBe(true);
  });

  it('lets a name win over a date inside it', () => {
    const text = 'Theresa May said on Monday the deal was done.';
    const ms = annotateText(text, '2019-03-18', dict);
    expect(ms.find((m) => m.text === 'Theresa May')?.type).toBe('person');
    expect(ms.some((m) => m.type === 'date' && m.text === 'May')).toBe(false);
    expect(ms.find((m) => m.text === 'Monday')?.value).toBe('2019-03-18');
  });

  it('does not highlight durations', () => {
    const ms = annotateText('The war lasted three years.', '2021-03-18', dict);
    expect(ms.some((m) => m.type === 'date')).toBe(false);
  });

  it('gives names the dictionary lacks a card from the article', () => {
    const ms = annotateText('Acme Widgets Ltd chief executive Jonathan Pemberton-Smythe said sales rose.', '2021-03-18', dict);
    const org = ms.find((m) => m.text === 'Acme Widgets Ltd');
    expect(org?.type).toBe('organization');
    expect(org?.id).toBeNull();
    expect(org?.context).toMatch(/Not in the offline dictionary/);
  });

  it('handles empty and name-less text', () => {
    expect(annotateText('', null, dict)).toEqual([]);
    expect(annotateText('nothing to see here.', null, dict)).toEqual([]);
  });
});

describe('annotateDocument', () => {
  it('returns no mentions for a page that is not an article', () => {
    const html = readFileSync(resolve(__dirname, '../fixtures/pages/shop.html'), 'utf8');
    const { document } = parseHTML(html);
    const r = annotateDocument(document as unknown as Document, 'https://shop.example/', dict);
    expect(r.isArticle).toBe(false);
    expect(r.mentions).toEqual([]);
  });

  // Our own wire-service page (published 18 May 2022): the whole chain from HTML to cards, as the browser runs it.
  describe('on the wire-service article', () => {
    const html = readFileSync(resolve(__dirname, '../fixtures/pages/wire-article.html'), 'utf8');
    let r: ReturnType<typeof annotateDocument>;
    let ms: AnnotatedMention[];
    beforeAll(() => {
      r = annotateDocument(parseHTML(html).document as unknown as Document, 'https://news.example/world/nato', dict);
      // annotateDocument's mentions come from annotateText: each carries its card.
      ms = r.mentions as AnnotatedMention[];
    });

    it('is an article of 2022-05-18 whose mentions keep the invariants', () => {
      expect(r.isArticle).toBe(true);
      expect(r.published).toBe('2022-05-18');
      checkInvariants(r.text, ms);
    });

    it('gives a lone surname the full name met before, with the role held on the article date', () => {
      const [lone] = find(ms, 'Stoltenberg', 'person');
      expect(lone?.name).toBe('Jens Stoltenberg');
      expect(lone?.card.subtitle).toMatch(/^Secretary General of NATO since Oct 2014/);
    });

    it('resolves weekdays and month-days against the publication date', () => {
      expect(find(ms, 'Wednesday', 'date')[0]?.value).toBe('2022-05-18');
      expect(find(ms, 'May 18', 'date')[0]?.value).toBe('2022-05-18');
      expect(find(ms, 'February', 'date')[0]?.value).toBe('2022-02');
    });

    it('leaves the share bar and the standards line out', () => {
      expect(ms.map((m) => m.text).join('|')).not.toMatch(/Twitter|Facebook|LinkedIn|Standards/);
    });
  });
});
