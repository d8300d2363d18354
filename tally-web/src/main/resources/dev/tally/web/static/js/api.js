// The dashboard's one way to the server. Writes send the session's CSRF token in X-CSRF-Token.
export const session = { name: null, role: null, canReview: false, csrf: null };

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : `HTTP ${status}`);
    this.status = status;
    this.parameter = body ? body.parameter : null;
  }
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.startsWith('application/json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function get(path) {
  return answer(await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }));
}

export async function write(method, path, body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (session.csrf) headers['X-CSRF-Token'] = session.csrf;
  return answer(await fetch(path, { method, credentials: 'same-origin', headers, body: JSON.stringify(body || {}) }));
}

export async function loadSession() {
  try {
    Object.assign(session, await get('/api/session'));
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
    Object.assign(session, { name: null, role: null, canReview: false, csrf: null });
  }
  return session;
}

export async function signIn(name, password) {
  Object.assign(session, await write('POST', '/api/session', { name, password }));
  return session;
}

export async function signOut() {
  await write('DELETE', '/api/session');
  Object.assign(session, { name: null, role: null, canReview: false, csrf: null });
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const text = q.toString();
  return text ? `?${text}` : '';
}
