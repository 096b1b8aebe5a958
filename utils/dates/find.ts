// Finds date, time, duration and set expressions in English text and resolves them to TimeML values.

import {
  addMonths, easterSunday, formatDay, formatMonth, formatWeek, fromDays, isValidDate, isoWeekday,
  nthWeekdayOfMonth, pad2, pad4, parseIsoDay, toDays,
} from './calendar';
import {
  AMBIGUOUS_MONTHS, DAY_PARTS, MONTH_NAMES, FUTURE_CUES, MONTHS, NOT_PAST_ED, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, NUMBER_WORDS,
  ORDINALS, PAST_CUES, REFERENCE_WORDS, SEASONS, UNITS, VAGUE_QUANTITIES, WEEKDAYS, durationValue, type Unit,
} from './lexicon';
import { tokenize, type Token } from './tokens';

export type DateKind = 'date' | 'duration' | 'set' | 'time';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** TimeML value: "2021-03-18", "2020-11", "2021-W12", "199", "P3Y", "PRESENT_REF", "XXXX-03-22" (unresolved). */
  value: string;
  /** Default 'date'. Durations ("three years") and sets ("every Monday") are found for measurement; the UI may skip them. */
  kind?: DateKind;
}

type Tense = 'past' | 'future' | null;

interface Match {
  /** Token index after the expression. */
  end: number;
  value: string;
  kind: DateKind;
}

/** How far (in tokens) to look for a tense cue on either side of an expression. */
const TENSE_WINDOW = 12;
/** Earliest and latest four-digit numbers taken as years on their own. */
const MIN_YEAR = 1000;
const MAX_YEAR = 2099;
/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'gov', 'sen', 'rep', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'no', 'vs',
  'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'ft', 'mt', 'u', 's', 'a', 'p', 'm', ...MONTHS.keys(),
]);
/** Capitalised words that may precede a month or weekday without making it part of a name. */
const DATE_CONTEXT_WORDS = new Set([
  'on', 'in', 'since', 'until', 'till', 'by', 'during', 'from', 'through', 'to', 'before', 'after', 'last', 'next',
  'this', 'that', 'early', 'late', 'mid', 'of', 'the', 'and', 'or', 'as', 'at', 'for', 'between', 'each', 'every',
  'until', 'around', 'about', 'late', 'earlier', 'later', 'then', 'but', 'since', 'starting', 'beginning', 'ending',
  'on', 'so', 'far', 'into', 'over', 'like', 'than', 'coming', 'previous', 'following', 'same',
]);
/** Words before a bare month that make it a date ("in May", "since March", "early August"). */
const MONTH_PREPOSITIONS = new Set([
  'in', 'since', 'until', 'till', 'by', 'during', 'from', 'through', 'to', 'before', 'after', 'early', 'late', 'mid',
  'of', 'last', 'next', 'this', 'throughout', 'between', 'and', 'or', 'into', 'for', 'until', 'end', 'beginning',
  'middle', 'start', 'on', 'around', 'as', 'that', 'past',
]);
const FULL_MONTHS = new Set(MONTH_NAMES.map((name) => name.toLowerCase()));
/** After "the"/"a" + month, these words make the month a noun ("the March on Washington", "a march to the sea"). */
const NOT_AFTER_ARTICLE_MONTH = new Set([
  'on', 'of', 'to', 'through', 'against', 'for', 'from', 'and', 'or', 'was', 'is', 'were', 'will', 'has', 'had',
  'began', 'ended', 'in', 'by', 'with', 'at', 'that', 'which', 'who',
]);
/** Words that may open a date expression without changing its value ("early", "mid-", "about"). */
const MODIFIERS: ReadonlyArray<readonly string[]> = [
  ['no', 'more', 'than'], ['more', 'than'], ['less', 'than'], ['at', 'least'], ['at', 'most'], ['up', 'to'],
  ['the', 'end', 'of'], ['the', 'beginning', 'of'], ['the', 'middle', 'of'], ['the', 'start', 'of'],
  ['end', 'of'], ['beginning', 'of'], ['the', 'rest', 'of'], ['early'], ['late'], ['mid'], ['around'], ['about'],
  ['nearly'], ['almost'], ['approximately'], ['roughly'], ['over'], ['within'], ['earlier'], ['later'], ['post'],
  ['pre'], ['only'], ['just'], ['some'],
];
const RELATIVE_SHIFT: ReadonlyMap<string, number> = new Map([
  ['last', -1], ['past', -1], ['previous', -1], ['this', 0], ['current', 0], ['next', 1], ['coming', 1],
  ['following', 1],
]);
const TIME_ZONES = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'et']);
/**
 * Words that make a weekday a named day, not a date: "Bloody Sunday", "Good Friday", "Black Friday". A closed list,
 * because news style puts a weekday straight after a capitalised subject: "The World Court Friday rejected…".
 */
const NAMED_DAYS = new Set(['bloody', 'good', 'black', 'super', 'ash', 'holy', 'palm', 'easter', 'cyber', 'maundy', 'blue', 'giving', 'small', 'manic', 'whit', 'shrove', 'mothering', 'low']);
/** Capitalised words after a weekday or month that make the pair a name ("Sunday Times", "Friday Agreement"). */
const NAME_AFTER_OK = new Set(['morning', 'afternoon', 'evening', 'night']);

interface Context {
  tokens: Token[];
  dct: number | null;
  /** The last quarter mentioned, for "the quarter", "a year earlier", "the year-ago period". */
  lastQuarter: { y: number; q: number } | null;
  /** The last day mentioned, for "that day", "the next day". */
  lastDay: number | null;
  /** The last year mentioned, for "that year", "the following year". */
  lastYear: number | null;
  /** The last month mentioned (year * 12 + month - 1), for "the following month"; a day mentioned later counts too. */
  lastMonth: number | null;
}

// ---------------------------------------------------------------- token helpers

function low(ctx: Context, i: number): string {
  return i >= 0 && i < ctx.tokens.length ? ctx.tokens[i].lower : '';
}

function isCapitalised(token: Token | undefined): boolean {
  if (!token) return false;
  const first = token.text[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isAllCaps(token: Token): boolean {
  return token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}

/** Index after an attached hyphen ("mid-November", "third-quarter"), or i itself. */
function skipHyphen(ctx: Context, i: number): number {
  const token = ctx.tokens[i];
  return token && (token.text === '-' || token.text === '–') && !token.space ? i + 1 : i;
}

function hasHyphenAt(ctx: Context, i: number): boolean {
  return skipHyphen(ctx, i) !== i;
}

/** Matches literal lower-case words from i; returns the index after them or -1. */
function words(ctx: Context, i: number, ...list: string[]): number {
  for (let k = 0; k < list.length; k++) if (low(ctx, i + k) !== list[k]) return -1;
  return i + list.length;
}

function isSentenceEnd(ctx: Context, i: number): boolean {
  const token = ctx.tokens[i];
  if (token.kind !== 'punct') return false;
  if (token.text === '!' || token.text === '?' || token.text === ';') return true;
  if (token.text !== '.') return false;
  return !ABBREVIATIONS.has(low(ctx, i - 1));
}

/** True when token i starts a sentence or a block (its capital says nothing about names). */
function startsSentence(ctx: Context, i: number): boolean {
  if (i === 0 || ctx.tokens[i].newline) return true;
  const previous = ctx.tokens[i - 1];
  return isSentenceEnd(ctx, i - 1) || previous.text === '"' || previous.text === '“' || previous.text === '(' || previous.text === '`' || previous.text === "'" || previous.text === ':';
}

/** A weekday or bare month inside a name: "Theresa May", "Bloody Sunday", "Sunday Times", "Good Friday Agreement". */
function looksLikeName(ctx: Context, start: number, end: number, afterOnly = false): boolean {
  const before = ctx.tokens[start - 1];
  if (!afterOnly && before && before.kind === 'word' && isCapitalised(before) && !startsSentence(ctx, start - 1) &&
    !DATE_CONTEXT_WORDS.has(before.lower) && !WEEKDAYS.has(before.lower) && !MONTHS.has(before.lower) &&
    !isAllCaps(ctx.tokens[start])) {
    return true;
  }
  const after = ctx.tokens[end];
  if (after && after.kind === 'word' && isCapitalised(after) && !after.newline && !NAME_AFTER_OK.has(after.lower) &&
    !MONTHS.has(after.lower) && !WEEKDAYS.has(after.lower) && !isAllCaps(after)) {
    return true;
  }
  return false;
}

/** Words that make the clause future when "to" follows: "expected to", "set to", "forecast to", "likely to". */
const FUTURE_BEFORE_TO = new Set(['expected', 'set', 'forecast', 'slated', 'poised', 'likely', 'unlikely', 'hoping', 'hopes', 'intends', 'aims', 'promised', 'vowed', 'pledged', 'plan', 'plans', 'planned', 'planning']);

/** Words that set a deadline with "until": the date after them is ahead of the clause ("postponed until Monday"). */
const DEADLINE_WORDS = new Set([
  'postpone', 'postpones', 'postponed', 'delay', 'delays', 'delayed', 'defer', 'defers', 'deferred', 'adjourn', 'adjourns',
  'adjourned', 'recessed', 'extend', 'extends', 'extended', 'give', 'gives', 'gave', 'given', 'deadline',
]);

/**
 * Verbs in the present that announce a timetabled event ("the president arrives in Tokyo on Saturday", "the court
 * reconvenes Monday"): English uses the simple present for a scheduled future. Third-person forms only, the plain ones
 * are nouns too often ("the vote", "the start").
 */
const SCHEDULED_PRESENT = new Set([
  'arrives', 'leaves', 'departs', 'begins', 'starts', 'opens', 'closes', 'ends', 'meets', 'resumes', 'convenes',
  'reconvenes', 'expires', 'travels',
]);

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re", 'being']);

/** Verbs of expectation in the present: what they govern lies ahead ("expects Q4 revenue to rise", "forecasts … through June"). */
const EXPECTATION_VERBS = new Set(['expects', 'expect', 'expecting', 'forecasts', 'forecasting', 'predicts', 'predicting', 'projects', 'anticipates', 'anticipating']);

/** Modals that put the verb after them in a possible future: "could push prices higher", "might climb". */
const FUTURE_MODALS = new Set(['could', 'would', 'may', 'might', 'should']);

/**
 * The tense a lower-case modal gives the verb after it: "could push" is ahead, "could have risen" is behind; anything
 * else (the month "May", "could you", a participle) gives none.
 */
function modalTense(ctx: Context, i: number): Tense {
  const token = ctx.tokens[i];
  if (!token || !FUTURE_MODALS.has(token.text)) return null;
  let j = i + 1;
  if (low(ctx, j) === 'not' || low(ctx, j) === "n't" || low(ctx, j) === 'also' || low(ctx, j) === 'still') j++;
  const next = ctx.tokens[j];
  if (!next || next.kind !== 'word' || isCapitalised(next) || next.lower.endsWith('ed')) return null;
  return next.lower === 'have' || next.lower === "'ve" ? 'past' : 'future';
}

/**
 * Past or future from the nearest tense cue in the same sentence. A cue on the left wins over any on the right: the
 * verb that governs a date usually comes before it ("Qantas will double its flights by August in the search for
 * markets untouched by…"), and words after it are more often participles of another clause. For a bare month or
 * quarter (`period`), modals before a verb ("could push prices higher") and verbs of expectation ("expects Q4 revenue
 * to rise") count as future too; a weekday or a day is left to the plainer cues, as reported speech ("would look for
 * ways around Wednesday's ruling") is too often about days already past.
 */
function tenseAt(ctx: Context, start: number, end: number, period = false): Tense {
  const cue = (i: number): Tense => {
    const word = low(ctx, i);
    // "next to the embassy" is a place, not a time.
    if (word === 'next' && low(ctx, i + 1) === 'to') return null;
    // "expected to last until Friday", "could last": the verb, not "last week".
    if (word === 'last' && MODALS.has(low(ctx, i - 1))) return null;
    // "due to the storm" gives a cause; "is due to arrive", "due Friday" give a schedule.
    if (word === 'due' && low(ctx, i + 1) === 'to' && !BE_FORMS.has(low(ctx, i - 1))) return null;
    if (period) {
      const modal = modalTense(ctx, i);
      if (modal) return modal;
    }
    if (FUTURE_CUES.has(word) || SCHEDULED_PRESENT.has(word) || (period && EXPECTATION_VERBS.has(word)) || (FUTURE_BEFORE_TO.has(word) && low(ctx, i + 1) === 'to') || (word === 'set' && low(ctx, i + 1) === 'for') || (word === 'to' && low(ctx, i + 1) === 'be') ||
      ((word === 'is' || word === 'are') && low(ctx, i + 1) === 'to')) {
      // "had been due to expire Friday", "had been scheduled for Monday": the plan is in the past.
      return low(ctx, i - 1) === 'been' && low(ctx, i - 2) === 'had' ? 'past' : 'future';
    }
    if (PAST_CUES.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word))) {
      // A passive after "be"/"being" takes its tense from what comes before ("will be held", "is being held").
      const before = low(ctx, i - 1).endsWith('ly') ? low(ctx, i - 2) : low(ctx, i - 1);
      return before === 'be' || before === 'being' ? null : 'past';
    }
    return null;
  };
  // "as soon as Tuesday", "as early as next month": the earliest time something may still happen.
  if (low(ctx, start - 3) === 'as' && (low(ctx, start - 2) === 'soon' || low(ctx, start - 2) === 'early') && low(ctx, start - 1) === 'as') return 'future';
  // "effective Feb. 1": the day a change announced now takes effect.
  if (low(ctx, start - 1) === 'effective') return 'future';
  // "postponed until Tuesday", "gave them until Friday", "extended its deadline until 5 p.m. Monday": a deadline set
  // by the verb lies ahead of it, whatever the verb's tense.
  if (low(ctx, start - 1) === 'until' || low(ctx, start - 1) === 'till') {
    for (let i = start - 2, d = 1; i >= 0 && d <= 6; i--, d++) {
      if (isSentenceEnd(ctx, i) || low(ctx, i) === ',') break;
      if (DEADLINE_WORDS.has(low(ctx, i))) return 'future';
    }
  }
  for (let i = start - 1, d = 1; i >= 0 && d <= TENSE_WINDOW; i--, d++) {
    if (isSentenceEnd(ctx, i) || ctx.tokens[i + 1].newline) break;
    const tense = cue(i);
    if (tense) return tense;
  }
  for (let i = end, d = 1; i < ctx.tokens.length && d <= TENSE_WINDOW; i++, d++) {
    if (isSentenceEnd(ctx, i) || ctx.tokens[i].newline) break;
    const tense = cue(i);
    if (tense) return tense;
  }
  return null;
}

// ---------------------------------------------------------------- numbers

/** A cardinal from a digit token or number words ("two", "twenty-four", "a"); returns value and end. */
function readCount(ctx: Context, i: number): { n: number | null; end: number } | null {
  const token = ctx.tokens[i];
  if (!token) return null;
  if (token.kind === 'num' && /^\d{1,4}$/.test(token.text)) {
    // "5 1/2 hours"
    const next = ctx.tokens[i + 1];
    if (next && next.text === '1/2') return { n: Number(token.text) + 0.5, end: i + 2 };
    return { n: Number(token.text), end: i + 1 };
  }
  if (VAGUE_QUANTITIES.has(token.lower)) return { n: null, end: i + 1 };
  if (token.lower === 'a' && low(ctx, i + 1) === 'few') return { n: null, end: i + 2 };
  if (token.lower === 'a' && low(ctx, i + 1) === 'couple' && low(ctx, i + 2) === 'of') return { n: 2, end: i + 3 };
  if (token.lower === 'couple' && low(ctx, i + 1) === 'of') return { n: 2, end: i + 2 };
  const base = NUMBER_WORDS.get(token.lower);
  if (base === undefined || token.lower === 'couple' || token.lower === 'dozen') return null;
  // "twenty-four", "twenty four"
  if (base >= 20 && base < 100) {
    const j = skipHyphen(ctx, i + 1);
    const unit = NUMBER_WORDS.get(low(ctx, j));
    if (unit !== undefined && unit < 10 && low(ctx, j) !== 'a' && low(ctx, j) !== 'an') return { n: base + unit, end: j + 1 };
  }
  if ((token.lower === 'a' || token.lower === 'an' || token.lower === 'one') && low(ctx, i + 1) === 'hundred') return { n: 100, end: i + 2 };
  // "two and a half (years)"; not "a year and a half", where the unit comes first.
  if (token.lower !== 'a' && token.lower !== 'an' && words(ctx, i + 1, 'and', 'a', 'half') > 0 && UNITS.has(low(ctx, i + 4))) return { n: base + 0.5, end: i + 4 };
  return { n: base, end: i + 1 };
}

function readYearNumber(token: Token | undefined): number | null {
  if (!token || token.kind !== 'num' || !/^\d{4}$/.test(token.text)) return null;
  const y = Number(token.text);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** Day of month: "22", "22nd"; a range "15-16" gives its first day (the span covers the range). */
function readDayNumber(token: Token | undefined): number | null {
  if (!token || token.kind !== 'num') return null;
  const match = /^(\d{1,2})(?:st|nd|rd|th|[-–]\d{1,2})?$/i.exec(token.text);
  if (!match) return null;
  const d = Number(match[1]);
  return d >= 1 && d <= 31 ? d : null;
}

// ---------------------------------------------------------------- resolution

function quarterOf(days: number): { y: number; q: number } {
  const { y, m } = fromDays(days);
  return { y, q: Math.floor((m - 1) / 3) + 1 };
}

/** How far (days) a date may sit on the "wrong" side of the article date before the tense moves it a year. */
const TENSE_SLACK_DAYS = 14;
/** The tense may move a date at most this far from the article date. */
const TENSE_REACH_DAYS = 300;

/**
 * The year for a month (and day) written without one: the occurrence nearest the article date, unless the tense
 * says the other side and the occurrence there is still within reach ("in December" in a March article is last
 * December when past, next December when future; "Nov. 21" said on Nov. 2 stays this year).
 */
function chooseYear(ctx: Context, m: number, d: number | null, tense: Tense): number | null {
  if (ctx.dct === null) return null;
  const dct = ctx.dct;
  const { y } = fromDays(dct);
  // A whole month is compared by its middle; the article's own month counts as "now".
  const key = (year: number): number => toDays(year, m, d ?? 15);
  const nowMonth = d === null && m === fromDays(dct).m;
  if (nowMonth) return y;
  let best = y;
  for (const year of [y - 1, y + 1]) if (Math.abs(key(year) - dct) < Math.abs(key(best) - dct)) best = year;
  const offset = key(best) - dct;
  const slack = d === null ? 16 + TENSE_SLACK_DAYS : TENSE_SLACK_DAYS;
  if (tense === 'past' && offset > slack && dct - key(best - 1) <= TENSE_REACH_DAYS) return best - 1;
  // A whole month before the article's, in a future clause, is next year's, however close ("will unveil … in May" in
  // June). The past side keeps its slack: a month just ahead in a past clause is usually a plan being reported
  // ("told oil companies of a cutback in September" in August).
  if (tense === 'future' && d === null && offset < 0) return best + 1;
  if (tense === 'future' && offset < -slack && key(best + 1) - dct <= TENSE_REACH_DAYS) return best + 1;
  return best;
}

/** A month mention: the anchor for "the following month" until a day is mentioned. */
function monthValue(ctx: Context, y: number, m: number): string {
  ctx.lastYear = y;
  ctx.lastMonth = y * 12 + m - 1;
  return formatMonth(y, m);
}

function dayValue(ctx: Context, y: number | null, m: number, d: number): string {
  if (y === null) return `XXXX-${pad2(m)}-${pad2(d)}`;
  const days = toDays(y, m, d);
  ctx.lastDay = days;
  ctx.lastMonth = null;
  ctx.lastYear = y;
  return formatDay(days);
}

function weekdayValue(ctx: Context, weekday: number, shift: 'past' | 'future' | 'last' | 'next'): string {
  if (ctx.dct === null) return `XXXX-WXX-${weekday}`;
  const today = isoWeekday(ctx.dct);
  let days: number;
  if (shift === 'past') days = ctx.dct - ((today - weekday + 7) % 7);
  else if (shift === 'future') days = ctx.dct + ((weekday - today + 7) % 7);
  else if (shift === 'last') days = ctx.dct - (((today - weekday + 7) % 7) || 7);
  else days = ctx.dct + (((weekday - today + 7) % 7) || 7);
  ctx.lastDay = days;
  ctx.lastMonth = null;
  ctx.lastYear = fromDays(days).y;
  return formatDay(days);
}

function relativeDay(ctx: Context, offset: number): string {
  if (ctx.dct === null) return 'XXXX-XX-XX';
  ctx.lastDay = ctx.dct + offset;
  ctx.lastMonth = null;
  ctx.lastYear = fromDays(ctx.lastDay).y;
  return formatDay(ctx.dct + offset);
}

function quarterValue(ctx: Context, y: number | null, q: number): string {
  if (y === null) return `XXXX-Q${q}`;
  // Only a quarter already reported on can be "the quarter" of later sentences; forecasts are not.
  if (ctx.dct === null || y * 4 + q < quarterOf(ctx.dct).y * 4 + quarterOf(ctx.dct).q) ctx.lastQuarter = { y, q };
  ctx.lastYear = y;
  return `${pad4(y)}-Q${q}`;
}

function yearValue(ctx: Context, y: number): string {
  ctx.lastYear = y;
  return pad4(y);
}

function dctYear(ctx: Context): number | null {
  return ctx.dct === null ? null : fromDays(ctx.dct).y;
}

/** The season containing a day (winter counted with the year of its December). */
function seasonOf(days: number): { y: number; index: number } {
  const { y, m } = fromDays(days);
  if (m <= 2) return { y: y - 1, index: 3 };
  return { y, index: Math.floor((m - 3) / 3) };
}
const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

// ---------------------------------------------------------------- parsers: each returns the longest match at i

type Parser = (ctx: Context, i: number) => Match | null;

/** "last May", "next January", "this September": the nearest such month strictly before / after the article's. */
const relativeMonth: Parser = (ctx, i) => {
  const shift = low(ctx, i);
  if (shift !== 'last' && shift !== 'next' && shift !== 'this') return null;
  const token = ctx.tokens[i + 1];
  if (!token || !isCapitalised(token) || !FULL_MONTHS.has(token.lower)) return null;
  const m = MONTHS.get(token.lower);
  if (m === undefined) return null;
  // "last May 5" is a day: leave it to monthFirst after the shift word.
  if (readDayNumber(ctx.tokens[i + 2]) !== null) return null;
  if (ctx.dct === null) return { end: i + 2, value: `XXXX-${pad2(m)}`, kind: 'date' };
  const { y, m: now } = fromDays(ctx.dct);
  let year = y;
  if (shift === 'last') year = m < now ? y : y - 1;
  else if (shift === 'next') year = m > now ? y : y + 1;
  ctx.lastYear = year;
  return { end: i + 2, value: monthValue(ctx, year, m), kind: 'date' };
};

const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['ten', 10], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const CENTURY_WORDS: ReadonlyMap<string, number> = new Map([['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19]]);

/** Years read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand", "the year two thousand". */
function readSpelledYear(ctx: Context, i: number): { y: number; end: number } | null {
  const century = CENTURY_WORDS.get(low(ctx, i));
  if (century !== undefined) {
    if (low(ctx, i + 1) === 'hundred') return { y: century * 100, end: i + 2 };
    const tens = TENS_WORDS.get(low(ctx, i + 1));
    if (tens === undefined || tens === 10) return null;
    const j = skipHyphen(ctx, i + 2);
    const unit = NUMBER_WORDS.get(low(ctx, j));
    if (unit !== undefined && unit < 10 && low(ctx, j) !== 'a' && low(ctx, j) !== 'an') return { y: century * 100 + tens + unit, end: j + 1 };
    return { y: century * 100 + tens, end: i + 2 };
  }
  if (low(ctx, i) === 'two' && low(ctx, i + 1) === 'thousand') {
    let j = i + 2;
    if (low(ctx, j) === 'and') j++;
    const unit = NUMBER_WORDS.get(low(ctx, j));
    if (unit !== undefined && unit < 20 && low(ctx, j) !== 'a' && low(ctx, j) !== 'an') return { y: 2000 + unit, end: j + 1 };
    return { y: 2000, end: i + 2 };
  }
  return null;
}

/** "March 22", "March 22, 2021", "Mar. 22", "November 2020", "November last year", "Friday, Oct. 23", bare "in December". */
const monthFirst: Parser = (ctx, i) => {
  let j = i;
  let weekdayPrefix = false;
  if (WEEKDAYS.has(ctx.tokens[j]?.lower ?? '') && isCapitalised(ctx.tokens[j])) {
    j++;
    if (low(ctx, j) === ',') j++;
    weekdayPrefix = true;
  }
  const token = ctx.tokens[j];
  if (!token || token.kind !== 'word' || !isCapitalised(token)) return null;
  const m = MONTHS.get(token.lower);
  if (m === undefined) return null;
  const full = FULL_MONTHS.has(token.lower);
  const monthStart = j;
  j++;
  const dotted = !full && low(ctx, j) === '.' && !ctx.tokens[j].space;
  if (dotted) j++;
  const day = readDayNumber(ctx.tokens[j]);
  if (day !== null && !hasHyphenAt(ctx, j + 1)) {
    let end = j + 1;
    let y: number | null = null;
    const k = low(ctx, end) === ',' ? end + 1 : end;
    const year = readYearNumber(ctx.tokens[k]);
    if (year !== null) {
      y = year;
      end = k + 1;
    } else {
      y = chooseYear(ctx, m, day, tenseAt(ctx, i, end));
    }
    if (y !== null && !isValidDate(y, m, day)) return null;
    return { end, value: dayValue(ctx, y, m, day), kind: 'date' };
  }
  if (weekdayPrefix) return null;
  if (!full && !dotted) return null;
  // "the 22nd of March" is handled by dayFirst; here: month with a year or alone.
  const k = low(ctx, j) === ',' ? j + 1 : low(ctx, j) === 'of' ? j + 1 : j;
  const year = readYearNumber(ctx.tokens[k]);
  if (year !== null) {
    ctx.lastYear = year;
    return { end: k + 1, value: monthValue(ctx, year, m), kind: 'date' };
  }
  const spelled = readSpelledYear(ctx, k);
  if (spelled) {
    ctx.lastYear = spelled.y;
    return { end: spelled.end, value: monthValue(ctx, spelled.y, m), kind: 'date' };
  }
  // "November last year", "January this year"
  const shift = RELATIVE_SHIFT.get(low(ctx, j));
  if (shift !== undefined && low(ctx, j + 1) === 'year') {
    if (ctx.dct === null) return { end: j + 2, value: `XXXX-${pad2(m)}`, kind: 'date' };
    const y = fromDays(ctx.dct).y + shift;
    return { end: j + 2, value: monthValue(ctx, y, m), kind: 'date' };
  }
  // A bare month: not inside a name, and an ambiguous word ("May", "March") needs a date preposition before it.
  if (looksLikeName(ctx, monthStart, j)) return null;
  const before = low(ctx, i - 1) === '-' ? low(ctx, i - 2) : low(ctx, i - 1);
  // "the October slaying", "a June agreement" are dates; "the March on Washington", "a march to the sea" are not.
  if (before === 'the' || before === 'a' || before === 'an') {
    const after = ctx.tokens[j];
    if (!after || after.kind !== 'word' || isCapitalised(after) || NOT_AFTER_ARTICLE_MONTH.has(after.lower)) return null;
  } else if (AMBIGUOUS_MONTHS.has(token.lower) && !MONTH_PREPOSITIONS.has(before)) return null;
  if (!full && !MONTH_PREPOSITIONS.has(before)) return null;
  const y = chooseYear(ctx, m, null, tenseAt(ctx, i, j, true));
  if (y === null) return { end: j, value: `XXXX-${pad2(m)}`, kind: 'date' };
  ctx.lastYear = y;
  return { end: j, value: monthValue(ctx, y, m), kind: 'date' };
};

/** "22 March 2021", "the 22nd of March". */
const dayFirst: Parser = (ctx, i) => {
  let j = i;
  if (low(ctx, j) === 'the') j++;
  const day = readDayNumber(ctx.tokens[j]);
  if (day === null) return null;
  j++;
  if (low(ctx, j) === 'of') j++;
  const token = ctx.tokens[j];
  if (!token || !isCapitalised(token)) return null;
  const m = MONTHS.get(token.lower);
  if (m === undefined) return null;
  j++;
  // "22 Mar. 2021" keeps the abbreviation's dot; "on 5-6 April." ends the sentence.
  if (low(ctx, j) === '.' && !ctx.tokens[j].space && !FULL_MONTHS.has(token.lower)) j++;
  let y: number | null;
  const year = readYearNumber(ctx.tokens[low(ctx, j) === ',' ? j + 1 : j]);
  if (year !== null) {
    y = year;
    j = low(ctx, j) === ',' ? j + 2 : j + 1;
  } else {
    y = chooseYear(ctx, m, day, tenseAt(ctx, i, j));
  }
  if (y !== null && !isValidDate(y, m, day)) return null;
  return { end: j, value: dayValue(ctx, y, m, day), kind: 'date' };
};

/** "on the 22nd": a day of the article's month (or the next or last one, by tense), with nothing after but punctuation. */
const bareOrdinalDay: Parser = (ctx, i) => {
  if (low(ctx, i) !== 'the' || low(ctx, i - 1) !== 'on') return null;
  const token = ctx.tokens[i + 1];
  if (!token || token.kind !== 'num' || !/^\d{1,2}(st|nd|rd|th)$/i.test(token.text)) return null;
  const d = Number(/^\d+/.exec(token.text)![0]);
  const after = ctx.tokens[i + 2];
  // "on the 22nd floor" is not a date: only punctuation or the end may follow.
  if (after && after.kind !== 'punct') return null;
  if (ctx.dct === null) return { end: i + 2, value: `XXXX-XX-${pad2(d)}`, kind: 'date' };
  const now = fromDays(ctx.dct);
  const tense = tenseAt(ctx, i, i + 2);
  let target = { y: now.y, m: now.m };
  if (tense === 'past' && d > now.d) target = addMonths(now.y, now.m, -1);
  if (tense === 'future' && d < now.d) target = addMonths(now.y, now.m, 1);
  if (!isValidDate(target.y, target.m, d)) return null;
  return { end: i + 2, value: dayValue(ctx, target.y, target.m, d), kind: 'date' };
};

/** "2021-03-22", "3/22/2021" (month first unless the first number cannot be a month), "22.03.2021". */
const numericDate: Parser = (ctx, i) => {
  const token = ctx.tokens[i];
  if (token.kind !== 'num') return null;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(token.text);
  let y: number, m: number, d: number;
  if (match) {
    y = Number(match[1]); m = Number(match[2]); d = Number(match[3]);
  } else {
    match = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(token.text);
    if (!match) return null;
    const a = Number(match[1]);
    const b = Number(match[3]);
    y = match[4].length === 2 ? (Number(match[4]) < 50 ? 2000 : 1900) + Number(match[4]) : Number(match[4]);
    // Slashes are US style (month first) unless that is impossible; dots are European (day first).
    if (match[2] === '.' || a > 12) { d = a; m = b; } else { m = a; d = b; }
  }
  if (!isValidDate(y, m, d)) return null;
  return { end: i + 1, value: dayValue(ctx, y, m, d), kind: 'date' };
};

/** "Thursday", "last Friday", "next Friday", "Wednesday night", "Friday's". */
const weekday: Parser = (ctx, i) => {
  let j = i;
  let shift: 'last' | 'next' | 'this' | 'previous' | null = null;
  const first = low(ctx, j);
  if (first === 'last' || first === 'next') { shift = first; j++; }
  else if (first === 'this' && low(ctx, j + 1) === 'coming') { shift = 'next'; j += 2; }
  else if (first === 'this' || first === 'coming') { shift = 'this'; j++; }
  else if (first === 'the' && (low(ctx, j + 1) === 'previous' || low(ctx, j + 1) === 'following')) {
    shift = low(ctx, j + 1) === 'previous' ? 'last' : 'next';
    j += 2;
  }
  const token = ctx.tokens[j];
  if (!token || token.kind !== 'word') return null;
  const possessive = low(ctx, j + 1) === "'s";
  const wd = WEEKDAYS.get(token.lower);
  if (wd === undefined || !isCapitalised(token)) return null;
  if (shift === null && (NAMED_DAYS.has(low(ctx, j - 1)) || looksLikeName(ctx, j, j + 1, true))) return null;
  // "Mondays" would be a set; the plural is not in WEEKDAYS, so it never gets here.
  let end = j + 1;
  let part = '';
  const partWord = possessive ? '' : low(ctx, end);
  if (DAY_PARTS.has(partWord) && partWord !== 'overnight') {
    part = `T${DAY_PARTS.get(partWord)}`;
    end++;
  }
  // "the previous Friday", "the following Monday": counted from the day the story is at, when it has named one.
  if (first === 'the' && ctx.lastDay !== null) {
    const from = ctx.lastDay;
    const fromWd = isoWeekday(from);
    const days = shift === 'last' ? from - (((fromWd - wd + 7) % 7) || 7) : from + (((wd - fromWd + 7) % 7) || 7);
    ctx.lastDay = days;
    ctx.lastMonth = null;
    ctx.lastYear = fromDays(days).y;
    return { end, value: formatDay(days) + part, kind: 'date' };
  }
  const tense = tenseAt(ctx, i, end);
  const mode = shift === 'last' ? 'last' : shift === 'next' ? 'next'
    : shift === 'this' ? (tense === 'past' ? 'past' : 'future')
      : tense === 'future' ? 'future' : 'past';
  const value = weekdayValue(ctx, wd, mode);
  return { end, value: value + part, kind: 'date' };
};

/** today, yesterday, tomorrow, tonight, now, this morning, last night, yesterday afternoon. */
const deictic: Parser = (ctx, i) => {
  const word = low(ctx, i);
  const dayOffset = word === 'today' ? 0 : word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : word === 'tonight' ? 0 : null;
  if (dayOffset !== null) {
    // "USA Today", "Good Morning America Today": a capitalised day word after a capitalised word is a name.
    if (isCapitalised(ctx.tokens[i]) && !startsSentence(ctx, i) && !isAllCaps(ctx.tokens[i]) && isCapitalised(ctx.tokens[i - 1])) return null;
    const part = DAY_PARTS.get(low(ctx, i + 1));
    if (part && word !== 'tonight' && low(ctx, i + 1) !== 'overnight') {
      return { end: i + 2, value: relativeDay(ctx, dayOffset) + `T${part}`, kind: 'time' };
    }
    return { end: i + 1, value: relativeDay(ctx, dayOffset), kind: 'date' };
  }
  if ((word === 'this' || word === 'last') && DAY_PARTS.has(low(ctx, i + 1)) && low(ctx, i + 1) !== 'overnight') {
    const part = DAY_PARTS.get(low(ctx, i + 1))!;
    // "last night" is the night before; "this morning" is the article's day.
    const offset = word === 'last' && part === 'NI' ? -1 : 0;
    if (word === 'last' && part !== 'NI') return null;
    return { end: i + 2, value: relativeDay(ctx, offset) + `T${part}`, kind: 'time' };
  }
  // "by mid-afternoon", "late evening": a part of the day the story is about. (A bare "in the morning" was tried:
  // AQUAINT's annotators gave it other values.)
  if ((word === 'early' || word === 'late' || word === 'mid') && !startsSentence(ctx, i)) {
    const k = skipHyphen(ctx, i + 1);
    const partWord = low(ctx, k);
    const part = partWord === 'night' || partWord === 'overnight' ? undefined : DAY_PARTS.get(partWord);
    // "the morning of March 12" is left to the date; "late afternoon trading", "early evening news" are not times.
    const next = ctx.tokens[k + 1];
    const nounAfter = next !== undefined && next.kind === 'word' && !isCapitalised(next) && !PART_OF_DAY_FOLLOWERS.has(next.lower);
    if (part && low(ctx, k + 1) !== 'of' && !nounAfter) {
      // "mid-afternoon yesterday"
      const dayWord = low(ctx, k + 1);
      const offset = dayWord === 'yesterday' ? -1 : dayWord === 'today' ? 0 : dayWord === 'tomorrow' ? 1 : null;
      if (offset !== null) return { end: k + 2, value: `${relativeDay(ctx, offset)}T${part}`, kind: 'time' };
      const anchor = ctx.lastDay ?? ctx.dct;
      return { end: k + 1, value: anchor === null ? `XXXX-XX-XXT${part}` : `${formatDay(anchor)}T${part}`, kind: 'time' };
    }
  }
  const reference = REFERENCE_WORDS.get(word);
  if (reference !== undefined) {
    // "now" as a discourse marker in quotes is still present reference in TimeML; "just now" too.
    if (word === 'soon' && (low(ctx, i + 1) === 'as' || low(ctx, i - 1) === 'as')) return null;
    if (word === 'now' && hasHyphenAt(ctx, i + 1)) return null; // "now-defunct"
    return { end: i + 1, value: reference, kind: 'date' };
  }
  if (word === 'the' && (low(ctx, i + 1) === 'past' || low(ctx, i + 1) === 'future') && !UNITS.has(low(ctx, i + 2)) && readCount(ctx, i + 2) === null) {
    return { end: i + 2, value: low(ctx, i + 1) === 'past' ? 'PAST_REF' : 'FUTURE_REF', kind: 'date' };
  }
  if (word === 'the' && low(ctx, i + 1) === 'near' && (low(ctx, i + 2) === 'future' || low(ctx, i + 2) === 'term')) {
    return { end: i + 3, value: 'FUTURE_REF', kind: 'date' };
  }
  if (word === 'the' && (low(ctx, i + 1) === 'short' || low(ctx, i + 1) === 'long') && low(ctx, i + 2) === 'term') {
    return { end: i + 3, value: 'FUTURE_REF', kind: 'date' };
  }
  // Adjectives: "current market conditions", "a recent filing", "future losses" (a unit after them is a longer match).
  // "recent" alone is left out: annotators marked it in under half of its uses.
  if (word === 'current' || word === 'future') {
    const next = low(ctx, i + 1);
    if (UNITS.has(next) || next === 'fiscal' || hasHyphenAt(ctx, i + 1) || low(ctx, i - 1) === 'then') return null;
    return { end: i + 1, value: word === 'current' ? 'PRESENT_REF' : 'FUTURE_REF', kind: 'date' };
  }
  if (word === 'these' && low(ctx, i + 1) === 'days') return { end: i + 2, value: 'PRESENT_REF', kind: 'date' };
  if (word === 'right' && low(ctx, i + 1) === 'now') return { end: i + 2, value: 'PRESENT_REF', kind: 'date' };
  if (word === 'at' && low(ctx, i + 1) === 'present') return { end: i + 2, value: 'PRESENT_REF', kind: 'date' };
  return null;
};

/** Words that may follow "late afternoon" without making it an adjective ("late afternoon trading"). */
const PART_OF_DAY_FOLLOWERS = new Set(['and', 'or', 'as', 'when', 'after', 'before', 'to', 'that', 'the', 'a', 'in', 'on', 'at', 'with', 'for', 'from', 'local', 'yesterday', 'today']);

/** last/this/next week, month, year, quarter, weekend, season; "the past year"; "earlier this month" via modifiers. */
const relativeUnit: Parser = (ctx, i) => {
  let j = i;
  if (low(ctx, j) === 'the') j++;
  // "this past weekend" is the past weekend.
  else if (low(ctx, j) === 'this' && low(ctx, j + 1) === 'past') j++;
  const shiftWord = low(ctx, j);
  const shift = RELATIVE_SHIFT.get(shiftWord);
  if (shift === undefined) return null;
  // "the" goes with past/previous/following/current/coming ("the past year"), not with "this"/"last" alone.
  if (j > i && (shiftWord === 'this')) return null;
  j++;
  let fiscal = false;
  if (low(ctx, j) === 'fiscal') { fiscal = true; j++; }
  const unitWord = low(ctx, j);
  const end = j + 1;
  // "This Week" (a television programme), "Next Year" in a title: a capitalised unit inside running text is a name.
  const unitToken = ctx.tokens[j];
  if (unitToken && isCapitalised(unitToken) && !isAllCaps(unitToken)) return null;
  if (ctx.dct === null) {
    const placeholder: Record<string, string> = { week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX', quarter: 'XXXX-QX', weekend: 'XXXX-WXX-WE' };
    if (placeholder[unitWord]) return { end, value: placeholder[unitWord], kind: 'date' };
    if (SEASONS.has(unitWord)) return { end, value: `XXXX-${SEASONS.get(unitWord)}`, kind: 'date' };
    return null;
  }
  const dct = ctx.dct;
  const { y, m } = fromDays(dct);
  // "the following/previous week" are relative to the story's last date when there is one.
  const anchor = (shiftWord === 'following' || shiftWord === 'previous') && ctx.lastDay !== null ? ctx.lastDay : dct;
  if (shiftWord === 'following' && j - 1 === i) return null;
  switch (unitWord) {
    case 'week':
      return { end, value: formatWeek(anchor + 7 * shift), kind: 'date' };
    case 'weekend':
      return { end, value: weekendValue(anchor, shift === -1 ? 'last' : shift === 1 ? 'next' : 'this'), kind: 'date' };
    case 'month': {
      // "In March, … The following month": from the month named last.
      const named = (shiftWord === 'following' || shiftWord === 'previous') && ctx.lastMonth !== null;
      const from = named ? { y: Math.floor(ctx.lastMonth! / 12), m: (ctx.lastMonth! % 12) + 1 } : fromDays(anchor);
      const target = addMonths(from.y, from.m, shift);
      return { end, value: formatMonth(target.y, target.m), kind: 'date' };
    }
    case 'year':
      if (shiftWord === 'past' && j - 1 > i) return { end, value: yearValue(ctx, y - 1), kind: 'date' };
      return { end, value: yearValue(ctx, fromDays(anchor).y + shift), kind: 'date' };
    case 'quarter': {
      const current = quarterOf(anchor);
      const index = current.y * 4 + current.q - 1 + shift;
      return { end, value: quarterValue(ctx, Math.floor(index / 4), (index % 4) + 1), kind: 'date' };
    }
    case 'decade':
    case 'century': {
      // "the past decade", "over the last century": the span of ten (a hundred) years up to now; "in the last
      // decade", "the next century": the calendar decade (century) before or after the article's.
      const size = unitWord === 'decade' ? 10 : 100;
      if (shift !== 0 && (shiftWord === 'past' || SPAN_PREPOSITIONS.has(low(ctx, i - 1)))) return { end, value: unitWord === 'decade' ? 'P10Y' : 'P100Y', kind: 'duration' };
      return { end, value: String(Math.floor(y / size) + shift), kind: 'date' };
    }
    default: {
      const code = SEASONS.get(unitWord);
      if (!code || fiscal) return null;
      const target = SEASON_ORDER.indexOf(code);
      const now = seasonOf(dct);
      let year = now.y;
      if (shift === -1) year = target < now.index ? now.y : now.y - 1;
      else if (shift === 1) year = target > now.index ? now.y : now.y + 1;
      else year = target === 3 && m <= 2 ? y - 1 : y;
      return { end, value: `${pad4(year)}-${code}`, kind: 'date' };
    }
  }
};

/** Prepositions that make "the past decade" a stretch of time rather than a calendar decade. */
const SPAN_PREPOSITIONS = new Set(['over', 'for', 'during', 'throughout', 'within']);

/** The weekend (Saturday and Sunday, in the ISO week of its Saturday) before, around or after a day. */
function weekendValue(day: number, which: 'last' | 'this' | 'next'): string {
  const wd = isoWeekday(day);
  const saturday = day - wd + 6; // this ISO week's Saturday
  let target = saturday;
  if (which === 'last') target = wd >= 6 ? saturday - 7 : saturday - 7;
  else if (which === 'next') target = saturday + 7;
  return `${formatWeek(target)}-WE`;
}

/** "the weekend", "over the weekend": the last one unless the clause is future. */
const theWeekend: Parser = (ctx, i) => {
  const j = words(ctx, i, 'the', 'weekend');
  if (j < 0) return null;
  if (ctx.dct === null) return { end: j, value: 'XXXX-WXX-WE', kind: 'date' };
  const wd = isoWeekday(ctx.dct);
  const future = tenseAt(ctx, i, j) === 'future';
  const value = wd >= 6 ? weekendValue(ctx.dct, 'this') : weekendValue(ctx.dct, future ? 'this' : 'last');
  return { end: j, value, kind: 'date' };
};

/** "the year", "the full year", "the fiscal year", "the current year": the article's year in a report of results. */
const theYear: Parser = (ctx, i) => {
  let j = words(ctx, i, 'the');
  if (j < 0) return null;
  if (['full', 'current', 'entire', 'whole', 'calendar'].includes(low(ctx, j))) j++;
  if (low(ctx, j) === 'fiscal') j++;
  if (low(ctx, j) !== 'year') return null;
  // "the year before", "the year 2000", "the year's": something else.
  const next = ctx.tokens[j + 1];
  if (next && (next.kind === 'num' || next.lower === "'s" || next.lower === 'before' || next.lower === 'after' || hasHyphenAt(ctx, j + 1))) return null;
  // "the year ended March 31", "the fiscal year ending June 30": a twelve-month period named by its last day.
  if (next && (next.lower === 'ended' || next.lower === 'ending')) return { end: j + 1, value: 'P1Y', kind: 'duration' };
  const y = dctYear(ctx);
  return { end: j + 1, value: y === null ? 'XXXX' : yearValue(ctx, y), kind: 'date' };
};

/** "the month", "the week" after "the end of", "the beginning of", "the rest of": the article's month or week. */
const theMonthOrWeek: Parser = (ctx, i) => {
  if (low(ctx, i) !== 'the' || low(ctx, i - 1) !== 'of' || !['end', 'beginning', 'middle', 'start', 'rest'].includes(low(ctx, i - 2))) return null;
  const unit = low(ctx, i + 1);
  if (unit !== 'month' && unit !== 'week') return null;
  // "the end of the month of Ramadan", "the end of the week-long talks": something else.
  if (low(ctx, i + 2) === 'of' || hasHyphenAt(ctx, i + 2)) return null;
  if (ctx.dct === null) return { end: i + 2, value: unit === 'month' ? 'XXXX-XX' : 'XXXX-WXX', kind: 'date' };
  const { y, m } = fromDays(ctx.dct);
  return { end: i + 2, value: unit === 'month' ? formatMonth(y, m) : formatWeek(ctx.dct), kind: 'date' };
};

/** "earlier in the year", "later in the month", "year end", "year's end". */
const partOfPeriod: Parser = (ctx, i) => {
  const first = low(ctx, i);
  let j = -1;
  let unit = '';
  if (['earlier', 'later', 'early', 'late'].includes(first) && low(ctx, i + 1) === 'in' && low(ctx, i + 2) === 'the') {
    unit = low(ctx, i + 3);
    j = i + 4;
  } else if (first === 'year' && (low(ctx, i + 1) === 'end' || (low(ctx, i + 1) === "'s" && low(ctx, i + 2) === 'end'))) {
    unit = 'year';
    j = low(ctx, i + 1) === 'end' ? i + 2 : i + 3;
  } else {
    return null;
  }
  if (ctx.dct === null) return unit === 'year' ? { end: j, value: 'XXXX', kind: 'date' } : null;
  const { y, m } = fromDays(ctx.dct);
  if (unit === 'year') return { end: j, value: yearValue(ctx, y), kind: 'date' };
  if (unit === 'month') return { end: j, value: formatMonth(y, m), kind: 'date' };
  if (unit === 'week') return { end: j, value: formatWeek(ctx.dct), kind: 'date' };
  if (unit === 'day') return { end: j, value: formatDay(ctx.dct), kind: 'date' };
  return null;
};

/** Bare seasons with "in"/"this": "in the summer", "summer", "the winter of 1994". */
const season: Parser = (ctx, i) => {
  let j = i;
  if (low(ctx, j) === 'the') j++;
  const code = SEASONS.get(low(ctx, j));
  if (!code) return null;
  // "fall" is a verb and a noun; only take it with "the" or a year.
  j++;
  const k = low(ctx, j) === 'of' ? j + 1 : j;
  const explicit = readYearNumber(ctx.tokens[k]);
  if (explicit !== null) return { end: k + 1, value: `${pad4(explicit)}-${code}`, kind: 'date' };
  const spelled = low(ctx, j) === 'of' ? readSpelledYear(ctx, k) : null;
  if (spelled) return { end: spelled.end, value: `${pad4(spelled.y)}-${code}`, kind: 'date' };
  if (low(ctx, j - 1) === 'fall' || low(ctx, j - 1) === 'spring') {
    const before = low(ctx, i - 1);
    if (j - 1 === i || !(before === 'in' || before === 'during' || before === 'by' || before === 'until' || before === 'this' || before === 'since')) return null;
  }
  if (j - 1 === i && !['in', 'during', 'by', 'until', 'since', 'early', 'late', 'mid', 'this'].includes(low(ctx, i - 1))) return null;
  if (ctx.dct === null) return { end: j, value: `XXXX-${code}`, kind: 'date' };
  const now = seasonOf(ctx.dct);
  const target = SEASON_ORDER.indexOf(code);
  const tense = tenseAt(ctx, i, j);
  let year = now.y;
  if (tense === 'past' && target > now.index) year--;
  if (tense === 'future' && target < now.index) year++;
  return { end: j, value: `${pad4(year)}-${code}`, kind: 'date' };
};

/** "two years ago", "a year earlier", "10 days ago", "a week or so ago". */
const ago: Parser = (ctx, i) => {
  const count = readCount(ctx, i);
  if (!count) return null;
  const unitWord = low(ctx, count.end);
  const unit = UNITS.get(unitWord);
  if (!unit) return null;
  let j = count.end + 1;
  if (low(ctx, j) === 'or' && low(ctx, j + 1) === 'so') j += 2;
  const direction = low(ctx, j);
  if (direction !== 'ago' && direction !== 'earlier' && direction !== 'later' && direction !== 'before') return null;
  // "two years before the war" is relative to the war, not to the article: only "ago" and a bare "earlier/later".
  if (direction === 'before') return null;
  const end = j + 1;
  const sign = direction === 'later' ? 1 : -1;
  const n = count.n;
  if (ctx.dct === null || n === null || !Number.isInteger(n)) {
    return { end, value: n === null ? 'PAST_REF' : unit === 'year' ? 'XXXX' : 'XXXX-XX-XX', kind: 'date' };
  }
  // "a year earlier" in a quarterly report means the same quarter a year before.
  const anchorDay = direction === 'ago' ? ctx.dct : (ctx.lastDay ?? ctx.dct);
  if (unit === 'year' && direction !== 'later' && ctx.lastQuarter !== null && n === 1) {
    return { end, value: `${pad4(ctx.lastQuarter.y - 1)}-Q${ctx.lastQuarter.q}`, kind: 'date' };
  }
  const { m } = fromDays(anchorDay);
  // "elected in 2008 and re-elected four years later": years count from the last year mentioned.
  const y = direction !== 'ago' && (unit === 'year' || unit === 'decade') && ctx.lastYear !== null ? ctx.lastYear : fromDays(anchorDay).y;
  switch (unit) {
    case 'day': return { end, value: formatDay(anchorDay + sign * n), kind: 'date' };
    case 'week': return { end, value: formatWeek(anchorDay + sign * 7 * n), kind: 'date' };
    case 'month': {
      const t = addMonths(y, m, sign * n);
      return { end, value: formatMonth(t.y, t.m), kind: 'date' };
    }
    case 'quarter': {
      const q = quarterOf(anchorDay);
      const index = q.y * 4 + q.q - 1 + sign * n;
      return { end, value: `${pad4(Math.floor(index / 4))}-Q${(index % 4) + 1}`, kind: 'date' };
    }
    case 'year': return { end, value: pad4(y + sign * n), kind: 'date' };
    case 'decade': return { end, value: pad4(y + sign * 10 * n), kind: 'date' };
    default: return null;
  }
};

/** Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "the latest quarter", "the year-ago period". */
const quarter: Parser = (ctx, i) => {
  let j = i;
  let yearShift: number | null = null;
  let explicitYear: number | null = null;
  let yearAgo = false;
  const first = low(ctx, j);
  if (first === 'the' || first === 'its' || first === 'a' || first === 'their' || first === 'this' || first === 'that') j++;
  // "this year's", "next year's", "last year's"
  const shiftWord = low(ctx, j);
  if (RELATIVE_SHIFT.has(shiftWord) && low(ctx, j + 1) === 'year' && low(ctx, j + 2) === "'s") {
    yearShift = RELATIVE_SHIFT.get(shiftWord)!;
    j += 3;
  } else if (RELATIVE_SHIFT.has(first) && low(ctx, i + 1) === 'year' && low(ctx, i + 2) === "'s") {
    yearShift = RELATIVE_SHIFT.get(first)!;
    j = i + 3;
  }
  const year = readYearNumber(ctx.tokens[j]);
  if (year !== null && (j > i || low(ctx, j + 1) === "'s")) {
    explicitYear = year;
    j += low(ctx, j + 1) === "'s" ? 2 : 1;
  }
  // "the year-ago quarter", "the comparable year-earlier period"
  const comparable = low(ctx, j) === 'comparable' || low(ctx, j) === 'corresponding' || low(ctx, j) === 'same';
  if (comparable) j++;
  if (low(ctx, j) === 'year' && hasHyphenAt(ctx, j + 1) && (low(ctx, j + 2) === 'ago' || low(ctx, j + 2) === 'earlier')) {
    yearAgo = true;
    j += 3;
  }
  let latest = false;
  if (low(ctx, j) === 'latest' || low(ctx, j) === 'current' || low(ctx, j) === 'recent' || low(ctx, j) === 'same') { latest = true; j++; }
  if (low(ctx, j) === 'flat' || low(ctx, j) === 'strong' || low(ctx, j) === 'weak') j++;
  if (low(ctx, j) === 'fiscal') j = skipHyphen(ctx, j + 1);
  // "the last half of 1989" is the second half.
  const ordinal = low(ctx, j) === 'last' && low(ctx, j + 1) === 'half' ? 2 : ORDINALS.get(low(ctx, j));
  let q: number | null = null;
  let half = false;
  // "Q3", "Q3 2020", "H1 2021": the short forms of business news (the letter and the digit are two tokens).
  const short = low(ctx, j) === 'q' || low(ctx, j) === 'h' ? ctx.tokens[j + 1] : undefined;
  if (short && !short.space && /^[1-4]$/.test(short.text) && (low(ctx, j) === 'q' || short.text <= '2') && isCapitalised(ctx.tokens[j])) {
    q = Number(short.text);
    half = low(ctx, j) === 'h';
    j += 2;
  } else if (ordinal !== undefined && ordinal <= 4) {
    const k = skipHyphen(ctx, j + 1);
    if (low(ctx, k) === 'quarter') { q = ordinal; j = k + 1; }
    else if (low(ctx, k) === 'half' && ordinal <= 2) { q = ordinal; half = true; j = k + 1; }
    else return null;
  } else if (low(ctx, j) === 'quarter' || low(ctx, j) === 'period') {
    // "the quarter", "the latest period", "the year-ago quarter": needs "the/its/this/that" or a qualifier.
    if (j === i) {
      if (!yearAgo) return null;
    }
    if (low(ctx, j) === 'period' && !latest && !yearAgo && !comparable && explicitYear === null) return null;
    if (first === 'a' || first === 'their') return null;
    // "quarter-century", "quarter-to-quarter"
    if (hasHyphenAt(ctx, j + 1)) return null;
    j++;
  } else if (yearAgo) {
    // "year-earlier" alone, as an adjective: "year-earlier results".
  } else {
    return null;
  }
  // "of 1990", "1990" after the quarter
  let end = j;
  {
    const k = low(ctx, end) === 'of' ? end + 1 : end;
    const after = readYearNumber(ctx.tokens[k]);
    if (after !== null) { explicitYear = after; end = k + 1; }
    else if (RELATIVE_SHIFT.has(low(ctx, end)) && low(ctx, end + 1) === 'year' && ctx.dct !== null) {
      explicitYear = fromDays(ctx.dct).y + RELATIVE_SHIFT.get(low(ctx, end))!;
      end += 2;
    }
  }
  // "the latest quarter" is the last one completed; "the quarter" is the one the story is about.
  const completed = ctx.dct !== null ? lastCompletedQuarter(ctx.dct) : null;
  const base = latest && low(ctx, j - 2) !== 'same' ? completed : ctx.lastQuarter ?? completed;
  if (q === null) {
    // An unnamed quarter or period: the one the story is about.
    if (!base) return { end, value: 'XXXX-QX', kind: 'date' };
    let y = explicitYear ?? base.y;
    if (yearAgo) y = base.y - 1;
    if (explicitYear === null && yearShift !== null && ctx.dct !== null) y = fromDays(ctx.dct).y + yearShift;
    const value = `${pad4(y)}-Q${base.q}`;
    if (!yearAgo && explicitYear === null) ctx.lastQuarter = { y, q: base.q };
    return { end, value, kind: 'date' };
  }
  let y: number | null = explicitYear;
  if (y === null && ctx.dct !== null) {
    const now = quarterOf(ctx.dct);
    y = now.y + (yearShift ?? 0);
    if (yearShift === null && !half) {
      // A quarter after the current one in a past-tense sentence is last year's ("posted a fourth-quarter loss" in January).
      const tense = tenseAt(ctx, i, end, true);
      if (q > now.q && tense === 'past') y--;
      // An earlier quarter in a future-tense sentence is next year's ("expects growth in the first quarter" in August);
      // not the quarter just ended, whose results are still to come ("expects to report third-quarter net" in October).
      if (q < now.q - 1 && tense === 'future') y++;
    }
    if (yearAgo) y = (ctx.lastQuarter?.y ?? now.y) - 1;
  }
  if (half) return { end, value: y === null ? `XXXX-H${q}` : `${pad4(y)}-H${q}`, kind: 'date' };
  return { end, value: yearAgo && y !== null ? `${pad4(y)}-Q${q}` : quarterValue(ctx, y, q), kind: 'date' };
};

function lastCompletedQuarter(dct: number): { y: number; q: number } {
  const now = quarterOf(dct);
  const index = now.y * 4 + now.q - 2;
  return { y: Math.floor(index / 4), q: (index % 4) + 1 };
}

/** "year-earlier", "year-ago" as adjectives, and "a year earlier" are handled in quarter/ago; "year-end" here. */
const yearEnd: Parser = (ctx, i) => {
  if (low(ctx, i) !== 'year' || !hasHyphenAt(ctx, i + 1) || low(ctx, i + 2) !== 'end') return null;
  const y = dctYear(ctx);
  return { end: i + 3, value: y === null ? 'XXXX-12-31' : `${pad4(y)}-12-31`, kind: 'date' };
};

const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'through']);
const STREET_WORDS = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'lane', 'way', 'place', 'court', 'plaza', 'parkway', 'terrace']);

/** Years, fiscal years and decades: "2015", "fiscal 1989", "the 1990s", "the '80s", "the nineties", "the 20th century". */
const yearOrDecade: Parser = (ctx, i) => {
  let j = i;
  if (low(ctx, j) === 'the') j++;
  if (low(ctx, j) === 'year' && readSpelledYear(ctx, j + 1)) j++;
  if (low(ctx, j) === 'fiscal' || low(ctx, j) === 'fy') j++;
  const token = ctx.tokens[j];
  if (!token) return null;
  // "the 1800s", "the early 1900s" are centuries; "the 2000s" is the decade in today's usage.
  // Decades: "1990s", "'80s", "the nineties"
  const hundreds = /^(1\d)00'?s$/.exec(token.text);
  if (hundreds) return { end: j + 1, value: hundreds[1], kind: 'date' };
  const decade = /^(\d{3})0'?s$/.exec(token.text) ?? null;
  if (decade) return { end: j + 1, value: decade[1], kind: 'date' };
  const shortDecade = /^['’](\d)0s$/.exec(token.text);
  if (shortDecade) return { end: j + 1, value: `19${shortDecade[1]}`, kind: 'date' };
  const decadeWords: Record<string, string> = { twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9' };
  if (j > i && decadeWords[token.lower] && ctx.tokens[j - 1].lower === 'the') return { end: j + 1, value: `19${decadeWords[token.lower]}`, kind: 'date' };
  // "the year two thousand", "in nineteen ninety-six" (not "two thousand people").
  const spelled = readSpelledYear(ctx, j);
  if (spelled) {
    const yearWord = low(ctx, j - 1) === 'year' ? 1 : 0;
    const before = low(ctx, j - 1 - yearWord);
    const isCentury = CENTURY_WORDS.has(low(ctx, j)) && low(ctx, j + 1) !== 'hundred';
    if ((isCentury || yearWord || ['in', 'by', 'since', 'until', 'of', 'from', 'before', 'after', 'and'].includes(before)) &&
      !NOT_YEAR_AFTER.has(low(ctx, spelled.end))) {
      return { end: spelled.end, value: yearValue(ctx, spelled.y), kind: 'date' };
    }
    return null;
  }
  const century = /^(\d{1,2})(st|nd|rd|th)$/.exec(token.text);
  if (century && low(ctx, j + 1) === 'century') return { end: j + 2, value: pad2(Number(century[1]) - 1), kind: 'date' };
  const y = readYearNumber(token);
  if (y === null) return null;
  const before = ctx.tokens[i - 1];
  if (before && (before.text === '$' || before.text === '£' || before.text === '€' || before.text === '#' || NOT_YEAR_BEFORE.has(before.lower))) return null;
  const after = ctx.tokens[j + 1];
  if (after && (after.text === '%' || NOT_YEAR_AFTER.has(after.lower))) return null;
  // A house number: "1600 Pennsylvania Avenue", "1135 Sixth Ave."
  if (j === i && after && after.kind === 'word' && isCapitalised(after) && !YEAR_PREPOSITIONS.has(low(ctx, i - 1)) && (STREET_WORDS.has(low(ctx, j + 2)) || (isCapitalised(ctx.tokens[j + 2]) && STREET_WORDS.has(low(ctx, j + 3))))) return null;
  // A capitalised word before a bare number is usually a name or a model ("Windows 2000", "Room 2015") unless it is a month or a date word.
  if (j === i && before && before.kind === 'word' && isCapitalised(before) && !startsSentence(ctx, i - 1) &&
    !MONTHS.has(before.lower) && !DATE_CONTEXT_WORDS.has(before.lower) && !SEASONS.has(before.lower)) return null;
  // "1990-91" ranges come as one token and are not matched here; "2015-2016" likewise.
  return { end: j + 1, value: yearValue(ctx, y), kind: 'date' };
};

/** "that day", "the next day", "the following year", "that year", "the same day". */
const anaphoric: Parser = (ctx, i) => {
  const first = low(ctx, i);
  let j = i + 1;
  let offset: number;
  if (first === 'that' || first === 'the' && low(ctx, j) === 'same') {
    // "the same day", "that same day"
    if (low(ctx, j) === 'same') j++;
    offset = 0;
  } else if (first === 'the' && (low(ctx, j) === 'next' || low(ctx, j) === 'following' || low(ctx, j) === 'previous' || low(ctx, j) === 'preceding')) {
    offset = low(ctx, j) === 'previous' || low(ctx, j) === 'preceding' ? -1 : 1;
    j++;
  } else {
    return null;
  }
  const unitWord = low(ctx, j);
  if (unitWord === 'day') {
    const anchor = ctx.lastDay ?? ctx.dct;
    if (anchor === null) return { end: j + 1, value: 'XXXX-XX-XX', kind: 'date' };
    if (offset === 0 && ctx.lastDay === null) return null;
    return { end: j + 1, value: formatDay(anchor + offset), kind: 'date' };
  }
  if (unitWord === 'year') {
    const anchor = ctx.lastYear ?? dctYear(ctx);
    if (anchor === null) return { end: j + 1, value: 'XXXX', kind: 'date' };
    if (offset === 0 && ctx.lastYear === null) return null;
    return { end: j + 1, value: pad4(anchor + offset), kind: 'date' };
  }
  if (unitWord === 'month' && offset !== 0) {
    // The last month named ("In March, … The following month"), else the month of the last day, else the article's.
    const anchor = ctx.lastDay ?? ctx.dct;
    if (anchor === null) return null;
    const { y, m } = ctx.lastMonth !== null ? { y: Math.floor(ctx.lastMonth / 12), m: (ctx.lastMonth % 12) + 1 } : fromDays(anchor);
    const t = addMonths(y, m, offset);
    return { end: j + 1, value: formatMonth(t.y, t.m), kind: 'date' };
  }
  return null;
};

/** Durations: "three years", "the past two weeks", "two-day", "the first nine months", "several years", "recent months". */
const duration: Parser = (ctx, i) => {
  let j = i;
  if (low(ctx, j) === 'the' || low(ctx, j) === 'each' && low(ctx, j + 1) === 'of' && low(ctx, j + 2) === 'the') j += low(ctx, j) === 'the' ? 1 : 3;
  const qualifier = low(ctx, j);
  if (['past', 'last', 'next', 'first', 'coming', 'previous', 'following', 'latest', 'final', 'remaining', 'recent', 'additional', 'further', 'entire', 'full', 'early'].includes(qualifier)) j++;
  // "half a century", "half an hour"
  const halfOf = low(ctx, j) === 'half' && (low(ctx, j + 1) === 'a' || low(ctx, j + 1) === 'an') && UNITS.has(low(ctx, j + 2)) && !low(ctx, j + 2).endsWith('s');
  const count = halfOf ? { n: 0.5, end: j + 2 } : readCount(ctx, j);
  let n: number | null;
  let unitIndex: number;
  if (count) {
    n = count.n;
    unitIndex = count.end;
    // "two to three weeks", "12 to 18 months"
    if ((low(ctx, unitIndex) === 'to' || low(ctx, unitIndex) === 'or') && readCount(ctx, unitIndex + 1)) {
      unitIndex = readCount(ctx, unitIndex + 1)!.end;
    }
    if (low(ctx, unitIndex) === 'more' || low(ctx, unitIndex) === 'additional') unitIndex++;
    const hyphen = skipHyphen(ctx, unitIndex);
    if (hyphen !== unitIndex) unitIndex = hyphen;
    // "two trading days", "eight business days"
    if ((low(ctx, unitIndex) === 'trading' || low(ctx, unitIndex) === 'business' || low(ctx, unitIndex) === 'calendar') && UNITS.has(low(ctx, unitIndex + 1))) unitIndex++;
  } else if ((qualifier === 'recent' || qualifier === 'coming') && j > i) {
    n = null;
    unitIndex = j;
  } else {
    return null;
  }
  const unitWord = low(ctx, unitIndex);
  const unit = UNITS.get(unitWord);
  if (!unit) return null;
  // "three-quarters of the vote" is a fraction.
  if (unit === 'quarter' && (low(ctx, unitIndex + 1) === 'of' || hasHyphenAt(ctx, unitIndex - 1))) return null;
  // "a year", "a day" alone are too often sets ("once a year") or parts of other phrases.
  const isA = count !== null && (ctx.tokens[j].lower === 'a' || ctx.tokens[j].lower === 'an');
  const before = low(ctx, i - 1);
  if (isA && (before === 'once' || before === 'twice' || before === 'times' || before === 'per')) {
    return { end: unitIndex + 1, value: durationValue(1, unit), kind: 'set' };
  }
  // A rate after an amount is a set, like "once a year": "$500 million a year", "700 seats a week". (Dropping them
  // gained on TimeBank and lost on AQUAINT, whose annotators marked some.)
  if (isA && j === i && (isAmount(ctx, i - 1) || (ctx.tokens[i - 1]?.kind === 'word' && isAmount(ctx, i - 2)))) {
    return { end: unitIndex + 1, value: durationValue(1, unit), kind: 'set' };
  }
  // "Islam will one day be…", "could one day replace": some time in the future, not a day long.
  if (j === i && low(ctx, i) === 'one' && unit === 'day' && MODALS.has(before) && low(ctx, i - 2) !== 'up' && low(ctx, i - 2) !== 'from') return { end: unitIndex + 1, value: 'FUTURE_REF', kind: 'date' };
  // "a year ago" is the ago parser's; "a year earlier" too.
  const next = low(ctx, unitIndex + 1);
  if (next === 'ago') return null;
  // Fractions: "5 1/2 hours", "2 1/2 years", "two and a half years", "a year and a half", "half a century".
  let fraction = count && count.n !== null && !Number.isInteger(count.n) ? count.n : null;
  let fractionEnd = unitIndex + 1;
  if (fraction === null && count && count.n !== null && words(ctx, unitIndex + 1, 'and', 'a', 'half') > 0) {
    fraction = count.n + 0.5;
    fractionEnd = unitIndex + 4;
  }
  if (fraction !== null) {
    const value = halfDurationValue(Math.floor(fraction), unit);
    return value ? { end: fractionEnd, value, kind: 'duration' } : null;
  }
  let end = unitIndex + 1;
  // Ages ("a 6-year-old", "52 years old") are not times.
  if ((hasHyphenAt(ctx, end) && low(ctx, end + 1) === 'old') || low(ctx, end) === 'old') return null;
  if (low(ctx, end) === 'or' && low(ctx, end + 1) === 'so') end += 2;
  const value = durationValue(n, unit);
  // "For the nine months, net rose … from $5 million a year earlier": the comparison is now with a period of several
  // months, not with the quarter, so "a year earlier" is the year before.
  if (low(ctx, i) === 'the' && unit === 'month' && n !== null && n >= 6 && n < 12) ctx.lastQuarter = null;
  // "the year" alone, "a quarter" alone: not durations worth a guess.
  if (unit === 'quarter' && n === 1 && isA) return null;
  if (unit === 'second' && isA) return null;
  return { end, value, kind: 'duration' };
};

/** A whole number of units and a half, in TimeML's smallest exact units ("PT1H30M", "P2Y6M", "P50Y"); null if none fits. */
function halfDurationValue(whole: number, unit: Unit): string | null {
  switch (unit) {
    case 'minute': return `PT${whole ? `${whole}M` : ''}30S`;
    case 'hour': return `PT${whole ? `${whole}H` : ''}30M`;
    case 'day': return `P${whole ? `${whole}D` : ''}T12H`;
    case 'year': return `P${whole ? `${whole}Y` : ''}6M`;
    case 'decade': return `P${whole * 10 + 5}Y`;
    case 'century': return `P${whole * 100 + 50}Y`;
    default: return whole ? durationValue(whole, unit) : null;
  }
}

const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'can', 'should', 'must', 'to', "'ll"]);

const AMOUNT_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'dozen', 'percent', '%']);

/** A number or an amount word ("358,000", "$2 million", "four", "5%"), not "a"/"an". */
function isAmount(ctx: Context, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token) return false;
  if (token.kind === 'num') return true;
  return AMOUNT_WORDS.has(token.lower) || (NUMBER_WORDS.has(token.lower) && token.lower !== 'a' && token.lower !== 'an');
}

/** "the nine months", "the first nine months" are durations in financial reports; bare "years", "decades" after "for". */
const bareDuration: Parser = (ctx, i) => {
  const word = low(ctx, i);
  const unit = UNITS.get(word);
  if (!unit || !word.endsWith('s')) return null;
  const before = low(ctx, i - 1);
  // "for years", "the first time in years"
  if (before === 'for' || before === 'over' || before === 'within' || before === 'take' || before === 'takes' || before === 'took' || (before === 'in' && isSentenceEnd(ctx, i + 1))) {
    return { end: i + 1, value: durationValue(null, unit), kind: 'duration' };
  }
  return null;
};

/** Sets: "daily", "every day", "each year", "annually", "every Monday". */
const setExpression: Parser = (ctx, i) => {
  const word = low(ctx, i);
  // "quarterly" and "annually" are left out: in business news they mostly qualify reports, not times.
  const adverbs: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D' };
  if (adverbs[word]) {
    if (isCapitalised(ctx.tokens[i]) && !startsSentence(ctx, i)) return null; // "Daily Mail"
    return { end: i + 1, value: adverbs[word], kind: 'set' };
  }
  if (word === 'every' || word === 'each') {
    const next = low(ctx, i + 1);
    const unit = UNITS.get(next);
    if (unit && !next.endsWith('s')) return { end: i + 2, value: durationValue(1, unit), kind: 'set' };
    // "every two weeks", "every few years"
    const count = word === 'every' ? readCount(ctx, i + 1) : null;
    const countUnit = count ? UNITS.get(low(ctx, count.end)) : undefined;
    if (count && countUnit && low(ctx, count.end).endsWith('s')) return { end: count.end + 1, value: durationValue(count.n, countUnit), kind: 'set' };
    const wd = WEEKDAYS.get(next);
    if (wd) {
      // "every Tuesday night"
      const part = DAY_PARTS.get(low(ctx, i + 2));
      if (part && low(ctx, i + 2) !== 'overnight') return { end: i + 3, value: `XXXX-WXX-${wd}T${part}`, kind: 'set' };
      return { end: i + 2, value: `XXXX-WXX-${wd}`, kind: 'set' };
    }
    const m = MONTHS.get(next);
    if (m && next.length > 3) return { end: i + 2, value: `XXXX-${pad2(m)}`, kind: 'set' };
  }
  // "on Mondays", "Tuesday nights": a weekday in the plural, or a weekday with a plural part of the day.
  const token = ctx.tokens[i];
  if (token.kind === 'word' && isCapitalised(token)) {
    const pluralDay = word.endsWith('s') ? WEEKDAYS.get(word.slice(0, -1)) : undefined;
    const singularDay = WEEKDAYS.get(word);
    const partWord = low(ctx, i + 1);
    const pluralPart = partWord.endsWith('s') ? DAY_PARTS.get(partWord.slice(0, -1)) : undefined;
    if (pluralDay !== undefined && !NAMED_DAYS.has(low(ctx, i - 1)) && !looksLikeName(ctx, i, i + 1)) {
      const part = DAY_PARTS.get(partWord) ?? pluralPart;
      return part ? { end: i + 2, value: `XXXX-WXX-${pluralDay}T${part}`, kind: 'set' } : { end: i + 1, value: `XXXX-WXX-${pluralDay}`, kind: 'set' };
    }
    if (singularDay !== undefined && pluralPart !== undefined && !NAMED_DAYS.has(low(ctx, i - 1))) {
      return { end: i + 2, value: `XXXX-WXX-${singularDay}T${pluralPart}`, kind: 'set' };
    }
  }
  return null;
};

/** Holidays with a fixed rule: "Christmas", "Thanksgiving Day", "Election Day", "Easter". */
const holiday: Parser = (ctx, i) => {
  const token = ctx.tokens[i];
  if (!token || !isCapitalised(token)) return null;
  let j = i;
  let compute: ((y: number) => number) | null = null;
  const word = token.lower;
  if (word === 'christmas') {
    j++;
    if (low(ctx, j) === 'eve') { j++; compute = (y) => toDays(y, 12, 24); }
    else { if (low(ctx, j) === 'day') j++; compute = (y) => toDays(y, 12, 25); }
  } else if (word === 'new' && low(ctx, i + 1) === 'year' && low(ctx, i + 2) === "'s") {
    j += 3;
    if (low(ctx, j) === 'eve') { j++; compute = (y) => toDays(y, 12, 31); }
    else if (low(ctx, j) === 'day') { j++; compute = (y) => toDays(y, 1, 1); }
    else return null;
  } else if (word === 'thanksgiving') {
    j++;
    if (low(ctx, j) === 'day') j++;
    compute = (y) => nthWeekdayOfMonth(y, 11, 4, 4);
  } else if (word === 'easter') {
    j++;
    if (low(ctx, j) === 'sunday') j++;
    compute = easterSunday;
  } else if (word === 'election' && low(ctx, i + 1) === 'day') {
    j += 2;
    compute = (y) => nthWeekdayOfMonth(y, 11, 1, 1) + 1;
  } else if (word === 'fourth' && low(ctx, i + 1) === 'of' && low(ctx, i + 2) === 'july') {
    // "Independence Day" and "Labor Day" are left out: their dates depend on the country.
    j += 3;
    compute = (y) => toDays(y, 7, 4);
  } else if (word === 'memorial' && low(ctx, i + 1) === 'day') {
    j += 2;
    compute = (y) => nthWeekdayOfMonth(y, 5, 1, -1);
  } else if (word === 'halloween') {
    j++;
    compute = (y) => toDays(y, 10, 31);
  } else {
    return null;
  }
  // "Christmas Island", "Easter Island", "Thanksgiving Day Parade" are names.
  const after = ctx.tokens[j];
  if (after && after.kind === 'word' && isCapitalised(after) && !after.newline && !startsSentence(ctx, j)) return null;
  if (ctx.dct === null) return { end: j, value: 'XXXX-XX-XX', kind: 'date' };
  const tense = tenseAt(ctx, i, j);
  const { y } = fromDays(ctx.dct);
  const candidates = [compute(y - 1), compute(y), compute(y + 1)];
  let chosen = candidates[1];
  if (tense === 'past') chosen = candidates[1] <= ctx.dct ? candidates[1] : candidates[0];
  else if (tense === 'future') chosen = candidates[1] >= ctx.dct ? candidates[1] : candidates[2];
  else chosen = candidates.reduce((a, b) => (Math.abs(b - ctx.dct!) < Math.abs(a - ctx.dct!) ? b : a));
  ctx.lastDay = chosen;
  ctx.lastMonth = null;
  return { end: j, value: formatDay(chosen), kind: 'date' };
};

/** Clock times: "10:35 a.m.", "10 p.m. Wednesday", "noon Thursday", "9 a.m. EST Tuesday". */
const clockTime: Parser = (ctx, i) => {
  const token = ctx.tokens[i];
  let hour: number;
  let minute = 0;
  let j: number;
  if (token.lower === 'noon' || token.lower === 'midday' || token.lower === 'midnight') {
    // "High Noon", "high noon for the alliance": a showdown, not a clock time.
    if (low(ctx, i - 1) === 'high') return null;
    hour = token.lower === 'midnight' ? 24 : 12;
    j = i + 1;
    // bare "noon" needs a day after it to be worth a value
    const dayWord = low(ctx, j);
    if (!WEEKDAYS.has(dayWord) && !['today', 'yesterday', 'tomorrow'].includes(dayWord)) {
      if (ctx.dct === null) return null;
      return { end: j, value: `${formatDay(ctx.dct)}T${pad2(hour)}:00`, kind: 'time' };
    }
  } else {
    if (token.kind !== 'num') return null;
    const match = /^(\d{1,2})(?::(\d{2}))?(am|pm)?$/i.exec(token.text);
    if (!match) return null;
    hour = Number(match[1]);
    minute = match[2] ? Number(match[2]) : 0;
    j = i + 1;
    let meridiem = match[3]?.toLowerCase() ?? '';
    if (!meridiem) {
      // "a.m." comes as a . m . ; "p.m" without the last dot too
      const a = low(ctx, j);
      if ((a === 'a' || a === 'p') && low(ctx, j + 1) === '.' && low(ctx, j + 2) === 'm') {
        meridiem = `${a}m`;
        j += 3;
        if (low(ctx, j) === '.' && !ctx.tokens[j].space) j++;
      } else if (a === 'am' || a === 'pm') {
        meridiem = a;
        j++;
      } else if (a === "o'clock") {
        j++;
        meridiem = 'x';
      } else {
        return null;
      }
    }
    if (hour > 12 || hour === 0 && meridiem !== 'x') return null;
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
  }
  // "8 a.m. local time on Wednesday", "9 a.m. EST Tuesday"
  if (low(ctx, j) === 'local' && low(ctx, j + 1) === 'time') j += 2;
  if (TIME_ZONES.has(low(ctx, j))) j++;
  // "5 p.m. on Monday"
  if (low(ctx, j) === 'on' && (WEEKDAYS.has(low(ctx, j + 1)) || MONTHS.has(low(ctx, j + 1)))) j++;
  if (low(ctx, j) === ',') {
    if (WEEKDAYS.has(low(ctx, j + 1)) || MONTHS.has(low(ctx, j + 1))) j++;
  }
  let day: number | null = ctx.dct;
  let end = j;
  // A day after the time: weekday, today/yesterday/tomorrow, or a month date.
  const dayWord = low(ctx, j);
  const wd = WEEKDAYS.get(dayWord);
  if (wd !== undefined) {
    const value = weekdayValue(ctx, wd, tenseAt(ctx, i, j + 1) === 'future' ? 'future' : 'past');
    day = parseIsoDay(value);
    end = j + 1;
  } else if (dayWord === 'today' || dayWord === 'yesterday' || dayWord === 'tomorrow') {
    const offset = dayWord === 'today' ? 0 : dayWord === 'yesterday' ? -1 : 1;
    day = ctx.dct === null ? null : ctx.dct + offset;
    end = j + 1;
  } else {
    const date = monthFirst(ctx, j);
    if (date) {
      day = parseIsoDay(date.value);
      end = date.end;
    } else if (ctx.lastDay !== null) {
      day = ctx.lastDay;
    }
  }
  const clock = `T${pad2(hour)}:${pad2(minute)}`;
  if (day === null) return { end, value: `XXXX-XX-XX${clock}`, kind: 'time' };
  return { end, value: formatDay(day) + clock, kind: 'time' };
};

/**
 * The second day of "April 24 and 25", "March 3 to 5", "Jan. 5 or 6": a bare day number joined to a month date just
 * read, in that date's month and year.
 */
const conjoinedDay: Parser = (ctx, i) => {
  const token = ctx.tokens[i];
  if (token.kind !== 'num' || !/^\d{1,2}(st|nd|rd|th)?$/i.test(token.text) || ctx.lastDay === null) return null;
  const joiner = low(ctx, i - 1);
  if (joiner !== 'and' && joiner !== 'or' && joiner !== 'to' && joiner !== 'through' && joiner !== 'until') return null;
  const first = readDayNumber(ctx.tokens[i - 2]);
  const monthAt = low(ctx, i - 3) === '.' ? i - 4 : i - 3;
  if (first === null || !MONTHS.has(low(ctx, monthAt)) || !isCapitalised(ctx.tokens[monthAt])) return null;
  const previous = fromDays(ctx.lastDay);
  const d = readDayNumber(token);
  if (previous.d !== first || d === null || d <= first || !isValidDate(previous.y, previous.m, d)) return null;
  // "on May 4 and 5 people were hurt": a count, not a day.
  const after = ctx.tokens[i + 1];
  if (after && (after.kind === 'num' || (after.kind === 'word' && (NOT_YEAR_AFTER.has(after.lower) || UNITS.has(after.lower) || AMOUNT_WORDS.has(after.lower))))) return null;
  return { end: i + 1, value: dayValue(ctx, previous.y, previous.m, d), kind: 'date' };
};

/** "the week of March 6" (that day's ISO week), "the day before Thanksgiving", "the day after Christmas". */
const aroundDay: Parser = (ctx, i) => {
  if (low(ctx, i) !== 'the') return null;
  const unit = low(ctx, i + 1);
  const relation = low(ctx, i + 2);
  if (!(unit === 'week' && relation === 'of') && !(unit === 'day' && (relation === 'before' || relation === 'after'))) return null;
  // "He arrived on Tuesday. The day before, he had called.": from the day the story is at.
  const next = ctx.tokens[i + 3];
  if (unit === 'day' && (!next || next.kind === 'punct') && ctx.lastDay !== null) {
    const target = ctx.lastDay + (relation === 'before' ? -1 : 1);
    ctx.lastDay = target;
    ctx.lastMonth = null;
    return { end: i + 3, value: formatDay(target), kind: 'date' };
  }
  // Only day parsers, and none that nests again: "the week of the week of …" stays linear.
  if (!next) return null;
  let inner: Match | null = null;
  for (const parser of DAY_PARSERS) {
    const match = parser(ctx, i + 3);
    if (match && (!inner || match.end > inner.end)) inner = match;
  }
  if (!inner || inner.kind !== 'date' || !/^\d{4}-\d{2}-\d{2}$/.test(inner.value)) return null;
  const day = parseIsoDay(inner.value)!;
  if (unit === 'week') return { end: inner.end, value: formatWeek(day), kind: 'date' };
  const target = day + (relation === 'before' ? -1 : 1);
  ctx.lastDay = target;
  ctx.lastMonth = null;
  return { end: inner.end, value: formatDay(target), kind: 'date' };
};

/** The parsers whose matches can be a single day, for "the day after …". */
const DAY_PARSERS: readonly Parser[] = [monthFirst, dayFirst, numericDate, weekday, holiday, deictic];

const PARSERS: readonly Parser[] = [
  aroundDay, conjoinedDay, relativeMonth, theWeekend, theYear, theMonthOrWeek, partOfPeriod, bareOrdinalDay, monthFirst, dayFirst, numericDate, weekday, deictic, relativeUnit, season, ago, quarter, yearEnd, yearOrDecade,
  anaphoric, duration, bareDuration, setExpression, holiday, clockTime,
];

/** MODIFIERS by their first word, in list order: only those can match at a token. */
const MODIFIERS_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const m = new Map<string, (readonly string[])[]>();
  for (const mod of MODIFIERS) {
    const l = m.get(mod[0]);
    if (l) l.push(mod); else m.set(mod[0], [mod]);
  }
  return m;
})();

/** Index after the token sequence `list` at i, or -1 (like `words`, without a rest array per call). */
function wordsList(ctx: Context, i: number, list: readonly string[]): number {
  for (let k = 0; k < list.length; k++) if (low(ctx, i + k) !== list[k]) return -1;
  return i + list.length;
}

/** Modifiers that are also prepositions ("about Monday's vote"). */
const PREPOSITION_MODIFIERS = new Set(['around', 'about', 'over', 'within']);

/** Longest match of any parser at i, after optional modifiers ("early", "mid-", "the end of", "about"). */
function matchAt(ctx: Context, i: number): Match | null {
  // The anchors are saved and restored field by field: Object.assign per parser call was a hot spot.
  const sDay = ctx.lastDay, sQuarter = ctx.lastQuarter, sYear = ctx.lastYear, sMonth = ctx.lastMonth;
  let best = bestCoreAt(ctx, i);
  let bDay = ctx.lastDay, bQuarter = ctx.lastQuarter, bYear = ctx.lastYear, bMonth = ctx.lastMonth;
  const mods = MODIFIERS_BY_FIRST.get(low(ctx, i));
  if (mods) {
    for (const modifier of mods) {
      const after = wordsList(ctx, i, modifier);
      if (after < 0) continue;
      // "over the weekend", "within the next year": here "over" is the preposition, outside the expression.
      if ((modifier[0] === 'over' || modifier[0] === 'within') && low(ctx, after) === 'the') continue;
      ctx.lastDay = sDay; ctx.lastQuarter = sQuarter; ctx.lastYear = sYear; ctx.lastMonth = sMonth;
      const core = bestCoreAt(ctx, skipHyphen(ctx, after));
      // "get around Wednesday's ruling", "talks about Monday's vote": before a possessive date the word is a
      // preposition governing the noun, not an approximation of the date.
      if (core && PREPOSITION_MODIFIERS.has(modifier[0]) && modifier.length === 1 && low(ctx, core.end) === "'s") continue;
      if (core && (!best || core.end > best.end)) {
        best = core;
        bDay = ctx.lastDay; bQuarter = ctx.lastQuarter; bYear = ctx.lastYear; bMonth = ctx.lastMonth;
      }
    }
  }
  ctx.lastDay = bDay; ctx.lastQuarter = bQuarter; ctx.lastYear = bYear; ctx.lastMonth = bMonth;
  return best;
}

/** The longest match of any parser at i; the anchors (last day, quarter, year) keep only the winner's updates. */
function bestCoreAt(ctx: Context, i: number): Match | null {
  if (i >= ctx.tokens.length) return null;
  const sDay = ctx.lastDay, sQuarter = ctx.lastQuarter, sYear = ctx.lastYear, sMonth = ctx.lastMonth;
  let best: Match | null = null;
  let bDay = sDay, bQuarter = sQuarter, bYear = sYear, bMonth = sMonth;
  for (const parser of PARSERS) {
    ctx.lastDay = sDay; ctx.lastQuarter = sQuarter; ctx.lastYear = sYear; ctx.lastMonth = sMonth;
    const match = parser(ctx, i);
    if (match && match.end > i && (!best || match.end > best.end)) {
      best = match;
      bDay = ctx.lastDay; bQuarter = ctx.lastQuarter; bYear = ctx.lastYear; bMonth = ctx.lastMonth;
    }
  }
  ctx.lastDay = bDay; ctx.lastQuarter = bQuarter; ctx.lastYear = bYear; ctx.lastMonth = bMonth;
  return best;
}

/** Words that can start an expression: a cheap filter so most tokens skip the parsers. */
const STARTERS = new Set([
  'the', 'this', 'that', 'last', 'next', 'past', 'coming', 'previous', 'current', 'its', 'their', 'a', 'an',
  'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'currently', 'nowadays', 'recently', 'previously', 'formerly',
  'soon', 'these', 'right', 'at', 'fiscal', 'fy', 'year', 'every', 'each', 'daily', 'weekly', 'monthly', 'annually',
  'yearly', 'hourly', 'quarterly', 'nightly', 'noon', 'midday', 'midnight', 'christmas', 'new', 'thanksgiving',
  'easter', 'election', 'memorial', 'halloween', 'fourth', 'recent', 'few', 'several',
  'many', 'some', 'couple', 'first', 'second', 'third', 'latest', 'final', 'remaining', 'additional', 'further',
  'entire', 'full', 'early', 'late', 'mid', 'around', 'about', 'nearly', 'almost', 'approximately', 'roughly', 'over',
  'within', 'earlier', 'later', 'post', 'pre', 'only', 'just', 'more', 'less', 'up', 'no', 'end', 'beginning',
  'following', 'comparable', 'corresponding', 'same', 'this', 'next', 'years', 'months', 'weeks', 'decades',
  'days', 'hours', 'centuries', 'quarters', 'minutes', 'half', 'q', 'h',
]);

/** Every word `mayStart` accepts, in one set (one look-up per token instead of seven). */
const START_WORDS: ReadonlySet<string> = new Set([
  ...STARTERS, ...MONTHS.keys(), ...WEEKDAYS.keys(), ...NUMBER_WORDS.keys(), ...SEASONS.keys(), ...ORDINALS.keys(),
  ...RELATIVE_SHIFT.keys(), ...[...WEEKDAYS.keys()].map((day) => `${day}s`),
]);

function mayStart(token: Token): boolean {
  if (token.kind === 'num') return true;
  if (token.kind !== 'word') return token.text === "'" || token.text === '’';
  return START_WORDS.has(token.lower);
}

/** Every date, time, duration and set expression, left to right, resolved against `published` (YYYY-MM-DD). */
export function findDates(text: string, published: string | null): DateMention[] {
  const tokens = tokenize(text);
  const ctx: Context = { tokens, dct: parseIsoDay(published), lastQuarter: null, lastDay: null, lastYear: null, lastMonth: null };
  const mentions: DateMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = mayStart(tokens[i]) ? matchAt(ctx, i) : null;
    if (!match) {
      i++;
      continue;
    }
    let last = match.end - 1;
    // Never end on punctuation ("Mar." keeps its dot; a trailing comma does not belong).
    while (last > i && tokens[last].kind === 'punct' && tokens[last].text !== '.') last--;
    const start = tokens[i].start;
    const end = tokens[last].end;
    mentions.push({ start, end, text: text.slice(start, end), value: match.value, kind: match.kind });
    i = match.end;
  }
  return mentions;
}
