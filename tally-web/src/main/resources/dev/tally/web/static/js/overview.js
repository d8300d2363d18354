// The front page: filters that drive the map, the timeline and the list together. The filters live
// in the URL (#/?country=IQ&from=...), so a view can be bookmarked and shared.
import { h, s, append, range, days, placeName, pager } from './dom.js';
import { get, query } from './api.js';
import { drawMap, palette } from './map.js';
import { drawTimeline } from './timeline.js';

const FILTERS = ['country', 'from', 'to', 'perpetrator', 'victims', 'outcome', 'min', 'q', 'values'];

function field(label, input) {
  return h('label', {}, h('span', {}, label), input);
}

function select(name, value, options) {
  return h('select', { name }, options.map(([v, text]) => h('option', { value: v, selected: v === value ? 'selected' : null }, text)));
}

function filterForm(params) {
  const v = (name) => params.get(name) || '';
  const form = h('form', { class: 'filters', id: 'filters' },
    field('Country', h('input', { name: 'country', value: v('country'), placeholder: 'IQ', size: 3, maxlength: 2 })),
    field('From', h('input', { name: 'from', type: 'date', value: v('from') })),
    field('To', h('input', { name: 'to', type: 'date', value: v('to') })),
    field('Perpetrator', h('input', { name: 'perpetrator', value: v('perpetrator'), size: 12 })),
    field('Victims', select('victims', v('victims'), [['', 'any'], ['civilian', 'civilian'], ['military', 'military'], ['militant', 'militant'], ['unknown', 'unknown']])),
    field('Outcome', select('outcome', v('outcome'), [['', 'any'], ['killed', 'killed'], ['injured', 'injured'], ['casualties', 'casualties'], ['abducted', 'abducted'], ['displaced', 'displaced']])),
    field('At least', h('input', { name: 'min', type: 'number', min: 0, value: v('min'), size: 5 })),
    field('Text', h('input', { name: 'q', type: 'search', value: v('q'), size: 14 })),
    field('Values', select('values', v('values'), [['', 'reviewed'], ['extracted', 'extracted']])),
    field('Timeline', select('period', v('period') || 'month', [['day', 'per day'], ['week', 'per week'], ['month', 'per month']])),
    field('Scale', select('scale', v('scale') || 'linear', [['linear', 'linear'], ['log', 'log']])),
    h('button', { type: 'submit' }, 'Apply'),
    h('a', { href: '#/', class: 'reset' }, 'Reset'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const name of [...FILTERS, 'period', 'scale']) next[name] = (data.get(name) || '').trim();
    location.hash = `#/${query(next)}`;
  });
  return form;
}

function filters(params) {
  const f = {};
  for (const name of FILTERS) if (params.get(name)) f[name] = params.get(name);
  return f;
}

export async function overview(main, params) {
  const f = filters(params);
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const period = params.get('period') || 'month';
  const mapSvg = s('svg', { id: 'map', class: 'map', role: 'img', 'aria-label': 'Map of incidents' });
  const timelineSvg = s('svg', { id: 'timeline', class: 'timeline', role: 'img', 'aria-label': 'People killed per period' });
  const legend = h('div', { class: 'legend', id: 'legend' });
  const list = h('div', { id: 'incident-list' });
  append(main, [filterForm(params),
    h('section', { class: 'panel' }, h('h2', {}, 'Where'),
      h('p', { class: 'map-tools' }, h('button', { type: 'button', id: 'zoom-in', onclick: () => mapSvg.zoomBy(2) }, '+'),
        h('button', { type: 'button', id: 'zoom-out', onclick: () => mapSvg.zoomBy(0.5) }, '−'),
        h('button', { type: 'button', id: 'zoom-reset', onclick: () => mapSvg.zoomReset() }, 'whole view')),
      mapSvg, h('p', { class: 'muted map-note', id: 'map-note' }), legend),
    h('section', { class: 'panel' }, h('h2', {}, `People killed per ${period}`), timelineSvg),
    h('section', { class: 'panel' }, h('h2', {}, 'Incidents'), list)]);
  const [mapped, series, listed] = await Promise.all([
    get(`/api/incidents${query({ ...f, size: 500, sort: 'killed' })}`),
    get(`/api/series${query({ ...f, period })}`),
    get(`/api/incidents${query({ ...f, size: 25, page })}`)]);
  const colours = palette(mapped.items);
  const open = (i) => { location.hash = `#/incident/${encodeURIComponent(i.id)}`; };
  await drawMap(mapSvg, mapped.items, colours, open, mapped.total);
  append(legend, colours.names.map((n) => h('span', { class: 'key' }, h('i', { style: null, 'data-colour': colours.colour(n) }), n)));
  legend.querySelectorAll('i[data-colour]').forEach((el) => { el.style.background = el.dataset.colour; });
  append(legend, h('span', { class: 'key' }, h('i', { class: 'unknown' }), 'unknown'));
  drawTimeline(timelineSvg, series, params.get('scale') || 'linear');
  if (series.undated) append(timelineSvg.parentNode, h('p', { class: 'muted' }, `${series.undated} undated incident(s) are not on the timeline.`));
  renderList(list, listed, params, page, f);
}

function renderList(list, listed, params, page, f) {
  append(list, h('p', { class: 'muted', id: 'incident-count' }, `${listed.total} incidents (${listed.values} values) · download what the filters select: `,
    h('a', { href: `/api/incidents/download${query({ ...f, format: 'csv' })}`, id: 'download-csv', download: 'tally-incidents.csv' }, 'CSV'), ' · ',
    h('a', { href: `/api/incidents/download${query({ ...f, format: 'geojson' })}`, id: 'download-geojson', download: 'tally-incidents.geojson' }, 'GeoJSON')));
  const rows = listed.items.map((i) => h('tr', { 'data-id': i.id },
    h('td', {}, days(i.date)),
    h('td', {}, h('a', { href: `#/incident/${encodeURIComponent(i.id)}`, class: 'incident-link' }, placeName(i.place) || i.id)),
    h('td', {}, i.perpetrator || '—'),
    h('td', { class: 'num' }, range(i.killed.min, i.killed.max) || '—'),
    h('td', {}, i.figures.map((fig) => `${fig.outcome} ${fig.victims} ${range(fig.min, fig.max)}`).join('; ')),
    h('td', { class: 'num' }, String(i.documents)),
    h('td', {}, i.contradictions ? h('span', { class: 'flag' }, `⚠ ${i.contradictions}`) : '', i.reviewed ? h('span', { class: 'badge' }, 'reviewed') : '')));
  append(list, h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, ['Date', 'Place', 'Perpetrator', 'Killed', 'Figures', 'Sources', ''].map((t) => h('th', {}, t)))),
    h('tbody', {}, rows)));
  append(list, pager(listed.total, listed.size, page, (n) => {
    const p = new URLSearchParams(params);
    p.set('page', n);
    return `#/?${p}`;
  }, ['← newer', 'older →']));
}
