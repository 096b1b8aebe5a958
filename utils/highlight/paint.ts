// Paints mentions with the CSS Custom Highlight API: one named Highlight per entity type; the page's DOM is never touched.
import type { EntityType } from '../types';
import type { PlacedMention } from './mentions';

export type HighlightStyle = 'underline' | 'tint' | 'none';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'date'];

/** The canonical highlight of each type: always registered while the type is on, unstyled. */
export function highlightName(type: EntityType): string {
  return `gloss-${type}`;
}

/**
 * The styled alias of each type. The `::highlight()` rules live in a static content-script stylesheet (so nothing
 * is added to the page's DOM or adoptedStyleSheets); switching the style re-registers the same Highlight object
 * under another name instead of editing CSS.
 */
export function styledName(type: EntityType, style: HighlightStyle): string | null {
  return style === 'none' ? null : `gloss-${style}-${type}`;
}

export const ACTIVE_HIGHLIGHT = 'gloss-active';

export interface PaintOptions {
  categories: Record<EntityType, boolean>;
  style: HighlightStyle;
}

/** The part of a Highlight Gloss uses after creating it (the near-viewport painter adds and removes ranges). */
export interface HighlightLike {
  add(range: Range): unknown;
  delete(range: Range): boolean;
}

/** Minimal view of the registry and constructor, so the painter runs against a fake in unit tests. */
export interface HighlightApi {
  registry: { set(name: string, h: unknown): unknown; delete(name: string): boolean; get(name: string): unknown };
  create(ranges: Range[]): HighlightLike;
}

/** The browser's registry (CSS.highlights), or null where the API is missing. */
export function browserHighlightApi(): HighlightApi | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS;
  const Ctor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  // add() one by one rather than new Highlight(...ranges): spreading tens of thousands of arguments can throw
  // RangeError (maximum call stack) on a very long article.
  return {
    registry: css.highlights,
    create: (ranges) => {
      const highlight = new Ctor() as HighlightLike;
      for (const range of ranges) highlight.add(range);
      return highlight;
    },
  };
}

/** Every name Gloss may register (to clear them all, whatever the style was). */
export function allNames(): string[] {
  const names = [ACTIVE_HIGHLIGHT];
  for (const t of ENTITY_TYPES) {
    names.push(highlightName(t));
    for (const s of ['underline', 'tint'] as const) names.push(styledName(t, s)!);
  }
  return names;
}

/** Registers the placed mentions by type according to the settings (replacing what Gloss had registered). */
export function paint(api: HighlightApi, placed: readonly PlacedMention[], opts: PaintOptions): Record<EntityType, number> {
  const counts = { person: 0, place: 0, organization: 0, date: 0 } as Record<EntityType, number>;
  const byType = new Map<EntityType, Range[]>();
  for (const p of placed) {
    const t = p.mention.type;
    if (!opts.categories[t]) continue;
    let list = byType.get(t);
    if (!list) byType.set(t, (list = []));
    list.push(p.range);
  }
  const highlights = new Map<EntityType, HighlightLike>();
  for (const [type, ranges] of byType) {
    highlights.set(type, api.create(ranges));
    counts[type] = ranges.length;
  }
  register(api, highlights, opts);
  return counts;
}

/**
 * Registers existing Highlight objects by type according to the settings (replacing what Gloss had registered, the
 * active mark apart): each type on is registered under its name and its style's alias, each type off not at all.
 */
export function register(api: HighlightApi, highlights: ReadonlyMap<EntityType, HighlightLike>, opts: PaintOptions): void {
  clearAll(api, false);
  for (const [type, highlight] of highlights) {
    if (!opts.categories[type]) continue;
    api.registry.set(highlightName(type), highlight);
    const styled = styledName(type, opts.style);
    if (styled) api.registry.set(styled, highlight);
  }
}

/** Marks one mention as the active one (hovered or stepped to), or clears the mark. */
export function paintActive(api: HighlightApi, range: Range | null): void {
  if (range) api.registry.set(ACTIVE_HIGHLIGHT, api.create([range]));
  else api.registry.delete(ACTIVE_HIGHLIGHT);
}

/** Removes Gloss's highlights (and the active mark unless keepActive). */
export function clearAll(api: HighlightApi, clearActive = true): void {
  for (const name of allNames()) {
    if (!clearActive && name === ACTIVE_HIGHLIGHT) continue;
    api.registry.delete(name);
  }
}
