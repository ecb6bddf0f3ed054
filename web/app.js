// crosscheck web page: a story list with search, a story page (ledger drawn
// per source on a shared axis, quotes by person, timeline, documents) and a
// document page with highlighted spans. Plain DOM, no framework, no network
// beyond this server's /api/. Text from the API is always inserted as text
// (textContent), never as HTML.
'use strict';

const view = document.getElementById('view');
const live = document.getElementById('live');
const q = document.getElementById('q');
let lastChange = null;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path) {
  const r = await fetch('/api/' + path, { headers: { Accept: 'application/json' } });
  const j = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error((j.error && j.error.message) || ('HTTP ' + r.status));
  return j;
}

function fmt(n) {
  if (n === null || n === undefined) return '…';
  return Number(n).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

// "[[word]]" markers of /api/search snippets become <mark>.
function snippet(text) {
  const span = el('span', { class: 'snippet' });
  const parts = String(text).split(/\[\[|\]\]/);
  parts.forEach((p, i) => span.append(i % 2 ? el('mark', { text: p }) : document.createTextNode(p)));
  return span;
}

// "2022-05-06 (inferred from the text)": an inferred date says so.
function dateLabel(d) {
  if (!d.date) return '';
  if (d.date_origin !== 'inferred') return d.date;
  return d.date + (d.date_basis === 'story' ? " (inferred: its weekdays, the story's year)" : ' (inferred from the text)');
}

function docLabel(d) {
  return [d.outlet || d.source, d.date, d.title].filter(Boolean).join(' · ') || d.id;
}

// ---- Home: stories and search --------------------------------------------
async function showHome(query) {
  q.value = query || '';
  const [stories, hits] = await Promise.all([
    api('stories?limit=100' + (query ? '&q=' + encodeURIComponent(query) : '')),
    query ? api('search?limit=20&q=' + encodeURIComponent(query)) : Promise.resolve(null),
  ]);
  const list = el('section', { id: 'stories' },
    el('h1', { text: query ? `Stories matching “${query}”` : 'Stories' }));
  if (!stories.stories.length) list.append(el('p', { class: 'empty', text: 'No stories yet. POST documents to /api/documents.' }));
  for (const s of stories.stories) {
    list.append(el('div', { class: 'card story-item' },
      el('a', { href: '#/story/' + encodeURIComponent(s.id), 'data-testid': 'story-link', text: s.title || s.id }),
      s.disagreements ? el('span', { class: 'badge disagree', text: s.disagreements + ' disagreement' + (s.disagreements > 1 ? 's' : '') }) : null,
      el('div', { class: 'meta', text: `${s.documents} document(s) · ${s.measures} measure(s) · updated ${new Date(s.updated_at_ms).toLocaleString()}` })));
  }
  const parts = [list];
  if (hits) {
    const sec = el('section', { id: 'search-results' }, el('h2', { text: 'Sentences' }));
    if (!hits.results.length) sec.append(el('p', { class: 'empty', text: 'No sentence matches.' }));
    for (const h of hits.results) {
      sec.append(el('div', { class: 'card search-hit' }, snippet(h.snippet),
        el('div', { class: 'meta' }, el('a', { href: `#/doc/${encodeURIComponent(h.doc)}/${h.start}` },
          [h.source, h.date, h.title].filter(Boolean).join(' · ') || h.doc))));
    }
    parts.push(sec);
  }
  view.replaceChildren(...parts);
}

// ---- Story page ------------------------------------------------------------
function ledgerEntry(entry, data) {
  const claims = (entry.claims || []).map(id => data.claims[id]).filter(Boolean);
  const qs = claims.map(c => data.quantities[c.quantity] || {});
  // Shared axis over every finite bound of the entry.
  const vals = [];
  for (const x of qs) for (const k of ['low', 'high', 'band_low', 'band_high', 'value']) if (typeof x[k] === 'number') vals.push(x[k]);
  if (entry.consensus) vals.push(...entry.consensus);
  let lo = Math.min(...vals, Infinity), hi = Math.max(...vals, -Infinity);
  if (!isFinite(lo)) { lo = 0; hi = 1; }
  if (lo === hi) { lo = lo * 0.9; hi = hi * 1.1 || 1; }
  const pad = (hi - lo) * 0.08;
  lo = Math.max(0, lo - pad); hi += pad;
  const pos = v => ((v - lo) / (hi - lo) * 100).toFixed(2) + '%';
  const width = (a, b) => ((b - a) / (hi - lo) * 100).toFixed(2) + '%';

  const agreement = entry.agreement || 'single';
  const box = el('div', { class: `ledger-entry ${agreement}`, 'data-agreement': agreement, 'data-measure': entry.measure },
    el('div', { class: 'ledger-head' },
      el('span', { class: 'measure', text: entry.measure }),
      el('span', {},
        el('span', { class: `badge ${agreement}`, text: agreement }),
        entry.evolving ? el('span', { class: 'badge evolving', text: 'evolving' }) : null,
        entry.conservative !== null && entry.conservative !== undefined
          ? el('span', { class: 'meta', text: ` conservative ${fmt(entry.conservative)}` }) : null)),
    entry.why ? el('div', { class: 'why', text: entry.why }) : null);
  claims.forEach((c, i) => {
    const x = qs[i];
    const track = el('div', { class: 'track' });
    if (entry.consensus) {
      track.append(el('div', { class: 'consensus', style: `left:${pos(entry.consensus[0])};width:${width(entry.consensus[0], entry.consensus[1])}`, title: `consensus ${fmt(entry.consensus[0])}–${fmt(entry.consensus[1])}` }));
    }
    const l = typeof x.low === 'number' ? x.low : lo, h = typeof x.high === 'number' ? x.high : hi;
    const open = (typeof x.low !== 'number' ? ' open-low' : '') + (typeof x.high !== 'number' ? ' open-high' : '');
    track.append(el('div', { class: 'interval' + open, style: `left:${pos(l)};width:${width(l, h)}`, title: `logical bounds [${fmt(x.low)}, ${fmt(x.high)}]` }));
    const bl = typeof x.band_low === 'number' ? x.band_low : (typeof x.value === 'number' ? x.value : l);
    const bh = typeof x.band_high === 'number' ? x.band_high : (typeof x.value === 'number' ? x.value : h);
    track.append(el('div', { class: 'band', style: `left:${pos(bl)};width:${width(bl, bh)}`, title: `likely band ${fmt(bl)}–${fmt(bh)}` }));
    const doc = data.documents.find(d => d.id === c.doc);
    const outlet = c.outlet || c.source || (doc && (doc.outlet || doc.title)) || 'unknown outlet';
    const who = [outlet, c.speaker ? 'citing ' + c.speaker : null].filter(Boolean).join(', ');
    box.append(el('div', { class: 'row ledger-row', 'data-source': c.source || '' },
      el('span', { class: 'who', title: who, text: who }),
      track,
      el('span', {}, el('a', { href: `#/doc/${encodeURIComponent(c.doc)}/${c.start}`, text: x.text || fmt(x.value) }),
        x.hedge ? el('span', { class: 'hedge', text: ` (${x.hedge})` }) : null,
        c.as_of ? el('span', { class: 'meta', text: ' ' + c.as_of }) : null)));
  });
  box.append(el('div', { class: 'axis' }, el('span'), el('span', { class: 'ticks' },
    el('span', { text: fmt(Math.round(lo)) }), el('span', { text: fmt(Math.round((lo + hi) / 2)) }), el('span', { text: fmt(Math.round(hi)) })), el('span')));
  return box;
}

async function showStory(id) {
  const data = await api('stories/' + encodeURIComponent(id));
  const s = data.story;
  const ledger = el('section', { id: 'ledger' }, el('h2', { text: 'Ledger: figures by source' }));
  if (!(s.ledger || []).length) ledger.append(el('p', { class: 'empty', text: 'No figures aligned across reports yet.' }));
  for (const e of s.ledger || []) ledger.append(ledgerEntry(e, data));

  const quotes = el('section', { id: 'quotes' }, el('h2', { text: 'Quotes by person' }));
  const bySpeaker = new Map();
  for (const u of data.quotes) {
    const k = u.speaker || 'unattributed';
    if (!bySpeaker.has(k)) bySpeaker.set(k, []);
    bySpeaker.get(k).push(u);
  }
  if (!bySpeaker.size) quotes.append(el('p', { class: 'empty', text: 'No quotes found.' }));
  // Speakers with most quotes first; each is a collapsible block.
  const speakers = [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  speakers.forEach(([who, us], i) => {
    const role = us.find(u => u.speaker_role);
    const block = el('details', { class: 'speaker-block', open: i < 4 ? '' : null },
      el('summary', { class: 'speaker', text: `${who}${role ? ` (${role.speaker_role})` : ''} · ${us.length}` }));
    for (const u of us.slice(0, 20)) {
      block.append(el('blockquote', {}, u.direct ? `“${u.text}”` : u.text,
        el('div', { class: 'meta' }, el('a', { href: `#/doc/${encodeURIComponent(u.doc)}/${u.start}`, text: [u.outlet || u.source, u.date].filter(Boolean).join(' · ') || 'source' }))));
    }
    quotes.append(block);
  });

  const tl = el('section', { id: 'timeline' }, el('h2', { text: 'Timeline' }));
  const items = (s.timeline || []).slice().sort((a, b) => String(a.date).localeCompare(String(b.date)));
  if (!items.length) tl.append(el('p', { class: 'empty', text: 'No dated events yet.' }));
  const ul = el('ul', { class: 'timeline' });
  for (const t of items) ul.append(el('li', {}, el('strong', { text: t.date }), el('span', {}, t.text, ' ', el('a', { href: `#/doc/${encodeURIComponent(t.doc)}/${t.start}`, text: '↗' }))));
  tl.append(ul);

  const docs = el('section', { id: 'documents' }, el('h2', { text: `Documents (${data.documents.length})` }));
  for (const d of data.documents) {
    docs.append(el('div', { class: 'card' }, el('a', { href: '#/doc/' + encodeURIComponent(d.id), text: docLabel(d) }),
      d.copy_of ? el('span', { class: 'badge single', text: 'copy' }) : null,
      el('div', { class: 'meta', text: d.url || d.path })));
  }
  window.scrollTo(0, 0);
  view.replaceChildren(el('h1', { id: 'story-title', text: data.title || s.title || s.id }),
    el('div', { class: 'meta', text: `${data.documents.length} document(s) · ${data.disagreements} disagreement(s)` }),
    ledger, quotes, tl, docs);
}

// ---- Document page: text with highlights -----------------------------------
// Highlights may nest or overlap: the text is cut at every boundary and each
// piece carries the classes of every span covering it. Offsets are bytes of
// UTF-8, so the text is handled as bytes.
function highlighted(text, highlights) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const cuts = new Set([0, bytes.length]);
  for (const h of highlights) { cuts.add(Math.min(h.start, bytes.length)); cuts.add(Math.min(h.end, bytes.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = el('div', { class: 'doc-text', id: 'doc-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = dec.decode(bytes.subarray(a, b));
    const covering = highlights.filter(h => h.start <= a && h.end >= b);
    if (!covering.length) { out.append(piece); continue; }
    const kinds = [...new Set(covering.map(h => 'hl-' + h.kind))].join(' ');
    out.append(el('span', { class: kinds, title: covering.map(h => h.label).join('\n'), 'data-start': a, text: piece }));
  }
  return out;
}

async function showDocument(id, at) {
  const data = await api('documents/' + encodeURIComponent(id));
  const d = data.document;
  const text = highlighted(data.text, data.highlights);
  view.replaceChildren(el('h1', { text: d.title || d.id }),
    el('div', { class: 'meta' }, [d.outlet || d.source, dateLabel(d), d.language].filter(Boolean).join(' · '), ' ',
      d.url ? el('a', { href: d.url, rel: 'noopener noreferrer', text: d.url }) : null,
      ...(d.stories || []).map(s => el('a', { href: '#/story/' + encodeURIComponent(s), style: 'margin-left:.6rem', text: 'story ↗' }))),
    el('p', { class: 'legend' }, el('span', { class: 'hl-quantity', text: 'figure' }), el('span', { class: 'hl-time', text: 'time' }),
      el('span', { class: 'hl-entity', text: 'name' }), el('span', { class: 'hl-quote', text: 'quote' })),
    text);
  if (at === undefined) window.scrollTo(0, 0);
  else {
    const target = [...text.querySelectorAll('[data-start]')].find(s => Number(s.dataset.start) >= at);
    if (target) target.scrollIntoView({ block: 'center' });
  }
}

// ---- Routing and live updates ---------------------------------------------
async function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [kind, ...rest] = hash.split('/');
  try {
    if (kind === 'story' && rest[0]) await showStory(decodeURIComponent(rest[0]));
    else if (kind === 'doc' && rest[0]) await showDocument(decodeURIComponent(rest[0]), rest[1] ? Number(rest[1]) : undefined);
    else if (kind === 'search') await showHome(decodeURIComponent(rest.join('/')));
    else await showHome('');
  } catch (err) {
    view.replaceChildren(el('p', { class: 'empty', text: 'Could not load: ' + err.message }));
  }
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const v = q.value.trim();
  location.hash = v ? '#/search/' + encodeURIComponent(v) : '#/';
});
window.addEventListener('hashchange', route);

// Polls /api/metrics; when the store changed, the current view reloads.
async function poll() {
  try {
    const m = await api('metrics');
    live.textContent = `${m.documents} documents · ${m.stories} stories`;
    if (lastChange !== null && m.last_change_ms !== lastChange) {
      live.classList.add('fresh');
      setTimeout(() => live.classList.remove('fresh'), 1500);
      const scroll = window.scrollY;
      await route();
      window.scrollTo(0, scroll);
    }
    lastChange = m.last_change_ms;
  } catch (e) {
    live.textContent = 'offline';
  }
}

route();
poll();
setInterval(poll, 2000);
