// A small offline locator map: the bundled world outline (equirectangular) zoomed around a place, with a dot on it.
import { locatorViewBox } from '../../utils/popover/locator';

export interface WorldMap {
  path: string;
  width: number;
  height: number;
}

export function LocatorMap({ map, lat, lon, label }: { map: WorldMap; lat: number; lon: number; label: string }) {
  const view = locatorViewBox(map, lat, lon);
  // Equirectangular, as the asset is built: x = lon + 180, y = 90 − lat (scaled to the asset's size).
  const x = ((lon + 180) / 360) * map.width;
  const y = ((90 - lat) / 180) * map.height;
  const r = view.width / 60;
  return (
    <svg class="map" viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`} role="img" aria-label={`Map: ${label}`}
      preserveAspectRatio="xMidYMid slice">
      <rect x={view.x} y={view.y} width={view.width} height={view.height} class="sea" />
      <path d={map.path} class="land" vector-effect="non-scaling-stroke" />
      <circle cx={x} cy={y} r={r * 2.2} class="halo" />
      <circle cx={x} cy={y} r={r} class="pin" />
    </svg>
  );
}
