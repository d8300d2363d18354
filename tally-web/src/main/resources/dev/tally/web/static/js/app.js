// The dashboard: a hash router over a few pages, all drawn from the JSON API.
import { h, clear, append } from './dom.js';
import { session, loadSession, signOut } from './api.js';
import { overview } from './overview.js';
import { incidentPage } from './incident.js';
import { documentsPage, documentPage } from './documents.js';
import { totalsPage } from './totals.js';
import { auditPage, signInPage } from './audit.js';
import { outletsPage, outletPage } from './outlet.js';

const main = document.getElementById('main');

function showUser() {
  const el = clear(document.getElementById('user'));
  if (session.name) {
    append(el, [h('span', { class: 'who' }, `${session.name} (${session.role})`), ' ',
      h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: async () => { await signOut(); showUser(); route(); } }, 'Sign out')]);
  } else {
    // The page to come back to is the one shown when the link is clicked, not when it was drawn.
    const back = () => (location.hash.startsWith('#/signin') ? '#/' : location.hash || '#/');
    append(el, h('a', { href: '#/signin', id: 'sign-in-link', onclick: (e) => {
      e.preventDefault();
      location.hash = `#/signin?next=${encodeURIComponent(back())}`;
    } }, 'Sign in'));
  }
}

export async function route() {
  const hash = location.hash || '#/';
  const [path, queryText] = hash.slice(1).split('?');
  const params = new URLSearchParams(queryText || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  clear(main);
  try {
    if (parts.length === 0) await overview(main, params);
    else if (parts[0] === 'incident' && parts[1]) await incidentPage(main, parts[1], params);
    else if (parts[0] === 'documents') await documentsPage(main, params);
    else if (parts[0] === 'totals') await totalsPage(main, params);
    else if (parts[0] === 'document' && parts[1]) await documentPage(main, parts[1]);
    else if (parts[0] === 'outlets') await outletsPage(main);
    else if (parts[0] === 'outlet' && parts[1]) await outletPage(main, parts[1]);
    else if (parts[0] === 'audit') await auditPage(main, params);
    else if (parts[0] === 'signin') await signInPage(main, params, showUser);
    else append(main, h('p', { class: 'error' }, `No page ${path}`));
  } catch (e) {
    append(main, h('p', { class: 'error', role: 'alert' }, `Could not load this page: ${e.message}`));
  }
}

window.addEventListener('hashchange', route);
loadSession().then(showUser, showUser).finally(route);
