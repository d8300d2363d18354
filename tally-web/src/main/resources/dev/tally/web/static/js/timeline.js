// An SVG timeline of people killed per period: the band between the sums of lower and upper bounds,
// and the lower bound as a line.
import { s, clear } from './dom.js';

const WIDTH = 960;
const HEIGHT = 220;
const PAD = { left: 52, right: 12, top: 12, bottom: 28 };

/**
 * Draws the series. scale 'linear' clips a lone outlier (a period over four times the next highest)
 * to 1.25 times the next, marked ▲ with its value, so one war-wide toll never flattens the rest
 * silently; 'log' shows every value on a log10(1 + v) axis.
 */
export function drawTimeline(svg, series, scale = 'linear') {
  clear(svg);
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  const points = series.points;
  if (points.length === 0) {
    svg.appendChild(s('text', { x: WIDTH / 2, y: HEIGHT / 2, class: 'note', 'text-anchor': 'middle' }, 'No dated incidents match.'));
    return;
  }
  const highest = points.map((p) => p.max).sort((a, b) => b - a);
  const clipped = scale !== 'log' && highest.length > 2 && highest[0] > 4 * Math.max(1, highest[1]);
  const top = clipped ? Math.ceil(highest[1] * 1.25) : Math.max(1, highest[0]);
  const innerW = WIDTH - PAD.left - PAD.right, innerH = HEIGHT - PAD.top - PAD.bottom;
  const step = points.length > 1 ? innerW / (points.length - 1) : 0;
  const x = (k) => PAD.left + (points.length > 1 ? k * step : innerW / 2);
  const share = scale === 'log' ? (v) => Math.log10(1 + v) / Math.log10(1 + top) : (v) => Math.min(v, top) / top;
  const y = (v) => PAD.top + innerH - share(v) * innerH;
  const axis = s('g', { class: 'axis' });
  const ticks = scale === 'log' ? [0, ...[1, 10, 100, 1000, 10000, 100000, 1000000].filter((t) => t <= top)] : [0, Math.round(top / 2), top];
  for (const v of ticks) {
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
  const marks = s('g', { class: 'clipped' });
  points.forEach((p, k) => {
    if (p.max <= top || scale === 'log') return;
    const cx = x(k);
    marks.appendChild(s('path', { d: `M${cx - 5},${PAD.top + 8}L${cx + 5},${PAD.top + 8}L${cx},${PAD.top}Z`, 'data-value': p.max },
      s('title', {}, `${label(p.start, series.period)}: ${p.min === p.max ? p.min : `${p.min}–${p.max}`} killed, above the scale (clipped)`)));
  });
  svg.appendChild(marks);
  if (clipped) svg.appendChild(s('text', { x: PAD.left + 8, y: PAD.top + 10, class: 'note', 'text-anchor': 'start' },
    `▲ above the scale: ${highest[0]} at most; choose the log scale to see it`));
}

function label(start, period) {
  return period === 'month' ? start.slice(0, 7) : start;
}
