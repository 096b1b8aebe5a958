// roleRank with a cache: it runs a dozen regexes per title, and the recogniser asks it for the same few thousand
// role titles over and over (every surname match checks its people's prominence; the fuzzy index checks them all).
import { roleRank } from '../dictionary/roles';

const cache = new Map<string, number>();

export function cachedRoleRank(title: string): number {
  let r = cache.get(title);
  if (r === undefined) {
    r = roleRank(title);
    if (cache.size >= 50_000) cache.clear();
    cache.set(title, r);
  }
  return r;
}
