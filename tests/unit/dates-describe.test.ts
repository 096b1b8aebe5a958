// Table-driven tests of describeDate (popover words) and of the calendar arithmetic under it.
import { describe, expect, it } from 'vitest';
import { describeDate, NO_PUBLICATION_DATE } from '../../utils/dates/describe';
import { formatWeek, fromDays, isoWeek, isoWeekday, toDays, easterSunday, nthWeekdayOfMonth } from '../../utils/dates/calendar';

const PUBLISHED = '2021-03-18';

describe('describeDate', () => {
  const cases: [string, string, string][] = [
    // [value, title, subtitle]
    ['2021-03-18', 'Thursday, 18 March 2021', 'Same day as this article'],
    ['2021-03-22', 'Monday, 22 March 2021', '4 days after this article'],
    ['2021-03-17', 'Wednesday, 17 March 2021', 'The day before this article'],
    ['2021-03-17TNI', 'Wednesday, 17 March 2021, night', 'The day before this article'],
    ['2021-03-12T10:35', 'Friday, 12 March 2021, 10:35', '6 days before this article'],
    ['2021-W12', 'Week 12 of 2021 (22–28 March)', 'The week after this article'],
    ['2021-W11', 'Week 11 of 2021 (15–21 March)', 'Same week as this article'],
    ['2020-W53', 'Week 53 of 2020 (28 December 2020 – 3 January 2021)', '11 weeks before this article'],
    ['2021-W10-WE', 'Weekend of 13–14 March 2021', 'The weekend before this article'],
    ['2020-11', 'November 2020', '4 months before this article'],
    ['2021-03', 'March 2021', 'Same month as this article'],
    ['2021-07', 'July 2021', '4 months after this article'],
    ['2015', '2015', '6 years before this article'],
    ['2020', '2020', 'The year before this article'],
    ['199', 'The 1990s', '3 decades before this article'],
    ['19', 'The 20th century', 'The century before this article'],
    ['2021-Q3', 'Q3 2021: third quarter (July–September)', '2 quarters after this article'],
    ['1999-Q3', 'Q3 1999: third quarter (July–September)', 'About 22 years before this article'],
    ['2021-H2', 'Second half of 2021 (July–December)', 'The half-year after this article'],
    ['2021-SU', 'Summer 2021', 'Same year as this article'],
    ['PRESENT_REF', 'The present', 'As of this article (Thursday, 18 March 2021)'],
    ['P3Y', '3 years', 'A length of time, not a date'],
    ['PT5H', '5 hours', 'A length of time, not a date'],
    ['PXY', 'Some years', 'A length of time, not a date'],
  ];
  it.each(cases)('%s', (value, title, subtitle) => {
    const d = describeDate(value, PUBLISHED);
    expect(d.title).toBe(title);
    expect(d.subtitle).toBe(subtitle);
  });

  it('never resolves against today without a publication date', () => {
    for (const value of ['2021-03-22', '2021-W12', '2020-11', '2015', 'PRESENT_REF', 'XXXX-WXX-4', 'XXXX-03-22', 'XXXX-XX-XX', 'XXXX']) {
      expect(describeDate(value, null).subtitle).toBe(NO_PUBLICATION_DATE);
    }
    expect(describeDate('2021-03-22', null).title).toBe('Monday, 22 March 2021');
    expect(describeDate('XXXX-WXX-4', null).title).toBe('Thursday (date not known)');
    expect(describeDate('XXXX-03-22', null).title).toBe('22 March (year not known)');
  });
});

describe('calendar', () => {
  const weeks: [string, string][] = [
    ['2021-03-18', '2021-W11'], ['2021-01-03', '2020-W53'], ['2021-01-04', '2021-W01'], ['2008-12-29', '2009-W01'],
    ['1998-08-07', '1998-W32'], ['2000-01-01', '1999-W52'],
  ];
  it.each(weeks)('ISO week of %s is %s', (day, week) => {
    const [y, m, d] = day.split('-').map(Number);
    expect(formatWeek(toDays(y, m, d))).toBe(week);
  });

  it('round-trips days and knows weekdays', () => {
    for (const days of [-800_000, -1, 0, 1, 18_704, 50_000]) {
      const { y, m, d } = fromDays(days);
      expect(toDays(y, m, d)).toBe(days);
    }
    expect(isoWeekday(toDays(2021, 3, 18))).toBe(4);
    expect(isoWeek(toDays(2021, 3, 22))).toEqual({ year: 2021, week: 12 });
  });

  it('computes movable feasts', () => {
    expect(fromDays(easterSunday(2021))).toEqual({ y: 2021, m: 4, d: 4 });
    expect(fromDays(easterSunday(2000))).toEqual({ y: 2000, m: 4, d: 23 });
    expect(fromDays(nthWeekdayOfMonth(1999, 11, 4, 4))).toEqual({ y: 1999, m: 11, d: 25 }); // Thanksgiving
    expect(fromDays(nthWeekdayOfMonth(2021, 5, 1, -1))).toEqual({ y: 2021, m: 5, d: 31 }); // Memorial Day
  });
});
