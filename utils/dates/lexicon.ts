// Word tables for English date expressions: months, weekdays, number words, units, seasons, tense cues.

/** Month names and abbreviations (lower case, without the dot) -> month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Month names that are also ordinary English words: only taken with a day, a year or a date preposition. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'august', 'mar', 'jan', 'dec', 'jun', 'jul', 'sep', 'oct', 'nov', 'apr', 'aug', 'feb', 'sept']);

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Weekday names -> ISO weekday (1 = Monday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Cardinal number words. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12], ['couple', 2],
]);

/** Vague quantities: the TimeML value uses X for the number ("several years" -> PXY). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['few', 'several', 'many', 'some']);

/** Ordinals used for quarters, halves and days of the month. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
]);

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Unit words (singular and plural) -> unit. */
export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['minute', 'minute'], ['minutes', 'minute'],
  ['hour', 'hour'], ['hours', 'hour'], ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'],
  ['month', 'month'], ['months', 'month'], ['quarter', 'quarter'], ['quarters', 'quarter'],
  ['year', 'year'], ['years', 'year'], ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'],
]);

/** How a duration of `n` units is written in ISO 8601 / TimeML. */
export function durationValue(n: number | null, unit: Unit): string {
  const q = n === null ? 'X' : String(n);
  switch (unit) {
    case 'second': return `PT${q}S`;
    case 'minute': return `PT${q}M`;
    case 'hour': return `PT${q}H`;
    case 'day': return `P${q}D`;
    case 'week': return `P${q}W`;
    case 'month': return `P${q}M`;
    case 'quarter': return `P${q}Q`;
    case 'year': return `P${q}Y`;
    case 'decade': return n === null ? 'PXE' : `P${n * 10}Y`;
    case 'century': return n === null ? 'PXC' : `P${n * 100}Y`;
  }
}

/** Seasons -> TimeML season code. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** Parts of the day -> TimeML suffix. */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

/** Deictic words with a TimeML reference value. */
export const REFERENCE_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['recently', 'PAST_REF'],
  // Not taken, measured on news: "previously", "formerly" and "soon" are rarely marked as times by annotators.
]);

/**
 * Words that make the clause future (the nearest cue to a date decides). Only strong ones: in news a bare weekday
 * is the past or the article's day far more often than the future (TimeBank: 271 against 15), so weak hints such
 * as "would" or "until" must not flip it.
 */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'wo', 'going', 'scheduled', 'upcoming', 'due', 'tomorrow', 'planned', 'next',
]);

/** Words that make the clause past. Regular "-ed" verbs count too (see tenseAt). */
export const PAST_CUES: ReadonlySet<string> = new Set([
  'said', 'was', 'were', 'had', 'did', 'told', 'made', 'took', 'gave', 'came', 'went', 'met', 'began', 'left',
  'won', 'lost', 'saw', 'got', 'fell', 'rose', 'held', 'became', 'brought', 'sold', 'bought', 'paid', 'found',
  'spoke', 'wrote', 'ran', 'hit', 'led', 'fled', 'struck', 'broke', 'chose', 'drew', 'grew',
  'knew', 'sent', 'spent', 'stood', 'thought', 'understood', 'ago', 'last', 'yesterday', 'earlier', 'since',
  'agreed', 'reported', 'announced',
]);

/** "-ed" words that point forward rather than back. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set(['scheduled', 'expected', 'planned', 'proposed', 'need', 'indeed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'bred', 'hundred', 'united', 'limited', 'based', 'related']);

/** Words before a year-like number that make it something else ("Room 2015", "Flight 1990", "$2015"). */
export const NOT_YEAR_BEFORE: ReadonlySet<string> = new Set([
  'room', 'flight', 'route', 'no', 'number', 'page', 'pages', 'suite', 'highway', 'interstate', 'model', 'version',
  'code', 'unit', 'channel', 'apartment', 'building', 'bus', 'platform', 'gate', 'item', 'line', 'resolution',
  'article', 'section', 'bill', 'form', 'rule', 'chapter', 'verse', 'hr', 'h.r', 's', 'car', 'train', 'seat',
  'about', 'nearly', 'almost', 'some', 'over', 'than', 'only', 'just', 'approximately', 'roughly', 'total',
]);

/** Words after a year-like number that make it a count or a measure ("2015 people", "1990 points"). */
export const NOT_YEAR_AFTER: ReadonlySet<string> = new Set([
  'percent', 'per', 'people', 'persons', 'points', 'shares', 'miles', 'feet', 'foot', 'tons', 'tonnes', 'barrels',
  'dollars', 'yen', 'yuan', 'euros', 'pounds', 'metres', 'meters', 'km', 'kilometers', 'kilometres', 'cars',
  'votes', 'jobs', 'troops', 'soldiers', 'workers', 'employees', 'deaths', 'members', 'students', 'copies',
  'units', 'homes', 'houses', 'acres', 'ounces', 'cases', 'residents', 'visitors', 'hours', 'minutes', 'seconds',
  'days', 'weeks', 'months', 'years', 'times', 'words', 'pages', 'square', 'cubic', 'kg', 'lb', 'lbs', 'mph',
  'inhabitants', 'passengers', 'patients', 'children', 'men', 'women', 'prisoners', 'refugees', 'rooms', 'beds',
  'vehicles', 'aircraft', 'planes', 'ships', 'companies', 'stores', 'million', 'billion', 'trillion', 'thousand',
  'officers', 'police', 'delegates', 'seats', 'sq', 'cents', 'calories', 'degrees', 'rounds', 'others',
]);
