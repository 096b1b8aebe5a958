// The entities found on the current tab, grouped by type with mention counts; each one a button that jumps to it on the page.
import type { EntityGroup } from '../../utils/messaging';
import { formatCount, mentionsText, type EntitySection } from './model';

interface Props {
  sections: EntitySection[];
  onFocus(entry: EntityGroup): void;
}

export function EntityList({ sections, onFocus }: Props) {
  return (
    <div class="entity-sections">
      {sections.map((section) => {
        const headingId = `entities-${section.type}`;
        return (
          <section key={section.type} class="entity-section" aria-labelledby={headingId}>
            <h3 id={headingId}>
              {section.label} <span class="section-count">({formatCount(section.entries.length)})</span>
            </h3>
            <ul class="entities">
              {section.entries.map((entry) => (
                <li key={`${entry.type}:${entry.id ?? entry.name}`}>
                  <button type="button" class="entity" data-type={entry.type} onClick={() => onFocus(entry)}>
                    <span class="entity-name">{entry.name}</span>
                    <span class="entity-count">
                      <span aria-hidden="true">{formatCount(entry.count)}</span>
                      <span class="visually-hidden">, {mentionsText(entry.count)}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
