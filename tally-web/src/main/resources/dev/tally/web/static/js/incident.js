// One incident: each source's figure side by side, contradictions flagged, each evidence sentence
// highlighted inside its article as published, and, for analysts, review actions.
import { h, append, clear, range, days, placeName } from './dom.js';
import { get, query, session } from './api.js';
import { articleText, showMarks } from './article.js';
import { claimActions, mergeForm, splitForm } from './review.js';
import { outletLink } from './outlet.js';

export async function incidentPage(main, id, params) {
  const values = params.get('values') || '';
  const i = await get(`/api/incidents/${encodeURIComponent(id)}${query({ values })}`);
  const reload = () => { clear(main); return incidentPage(main, id, params); };
  append(main, [
    h('p', {}, h('a', { href: '#/' }, '← all incidents')),
    h('h1', { id: 'incident-title' }, `${placeName(i.place) || 'Unplaced'} · ${days(i.date)}`),
    h('p', { class: 'facts' },
      h('span', {}, `Perpetrator: ${i.perpetrator || 'unknown'}`), ' · ', h('span', {}, `Means: ${i.means || 'unknown'}`), ' · ',
      h('span', {}, `${i.documents.length} source(s)`), ' · ', h('code', {}, i.id), ' · ',
      h('a', { href: `#/incident/${encodeURIComponent(id)}${values === 'extracted' ? '' : '?values=extracted'}` },
        values === 'extracted' ? 'show reviewed values' : 'show extracted values only'),
      i.reviewed ? h('span', { class: 'badge' }, 'changed by review') : ''),
    figures(i),
    contradictions(i),
    links(i),
    h('h2', {}, 'Sources side by side'),
    h('div', { class: 'sources', id: 'sources' }, i.documents.map((d) => source(i, d, reload))),
  ]);
  if (session.canReview && values !== 'extracted') append(main, h('section', { class: 'panel review' }, h('h2', {}, 'Merge or split'), mergeForm(i), splitForm(i)));
  showMarks(main);
}

/** Claims named as a reader knows them: the figure as written and its source, linking to its evidence below. */
function claimRefs(i, ids) {
  const byId = new Map(i.claims.map((c) => [c.id, c]));
  const outlet = new Map(i.documents.map((d) => [d.id, d.outlet || d.name]));
  return ids.map((id, k) => {
    const c = byId.get(id);
    if (!c) return '';
    return [k ? '; ' : '', h('a', { href: `#claim-${c.id}`, class: 'claim-ref', title: c.sentence, onclick: (e) => { e.preventDefault(); focus(c.id); } },
      `“${c.count.phrase}”`), ` (${outlet.get(c.document) || 'unknown source'})`];
  });
}

function figures(i) {
  return h('table', { class: 'figures', id: 'figures' },
    h('thead', {}, h('tr', {}, ['Outcome', 'Victims', 'Range', 'As the sources put it'].map((t) => h('th', {}, t)))),
    h('tbody', {}, i.figures.map((f) => h('tr', {}, h('td', {}, f.outcome), h('td', {}, f.victims),
      h('td', { class: 'num figure-range' }, range(f.min, f.max)), h('td', {}, claimRefs(i, f.claims))))));
}

function contradictions(i) {
  if (i.contradictions.length === 0) return h('p', { class: 'muted' }, 'The sources do not contradict one another.');
  return h('div', { class: 'contradictions', role: 'alert' }, h('strong', {}, '⚠ Contradiction between sources'),
    h('ul', {}, i.contradictions.map((c) => h('li', {}, `${c.text}: `, claimRefs(i, c.claims)))));
}

/** Why the resolver joined these sources: each link's reasons and confidence, so a doubtful join can be split. */
function links(i) {
  if (!i.links || i.links.length === 0) return '';
  return h('section', { class: 'links', id: 'links' }, h('h2', {}, `Why these sources were joined (confidence ${i.confidence.toFixed(2)})`),
    h('ul', {}, i.links.map((l) => h('li', {}, claimRefs(i, l.claims), ` — ${l.reasons} (${l.confidence.toFixed(2)})`))));
}

function source(i, d, reload) {
  const claims = i.claims.filter((c) => c.document === d.id);
  const contradicted = new Set(i.contradictions.flatMap((c) => c.claims));
  return h('article', { class: 'source', 'data-document': d.id },
    h('header', {}, h('h3', {}, outletLink(d.outlet, d.name)), h('p', { class: 'muted' }, `${d.name} · published ${d.published || 'unknown'}`,
      d.url ? [' · ', h('a', { href: d.url, rel: 'noopener noreferrer' }, 'original')] : '')),
    h('ul', { class: 'claims' }, claims.map((c) => h('li', { class: `claim ${c.status}`, 'data-claim': c.id },
      h('a', { href: `#claim-${c.id}`, class: 'figure', onclick: (e) => { e.preventDefault(); focus(c.id); } },
        `${range(c.count.min, c.count.max)} ${c.outcome} (${c.victims}${c.subgroup ? `, ${c.subgroup}` : ''})`),
      ` “${c.count.phrase}”`, c.claimant ? ` says ${c.claimant}` : '',
      contradicted.has(c.id) ? h('span', { class: 'flag' }, ' ⚠ contradicted') : '',
      c.status !== 'unreviewed' ? h('span', { class: `badge ${c.status}` }, c.status) : '',
      corrected(c),
      session.canReview ? claimActions(c, reload) : ''))),
    d.text === null ? h('p', { class: 'error' }, 'No text: this document was rejected.')
      : articleText(d.text, claims.map((c) => ({ id: c.id, sentence: c.sentenceSpan, evidence: c.evidence,
        label: `${c.count.phrase}: ${c.outcome} ${c.victims}` }))));
}

function corrected(c) {
  const notes = [];
  const ex = c.extracted;
  if (range(ex.count.min, ex.count.max) !== range(c.count.min, c.count.max)) notes.push(`figure extracted as ${range(ex.count.min, ex.count.max)}`);
  if (days(ex.date) !== days(c.date)) notes.push(`date extracted as ${days(ex.date)}`);
  if (placeName(ex.place) !== placeName(c.place)) notes.push(`place extracted as ${placeName(ex.place) || 'unknown'}`);
  return notes.length ? h('span', { class: 'corrected' }, ` (reviewed; ${notes.join('; ')})`) : '';
}

function focus(claimId) {
  const el = document.getElementById(`claim-${claimId}`);
  if (el) el.scrollIntoView({ block: 'center' });
}
