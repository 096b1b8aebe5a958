// The annotation pipeline: names and dates of one article text merged into sorted, non-overlapping mentions with cards.
import type { AnnotatedMention, AnnotateResult, EntityCard } from './types';
import type { Dictionary } from './dictionary/types';
import { cardToContext, describeEntity } from './dictionary/describe';
import { describeDate, findDates, isHighlightable } from './dates/index';
import type { DateMention } from './dates/index';
import { recognizeNames, type NameMention } from './recognize/index';
import { detectArticle } from './article/detect';
import { extractArticleText, findArticleRoot } from './article/extract';
import { findPublicationDate, findTitle } from './article/published';

const TYPE_LABEL = { person: 'Person', place: 'Place', organization: 'Organisation' } as const;

/** A card for a name the dictionary lacks: what the article itself says of it. */
function fallbackCard(m: NameMention): EntityCard {
  const lines: string[] = [];
  let subtitle: string;
  if (m.evidence) subtitle = `Mentioned as: ${m.evidence}`;
  else subtitle = `${TYPE_LABEL[m.type]} named in this article`;
  lines.push('Not in the offline dictionary');
  return { type: m.type, title: m.name, subtitle, lines };
}

function nameCard(dict: Dictionary, m: NameMention, published: string | null): EntityCard {
  let card: EntityCard;
  if (m.entityIndex !== null) {
    card = describeEntity(dict, m.entityIndex, published);
    // A person recognised from the article (coreference to a fallback name) keeps the article's words as a line.
    if (m.type !== card.type) card = { ...card, type: m.type };
  } else {
    card = fallbackCard(m);
  }
  if (m.guess && m.possibleMisspellingOf) {
    card = { ...card, possibleMisspellingOf: m.possibleMisspellingOf };
    // The one-line context says it too: the annotate command has no `guess` key.
    card.subtitle = `Possible misspelling of ${m.possibleMisspellingOf}${card.subtitle ? ` — ${card.subtitle}` : ''}`;
  }
  return card;
}

/** Whether a date mention is shown: calendar dates and date-times, never durations, sets or vague references. */
function showDate(d: DateMention): boolean {
  if (!isHighlightable(d)) return false;
  if ((d.kind ?? 'date') === 'time') return /^\d{4}-\d{2}-\d{2}T/.test(d.value);
  return true;
}

/**
 * Names and dates of `text`, sorted by start and non-overlapping. A name wins over a date it overlaps
 * ("Theresa May", "Good Friday Agreement" when the dictionary has it); among dates, the earlier and longer wins.
 */
export function annotateText(text: string, published: string | null, dict: Dictionary): AnnotatedMention[] {
  const names = recognizeNames(text, dict, published);
  const dates = findDates(text, published).filter(showDate).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: AnnotatedMention[] = [];
  // One card per entity: an article names the same people many times.
  const cards = new Map<string, { card: EntityCard; context: string }>();
  // Entity ids too: dict.entity() decodes the record on every call.
  const ids = new Map<number, string>();
  for (const m of names) {
    const key = `${m.entityIndex ?? `${m.type}:${m.name}:${m.evidence ?? ''}`}:${m.possibleMisspellingOf ?? ''}`;
    let cached = cards.get(key);
    if (!cached) {
      const card = nameCard(dict, m, published);
      cached = { card, context: cardToContext(card) };
      cards.set(key, cached);
    }
    const { card, context } = cached;
    let id: string | null = null;
    if (m.entityIndex !== null) {
      id = ids.get(m.entityIndex) ?? null;
      if (id === null) { id = dict.entity(m.entityIndex).id; ids.set(m.entityIndex, id); }
    }
    const a: AnnotatedMention = { text: m.text, start: m.start, end: m.end, type: m.type, id, name: m.name, value: null, context, card };
    // Set after the others (same key order as before) instead of spreading a fresh object into every mention.
    if (m.guess) a.guess = true;
    out.push(a);
  }
  // Merge dates around the names: both lists are sorted, so one pass.
  let ni = 0;
  let lastDateEnd = -1;
  const merged: AnnotatedMention[] = [];
  const dateCards = new Map<string, { card: EntityCard; context: string }>();
  for (const d of dates) {
    if (d.start < lastDateEnd) continue;
    while (ni < out.length && out[ni].end <= d.start) merged.push(out[ni++]);
    let overlaps = false;
    for (let k = ni; k < out.length && out[k].start < d.end; k++) if (out[k].end > d.start) { overlaps = true; break; }
    if (overlaps) continue;
    // One card per date value, as for names: describeDate depends on the value and the article's date only.
    let dc = dateCards.get(d.value);
    if (!dc) {
      const desc = describeDate(d.value, published);
      const card: EntityCard = { type: 'date', title: desc.title, subtitle: desc.subtitle, lines: desc.lines };
      dc = { card, context: cardToContext(card) };
      dateCards.set(d.value, dc);
    }
    merged.push({ text: text.slice(d.start, d.end), start: d.start, end: d.end, type: 'date', id: null, name: null, value: d.value, context: dc.context, card: dc.card });
    lastDateEnd = d.end;
  }
  while (ni < out.length) merged.push(out[ni++]);
  return merged;
}

/** Detects an article in a document, extracts its body text and annotates it. */
export function annotateDocument(doc: Document, url: string | null, dict: Dictionary, options: { published?: string | null } = {}): AnnotateResult & { text: string } {
  const detection = detectArticle(doc, url ?? undefined);
  const published = options.published !== undefined && options.published !== null ? options.published : findPublicationDate(doc, url ?? undefined);
  const title = findTitle(doc);
  if (!detection.isArticle) return { isArticle: false, published, title, mentions: [], text: '' };
  const root = findArticleRoot(doc);
  if (!root) return { isArticle: false, published, title, mentions: [], text: '' };
  const { text } = extractArticleText(root);
  return { isArticle: true, published, title, mentions: annotateText(text, published, dict), text };
}
