// The user's example article (published 2021-03-18) and the TimeBank/AQUAINT measurement (needs ../shared).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeDate, findDates, isHighlightable } from '../../utils/dates/index';
import { requireShared, sharedPath } from '../support/shared';
import { runTimebankEval } from '../../scripts/eval/timebank';

requireShared('date tests on the seed article and TimeBank');

describe('dates in the seed article', () => {
  const text = readFileSync(sharedPath('seed/article.txt'), 'utf8');
  const dates = findDates(text, '2021-03-18').filter(isHighlightable);

  it('finds and resolves every date the user pointed out', () => {
    expect(dates.map((m) => [m.text, m.value])).toEqual([
      ['next week', '2021-W12'],
      ['March 22', '2021-03-22'],
      ['Thursday', '2021-03-18'],
      ['March 22', '2021-03-22'],
      ['today', '2021-03-18'],
      ['Thursday', '2021-03-18'],
      ['Wednesday', '2021-03-17'],
      ['Thursday', '2021-03-18'],
      ['November last year', '2020-11'],
    ]);
    for (const m of dates) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('describes them relative to the article', () => {
    const byText = new Map(dates.map((m) => [m.text, describeDate(m.value, '2021-03-18')]));
    expect(byText.get('next week')).toMatchObject({ title: 'Week 12 of 2021 (22–28 March)', subtitle: 'The week after this article' });
    expect(byText.get('March 22')).toMatchObject({ title: 'Monday, 22 March 2021', subtitle: '4 days after this article' });
    expect(byText.get('Wednesday')).toMatchObject({ title: 'Wednesday, 17 March 2021', subtitle: 'The day before this article' });
    expect(byText.get('November last year')).toMatchObject({ title: 'November 2020', subtitle: '4 months before this article' });
  });
});

describe('TimeBank and AQUAINT (TempEval-3 style)', () => {
  it('keeps value F1 at or above 0.78 and relaxed span F1 at or above 0.90', async () => {
    const result = await runTimebankEval();
    expect(result.files).toBeGreaterThan(200);
    expect(result.value.f1).toBeGreaterThanOrEqual(0.78);
    expect(result.relaxed.f1).toBeGreaterThanOrEqual(0.9);
  });
});
