// Loads the world outline for place popovers from the background, once per page.
import type { ResponseOf } from '../messaging';
import type { WorldMap } from '../../components/popover/LocatorMap';
import { retryingLazy } from './lazy';

export function createWorldMapLoader(fetchMap: () => Promise<ResponseOf<'getWorldMap'>>): () => Promise<WorldMap | null> {
  const load = retryingLazy(async () => {
    const reply = await fetchMap();
    if (!reply.ok) throw new Error(reply.error);
    return { path: reply.path, width: reply.width, height: reply.height };
  });
  return () => load().catch(() => null);
}
