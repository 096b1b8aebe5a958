// The popover's content: an entity card (title, subtitle, facts) and, for places, an offline locator map. Text nodes only.
import type { EntityCard } from '../../utils/types';
import { LocatorMap, type WorldMap } from './LocatorMap';

const TYPE_LABEL: Record<EntityCard['type'], string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organisation',
  date: 'Date',
};

export interface PopoverProps {
  card: EntityCard;
  /** The words on the page ("Lavrov"), shown when they differ from the card's title. */
  text: string;
  worldMap: WorldMap | null;
  /** "3 of 41": position when stepping with the keyboard. */
  position?: string;
}

/** The accessible name of the popover: "Gloss: Sergey Lavrov". */
export function popoverLabel(card: EntityCard): string {
  return `Gloss: ${card.title}`;
}

/** The card as one sentence, for the polite live region when the reader steps with the keyboard. */
export function announcement(card: EntityCard, position?: string): string {
  const parts = [`${TYPE_LABEL[card.type]}: ${card.title}.`];
  if (card.possibleMisspellingOf) parts.push(`Possible misspelling of ${card.possibleMisspellingOf}.`);
  if (card.subtitle) parts.push(`${card.subtitle}.`);
  for (const line of card.lines.slice(0, 3)) parts.push(`${line}.`);
  if (position) parts.push(`Mention ${position}.`);
  return parts.join(' ').replace(/\.\./g, '.');
}

export function Popover({ card, text, worldMap, position }: PopoverProps) {
  const showText = text && text.toLowerCase() !== card.title.toLowerCase() && card.type !== 'date';
  return (
    <div class={`card card--${card.type}`}>
      <div class="kind">
        <span class="dot" aria-hidden="true" />
        {TYPE_LABEL[card.type]}
        {position ? <span class="position">{position}</span> : null}
      </div>
      <div class="title">{card.title}</div>
      {card.possibleMisspellingOf ? (
        <div class="guess">Possible misspelling of {card.possibleMisspellingOf}</div>
      ) : showText ? (
        <div class="as">as “{text}”</div>
      ) : null}
      {card.subtitle ? <div class="subtitle">{card.subtitle}</div> : null}
      {card.lines.length > 0 ? (
        <ul class="lines">
          {card.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      {card.location && worldMap ? <LocatorMap map={worldMap} lat={card.location.lat} lon={card.location.lon} label={card.title} /> : null}
    </div>
  );
}
