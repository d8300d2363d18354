// The audit log and the sign-in form.
import { h, append, clear } from './dom.js';
import { get, query, session, signIn, ApiError } from './api.js';

export async function auditPage(main, params) {
  if (!session.name) {
    append(main, h('p', {}, 'The audit log is for signed-in users. ', h('a', { href: '#/signin?next=%23%2Faudit' }, 'Sign in')));
    return;
  }
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const log = await get(`/api/audit${query({ page, size: 100 })}`);
  append(main, [h('h1', {}, 'Audit log'), h('p', { class: 'muted' }, `${log.total} change(s), newest first`),
    h('table', { class: 'list', id: 'audit' },
      h('thead', {}, h('tr', {}, ['When', 'Who', 'What', 'Target', 'Before', 'After', 'Why'].map((t) => h('th', {}, t)))),
      h('tbody', {}, log.items.map((e) => h('tr', {},
        h('td', {}, e.at.replace('T', ' ').slice(0, 19)), h('td', {}, e.actor), h('td', {}, e.action), h('td', {}, e.target),
        h('td', { class: 'value' }, e.before || ''), h('td', { class: 'value' }, e.after || ''), h('td', {}, e.reason || '')))))]);
}

export async function signInPage(main, params, onChange) {
  const message = h('p', { class: 'message', role: 'status' });
  const form = h('form', { class: 'signin', id: 'signin' },
    h('label', {}, h('span', {}, 'Name'), h('input', { name: 'name', autocomplete: 'username', required: true })),
    h('label', {}, h('span', {}, 'Password'), h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('button', { type: 'submit' }, 'Sign in'), message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(message);
    const data = new FormData(form);
    try {
      await signIn(data.get('name'), data.get('password'));
      onChange();
      location.hash = params.get('next') || '#/';
    } catch (err) {
      append(message, h('span', { class: 'error' }, err instanceof ApiError && err.status === 401 ? 'Wrong name or password.' : err.message));
    }
  });
  append(main, [h('h1', {}, 'Sign in'), session.name ? h('p', {}, `Signed in as ${session.name} (${session.role}).`) : '', form]);
}
