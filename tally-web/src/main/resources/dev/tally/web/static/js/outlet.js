// Outlets: each one's track record, and a page per outlet with its figures against the other
// independent sources of the same incidents over time (method: docs/OUTLETS.md).
import { h, s, append } from './dom.js';
import { get } from './api.js';

/** A source name as a link to its outlet page; plain text when there is no name. */
export function outletLink(name, fallback) {
  if (!name) return fallback || '';
  return h('a', { href: `#/outlet/${encodeURIComponent(name)}`, class: 'outlet' }, name);
}

function delay(o) {
  return o.medianDelayDays === null ? '–' : `${o.medianDelayDays} d`;
}

export async function outletsPage(main) {
  const list = await get('/api/outlets');
  append(main, [h('h1', {}, 'Outlets'),
    h('p', { class: 'muted' }, 'Only incidents that another independent source also reports count for first, delay and figures; '
      + 'a figure is above or below when it lies outside the range the other sources give.'),
    h('table', { class: 'list', id: 'outlets' },
      h('thead', {}, h('tr', {}, ['Outlet', 'Documents', 'Claims', 'Incidents', 'Compared', 'First', 'Median delay', 'Figures', 'Above', 'Below']
        .map((t) => h('th', {}, t)))),
      h('tbody', {}, list.items.map((o) => h('tr', {}, h('td', {}, outletLink(o.outlet)),
        [o.documents, o.claims, o.incidents, o.compared, o.first, delay(o), o.figuresCompared, o.above.length, o.below.length]
          .map((v) => h('td', { class: 'num' }, String(v)))))))]);
}

export async function outletPage(main, name) {
  const o = await get(`/api/outlets/${encodeURIComponent(name)}`);
  append(main, [h('p', {}, h('a', { href: '#/outlets' }, '← all outlets')),
    h('h1', {}, o.outlet),
    h('p', { class: 'muted', id: 'outlet-summary' }, `${o.documents} document(s) · ${o.claims} claim(s) · ${o.incidents} incident(s), `
      + `${o.compared} also reported by another independent source · first on ${o.first} · median delay ${delay(o)} · `
      + `${o.figuresCompared} figure(s) compared: ${o.above.length} above, ${o.below.length} below the others`),
    h('h2', {}, 'Its figures against the other sources'),
    o.checks.length === 0 ? h('p', { class: 'muted', id: 'outlet-plot' }, 'No figure of this outlet can be compared: no other independent source gives one for its incidents.')
      : plot(o.checks),
    h('table', { class: 'list', id: 'outlet-checks' },
      h('thead', {}, h('tr', {}, ['Date', 'Incident', 'Outcome', 'Its figure', 'Others', 'Verdict'].map((t) => h('th', {}, t)))),
      h('tbody', {}, o.checks.map((c) => h('tr', { class: c.verdict },
        h('td', {}, c.date || ''), h('td', {}, h('a', { href: `#/incident/${encodeURIComponent(c.incident)}` }, c.incident)),
        h('td', {}, c.outcome), h('td', { class: 'num' }, span(c.low, c.high)),
        h('td', {}, `${span(c.othersLow, c.othersHigh)} (${c.others.join(', ')})`),
        h('td', {}, h('span', { class: `badge ${c.verdict}` }, c.verdict))))))]);
}

function span(lo, hi) {
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** Each check at its incident's date: the others' range as a bar, the outlet's figure as a dot (log scale: tolls span 1 to thousands). */
function plot(checks) {
  const W = 720, H = 260, L = 48, R = 12, T = 12, B = 28;
  const dated = checks.filter((c) => c.date);
  const times = dated.map((c) => Date.parse(c.date));
  const t0 = Math.min(...times), t1 = Math.max(...times);
  const top = Math.max(...checks.flatMap((c) => [c.high, c.othersHigh]), 1);
  const y = (v) => T + (H - T - B) * (1 - Math.log10(v + 1) / Math.log10(top + 1));
  const x = (c, i) => (dated.length > 1 && t1 > t0 ? L + (W - L - R) * ((Date.parse(c.date) - t0) / (t1 - t0)) : L + (W - L - R) * ((i + 0.5) / dated.length));
  const ticks = [0, 1, 10, 100, 1000, 10000].filter((v) => v <= top);
  return s('svg', { id: 'outlet-plot', viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img',
    'aria-label': `${dated.length} figures against the other sources' ranges` },
  ticks.map((v) => [s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: '#e3e6ea' }),
    s('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11 }, String(v))]),
  dated.length ? [s('text', { x: L, y: H - 8, 'font-size': 11 }, dated[0].date),
    s('text', { x: W - R, y: H - 8, 'font-size': 11, 'text-anchor': 'end' }, dated[dated.length - 1].date)] : '',
  dated.map((c, i) => s('g', { class: `check ${c.verdict}` },
    s('title', {}, c.reason),
    s('line', { x1: x(c, i), x2: x(c, i), y1: y(c.othersLow), y2: y(c.othersHigh) + (c.othersLow === c.othersHigh ? -2 : 0),
      stroke: '#9aa4b2', 'stroke-width': 6, 'stroke-linecap': 'round' }),
    s('circle', { cx: x(c, i), cy: y((c.low + c.high) / 2), r: 4,
      fill: c.verdict === 'within' ? '#2b7a3d' : (c.verdict === 'above' ? '#c0392b' : '#1f5fa8') }))));
}
