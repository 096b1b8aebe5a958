// Table-driven tests of findDates: recognition, resolution against the publication date, and what is not a date.
import { describe, expect, it } from 'vitest';
import { findDates, isHighlightable, type DateMention } from '../../utils/dates/index';

/** Thursday 18 March 2021, the seed article's date. */
const PUBLISHED = '2021-03-18';

function only(text: string, published: string | null = PUBLISHED): DateMention {
  const found = findDates(text, published);
  expect(found, `one mention in ${JSON.stringify(text)}: ${JSON.stringify(found)}`).toHaveLength(1);
  return found[0];
}

describe('findDates: absolute dates', () => {
  const cases: [string, string, string][] = [
    // [sentence, span text, value]
    ['The summit opens on 22 March 2021 in Geneva.', '22 March 2021', '2021-03-22'],
    ['It was signed on March 22, 2021, in Geneva.', 'March 22, 2021', '2021-03-22'],
    ['It was signed on Mar. 22, 2021, in Geneva.', 'Mar. 22, 2021', '2021-03-22'],
    ['The filing is dated 2021-03-22.', '2021-03-22', '2021-03-22'],
    ['The filing is dated 3/22/2021.', '3/22/2021', '2021-03-22'],
    ['The filing is dated 22/3/2021.', '22/3/2021', '2021-03-22'],
    ['He was born on the 4th of July 1976.', 'the 4th of July 1976', '1976-07-04'],
    ['Prices rose in November 2020.', 'November 2020', '2020-11'],
    ['The law passed in 2015.', '2015', '2015'],
    ['Profits fell in fiscal 1989.', 'fiscal 1989', '1989'],
    ['It grew fast in the 1990s.', 'the 1990s', '199'],
    ["It grew fast in the '80s.", "the '80s", '198'],
    ['It changed in the 20th century.', 'the 20th century', '19'],
    ['The firm was founded in the late 1800s.', 'late 1800s', '18'],
    ['Revenue rose 12% in Q3 2020.', 'Q3 2020', '2020-Q3'],
    ['Demand was strong in H1 2021.', 'H1 2021', '2021-H1'],
    ['Results for the third quarter of 1999 were flat.', 'the third quarter of 1999', '1999-Q3'],
    ['He left in mid-November 2020.', 'mid-November 2020', '2020-11'],
    ['Keating was convicted in nineteen ninety-one.', 'nineteen ninety-one', '1991'],
    ['He promised it by the year two thousand.', 'the year two thousand', '2000'],
  ];
  it.each(cases)('%s', (sentence, text, value) => {
    const m = only(sentence);
    expect(m.text).toBe(text);
    expect(m.value).toBe(value);
    expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('findDates: dates resolved against the publication date', () => {
  const cases: [string, string, string][] = [
    ['Lavrov will arrive in China on March 22.', 'March 22', '2021-03-22'],
    ['The talks ended in December.', 'December', '2020-12'],
    ['The plant will reopen in December.', 'December', '2021-12'],
    ['Zhao said on Thursday that talks went well.', 'Thursday', '2021-03-18'],
    ['China on Wednesday opposed the statement.', 'Wednesday', '2021-03-17'],
    ['The ministers met on Monday.', 'Monday', '2021-03-15'],
    ['The ministers will meet on Friday.', 'Friday', '2021-03-19'],
    ['They met last Friday.', 'last Friday', '2021-03-12'],
    ['They meet next Monday.', 'next Monday', '2021-03-22'],
    ['The visit is next week.', 'next week', '2021-W12'],
    ['Sales rose last week.', 'last week', '2021-W10'],
    ['Prices rose earlier this month.', 'earlier this month', '2021-03'],
    ['The vote was held last month.', 'last month', '2021-02'],
    ['Trade grew last year.', 'last year', '2020'],
    ['Trade will grow next year.', 'next year', '2022'],
    ['It endorsed him in November last year.', 'November last year', '2020-11'],
    ['The deal was signed last May.', 'last May', '2020-05'],
    ['The officials met today.', 'today', '2021-03-18'],
    ['The officials met yesterday.', 'yesterday', '2021-03-17'],
    ['The officials meet tomorrow.', 'tomorrow', '2021-03-19'],
    ['The result is announced tonight.', 'tonight', '2021-03-18'],
    ['There was shelling last night.', 'last night', '2021-03-17TNI'],
    ['He spoke this morning.', 'this morning', '2021-03-18TMO'],
    ['He is now in prison.', 'now', 'PRESENT_REF'],
    ['The deal closed two years ago.', 'two years ago', '2019'],
    ['The deal closed 10 days ago.', '10 days ago', '2021-03-08'],
    // A quarter later in the year than the article, in a past-tense sentence, is last year's.
    ['Earnings fell in the third quarter.', 'the third quarter', '2020-Q3'],
    ['Earnings will rise in the third quarter.', 'the third quarter', '2021-Q3'],
    ['Earnings rose in the first quarter.', 'the first quarter', '2021-Q1'],
    ['Sales fell over the weekend.', 'the weekend', '2021-W10-WE'],
    ['The fair opens this summer.', 'this summer', '2021-SU'],
    ['They launched it last fall.', 'last fall', '2020-FA'],
    ['Shops closed on Christmas Day.', 'Christmas Day', '2020-12-25'],
    ['The bomb went off at 10:35 a.m. Friday.', '10:35 a.m. Friday', '2021-03-12T10:35'],
    ['He left at 5 p.m. on Monday.', '5 p.m. on Monday', '2021-03-15T17:00'],
    ['The talks are set for March 25-26 in Geneva.', 'March 25-26', '2021-03-25'],
    ['The Thursday meeting was tense.', 'Thursday', '2021-03-18'],
    ['Police reopened the October killing.', 'October', '2020-10'],
    ['They signed a June agreement.', 'June', '2020-06'], // past tense, and June is still ahead
    ['The parliament will vote on the 25th.', 'the 25th', '2021-03-25'],
    ['The parliament voted on the 2nd.', 'the 2nd', '2021-03-02'],
    ['The parliament voted on the 25th.', 'the 25th', '2021-02-25'],
    // Tense: a passive after "be" takes the tense of what precedes it; "had been due to" is a plan in the past;
    // "is to" and "forecast to" point forward; a cue before the date wins over a participle after it.
    ['The conference will be held on June 10 in Vienna.', 'June 10', '2021-06-10'],
    ['The offer had been due to expire Friday.', 'Friday', '2021-03-12'],
    ['Trading is to resume in Paris on Tuesday.', 'Tuesday', '2021-03-23'],
    ['Qantas will almost double its flights between Australia and India by August in the search for new markets untouched by the crisis.', 'August', '2021-08'],
    ['The storm is forecast to weaken by the weekend.', 'the weekend', '2021-W11-WE'],
    ['The troops should be in place by the end of the month.', 'the end of the month', '2021-03'],
    ['Islam will one day be the second largest religion in the country.', 'one day', 'FUTURE_REF'],
    ['The blast occurred shortly after 8 a.m. local time on Wednesday.', '8 a.m. local time on Wednesday', '2021-03-17T08:00'],
    ['The summit is on 5-6 April.', '5-6 April', '2021-04-05'],
    ['By mid-afternoon, official sources were saying the toll had risen.', 'mid-afternoon', '2021-03-18TAF'],
    ['In London at mid-afternoon yesterday, the shares were down.', 'mid-afternoon yesterday', '2021-03-17TAF'],
  ];
  it.each(cases)('%s', (sentence, text, value) => {
    const m = only(sentence);
    expect(m.text).toBe(text);
    expect(m.value).toBe(value);
  });

  // A bare quarter or month: a future cue (modal + verb, "expects", "will", "is set to") takes the next occurrence,
  // a past cue the previous one; the quarter just ended stays this year's ("expects to report" its results).
  const tensed: [string, string, string, string][] = [
    // [sentence, published, span text, value]
    ['Tariffs could push prices higher in the second quarter, traders warned.', '2025-02-10', 'the second quarter', '2025-Q2'],
    ['Officials said rates might climb in the fourth quarter.', '2025-02-10', 'the fourth quarter', '2025-Q4'],
    ['Sales would have risen in the fourth quarter without the strike.', '2025-02-10', 'the fourth quarter', '2024-Q4'],
    ['The bank said it expects lending to stay tight through the third quarter.', '2024-06-05', 'the third quarter', '2024-Q3'],
    ['Analysts expect margins to recover in the first quarter.', '2024-08-20', 'the first quarter', '2025-Q1'],
    ['The company expects to report a second-quarter loss.', '2024-08-20', 'a second-quarter', '2024-Q2'],
    ['Sales slumped in the fourth quarter.', '2024-08-20', 'the fourth quarter', '2023-Q4'],
    ['The carmaker will unveil its new model in May.', '2024-06-12', 'May', '2025-05'],
    ['The carmaker unveiled its new model in May.', '2024-06-12', 'May', '2024-05'],
    ['The regulator is set to rule on the merger in March.', '2024-06-12', 'March', '2025-03'],
    ['Rates might fall in January, the governor said.', '2024-06-12', 'January', '2025-01'],
  ];
  it.each(tensed)('%s (%s)', (sentence, published, text, value) => {
    const m = only(sentence, published);
    expect(m.text).toBe(text);
    expect(m.value).toBe(value);
  });

  it('resolves Q3 and Q4 in one sentence by their own tense: a reported quarter and an expected one', () => {
    const found = findDates('The chain posted strong Q3 sales and said it expects Q4 margins to widen.', '2024-08-20');
    expect(found.map((m) => [m.text, m.value])).toEqual([['Q3', '2024-Q3'], ['Q4', '2024-Q4']]);
  });

  it('takes the year of a quarter back when a later quarter is reported in the past tense', () => {
    expect(only('The company posted a fourth-quarter loss.', '2021-01-20').value).toBe('2020-Q4');
  });

  it('reads "the year ended June 30" as a twelve-month duration', () => {
    const found = findDates('Revenue for the year ended June 30 rose 4 percent.', PUBLISHED);
    expect(found[0]).toMatchObject({ text: 'the year', value: 'P1Y', kind: 'duration' });
  });

  it('counts "the following month" from the month named last', () => {
    const found = findDates('In October, the company received an offer. The following month, it put itself up for sale.', PUBLISHED);
    expect(found.map((m) => m.value)).toEqual(['2020-10', '2020-11']);
  });

  it('reads "a year earlier" after "the nine months" as the year before, not the quarter', () => {
    const found = findDates('Net rose in the third quarter. For the nine months, net was $9 million, up from $7 million a year earlier.', '1989-10-26');
    expect(found.map((m) => m.value)).toEqual(['1989-Q3', 'P9M', '1988']);
  });

  it('leaves "late afternoon" as an adjective alone', () => {
    expect(findDates('Late afternoon trading was thin.', PUBLISHED)).toEqual([]);
  });

  it('counts "the following Monday" from the day the story is at', () => {
    const found = findDates('The talks began on March 2. The following Monday, they collapsed.', PUBLISHED);
    expect(found.map((m) => m.value)).toEqual(['2021-03-02', '2021-03-08']);
  });

  it('counts "four years later" from the last year mentioned', () => {
    const found = findDates('She was elected mayor in 2008 and re-elected four years later.', PUBLISHED);
    expect(found.map((m) => [m.text, m.value])).toEqual([['2008', '2008'], ['four years later', '2012']]);
  });

  it('reads "a year earlier" as the same quarter a year before in a quarterly report', () => {
    const found = findDates('Net income rose in the third quarter, up from $5 million a year earlier.', '1989-10-26');
    expect(found.map((m) => m.value)).toEqual(['1989-Q3', '1988-Q3']);
  });
});

describe('findDates: tense cues, anchored days and joined days', () => {
  const cases: [string, string, string][] = [
    // "as soon as" / "as early as" before a date: the earliest time something may still happen.
    ['The delegation could arrive as soon as Tuesday.', 'Tuesday', '2021-03-23'],
    ['Officials said the ruling could come as early as Monday.', 'Monday', '2021-03-22'],
    // "effective June 1": when an announced change takes effect.
    ['The board approved the merger, effective June 1.', 'June 1', '2021-06-01'],
    // "plan to", "planning to" look ahead; "plans" alone is as often a noun ("holiday plans").
    ['The rebels were planning to cross the border on Monday.', 'Monday', '2021-03-22'],
    ['They did not plan to leave on Saturday.', 'Saturday', '2021-03-20'],
    ['On Friday, the minister set aside her holiday plans.', 'Friday', '2021-03-12'],
    // "next to" is a place and "due to fog" a cause: neither makes the clause future.
    ['The bomb exploded in a market next to the main mosque Sunday.', 'Sunday', '2021-03-14'],
    ['Flights were cancelled due to fog on Monday.', 'Monday', '2021-03-15'],
    // A deadline set with "until" lies ahead of the verb that sets it; a plain "until" does not.
    ['The court gave the family until Monday to respond.', 'Monday', '2021-03-22'],
    ['Officials postponed the vote until Tuesday morning.', 'Tuesday morning', '2021-03-23TMO'],
    ['Until Tuesday, police had described him only as a witness.', 'Tuesday', '2021-03-16'],
    ['The election is set for Nov. 3.', 'Nov. 3', '2021-11-03'],
    // The simple present of a timetabled event is future; "to last" is a verb, not "last week".
    ['The president, who arrives in Tokyo on Saturday, said he was optimistic.', 'Saturday', '2021-03-20'],
    ['The court reconvenes Monday.', 'Monday', '2021-03-22'],
    ['The strike is expected to last until Friday.', 'Friday', '2021-03-19'],
    // "High Noon" is a showdown.
    ['It was high noon for the alliance on Monday.', 'Monday', '2021-03-15'],
    // A week or a day named from a day.
    ['A hearing is expected the week of March 29.', 'the week of March 29', '2021-W13'],
    ['The day before Christmas, the shops were full.', 'The day before Christmas', '2020-12-24'],
    // "the past decade" is the last ten years; "the last decade" alone is the calendar decade.
    ['Crime fell over the past decade.', 'the past decade', 'P10Y'],
    ['Wages lost ground in the last decade.', 'the last decade', '201'],
    ['He said this past weekend that he would run.', 'this past weekend', '2021-W10-WE'],
    // Before a possessive date, "around" is a preposition.
    ["The relatives looked for ways around Wednesday's ruling.", 'Wednesday', '2021-03-17'],
  ];
  it.each(cases)('%s', (sentence, text, value) => {
    const m = only(sentence);
    expect(m.text).toBe(text);
    expect(m.value).toBe(value);
  });

  it('reads the second day of "April 24 and 25" and "Jan. 5 to 7" in the first one\'s month', () => {
    expect(findDates('Leaders meet in Brussels on April 24 and 25.', PUBLISHED).map((m) => [m.text, m.value]))
      .toEqual([['April 24', '2021-04-24'], ['25', '2021-04-25']]);
    expect(findDates('The talks ran from Jan. 5 to 7 in Geneva.', PUBLISHED).map((m) => m.value)).toEqual(['2021-01-05', '2021-01-07']);
    // A count after the joined number is not a day.
    expect(findDates('On May 4 and 5 people were hurt.', PUBLISHED).map((m) => m.text)).toEqual(['May 4']);
  });

  it('counts "the day before" and "that same day" from the day the story is at', () => {
    expect(findDates('He arrived on Tuesday. The day before, he had called.', PUBLISHED).map((m) => m.value)).toEqual(['2021-03-16', '2021-03-15']);
    expect(findDates('The talks began on March 2. He was killed that same day.', PUBLISHED).map((m) => m.value)).toEqual(['2021-03-02', '2021-03-02']);
  });
});

describe('findDates: durations and sets are marked as such', () => {
  const cases: [string, string, string, string][] = [
    ['He served three years in office.', 'three years', 'P3Y', 'duration'],
    ['During the two-day visit they talked.', 'the two-day', 'P2D', 'duration'],
    ['Prices fell over the past two weeks.', 'the past two weeks', 'P2W', 'duration'],
    ['Sales for the first nine months rose.', 'the first nine months', 'P9M', 'duration'],
    ['It took 5 1/2 hours.', '5 1/2 hours', 'PT5H30M', 'duration'],
    ['It has grown in recent years.', 'recent years', 'PXY', 'duration'],
    ['The paper is printed daily.', 'daily', 'P1D', 'set'],
    ['They meet every Monday.', 'every Monday', 'XXXX-WXX-1', 'set'],
    ['Ministers meet every two weeks.', 'every two weeks', 'P2W', 'set'],
    ['The museum is closed on Mondays.', 'Mondays', 'XXXX-WXX-1', 'set'],
    ['The show airs Tuesday nights.', 'Tuesday nights', 'XXXX-WXX-2TNI', 'set'],
    ['The merger should save $500 million a year.', 'a year', 'P1Y', 'set'],
    ['The drought is the worst in half a century.', 'half a century', 'P50Y', 'duration'],
    ['The talks lasted a year and a half.', 'a year and a half', 'P1Y6M', 'duration'],
    ['Passengers waited two and a half hours.', 'two and a half hours', 'PT2H30M', 'duration'],
  ];
  it.each(cases)('%s', (sentence, text, value, kind) => {
    const m = only(sentence);
    expect(m.text).toBe(text);
    expect(m.value).toBe(value);
    expect(m.kind).toBe(kind);
    expect(isHighlightable(m)).toBe(false);
  });
});

describe('findDates: not dates', () => {
  const cases: string[] = [
    'Theresa May met the press.',
    'Prime Minister Theresa May resigned.',
    'The Good Friday Agreement holds.',
    'He writes for the Sunday Times.',
    'Black Friday sales were strong.',
    'They remembered Bloody Sunday.',
    'May be it will rain.',
    'Officials may decide soon.',
    'The March on Washington drew crowds.',
    'Thousands joined a march through the city.',
    'The plant employs 2,015 people.',
    'It costs $2015 per seat.',
    'She stayed in Room 2015.',
    'The 2015 people who signed agreed.',
    'Police arrested a 6-year-old boy.',
    'He said he would go to August Wilson Theatre.',
    'About three-quarters of voters agreed.',
    'Baker said on ABC\'s "This Week" that talks failed.',
    'She lives on the 22nd floor.',
    'Protesters gathered outside 1600 Pennsylvania Avenue.',
  ];
  it.each(cases)('%s', (sentence) => {
    expect(findDates(sentence, PUBLISHED).filter((m) => (m.kind ?? 'date') === 'date' && !m.value.endsWith('_REF'))).toEqual([]);
  });

  it('keeps a weekday after a capitalised subject in news style', () => {
    expect(only('The World Court Friday rejected the objections.').value).toBe('2021-03-12');
  });

  it('takes dates in all-caps headlines', () => {
    expect(only('TALKS TO RESUME ON MARCH 22').value).toBe('2021-03-22');
  });
});

describe('findDates: without a publication date', () => {
  const cases: [string, string, string][] = [
    ['Lavrov will arrive on March 22.', 'March 22', 'XXXX-03-22'],
    ['Zhao said on Thursday that talks went well.', 'Thursday', 'XXXX-WXX-4'],
    ['The visit is next week.', 'next week', 'XXXX-WXX'],
    ['It endorsed him in November last year.', 'November last year', 'XXXX-11'],
    ['The officials met today.', 'today', 'XXXX-XX-XX'],
    ['It was signed on March 22, 2021.', 'March 22, 2021', '2021-03-22'],
  ];
  it.each(cases)('%s', (sentence, text, value) => {
    const m = only(sentence, null);
    expect(m.text).toBe(text);
    expect(m.value).toBe(value);
  });
});

describe('findDates: offsets and speed', () => {
  it('gives UTF-16 offsets that slice back to the text', () => {
    const text = 'Über «Anjō» am 22 March 2021 — and “next week” too.';
    for (const m of findDates(text, PUBLISHED)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('stays linear on long and hostile input', () => {
    const hostile = '1 1 1 1 1 '.repeat(20_000) + 'the the the last last next '.repeat(10_000) + 'March '.repeat(20_000) +
      'the week of the day before '.repeat(10_000) + 'April 24 and '.repeat(10_000);
    const started = performance.now();
    findDates(hostile, PUBLISHED);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
