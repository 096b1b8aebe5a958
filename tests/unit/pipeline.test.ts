// The annotation pipeline on the user's example page and on small texts: names and dates merged, cards, context.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../utils/dictionary/index';
import type { Dictionary } from '../../utils/dictionary/types';
import { annotateDocument, annotateText } from '../../utils/pipeline';
import type { AnnotatedMention } from '../../utils/types';
import { sharedAvailable, sharedPath } from '../support/shared';

let dict: Dictionary;
beforeAll(async () => {
  const { ensureDictionary } = await import('../../scripts/build-dictionary');
  dict = loadDictionary(new Uint8Array(readFileSync(await ensureDictionary({ quiet: true }))));
}, 180_000);

const PUBLISHED = '2021-03-18';

function find(ms: AnnotatedMention[], text: string, type?: string): AnnotatedMention[] {
  return ms.filter((m) => m.text === text && (!type || m.type === type));
}

function checkInvariants(text: string, ms: AnnotatedMention[]): void {
  let last = -1;
  for (const m of ms) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last); // sorted, non-overlapping
    last = m.end;
    expect(m.context).not.toMatch(/\n/);
    expect(m.context.length).toBeGreaterThan(0);
    expect(m.card.type).toBe(m.type);
    // Spans never end in punctuation or a possessive.
    expect(m.text).not.toMatch(/(['’]s|[,;:!?)])$/);
    if (m.type === 'date') expect(m.value).toMatch(/^\d{4}/);
    else expect(m.value).toBeNull();
  }
}

describe.runIf(sharedAvailable('pipeline seed tests'))('the example article', () => {
  let text: string;
  let ms: AnnotatedMention[];
  beforeAll(() => {
    text = readFileSync(sharedPath('seed', 'article.txt'), 'utf8');
    ms = annotateText(text, PUBLISHED, dict);
  });

  it('keeps the mention invariants', () => checkInvariants(text, ms));

  it.each([
    ['Sergey Lavrov', 'Sergey Lavrov'],
    ['Lavrov', 'Sergey Lavrov'],
    ['Vladimir Putin', 'Vladimir Putin'],
    ['Putin', 'Vladimir Putin'],
    ['Joe Biden', 'Joe Biden'],
    ['Biden', 'Joe Biden'],
    ['Zhao Lijian', 'Zhao Lijian'],
    ['Zhao', 'Zhao Lijian'],
    ['Wang Yi', 'Wang Yi'],
    ['Wang', 'Wang Yi'],
    ['Antony Blinken', 'Antony Blinken'],
    ['Jake Sullivan', 'Jake Sullivan'],
    ['Yang Jiechi', 'Yang Jiechi'],
    ['Alexei Navalny', 'Alexei Navalny'],
    ['Donald Trump', 'Donald Trump'],
  ])('finds the person %s as %s', (span, name) => {
    const hits = find(ms, span, 'person');
    expect(hits.length, `${span} not found`).toBeGreaterThan(0);
    for (const h of hits) expect(h.name).toBe(name);
  });

  it('says what the article says of Zhao Lijian', () => {
    const zhao = find(ms, 'Zhao Lijian', 'person')[0];
    expect(zhao.context).toMatch(/spokes(man|person)/i);
  });

  it('marks "Navalani" as a possible misspelling of Alexei Navalny', () => {
    const hits = find(ms, 'Navalani', 'person');
    expect(hits).toHaveLength(1);
    expect(hits[0].guess).toBe(true);
    expect(hits[0].card.possibleMisspellingOf).toBe('Alexei Navalny');
    expect(hits[0].context).toMatch(/possible misspelling of Alexei Navalny/i);
  });

  it("reads Lavrov's possessive as Lavrov", () => {
    const i = text.indexOf('Lavrov’s');
    const m = ms.find((x) => x.start === i);
    expect(m?.text).toBe('Lavrov');
  });

  it.each(['China', 'United States', 'America', 'Asia', 'Xinjiang', 'Tibet', 'Hong Kong', 'Taiwan', 'Japan', 'Europe', 'Russia', 'Alaska', 'Washington'])(
    'finds the place %s',
    (place) => {
      expect(find(ms, place, 'place').length, `${place} not found`).toBeGreaterThan(0);
    },
  );

  it.each([
    ['next week', '2021-W12'],
    ['March 22', '2021-03-22'],
    ['Thursday', '2021-03-18'],
    ['today', '2021-03-18'],
    ['Wednesday', '2021-03-17'],
    ['November last year', '2020-11'],
  ])('resolves the date "%s" to %s', (span, value) => {
    const hits = find(ms, span, 'date');
    expect(hits.length, `${span} not found`).toBeGreaterThan(0);
    expect(hits[0].value).toBe(value);
  });

  it('does not highlight "Killer"', () => {
    expect(ms.some((m) => m.text.includes('Killer'))).toBe(false);
  });

  it('gives dictionary people an id and a dated role', () => {
    const lavrov = find(ms, 'Sergey Lavrov', 'person')[0];
    expect(lavrov.id).toMatch(/^wd:Q/);
    expect(lavrov.context).toMatch(/Foreign/);
  });
});

describe.runIf(sharedAvailable('pipeline seed page'))('the example page (HTML)', () => {
  it('detects, dates and annotates the article', () => {
    const html = readFileSync(sharedPath('fixtures', 'seed-article.html'), 'utf8');
    const { document } = parseHTML(html);
    const r = annotateDocument(document as unknown as Document, null, dict);
    expect(r.isArticle).toBe(true);
    expect(r.published).toBe(PUBLISHED);
    expect(r.title).toMatch(/Lavrov/);
    expect(r.mentions.some((m) => m.text === 'Lavrov' && m.name === 'Sergey Lavrov')).toBe(true);
    expect(r.mentions.some((m) => m.type === 'date' && m.value === '2021-W12')).toBe(true);
  });
});

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
});
