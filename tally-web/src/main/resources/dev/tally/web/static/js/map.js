// An SVG map with no tiles: country outlines from the bundled Natural Earth TopoJSON, an
// equirectangular projection fitted to the incidents shown, and one circle per incident, its area
// proportional to the people killed, its colour its perpetrator.
import { s, clear, range } from './dom.js';

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

/**
 * Draws the map into svg; onSelect(incident) when an incident's circle is clicked. Incidents closer
 * than CELL pixels on screen are drawn as one cluster (its count inside; a click zooms in on it); the
 * wheel, a drag and the + / − / reset buttons zoom and pan, and clusters re-form at every zoom.
 * total: how many incidents the filters select, of which these are the ones drawn.
 */
export async function drawMap(svg, incidents, colours, onSelect, total = incidents.length) {
  clear(svg);
  const placed = incidents.filter((i) => i.place && i.place.lat !== null && i.place.lon !== null);
  const project = projector(fit(placed.map((i) => i.place)));
  const points = placed.map((i) => ({ i, xy: project([i.place.lon, i.place.lat]).map(Number) }));
  svg.appendChild(s('rect', { class: 'sea', x: -WIDTH * 20, y: -HEIGHT * 20, width: WIDTH * 41, height: HEIGHT * 41 }));
  const land = s('g', { class: 'land' });
  for (const f of await countries()) land.appendChild(s('path', { d: countryPath(f.geometry, project) }, s('title', {}, f.properties.name)));
  svg.appendChild(land);
  const dots = s('g', { class: 'incidents' });
  svg.appendChild(dots);
  const largest = Math.max(1, ...placed.map((i) => size(i)));
  const view = { x: WIDTH / 2, y: HEIGHT / 2, scale: 1 };
  const redraw = () => {
    const w = WIDTH / view.scale, hgt = HEIGHT / view.scale;
    svg.setAttribute('viewBox', `${(view.x - w / 2).toFixed(2)} ${(view.y - hgt / 2).toFixed(2)} ${w.toFixed(2)} ${hgt.toFixed(2)}`);
    svg.dataset.scale = String(view.scale);
    drawDots(dots, clusters(points, CELL / view.scale), view, largest, colours, onSelect, zoomTo);
  };
  const zoomTo = (x, y, factor) => {
    view.scale = Math.min(MAX_ZOOM, Math.max(1, view.scale * factor));
    view.x = x;
    view.y = y;
    redraw();
  };
  panAndZoom(svg, view, redraw);
  redraw();
  const shown = placed.length === total ? `${placed.length} incidents placed`
    : `${placed.length} placed of ${total} incidents (the ${incidents.length} with most killed are drawn)`;
  const note = svg.parentNode && svg.parentNode.querySelector('.map-note');
  if (note) note.textContent = `${shown} · outlines: Natural Earth · wheel or buttons to zoom, drag to pan`;
}

const CELL = 18;
const MAX_ZOOM = 64;

/** Points grouped by screen cells of `cell` map units: one group per cell, in drawing order (big first). */
function clusters(points, cell) {
  const cells = new Map();
  for (const p of points) {
    const key = `${Math.floor(p.xy[0] / cell)},${Math.floor(p.xy[1] / cell)}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(p);
  }
  return [...cells.values()].map((members) => ({
    members,
    xy: [members.reduce((a, m) => a + m.xy[0], 0) / members.length, members.reduce((a, m) => a + m.xy[1], 0) / members.length],
    size: members.reduce((a, m) => a + size(m.i), 0),
  })).sort((a, b) => b.size - a.size);
}

function drawDots(dots, groups, view, largest, colours, onSelect, zoomTo) {
  clear(dots);
  const unit = 1 / view.scale;
  for (const g of groups) {
    const r = (3 + 27 * Math.sqrt(Math.min(g.size, largest) / largest)) * unit;
    const [x, y] = g.xy;
    if (g.members.length === 1) {
      const i = g.members[0].i;
      dots.appendChild(s('circle', {
        cx: x.toFixed(2), cy: y.toFixed(2), r: r.toFixed(2), 'stroke-width': (0.8 * unit).toFixed(3), fill: colours.colour(i.perpetrator),
        class: 'incident', 'data-id': i.id, onclick: () => onSelect(i),
      }, s('title', {}, `${i.place.name || i.place.text || ''} ${i.date.start || ''}: ${label(i)}`)));
    } else {
      const radius = Math.max(r, 9 * unit);
      dots.appendChild(s('g', { class: 'cluster', 'data-count': g.members.length, onclick: () => zoomTo(x, y, 3) },
        s('circle', { cx: x.toFixed(2), cy: y.toFixed(2), r: radius.toFixed(2), 'stroke-width': (0.8 * unit).toFixed(3) }),
        s('text', { x: x.toFixed(2), y: (y + 4 * unit).toFixed(2), 'text-anchor': 'middle', 'font-size': (11 * unit).toFixed(2) }, String(g.members.length)),
        s('title', {}, `${g.members.length} incidents, ${g.size} killed at least: click to zoom in`)));
    }
  }
}

/** Wheel zooms about the pointer, a drag pans; both in map units so that the projection never changes. */
function panAndZoom(svg, view, redraw) {
  const toMap = (e) => {
    const box = svg.getBoundingClientRect();
    return [view.x + ((e.clientX - box.left) / box.width - 0.5) * WIDTH / view.scale,
      view.y + ((e.clientY - box.top) / box.height - 0.5) * HEIGHT / view.scale];
  };
  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    const [mx, my] = toMap(e);
    const factor = e.deltaY < 0 ? 1.5 : 1 / 1.5;
    const next = Math.min(MAX_ZOOM, Math.max(1, view.scale * factor));
    view.x = mx - (mx - view.x) * view.scale / next;
    view.y = my - (my - view.y) * view.scale / next;
    view.scale = next;
    redraw();
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (e) => { drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y }; });
  svg.addEventListener('pointermove', (e) => {
    // a click wobbles a pixel or two: only a real drag pans (and re-draws the circles under the pointer)
    if (!drag || Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) < 4) return;
    const box = svg.getBoundingClientRect();
    view.x = drag.vx - (e.clientX - drag.x) / box.width * WIDTH / view.scale;
    view.y = drag.vy - (e.clientY - drag.y) / box.height * HEIGHT / view.scale;
    redraw();
  });
  for (const end of ['pointerup', 'pointerleave']) svg.addEventListener(end, () => { drag = null; });
  svg.zoomBy = (factor) => {
    view.scale = Math.min(MAX_ZOOM, Math.max(1, view.scale * factor));
    redraw();
  };
  svg.zoomReset = () => {
    Object.assign(view, { x: WIDTH / 2, y: HEIGHT / 2, scale: 1 });
    redraw();
  };
}

function size(i) {
  return Math.max(i.killed.min || 0, i.killed.max || 0);
}

function label(i) {
  const { min, max } = i.killed;
  if (min === null && max === null) return 'no one reported killed';
  return `${range(min, max)} killed`;
}
