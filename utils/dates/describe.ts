// Turns a TimeML value into the popover's words: the date at its precision and its relation to the article's date.

import { fromDays, isValidDate, isoWeek, isoWeekStart, isoWeekday, parseIsoDay, toDays } from './calendar';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon';

export interface DateDescription {
  title: string;
  subtitle: string;
  lines: string[];
}

export const NO_PUBLICATION_DATE = 'No publication date found on this page: not resolved against today';
const UNRESOLVED = 'Relative to the publication date, which this page does not give';

const SEASON_NAMES: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const PART_NAMES: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
/** From this many quarters away, the distance is given in years. */
const QUARTERS_IN_YEARS = 8;
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'];
const QUARTER_MONTHS = ['January–March', 'April–June', 'July–September', 'October–December'];
const DURATION_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], Q: ['quarter', 'quarters'],
  E: ['decade', 'decades'], C: ['century', 'centuries'], L: ['millennium', 'millennia'],
  TH: ['hour', 'hours'], TM: ['minute', 'minutes'], TS: ['second', 'seconds'],
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "4 days after this article", "The day before this article", "Same day as this article". */
function relation(diff: number, unit: string, units: string): string {
  if (diff === 0) return `Same ${unit} as this article`;
  if (diff === 1) return `The ${unit} after this article`;
  if (diff === -1) return `The ${unit} before this article`;
  return `${plural(Math.abs(diff), unit, units)} ${diff > 0 ? 'after' : 'before'} this article`;
}

function dayTitle(days: number): string {
  const { y, m, d } = fromDays(days);
  return `${WEEKDAY_NAMES[isoWeekday(days) - 1]}, ${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** "22–28 March" or "29 March – 4 April" for a span inside one year; the year is added when it changes. */
function rangeText(first: number, last: number): string {
  const a = fromDays(first);
  const b = fromDays(last);
  if (a.y !== b.y) return `${a.d} ${MONTH_NAMES[a.m - 1]} ${a.y} – ${b.d} ${MONTH_NAMES[b.m - 1]} ${b.y}`;
  if (a.m === b.m) return `${a.d}–${b.d} ${MONTH_NAMES[a.m - 1]}`;
  return `${a.d} ${MONTH_NAMES[a.m - 1]} – ${b.d} ${MONTH_NAMES[b.m - 1]}`;
}

function describeDuration(value: string): DateDescription | null {
  const match = /^P(T?)(\d+(?:\.\d+)?|X)([YMWDQECLHS])$/.exec(value);
  if (!match) return null;
  const key = match[1] ? `T${match[3]}` : match[3];
  const names = DURATION_UNITS[key];
  if (!names) return null;
  const title = match[2] === 'X' ? `Some ${names[1]}` : plural(Number(match[2]), names[0], names[1]);
  return { title, subtitle: 'A length of time, not a date', lines: [] };
}

/** Popover text for a TimeML value resolved by findDates. `published` is the article's date (YYYY-MM-DD) or null. */
export function describeDate(value: string, published: string | null): DateDescription {
  const dct = parseIsoDay(published);
  const noDate = dct === null ? NO_PUBLICATION_DATE : '';
  const lines: string[] = [];

  if (value === 'PRESENT_REF' || value === 'PAST_REF' || value === 'FUTURE_REF') {
    const title = value === 'PRESENT_REF' ? 'The present' : value === 'PAST_REF' ? 'The past' : 'The future';
    const subtitle = dct === null ? noDate : `As of this article (${dayTitle(dct)})`;
    return { title, subtitle, lines };
  }
  if (value.startsWith('P')) {
    return describeDuration(value) ?? { title: value, subtitle: 'A length of time, not a date', lines };
  }

  // Day, with an optional time or part of the day: 2021-03-18, 2021-03-18T14:00, 2021-03-18TNI
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI))?$/.exec(value);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (isValidDate(y, m, d)) {
      const days = toDays(y, m, d);
      let title = dayTitle(days);
      if (match[4]) title += `, ${match[4]}:${match[5]}`;
      if (match[6]) title += `, ${PART_NAMES[match[6]]}`;
      const { year, week } = isoWeek(days);
      lines.push(`Week ${week} of ${year}`);
      return { title, subtitle: dct === null ? noDate : relation(days - dct, 'day', 'days'), lines };
    }
  }
  // ISO week, optionally its weekend: 2021-W12, 2021-W12-WE
  match = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value);
  if (match) {
    const [y, w] = [Number(match[1]), Number(match[2])];
    const monday = isoWeekStart(y, w);
    if (match[3]) {
      const saturday = monday + 5;
      const title = `Weekend of ${rangeText(saturday, saturday + 1)} ${fromDays(saturday + 1).y}`;
      const subtitle = dct === null ? noDate : relation(Math.round((monday - (dct - isoWeekday(dct) + 1)) / 7), 'weekend', 'weekends');
      return { title, subtitle, lines };
    }
    const title = `Week ${w} of ${y} (${rangeText(monday, monday + 6)})`;
    const subtitle = dct === null ? noDate : relation(Math.round((monday - (dct - isoWeekday(dct) + 1)) / 7), 'week', 'weeks');
    return { title, subtitle, lines };
  }
  // Month: 2020-11
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) {
    const [y, m] = [Number(match[1]), Number(match[2])];
    let subtitle = noDate;
    if (dct !== null) {
      const now = fromDays(dct);
      subtitle = relation(y * 12 + m - (now.y * 12 + now.m), 'month', 'months');
    }
    return { title: `${MONTH_NAMES[m - 1]} ${y}`, subtitle, lines };
  }
  // Quarter or half: 1999-Q3, 1999-H1
  match = /^(\d{4})-([QH])([1-4])$/.exec(value);
  if (match) {
    const [y, n] = [Number(match[1]), Number(match[3])];
    if (match[2] === 'H') {
      const title = `${n === 1 ? 'First' : 'Second'} half of ${y} (${n === 1 ? 'January–June' : 'July–December'})`;
      const subtitle = dct === null ? noDate : relation(y * 2 + n - (fromDays(dct).y * 2 + (fromDays(dct).m <= 6 ? 1 : 2)), 'half-year', 'half-years');
      return { title, subtitle, lines };
    }
    const title = `Q${n} ${y}: ${ORDINAL_WORDS[n - 1]} quarter (${QUARTER_MONTHS[n - 1]})`;
    const now = dct === null ? null : fromDays(dct);
    const diff = y * 4 + n - (now === null ? 0 : now.y * 4 + Math.ceil(now.m / 3));
    // Far quarters read better in years: "About 21 years before this article".
    const subtitle = now === null ? noDate : Math.abs(diff) >= QUARTERS_IN_YEARS
      ? `About ${Math.round(Math.abs(diff) / 4)} years ${diff > 0 ? 'after' : 'before'} this article`
      : relation(diff, 'quarter', 'quarters');
    return { title, subtitle, lines };
  }
  // Season: 2021-SU
  match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (match) {
    const y = Number(match[1]);
    const title = match[2] === 'WI' ? `Winter ${y}–${String(y + 1).slice(2)}` : `${SEASON_NAMES[match[2]]} ${y}`;
    return { title, subtitle: dct === null ? noDate : relation(y - fromDays(dct).y, 'year', 'years'), lines };
  }
  // Year, decade, century: 2015, 199, 19
  match = /^(\d{2,4})$/.exec(value);
  if (match) {
    const digits = match[1];
    const now = dct === null ? null : fromDays(dct).y;
    if (digits.length === 4) {
      const y = Number(digits);
      return { title: digits, subtitle: now === null ? noDate : relation(y - now, 'year', 'years'), lines };
    }
    if (digits.length === 3) {
      const start = Number(digits) * 10;
      const subtitle = now === null ? noDate : relation(Number(digits) - Math.floor(now / 10), 'decade', 'decades');
      return { title: `The ${start}s`, subtitle, lines: [`${start}–${start + 9}`] };
    }
    const century = Number(digits) + 1;
    const suffix = century % 10 === 1 && century !== 11 ? 'st' : century % 10 === 2 && century !== 12 ? 'nd' : century % 10 === 3 && century !== 13 ? 'rd' : 'th';
    const subtitle = now === null ? noDate : relation(Number(digits) - Math.floor(now / 100), 'century', 'centuries');
    return { title: `The ${century}${suffix} century`, subtitle, lines: [`${Number(digits) * 100}–${Number(digits) * 100 + 99}`] };
  }
  // Unresolved (no publication date): XXXX-03-22, XXXX-11, XXXX-WXX-4, XXXX-XX-XX, XXXX
  match = /^XXXX-(\d{2})-(\d{2})$/.exec(value);
  if (match) return { title: `${Number(match[2])} ${MONTH_NAMES[Number(match[1]) - 1]} (year not known)`, subtitle: noDate || UNRESOLVED, lines };
  match = /^XXXX-(\d{2})$/.exec(value);
  if (match) return { title: `${MONTH_NAMES[Number(match[1]) - 1]} (year not known)`, subtitle: noDate || UNRESOLVED, lines };
  match = /^XXXX-WXX-([1-7])$/.exec(value);
  if (match) return { title: `${WEEKDAY_NAMES[Number(match[1]) - 1]} (date not known)`, subtitle: noDate || UNRESOLVED, lines };
  if (value.includes('X')) return { title: 'A date relative to the publication date', subtitle: noDate || UNRESOLVED, lines };
  return { title: value, subtitle: noDate, lines };
}
