// crosscheck web page: a briefing over the store. Views (hash routes):
//   #/ , #/page/N                the stories, titled by what they are about, 50 a page
//   #/search/Q[/page/N]          stories with a sentence matching Q, and the sentences
//   #/story/ID                   downloads, timeline chart, ledger (bars; an evolving
//                                measure as its series), quotes by person, documents
//                                (a page at a time, more as the reader scrolls)
//   #/doc/ID[/OFFSET]            a report with its figures, times, names and quotes
//                                marked; OFFSET's sentence highlighted and in view
// Plain DOM and SVG (charts.js), no framework, no network beyond this
// server's /api/. The Content-Security-Policy allows no inline script or
// style: nothing here writes a style attribute or an event-handler
// attribute, and text from the API is inserted as text (textContent), never
// as HTML. Only http(s) URLs become links.
'use strict';

(function () {
  const view = document.getElementById('view');
  const live = document.getElementById('live');
  const q = document.getElementById('q');
  const PAGE = CC.PAGE;  // stories a page (boot.js)
  const { fmt, timelineChart, ledgerBars, seriesChart } = CC.charts;
  // The unit an entry's consensus and conservative value are written in (docs/OUTPUT.md).
  const unitOf = (entry) => (entry.unit ? ` ${entry.unit}` : '');
  let lastChange = null;
  // "1 report", "3 reports": counts read as words, not "report(s)".
  // A noun whose plural is not noun + "s" names it: count(n, 'story', 'stories').
  const count = (n, noun, plural) =>
    `${typeof n === 'number' ? n.toLocaleString('en-US') : n} ${n === 1 ? noun : (plural || noun + 's')}`;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k === 'style' || k.startsWith('on')) throw new Error('no inline style or handler: ' + k);
      else e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  async function api(path) {
    // The first view's request, started early by boot.js, when it is this one.
    const early = CC.early && CC.early.path === path ? CC.early.response : null;
    CC.early = null;
    const r = await (early || fetch('/api/' + path, { headers: { Accept: 'application/json' } }));
    const j = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error((j.error && j.error.message) || ('HTTP ' + r.status));
    return j;
  }

  const isHttp = url => typeof url === 'string' && /^https?:\/\/[^\s/]/i.test(url) && !/[\u0000-\u0020\u007f]/.test(url);
  // A link only for an http(s) URL; anything else (javascript:, data:) stays text.
  function externalLink(url, text) {
    return isHttp(url) ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', text: text || url })
      : el('span', { class: 'url', text: text || url || '' });
  }

  // The outlet a reader knows a report by: the server's own label (`outlet`:
  // metadata, URL host, file name), else its source, else its URL's host,
  // else its file name (as the exports name it).
  function outletOf(d) {
    if (!d) return 'unknown outlet';
    if (d.outlet) return d.outlet;
    if (d.source) return d.source;
    if (isHttp(d.url)) return new URL(d.url).hostname.replace(/^www\./, '');
    const path = String(d.path || d.id || '');
    // A bare number names nothing ("api/3" posted to the server): keep the path.
    let p = path.slice(path.lastIndexOf('/') + 1);
    if (/^\d+$/.test(p)) p = path;
    return d.line ? `${p}:${d.line}` : p;
  }

  function dateLabel(d) {
    if (!d.date) return '';
    if (d.date_origin !== 'inferred') return d.date;
    const from = { story: "inferred: its weekdays, the story's year", url: 'from its URL', path: 'from its file path' };
    return `${d.date} (${from[d.date_basis] || 'inferred from the text'})`;
  }

  const docHref = (doc, at) => `#/doc/${encodeURIComponent(doc)}${at !== undefined && at !== null ? '/' + at : ''}`;

  // "[[word]]" markers of /api/search snippets become <mark>.
  function snippet(text) {
    const span = el('span', { class: 'snippet' });
    String(text).split(/\[\[|\]\]/).forEach((p, i) => span.append(i % 2 ? el('mark', { text: p }) : document.createTextNode(p)));
    return span;
  }

  function downloads(base, stem, label) {
    const formats = [['csv', 'Ledger CSV', '.csv'], ['acled', 'ACLED table', '-acled.csv'],
      ['jsonld', 'ClaimReview JSON-LD', '.jsonld'], ['prov', 'PROV-JSON', '.prov.json']];
    return el('div', { class: 'downloads', 'aria-label': label },
      el('span', { class: 'meta', text: label + ': ' }),
      formats.map(([f, name, ext]) => el('a', { class: 'button download', 'data-format': f,
        href: base + (base.includes('?') ? '&' : '?') + 'format=' + f, download: stem + ext, text: name })));
  }

  function pager(page, more, hashFor) {
    return el('nav', { class: 'pager', 'aria-label': 'pages' },
      page > 1 ? el('a', { href: hashFor(page - 1), class: 'button', 'data-testid': 'prev-page', text: '← Previous' }) : null,
      el('span', { class: 'meta', text: ` page ${page} ` }),
      more ? el('a', { href: hashFor(page + 1), class: 'button', 'data-testid': 'next-page', text: 'Next →' }) : null);
  }

  // ---- Stories and search ----------------------------------------------------
  async function showHome(query, page) {
    q.value = query || '';
    const offset = (page - 1) * PAGE;
    // One more than a page tells whether there is a next one (counting
    // every story would cost the store a scan on each page view).
    const [stories, hits] = await Promise.all([
      api(CC.storiesRequest(query, page)),
      query && page === 1 ? api('search?limit=20&q=' + encodeURIComponent(query)) : Promise.resolve(null),
    ]);
    const more = stories.stories.length > PAGE;
    stories.stories = stories.stories.slice(0, PAGE);
    const hashFor = p => (query ? `#/search/${encodeURIComponent(query)}` : '#') + (p > 1 ? `/page/${p}` : '/');
    const list = el('section', { id: 'stories' },
      el('h1', { text: query ? `Stories matching “${query}”` : 'Stories' }),
      el('p', { class: 'meta', text: stories.stories.length
        ? `${offset + 1}–${offset + stories.stories.length}, most recently updated first` : '' }));
    if (!stories.stories.length) list.append(el('p', { class: 'empty', text: query ? 'No story matches.' : 'No stories yet. POST documents to /api/documents.' }));
    for (const s of stories.stories) {
      list.append(el('article', { class: 'card story-item' },
        el('h2', { class: 'story-title' }, el('a', { href: '#/story/' + encodeURIComponent(s.id), 'data-testid': 'story-link', text: s.title || s.id })),
        el('div', { class: 'meta', text: `${count(s.documents, 'document')} · ${count(s.measures, 'measure')} · updated ${new Date(s.updated_at_ms).toLocaleString()}` },
          s.disagreements ? el('span', { class: 'badge disagree', text: count(s.disagreements, 'disagreement') }) : null)));
    }
    if (stories.stories.length) {
      list.append(pager(page, more, hashFor),
        downloads(`/api/export?limit=${PAGE}&offset=${offset}` + (query ? '&q=' + encodeURIComponent(query) : ''),
          'crosscheck-stories', 'Download these stories'));
    }
    const parts = [list];
    if (hits) {
      const sec = el('section', { id: 'search-results' }, el('h2', { text: 'Sentences' }));
      if (!hits.results.length) sec.append(el('p', { class: 'empty', text: 'No sentence matches.' }));
      for (const h of hits.results) {
        sec.append(el('div', { class: 'card search-hit' }, snippet(h.snippet),
          el('div', { class: 'meta' }, el('a', { href: docHref(h.doc, h.start), text: [outletOf(h), h.date, h.title].filter(Boolean).join(' · ') || h.doc }))));
      }
      parts.push(sec);
    }
    view.replaceChildren(...parts);
  }

  // ---- Story ----------------------------------------------------------------
  function claimRows(entry, data, docs) {
    return (entry.claims || []).map(id => {
      const c = data.claims[id];
      if (!c) return null;
      const x = data.quantities[c.quantity] || {};
      const doc = docs.get(c.doc);
      const outlet = c.outlet || c.source || outletOf(doc);
      const who = c.speaker ? `${outlet}, citing ${c.speaker}` : outlet;
      return { claim: id, outlet, who, text: x.text || fmt(x.value), hedge: x.hedge, value: x.value ?? null,
        low: x.low ?? null, high: x.high ?? null, bandLow: x.band_low ?? null, bandHigh: x.band_high ?? null,
        asOf: c.as_of, when: CC.charts.day(c.time) !== null ? c.time : c.as_of, href: docHref(c.doc, typeof x.start === 'number' ? x.start : c.start) };
    }).filter(Boolean);
  }

  function ledgerEntry(entry, data, docs) {
    const rows = claimRows(entry, data, docs);
    const agreement = entry.agreement || 'single';
    const box = el('div', { class: `ledger-entry ${agreement}`, 'data-agreement': agreement, 'data-measure': entry.measure || '',
      'data-evolving': entry.evolving ? 'true' : 'false' },
      el('div', { class: 'ledger-head' },
        el('span', { class: 'measure', text: entry.measure || '' }),
        el('span', {}, el('span', { class: `badge ${agreement}`, text: agreement }),
          entry.evolving ? el('span', { class: 'badge evolving', text: 'evolving' }) : null,
          Array.isArray(entry.consensus) ? el('span', { class: 'meta', text: ` consensus ${fmt(entry.consensus[0])}–${fmt(entry.consensus[1])}${unitOf(entry)}` }) : null,
          entry.conservative !== null && entry.conservative !== undefined ? el('span', { class: 'meta', text: ` conservative ${fmt(entry.conservative)}${unitOf(entry)}` }) : null)),
      entry.why ? el('div', { class: 'why', text: entry.why }) : null);
    const series = entry.evolving ? seriesChart(rows) : null;
    if (series) box.append(el('div', { class: 'series' }, series));
    // Bars for every entry; for an evolving one they follow its series. A
    // long entry shows its first 20 reports and folds the rest.
    const shown = rows.slice(0, 20), rest = rows.slice(20);
    box.append(ledgerBars(shown, Array.isArray(entry.consensus) ? entry.consensus : null));
    if (rest.length) {
      // Drawn when opened: a story of hundreds of reports stays quick to show.
      const more = el('details', { class: 'more' }, el('summary', { text: `${count(rest.length, 'more report')}` }));
      more.addEventListener('toggle', () => {
        if (more.open && more.children.length === 1) more.append(ledgerBars(rest, Array.isArray(entry.consensus) ? entry.consensus : null));
      });
      box.append(more);
    }
    return box;
  }

  async function showStory(id) {
    const data = await api('stories/' + encodeURIComponent(id));
    const s = data.story || {};
    // The answer holds the first page of the members (documents_page) and
    // the heading's figures over all of them (summary); the rest of the
    // reports are fetched a page at a time below.
    const docs = new Map((data.documents || []).map(d => [d.id, d]));
    const sum = data.summary || {};
    const total = sum.reports ?? (data.documents || []).length;
    // Reports whose outlet is not known are not one outlet: each counts apart.
    const outlets = sum.outlets || 0, unnamed = sum.unknown_outlet || 0;
    const dates = [sum.first_date, sum.last_date].filter(Boolean);

    const head = [el('h1', { id: 'story-title', text: data.title || s.title || s.id }),
      el('p', { class: 'meta' }, count(total, 'report') +
        (outlets ? ` from ${count(outlets, 'outlet')}` : '') +
        (unnamed ? `, ${unnamed} of unknown outlet` : '') +
        (dates.length ? ` · ${dates[0]}${dates[dates.length - 1] !== dates[0] ? ' to ' + dates[dates.length - 1] : ''}` : '') +
        ` · ${count(data.disagreements || 0, 'disagreement')}`),
      downloads(`/api/stories/${encodeURIComponent(s.id || id)}/export`, s.id || id, 'Download')];

    // Timeline chart: events and figure reports.
    // Distinct dated sentences (a copy's repeats once), the first page of them.
    const events = (s.timeline || []).map(t => ({ date: t.date, label: t.text, href: docHref(t.doc, t.start) }));
    const figures = [];
    for (const e of s.ledger || []) {
      for (const r of claimRows(e, data, docs)) figures.push({ date: r.asOf, label: `${e.measure}: ${r.text} (${r.who})`, href: r.href, agreement: e.agreement });
    }
    const tl = el('section', { id: 'timeline' }, el('h2', { text: 'Timeline' }));
    const chart = timelineChart(events, figures);
    tl.append(chart ? el('div', { id: 'timeline-chart', class: 'chart-box' }, chart,
      el('p', { class: 'legend' }, el('span', { class: 'key event', text: 'event' }), el('span', { class: 'key figure', text: 'figure reported (colour: agreement)' })))
      : el('p', { class: 'empty', text: 'No dated events yet.' }));
    if (events.length) {
      const items = events.slice().sort((a, b) => String(a.date).localeCompare(String(b.date)));
      tl.append(el('details', { class: 'timeline-list' }, el('summary', { text: count(items.length, 'dated sentence') }),
        el('ul', { class: 'timeline' }, items.map(t => el('li', {}, el('strong', { text: t.date }), el('a', { href: t.href, text: t.label }))))));
    }

    const ledger = el('section', { id: 'ledger' }, el('h2', { text: 'Figures by source' }),
      el('p', { class: 'legend' }, 'Per report: thin line = what the words allow, bar = likely band, tick = the figure as written, green = where sources agree. Click a figure to read its sentence.'));
    if (!(s.ledger || []).length) ledger.append(el('p', { class: 'empty', text: 'No figures aligned across reports yet.' }));
    // What needs reading first: disputes, then figures that moved, then
    // agreements; measures only one report gives are folded below them.
    const rank = e => e.agreement === 'disagree' ? 0 : e.evolving ? 1 : e.agreement === 'agree' ? 2 : 3;
    const ranked = (s.ledger || []).map((e, i) => [e, i]).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(x => x[0]);
    const shared = ranked.filter(e => rank(e) < 3), lone = ranked.filter(e => rank(e) === 3);
    if (ranked.length) {
      const n = k => ranked.filter(e => rank(e) === k).length;
      ledger.append(el('p', { class: 'ledger-summary meta', text: `${count(ranked.length, 'measure')}: ${n(0)} disputed, ` +
        `${n(1)} changed over time, ${n(2)} agreed, ${lone.length} from one report only` }));
    }
    for (const e of shared) ledger.append(ledgerEntry(e, data, docs));
    if (lone.length) {
      const fold = el('details', { class: 'more single-source', open: shared.length ? null : '' },
        el('summary', { text: `${count(lone.length, 'measure')} from one report only` }));
      for (const e of lone) fold.append(ledgerEntry(e, data, docs));
      ledger.append(fold);
    }

    const quotes = el('section', { id: 'quotes' }, el('h2', { text: 'Who said what' }));
    // One speaker per key (the server's SpeakerGroupKey: spellings of one
    // name meet), shown under its most used spelling.
    const bySpeaker = new Map();
    for (const u of data.quotes || []) {
      const k = u.speaker ? (u.speaker_key || u.speaker) : '';
      if (!bySpeaker.has(k)) bySpeaker.set(k, []);
      bySpeaker.get(k).push(u);
    }
    const spelled = us => {
      const n = new Map();
      for (const u of us) if (u.speaker) n.set(u.speaker, (n.get(u.speaker) || 0) + 1);
      return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(e => e[0]);
    };
    if (!bySpeaker.size) quotes.append(el('p', { class: 'empty', text: 'No quotes found.' }));
    [...bySpeaker.values()].map(us => [spelled(us), us]).map(([names, us]) => [names[0] || 'unattributed', names.slice(1), us])
      .sort((a, b) => b[2].length - a[2].length || a[0].localeCompare(b[0])).forEach(([who, also, us], i) => {
      const role = us.find(u => u.speaker_role && u.speaker === who) || us.find(u => u.speaker_role);
      const block = el('details', { class: 'speaker-block', open: i < 4 ? '' : null },
        el('summary', { class: 'speaker', text: `${who}${role ? ` (${role.speaker_role})` : ''} · ${us.length}` +
          (also.length ? ` · also written ${also.join(', ')}` : '') }));
      for (const u of us.slice(0, 20)) {
        block.append(el('blockquote', {}, el('a', { href: docHref(u.doc, u.start), class: 'quote-link', 'data-testid': 'quote-link', text: u.direct ? `“${u.text}”` : u.text }),
          el('div', { class: 'meta', text: [u.outlet || u.source || outletOf(docs.get(u.doc)), u.date].filter(Boolean).join(' · ') })));
      }
      quotes.append(block);
    });

    const list = el('section', { id: 'documents' }, el('h2', { text: `Reports (${total.toLocaleString('en-US')})` }));
    const cards = el('div', { class: 'cards' });
    const card = d => el('div', { class: 'card' }, el('a', { href: docHref(d.id), text: [outletOf(d), d.date, d.title].filter(Boolean).join(' · ') }),
      d.copy_of ? el('span', { class: 'badge single', text: 'copy' }) : null,
      el('div', { class: 'meta' }, d.url ? externalLink(d.url) : d.path || ''));
    cards.append(...(data.documents || []).map(card));
    list.append(cards);
    // The next pages: a button, pressed by itself when scrolled into view.
    let next = data.documents_page ? data.documents_page.next : null;
    if (next !== null && next !== undefined) {
      const route = location.hash;
      const more = el('button', { type: 'button', class: 'button more-reports', 'data-testid': 'more-reports' });
      const label = () => { more.textContent = `Show more reports (${count(total - cards.children.length, 'more', 'more')})`; };
      label();
      let busy = false, seen = null;
      const loadMore = async () => {
        if (busy || next === null) return;
        busy = true;
        more.disabled = true;
        try {
          const p = await api(`stories/${encodeURIComponent(s.id || id)}/documents?offset=${next}&limit=${PAGE}`);
          if (location.hash !== route) return;  // left the story meanwhile
          cards.append(...(p.documents || []).map(card));
          next = p.next ?? null;
          if (next === null) { more.remove(); if (seen) seen.disconnect(); } else {
            label();
            // Still in view after the new cards: observing again reports it.
            if (seen) { seen.unobserve(more); seen.observe(more); }
          }
        } catch (err) {
          more.textContent = 'Could not load more reports: ' + err.message + ' (try again)';
        } finally {
          busy = false;
          more.disabled = false;
        }
      };
      more.addEventListener('click', loadMore);
      if ('IntersectionObserver' in window) {
        seen = new IntersectionObserver(es => { if (es.some(e => e.isIntersecting)) loadMore(); }, { rootMargin: '200px' });
        seen.observe(more);
      }
      list.append(more);
    }
    window.scrollTo(0, 0);
    view.replaceChildren(...head, tl, ledger, quotes, list);
  }

  // ---- Document -------------------------------------------------------------
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
      const labels = covering.map(h => h.label).filter(Boolean).join('\n');
      out.append(el('span', { class: kinds, title: labels || null, 'data-start': a, text: piece }));
    }
    return out;
  }

  async function showDocument(id, at) {
    const data = await api('documents/' + encodeURIComponent(id));
    const d = data.document;
    const marks = (data.highlights || []).slice();
    let target = null;
    if (at !== undefined && isFinite(at)) {
      target = ((data.records && data.records.sentences) || []).find(s => s.start <= at && at < s.end) || null;
      if (target) marks.push({ start: target.start, end: target.end, kind: 'target', label: null });
      for (const h of data.highlights || []) if (h.start === at && (h.kind === 'quantity' || h.kind === 'quote')) marks.push({ start: h.start, end: h.end, kind: 'focus', label: null });
    }
    const text = highlighted(data.text || '', marks);
    view.replaceChildren(el('h1', { text: d.title || outletOf(d) }),
      el('div', { class: 'meta' }, [outletOf(d), dateLabel(d), d.language].filter(Boolean).join(' · '), ' ',
        d.url ? externalLink(d.url) : null,
        ...(d.stories || []).map(s => el('a', { href: '#/story/' + encodeURIComponent(s), class: 'story-back', text: 'story ↗' }))),
      el('p', { class: 'legend' }, el('span', { class: 'hl-quantity', text: 'figure' }), el('span', { class: 'hl-time', text: 'time' }),
        el('span', { class: 'hl-entity', text: 'name' }), el('span', { class: 'hl-quote', text: 'quote' }),
        target ? el('span', { class: 'hl-target', text: 'the sentence you came for' }) : null),
      text);
    const first = text.querySelector('.hl-target');
    if (first) first.scrollIntoView({ block: 'center' });
    else window.scrollTo(0, 0);
  }

  // ---- Routing and live updates -------------------------------------------
  async function route() {
    const parts = location.hash.replace(/^#\/?/, '').split('/');
    const [kind, ...rest] = parts;
    const pageOf = xs => { const i = xs.indexOf('page'); return i >= 0 ? Math.max(1, parseInt(xs[i + 1], 10) || 1) : 1; };
    try {
      if (kind === 'story' && rest[0]) await showStory(decodeURIComponent(rest[0]));
      else if (kind === 'doc' && rest[0]) await showDocument(decodeURIComponent(rest[0]), rest[1] !== undefined ? Number(rest[1]) : undefined);
      else if (kind === 'search' && rest[0]) await showHome(decodeURIComponent(rest[0]), pageOf(rest));
      else await showHome('', kind === 'page' ? pageOf(parts) : 1);
    } catch (err) {
      view.replaceChildren(el('p', { class: 'empty', text: 'Could not load: ' + err.message }));
    }
    // The view drawn last and when (ms since the page's navigation): the
    // browser test times the page with them.
    document.body.dataset.drawnAt = performance.now().toFixed(1);
    document.body.dataset.view = location.hash;
  }

  document.getElementById('search-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const v = q.value.trim();
    location.hash = v ? '#/search/' + encodeURIComponent(v) : '#/';
  });
  window.addEventListener('hashchange', route);

  // Polls /api/metrics; when the store changed, the current view reloads
  // (not a document page: its text does not change).
  async function poll() {
    try {
      const m = await api('metrics');
      live.textContent = `${count(m.documents, 'document')} · ${count(m.stories, 'story', 'stories')}`;
      if (lastChange !== null && m.last_change_ms !== lastChange && !location.hash.startsWith('#/doc/')) {
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

  route().then(() => { poll(); setInterval(poll, 2000); });
})();
