// Review actions for analysts: confirm, reject, correct a figure, date or place; merge and split.
// Every action asks why; the server keeps the extracted value and logs before, after and reason.
import { h, append, clear } from './dom.js';
import { write } from './api.js';

function form(title, inputs, submit) {
  const message = h('span', { class: 'message', role: 'status' });
  const reason = h('input', { name: 'reason', required: true, placeholder: 'why (kept in the audit log)', size: 30 });
  const f = h('form', { class: 'review-form' }, h('strong', {}, title), ' ', inputs, ' ', reason, ' ',
    h('button', { type: 'submit' }, 'Save'), ' ', message);
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(message);
    try {
      await submit(new FormData(f));
    } catch (err) {
      append(message, h('span', { class: 'error' }, `${err.message}${err.parameter ? ` (${err.parameter})` : ''}`));
    }
  });
  return f;
}

function number(data, name) {
  const v = (data.get(name) || '').trim();
  return v === '' ? null : Number(v);
}

export function claimActions(c, reload) {
  const slot = h('div', { class: 'review-slot' });
  const send = async (field, value, data) => {
    await write('POST', `/api/claims/${c.id}/reviews`, { field, value, reason: data.get('reason') });
    await reload();
  };
  const open = (f) => { clear(slot); slot.appendChild(f); f.querySelector('input').focus(); };
  const actions = {
    confirm: () => open(form('Confirm', [], (d) => send('status', 'confirmed', d))),
    reject: () => open(form('Reject', [], (d) => send('status', 'rejected', d))),
    figure: () => open(form('Figure', [
      h('input', { name: 'min', type: 'number', min: 0, value: c.count.min ?? '', placeholder: 'min', size: 6 }), '–',
      h('input', { name: 'max', type: 'number', min: 0, value: c.count.max ?? '', placeholder: 'max', size: 6 })],
    (d) => send('count', { min: number(d, 'min'), max: number(d, 'max') }, d))),
    date: () => open(form('Date', [h('input', { name: 'start', type: 'date', value: c.date.start || '' }), '–',
      h('input', { name: 'end', type: 'date', value: c.date.end || '' })],
    (d) => send('date', { start: d.get('start'), end: d.get('end') || d.get('start') }, d))),
    place: () => open(form('Place', [h('input', { name: 'name', value: c.place.name || '', placeholder: 'name', size: 14 }),
      h('input', { name: 'country', value: c.place.country || '', placeholder: 'CC', size: 3, maxlength: 2 }),
      h('input', { name: 'lat', type: 'number', step: 'any', value: c.place.lat ?? '', placeholder: 'lat', size: 7 }),
      h('input', { name: 'lon', type: 'number', step: 'any', value: c.place.lon ?? '', placeholder: 'lon', size: 7 })],
    (d) => send('place', { name: d.get('name'), country: d.get('country'), lat: number(d, 'lat'), lon: number(d, 'lon') }, d))),
  };
  const buttons = Object.entries({ confirm: 'Confirm', reject: 'Reject', figure: 'Correct figure', date: 'Correct date', place: 'Correct place' })
    .map(([k, text]) => h('button', { type: 'button', class: `small action-${k}`, onclick: actions[k] }, text));
  return h('div', { class: 'actions' }, buttons, slot);
}

export function mergeForm(i) {
  return form('Merge with incident', [h('input', { name: 'other', placeholder: 'incident id', size: 36, required: true })], async (d) => {
    const r = await write('POST', '/api/incidents/merge', { incidents: [i.id, d.get('other').trim()], reason: d.get('reason') });
    location.hash = `#/incident/${encodeURIComponent(r.incident)}`;
  });
}

export function splitForm(i) {
  const boxes = i.claims.map((c) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'claim', value: c.id }),
    ` ${c.id}: ${c.count.phrase} (${c.doc})`));
  return form('Split these claims off', boxes, async (d) => {
    const claims = d.getAll('claim').map(Number);
    const r = await write('POST', `/api/incidents/${encodeURIComponent(i.id)}/split`, { claims, reason: d.get('reason') });
    location.hash = `#/incident/${encodeURIComponent(r.to)}`;
  });
}
