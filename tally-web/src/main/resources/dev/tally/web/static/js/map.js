// An SVG map with no tiles: country outlines from the bundled Natural Earth TopoJSON, an
// equirectangular projection fitted to the incidents shown, and one circle per incident, its area
// proportional to the people killed, its colour its perpetrator.
import { s, clear } from './dom.js';

const WIDTH = 960;
const HEIGHT = 460;
const PALETTE = ['#d62728', '#1f77b4', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#393b79'];
const UNKNOWN = '#7f7f7f';
let world = null;

async function countries() {
  if (!world) {
    const topology = await (await fetch('vendor/countries-110m.json')).json();
    world = window.topojson.feature(topology, topology.objects.countries).features;
  }
  return world;
}

/** Colours for perpetrators, the most frequent first, so the legend is stable for one answer. */
export function palette(incidents) {
  const counts = new Map();
  for (const i of incidents) if (i.perpetrator) counts.set(i.perpetrator, (counts.get(i.perpetrator) || 0) + 1);
  const names = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b));
  const colours = new Map(names.map((n, k) => [n, PALETTE[k % PALETTE.length]]));
  return { colour: (name) => (name && colours.get(name)) || UNKNOWN, names: names.slice(0, PALETTE.length) };
}

/** The view: all incidents with coordinates inside, at least 24 degrees wide, kept to the world. */
function fit(points) {
  if (points.length === 0) return { lon0: -180, lon1: 180, lat0: -60, lat1: 85 };
  let lon0 = Math.min(...points.map((p) => p.lon)), lon1 = Math.max(...points.map((p) => p.lon));
  let lat0 = Math.min(...points.map((p) => p.lat)), lat1 = Math.max(...points.map((p) => p.lat));
  const cx = (lon0 + lon1) / 2, cy = (lat0 + lat1) / 2;
  let w = Math.max(24, (lon1 - lon0) * 1.4), hgt = Math.max(w * HEIGHT / WIDTH, (lat1 - lat0) * 1.4);
  w = Math.max(w, hgt * WIDTH / HEIGHT);
  hgt = w * HEIGHT / WIDTH;
  return { lon0: cx - w / 2, lon1: cx + w / 2, lat0: cy - hgt / 2, lat1: cy + hgt / 2 };
}

function projector(view) {
  const k = WIDTH / (view.lon1 - view.lon0);
  return ([lon, lat]) => [((lon - view.lon0) * k).toFixed(1), ((view.lat1 - lat) * k).toFixed(1)];
}

function ringPath(ring, project) {
  let d = '';
  let prev = null;
  for (const point of ring) {
    // A jump of more than half the world is a ring crossing the antimeridian: lift the pen.
    const jump = prev && Math.abs(point[0] - prev[0]) > 180;
    const [x, y] = project(point);
    d += `${!prev || jump ? 'M' : 'L'}${x},${y}`;
    prev = point;
  }
  return d + 'Z';
}

function countryPath(geometry, project) {
  if (!geometry) return '';
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((r) => ringPath(r, project)).join('')).join('');
}

/** Draws the map into svg; onSelect(incident) when a circle is clicked. */
export async function drawMap(svg, incidents, colours, onSelect) {
  clear(svg);
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  const placed = incidents.filter((i) => i.place && i.place.lat !== null && i.place.lon !== null);
  const view = fit(placed.map((i) => i.place));
  const project = projector(view);
  svg.appendChild(s('rect', { class: 'sea', x: 0, y: 0, width: WIDTH, height: HEIGHT }));
  const land = s('g', { class: 'land' });
  for (const f of await countries()) land.appendChild(s('path', { d: countryPath(f.geometry, project) }, s('title', {}, f.properties.name)));
  svg.appendChild(land);
  const largest = Math.max(1, ...placed.map((i) => size(i)));
  const dots = s('g', { class: 'incidents' });
  // Big circles first, so that small ones stay clickable on top.
  for (const i of [...placed].sort((a, b) => size(b) - size(a))) {
    const [x, y] = project([i.place.lon, i.place.lat]);
    const r = 3 + 27 * Math.sqrt(size(i) / largest);
    dots.appendChild(s('circle', {
      cx: x, cy: y, r: r.toFixed(1), fill: colours.colour(i.perpetrator), class: 'incident', 'data-id': i.id,
      onclick: () => onSelect(i),
    }, s('title', {}, `${i.place.name || i.place.text || ''} ${i.date.start || ''}: ${label(i)}`)));
  }
  svg.appendChild(dots);
  svg.appendChild(s('text', { x: 8, y: HEIGHT - 8, class: 'note' }, `${placed.length} of ${incidents.length} incidents placed · outlines: Natural Earth`));
}

function size(i) {
  return Math.max(i.killed.min || 0, i.killed.max || 0);
}

function label(i) {
  const { min, max } = i.killed;
  if (min === null && max === null) return 'no one reported killed';
  return `${min === max ? min : `${min}–${max === null ? '?' : max}`} killed`;
}
