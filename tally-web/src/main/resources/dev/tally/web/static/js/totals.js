// Totals: tolls over a period, a war or a region ("more than 280,000 killed since 2011"). They are
// statistics, not events: they join no incident and stay off the timeline, so they are listed here,
// each with its period, place, claimant and source.
import { h, append, range, days, placeName, pager } from './dom.js';
import { get, query } from './api.js';

export async function totalsPage(main, params) {
  const outcome = params.get('outcome') || '';
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const totals = await get(`/api/claims${query({ kind: 'aggregate', outcome, page, size: 100 })}`);
  const tab = (value, text) => h('a', { href: `#/totals${value ? `?outcome=${value}` : ''}`, class: value === outcome ? 'tab on' : 'tab' }, text);
  append(main, [h('h1', {}, 'Totals'),
    h('p', { class: 'muted' }, 'Tolls over a period, a war or a region. They are statistics, not events: no incident holds them and the timeline leaves them out.'),
    h('p', { class: 'tabs' }, tab('', 'all'), tab('killed', 'killed'), tab('injured', 'injured'), tab('displaced', 'displaced')),
    h('p', { class: 'muted', id: 'total-count' }, `${Math.min(totals.total, (page - 1) * totals.size + 1)}–${Math.min(totals.total, page * totals.size)} of ${totals.total} total(s)`),
    h('table', { class: 'list', id: 'totals' },
      h('thead', {}, h('tr', {}, ['Toll', 'Outcome', 'Victims', 'Period', 'Place', 'Claimant', 'Source', 'Sentence'].map((t) => h('th', {}, t)))),
      h('tbody', {}, totals.items.map((c) => h('tr', {},
        h('td', { class: 'num' }, range(c.count.min, c.count.max)), h('td', {}, c.outcome), h('td', {}, c.victims),
        h('td', {}, c.date.text ? `${c.date.text} (${days(c.date)})` : days(c.date)), h('td', {}, placeName(c.place)),
        h('td', {}, c.claimant || ''), h('td', {}, h('a', { href: `#/document/${c.document}` }, c.doc)),
        h('td', { class: 'sentence' }, c.sentence))))),
    pager(totals.total, totals.size, page, (n) => `#/totals${query({ outcome, page: n })}`)]);
}
