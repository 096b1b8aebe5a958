// Reads every data/people/*.json file and merges records that share an id (union of aliases and roles), as the
// dictionary compiler does; used by the tests and available to the compiler.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PersonSource, RoleSource } from './schema';

export interface PeopleFile {
  file: string;
  people: PersonSource[];
}

/** Every `*.json` file of a folder, parsed, in name order. */
export function readPeopleFiles(dir: string): PeopleFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, people: JSON.parse(readFileSync(join(dir, file), 'utf8')) as PersonSource[] }));
}

function sameRole(a: RoleSource, b: RoleSource): boolean {
  return a.title === b.title && a.start === b.start;
}

/**
 * Merges by id. The first file that names a person gives the name (files are read in name order, so the imported
 * `reference.json` label wins over hand-written files whose own spelling becomes an alias); scalar fields fill gaps;
 * aliases and roles are unions (a role with the same title and start is kept once).
 */
export function mergePeople(files: PeopleFile[]): Map<string, PersonSource> {
  const ordered = [...files].sort((a, b) => Number(b.file === 'reference.json') - Number(a.file === 'reference.json'));
  const out = new Map<string, PersonSource>();
  for (const { people } of ordered) {
    for (const p of people) {
      const o = out.get(p.id);
      if (!o) {
        out.set(p.id, { ...p, aliases: p.aliases ? [...p.aliases] : undefined, roles: p.roles ? [...p.roles] : undefined });
        continue;
      }
      const aliases = new Set([...(o.aliases ?? []), ...(p.aliases ?? [])]);
      if (p.name !== o.name) aliases.add(p.name);
      aliases.delete(o.name);
      o.aliases = aliases.size ? [...aliases] : undefined;
      for (const r of p.roles ?? []) {
        o.roles ??= [];
        if (!o.roles.some((x) => sameRole(x, r))) o.roles.push(r);
      }
      o.born ??= p.born;
      o.died ??= p.died;
      o.country ??= p.country;
      o.description ??= p.description;
    }
  }
  return out;
}
