// Builds the offline locator map: an equirectangular SVG path of the world's countries from Natural Earth (world-atlas).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

/** Map size in SVG units: one unit per degree, so a place's dot is at x = lon + 180, y = 90 - lat. */
export const WORLD_MAP_WIDTH = 360;
export const WORLD_MAP_HEIGHT = 180;

/** Where a place's dot goes on the map (the same projection as the path). */
export function projectToMap(lat: number, lon: number): { x: number; y: number } {
  return { x: lon + 180, y: 90 - lat };
}

/**
 * Every country at Natural Earth's 1:110m scale, each as its own closed outline, so the popover can fill the
 * land and the shared edges read as borders. Coordinates are rounded to a tenth of a degree (about 11 km at the
 * equator): finer than a ~200 px popover map can show.
 */
export function buildWorldMap(): { path: string; width: number; height: number } {
  const topo = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topo, topo.objects.countries);
  // A fixed scale rather than fitSize: fitSize would fit the land's bounding box (the Arctic land does not
  // reach 90°N), which would break the simple lon/lat -> x/y rule of projectToMap.
  const projection = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([WORLD_MAP_WIDTH / 2, WORLD_MAP_HEIGHT / 2]);
  // d3 clips at the antimeridian (Chukotka, Fiji) so no ring draws a line across the whole map.
  const absolute = geoPath(projection).digits(1)(countries) ?? '';
  return { path: toRelativePath(absolute), width: WORLD_MAP_WIDTH, height: WORLD_MAP_HEIGHT };
}

/** "-0.5" -> "-.5", "3.0" -> "3": the shortest form SVG accepts. */
function formatTenths(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  if (frac === 0) return sign + String(whole);
  return sign + (whole === 0 ? '' : String(whole)) + '.' + String(frac);
}

/** Joins numbers with the fewest separators: a minus sign separates by itself, and so does a second decimal point. */
function joinNumbers(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (out === '' || p.startsWith('-')) out += p;
    else if (p.startsWith('.') && /\.\d*$/.test(out)) out += p;
    else out += ' ' + p;
  }
  return out;
}

/**
 * Rewrites d3's absolute "M x,y L x,y ... Z" path as relative moves and lines in tenths of a unit (about 45%
 * smaller). Sub-paths that collapse to fewer than three distinct points at this precision draw nothing and are
 * dropped. Works in integer tenths so the relative steps add up exactly to the rounded absolute points.
 */
export function toRelativePath(d: string): string {
  const rings: [number, number][][] = [];
  for (const sub of d.split(/(?=M)/)) {
    const ring: [number, number][] = [];
    for (const m of sub.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)) {
      const x = Math.round(Number(m[1]) * 10);
      const y = Math.round(Number(m[2]) * 10);
      const last = ring[ring.length - 1];
      if (!last || last[0] !== x || last[1] !== y) ring.push([x, y]);
    }
    if (ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]) ring.pop();
    if (new Set(ring.map(([x, y]) => `${x},${y}`)).size >= 3) rings.push(ring);
  }
  let out = '';
  let cx = 0;
  let cy = 0;
  for (const ring of rings) {
    const [sx, sy] = ring[0];
    out += 'm' + joinNumbers([formatTenths(sx - cx), formatTenths(sy - cy)]);
    const steps: string[] = [];
    let px = sx;
    let py = sy;
    for (const [x, y] of ring.slice(1)) {
      steps.push(formatTenths(x - px), formatTenths(y - py));
      px = x;
      py = y;
    }
    out += 'l' + joinNumbers(steps) + 'z';
    // After "z" the current point is the ring's start again.
    cx = sx;
    cy = sy;
  }
  // The first "m" is relative to (0,0), which is the same as absolute: keep it lower-case for uniformity.
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const map = buildWorldMap();
  console.log(
    `world map: ${map.width}x${map.height}, path ${Buffer.byteLength(map.path)} bytes, ` +
      `JSON ${Buffer.byteLength(JSON.stringify(map))} bytes`,
  );
}
