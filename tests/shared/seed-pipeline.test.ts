// The annotation pipeline on the user's example article (../shared/seed and ../shared/fixtures).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary } from '../../utils/dictionary/types';
import { annotateDocument, annotateText } from '../../utils/pipeline';
import type { AnnotatedMention } from '../../utils/types';
import { checkInvariants, find, loadBuiltDictionary } from '../support/annotations';
import { requireShared, sharedPath } from '../support/shared';

requireShared('the example-article pipeline tests');

let dict: Dictionary;
beforeAll(async () => {
  dict = await loadBuiltDictionary();
}, 180_000);

const PUBLISHED = '2021-03-18';

describe('the example article', () => {
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

describe('the example page (HTML)', () => {
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
