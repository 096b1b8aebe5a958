// Pure geometry of the locator map: which part of the equirectangular world outline to show around a place.

/** Width of the shown window in degrees of longitude (the height follows the map's 2:1 aspect). */
export const LOCATOR_SPAN_DEG = 80;

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A 2:1 window of LOCATOR_SPAN_DEG around (lat, lon), kept inside the map (no empty space beyond the poles). */
export function locatorViewBox(map: { width: number; height: number }, lat: number, lon: number): ViewBox {
  const width = (LOCATOR_SPAN_DEG / 360) * map.width;
  const height = width / 2;
  const cx = ((lon + 180) / 360) * map.width;
  const cy = ((90 - lat) / 180) * map.height;
  const x = Math.max(0, Math.min(map.width - width, cx - width / 2));
  const y = Math.max(0, Math.min(map.height - height, cy - height / 2));
  return { x: round(x), y: round(y), width: round(width), height: round(height) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
