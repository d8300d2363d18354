// Building the page from data without ever parsing data as HTML: every string becomes a text node
// or an attribute value, never markup. No innerHTML anywhere in the dashboard.
const SVG_NS = 'http://www.w3.org/2000/svg';
// Embedding, override and isolate controls would let an outlet name or a title reorder the text
// around it on screen ("RLO" makes "gpj.exe" of "exe.jpg"); shown text never carries them.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Links go to the dashboard's own routes (#/...), its own server (/api/...) or web pages; any other scheme (javascript:, data:) is no link. */
function safeHref(value) {
  const v = String(value).trim();
  return v.startsWith('#') || /^\/(?![\/\\])/.test(v) || /^https?:\/\/[^\s]/i.test(v);
}

/** Text as shown: without bidi controls. */
export function shown(text) {
  return String(text).replace(BIDI_CONTROLS, '');
}

function build(el, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'href' && !safeHref(value)) continue;
    else if (name === 'value' && 'value' in el) el.value = value;
    else if (name === 'checked' && 'checked' in el) el.checked = !!value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children: nodes as they are, strings and numbers as text nodes, arrays flattened, null skipped. */
export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(shown(child)));
  }
  return el;
}

/** An HTML element: h('a', {href: '#/'}, 'text', otherNode). */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** "105..140", "105+", "..140", "12". */
export function range(min, max) {
  if (min === null && max === null) return '';
  if (min !== null && max !== null) return min === max ? String(min) : `${min}–${max}`;
  return min !== null ? `${min}+` : `≤${max}`;
}

export function days(date) {
  if (!date || !date.start) return date && date.text ? `“${date.text}” (unresolved)` : 'undated';
  return date.start === date.end ? date.start : `${date.start} – ${date.end}`;
}

export function placeName(place) {
  if (!place) return '';
  const name = place.name || place.text || '';
  return place.country ? (name ? `${name} (${place.country})` : place.country) : name;
}

/** "← previous · page 2 of 9 · next →" for a paged list; href(n) is the link to page n. Empty for one page. */
export function pager(total, size, page, href, labels = ['← previous', 'next →']) {
  const pages = Math.ceil(total / size);
  if (pages <= 1) return '';
  return h('p', { class: 'pager' }, page > 1 ? h('a', { href: href(page - 1), class: 'previous' }, labels[0]) : '',
    ` page ${page} of ${pages} `, page < pages ? h('a', { href: href(page + 1), class: 'next' }, labels[1]) : '');
}
