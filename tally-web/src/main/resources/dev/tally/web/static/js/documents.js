// The documents: what was read, what was only partly read and what was rejected, with the reason.
import { h, append, range, pager } from './dom.js';
import { get, query } from './api.js';
import { articleText, showMarks } from './article.js';
import { outletLink } from './outlet.js';

export async function documentsPage(main, params) {
  const status = params.get('status') || '';
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const docs = await get(`/api/documents${query({ status, page, size: 100 })}`);
  const tab = (value, text) => h('a', { href: `#/documents${value ? `?status=${value}` : ''}`, class: value === status ? 'tab on' : 'tab' }, text);
  append(main, [h('h1', {}, 'Documents'),
    h('p', { class: 'tabs' }, tab('', 'all'), tab('ok', 'ok'), tab('partial', 'partial'), tab('rejected', 'rejected')),
    h('p', { class: 'muted', id: 'document-count' }, `${Math.min(docs.total, (page - 1) * docs.size + 1)}–${Math.min(docs.total, page * docs.size)} of ${docs.total} document(s)`),
    h('table', { class: 'list', id: 'documents' },
      h('thead', {}, h('tr', {}, ['Status', 'Name', 'Outlet', 'Published', 'Claims', 'Consistency', 'Reason'].map((t) => h('th', {}, t)))),
      h('tbody', {}, docs.items.map((d) => h('tr', { class: d.status },
        h('td', {}, h('span', { class: `badge ${d.status}` }, d.status)),
        h('td', {}, d.status === 'rejected' ? d.name : h('a', { href: `#/document/${d.id}` }, d.name)),
        h('td', {}, outletLink(d.outlet)), h('td', {}, d.published || ''), h('td', { class: 'num' }, String(d.claims)),
        h('td', { class: 'num consistency', title: d.consistency.reasons.join('\n') }, d.consistency.score === null ? '–' : d.consistency.score.toFixed(2)),
        h('td', { class: 'reason' }, d.reason || ''))))),
    pager(docs.total, docs.size, page, (n) => `#/documents${query({ status, page: n })}`)]);
}

export async function documentPage(main, id) {
  const d = await get(`/api/documents/${encodeURIComponent(id)}`);
  append(main, [h('p', {}, h('a', { href: '#/documents' }, '← all documents')),
    h('h1', {}, outletLink(d.outlet, d.name)),
    h('p', { class: 'muted' }, `${d.name} · ${d.status} · published ${d.published || 'unknown'} · ${d.claimList.length} claim(s)`),
    h('div', { class: 'panel', id: 'consistency' }, h('strong', {}, d.consistency.score === null ? 'Consistency: none'
      : `Consistency ${d.consistency.score.toFixed(2)}`), ' with the other independent sources of its incidents',
    h('ul', {}, d.consistency.reasons.map((r) => h('li', {}, r)))),
    d.reason ? h('p', { class: 'reason' }, d.reason) : '',
    h('ul', { class: 'claims' }, d.claimList.map((c) => h('li', {},
      `${range(c.count.min, c.count.max)} ${c.outcome} (${c.victims}) “${c.count.phrase}” `,
      c.incident ? h('a', { href: `#/incident/${encodeURIComponent(c.incident)}` }, c.incident) : h('span', { class: 'muted' }, c.kind)))),
    d.text === null ? h('p', { class: 'error' }, 'Rejected: no text was kept.')
      : articleText(d.text, d.claimList.map((c) => ({ id: c.id, sentence: c.sentenceSpan, evidence: c.evidence, label: c.count.phrase })))]);
  showMarks(main);
}
