// Entry point for dates: find and resolve date expressions, and describe a resolved value for the popover.

export { findDates, type DateMention, type DateKind } from './find';
export { describeDate, type DateDescription } from './describe';

import type { DateMention } from './find';

/**
 * Whether the page should highlight a mention: calendar dates and clock times only. Durations ("three years"),
 * sets ("every Monday") and vague references ("now", "recently": PRESENT_REF, PAST_REF, FUTURE_REF) are found so
 * the evaluation counts them, but painting them would flood an article with marks that explain nothing.
 */
export function isHighlightable(mention: DateMention): boolean {
  const kind = mention.kind ?? 'date';
  return (kind === 'date' || kind === 'time') && !mention.value.endsWith('_REF');
}
