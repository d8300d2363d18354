// An SVG timeline of people killed per period: the band between the sums of lower and upper bounds,
// and the lower bound as a line.
import { s, clear } from './dom.js';

const WIDTH = 960;
const HEIGHT = 220;
const PAD = { left: 52, right: 12, top: 12, bottom: 28 };

export function drawTimeline(svg, series) {
  clear(svg);
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  const points = series.points;
  if (points.length === 0) {
    svg.appendChild(s('text', { x: WIDTH / 2, y: HEIGHT / 2, class: 'note', 'text-anchor': 'middle' }, 'No dated incidents match.'));
    return;
  }
  const top = Math.max(1, ...points.map((p) => p.max));
  const innerW = WIDTH - PAD.left - PAD.right, innerH = HEIGHT - PAD.top - PAD.bottom;
  const step = points.length > 1 ? innerW / (points.length - 1) : 0;
  const x = (k) => PAD.left + (points.length > 1 ? k * step : innerW / 2);
  const y = (v) => PAD.top + innerH - (v / top) * innerH;
  const axis = s('g', { class: 'axis' });
  for (const v of [0, Math.round(top / 2), top]) {
    axis.appendChild(s('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(v), y2: y(v) }));
    axis.appendChild(s('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v)));
  }
  const every = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((p, k) => {
    if (k % every === 0) axis.appendChild(s('text', { x: x(k), y: HEIGHT - 8, 'text-anchor': 'middle' }, label(p.start, series.period)));
  });
  svg.appendChild(axis);
  const upper = points.map((p, k) => `${x(k).toFixed(1)},${y(p.max).toFixed(1)}`);
  const lower = points.map((p, k) => `${x(k).toFixed(1)},${y(p.min).toFixed(1)}`).reverse();
  const band = points.length > 1 ? `M${upper.join('L')}L${lower.join('L')}Z`
    : `M${x(0) - 4},${y(points[0].max)}L${x(0) + 4},${y(points[0].max)}L${x(0) + 4},${y(points[0].min)}L${x(0) - 4},${y(points[0].min)}Z`;
  svg.appendChild(s('path', { class: 'band', d: band }, s('title', {}, 'min–max of the sources')));
  svg.appendChild(s('path', { class: 'line', d: `M${points.map((p, k) => `${x(k).toFixed(1)},${y(p.min).toFixed(1)}`).join('L')}` }));
  const hover = s('g', { class: 'hover' });
  points.forEach((p, k) => {
    hover.appendChild(s('rect', { x: x(k) - Math.max(step, 8) / 2, y: PAD.top, width: Math.max(step, 8), height: innerH },
      s('title', {}, `${label(p.start, series.period)}: ${p.min === p.max ? p.min : `${p.min}–${p.max}`} killed in ${p.incidents} incident(s)`)));
  });
  svg.appendChild(hover);
}

function label(start, period) {
  return period === 'month' ? start.slice(0, 7) : start;
}
