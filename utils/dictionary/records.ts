// Compact encoding of one entity record (without its id) as a positional JSON array, decoded on demand.
import type { EntityRecord, OrganizationRecord, PersonRecord, PlaceRecord, Role } from './types';

type Slot = string | number | boolean | null | Slot[];

/** Drops trailing nulls: most records leave their last optional fields empty. */
function trim(a: Slot[]): Slot[] {
  let n = a.length;
  while (n > 0 && (a[n - 1] === null || a[n - 1] === undefined)) n--;
  return a.slice(0, n).map((v) => (v === undefined ? null : v));
}

function list(a: string[] | undefined): Slot {
  return a && a.length ? a : null;
}

/** Role titles repeat across thousands of people ("Minister of Foreign Affairs of Russia"): records refer to
 *  them by index into one shared table. */
export function encodeRecord(r: EntityRecord, titleIndex?: Map<string, number>): string {
  switch (r.type) {
    case 'person':
      return JSON.stringify(trim([
        'p', r.name, list(r.aliases), r.born ?? null, r.died ?? null, r.country ?? null, r.description ?? null,
        r.roles.length
          ? r.roles.map((x) => trim([titleIndex?.get(x.title) ?? x.title, x.country ?? null, x.start ?? null, x.end ?? null, x.ongoingAsOf ?? null]))
          : null,
      ]));
    case 'place':
      return JSON.stringify(trim([
        'l', r.name, r.kind, r.country ?? null, round(r.lat), round(r.lon), r.population ?? null, r.capital ?? null,
        r.description ?? null, r.priority ?? null,
      ]));
    case 'organization':
      return JSON.stringify(trim([
        'o', r.name, r.kind, list(r.acronyms), list(r.aliases), r.country ?? null, r.seat ?? null, r.founded ?? null,
        r.description ?? null, r.ambiguous ? 1 : null,
      ]));
  }
}

/** Four decimals of a degree is about 10 m: more than a locator map needs. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function opt<T>(v: unknown): T | undefined {
  return v === null || v === undefined ? undefined : (v as T);
}

export function decodeRecord(id: string, json: string, titles: () => readonly string[]): EntityRecord {
  const a = JSON.parse(json) as unknown[];
  switch (a[0]) {
    case 'p': {
      const roles = ((a[7] as unknown[][] | null) ?? []).map((x): Role => {
        const role: Role = { title: typeof x[0] === 'number' ? titles()[x[0]] ?? '' : (x[0] as string) };
        if (x[1] != null) role.country = x[1] as string;
        if (x[2] != null) role.start = x[2] as string;
        if (x[3] != null) role.end = x[3] as string;
        if (x[4] != null) role.ongoingAsOf = x[4] as string;
        return role;
      });
      const r: PersonRecord = { type: 'person', id, name: a[1] as string, aliases: (a[2] as string[] | null) ?? [], roles };
      if (a[3] != null) r.born = a[3] as string;
      if (a[4] != null) r.died = a[4] as string;
      if (a[5] != null) r.country = a[5] as string;
      if (a[6] != null) r.description = a[6] as string;
      return r;
    }
    case 'l': {
      const r: PlaceRecord = { type: 'place', id, name: a[1] as string, kind: a[2] as string, lat: a[4] as number, lon: a[5] as number };
      if (a[3] != null) r.country = a[3] as string;
      if (a[6] != null) r.population = a[6] as number;
      if (a[7] != null) r.capital = a[7] as string;
      if (a[8] != null) r.description = a[8] as string;
      if (a[9] != null) r.priority = a[9] as number;
      return r;
    }
    case 'o': {
      const acronyms = (a[3] as string[] | null) ?? [];
      const r: OrganizationRecord = {
        type: 'organization', id, name: a[1] as string, kind: a[2] as string, acronyms, aliases: (a[4] as string[] | null) ?? [],
      };
      if (acronyms.length) r.acronym = acronyms[0];
      if (a[5] != null) r.country = opt<string>(a[5]);
      if (a[6] != null) r.seat = a[6] as string;
      if (a[7] != null) r.founded = a[7] as string;
      if (a[8] != null) r.description = a[8] as string;
      if (a[9]) r.ambiguous = true;
      return r;
    }
    default:
      throw new Error(`dictionary: unknown record type ${String(a[0])} for ${id}`);
  }
}
