// crosscheck web page: the charts, drawn as plain SVG (no library, no
// network). Loaded before app.js; defines CC.charts. Every mark that stands
// for a figure, a quote or an event is a link to its sentence
// (#/doc/ID/OFFSET). Text from the API is set with textContent only.
'use strict';

window.CC = window.CC || {};

(function () {
  const NS = 'http://www.w3.org/2000/svg';

  // An SVG element with attributes; children appended (strings as text).
  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  // A link inside an SVG to a place in the page, with a tooltip.
  function link(href, tip, ...children) {
    return svg('a', { href, class: 'mark-link' }, svg('title', { text: tip }), ...children);
  }

  // "2022-05-04" (or "2022-05", "2022-W18", a value with a time) -> days
  // since 1970; null for anything else ("XXXX-WXX-5", "PRESENT_REF").
  function day(value) {
    const s = String(value || '');
    let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 864e5;
    m = /^(\d{4})-W(\d{2})$/.exec(s);
    if (m) {
      const jan4 = Date.UTC(+m[1], 0, 4) / 864e5;
      const monday = jan4 - ((new Date(jan4 * 864e5).getUTCDay() + 6) % 7);
      return monday + (+m[2] - 1) * 7;
    }
    m = /^(\d{4})-(\d{2})$/.exec(s);
    if (m) return Date.UTC(+m[1], +m[2] - 1, 1) / 864e5;
    return null;
  }
  function dayLabel(d) {
    return new Date(d * 864e5).toISOString().slice(0, 10);
  }

  function fmt(n) {
    if (n === null || n === undefined || !isFinite(n)) return '…';
    return Number(n).toLocaleString('en-US', { maximumFractionDigits: 2 });
  }

  // Ticks at 1, 2 or 5 times a power of ten covering [0, max].
  function niceTicks(max, count) {
    if (!(max > 0)) return [0];
    const raw = max / count, mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const r = raw / mag;
    const step = (r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10) * mag;
    const out = [];
    for (let v = 0; v <= max * 1.0001; v += step) out.push(v);
    return out;
  }

  // The timeline as a chart: one lane of dated events (the story's timeline
  // sentences) and one of figure reports (each ledger claim on its as_of
  // date, coloured by its entry's agreement). Returns null when nothing is
  // dated.
  function timelineChart(events, figures) {
    const ev = events.filter(e => day(e.date) !== null);
    const fg = figures.filter(f => day(f.date) !== null);
    if (!ev.length && !fg.length) return null;
    const days = [...ev, ...fg].map(x => day(x.date));
    let lo = Math.min(...days), hi = Math.max(...days);
    if (hi - lo < 2) { lo -= 1; hi += 1; }
    const W = 960, left = 110, right = 48, top = 14, lane = 46;
    const x = d => left + (d - lo) / (hi - lo) * (W - left - right);
    const H = top + 2 * lane + 30;
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart timeline-chart', role: 'img',
      'aria-label': `Timeline: ${ev.length} events and ${fg.length} figure reports` });
    const lanes = [['Events', ev, 'event'], ['Figures reported', fg, 'figure']];
    lanes.forEach(([name, items, kind], i) => {
      const y = top + i * lane + lane / 2;
      root.append(svg('line', { x1: left, x2: W - right, y1: y, y2: y, class: 'lane' }),
        svg('text', { x: 4, y: y + 4, class: 'lane-label', text: name }));
      // Items on one day are stacked a little so each stays clickable.
      const perDay = new Map();
      for (const it of items) {
        const d = day(it.date), k = perDay.get(d) || 0;
        perDay.set(d, k + 1);
        const cy = y + ((k % 5) - 2) * 6;
        const shape = kind === 'event'
          ? svg('circle', { cx: x(d), cy, r: 5, class: 'event-mark' })
          : svg('rect', { x: x(d) - 4, y: cy - 4, width: 8, height: 8, class: `figure-mark ${it.agreement || 'single'}` });
        root.append(link(it.href, `${it.date}: ${it.label}`, shape));
      }
    });
    const axisY = top + 2 * lane + 6;
    root.append(svg('line', { x1: left, x2: W - right, y1: axisY, y2: axisY, class: 'axis' }));
    const span = hi - lo, step = Math.max(1, Math.ceil(span / 8));
    for (let d = Math.ceil(lo); d <= hi; d += step) {
      root.append(svg('line', { x1: x(d), x2: x(d), y1: axisY, y2: axisY + 4, class: 'axis' }),
        svg('text', { x: x(d), y: axisY + 16, class: 'tick', text: dayLabel(d) }));
    }
    return root;
  }

  // One ledger entry as bars on a shared axis: per claim, the thin line is
  // its logical interval (an arrow where a bound is open), the bar its likely
  // band, the tick the figure as written; the green area the consensus.
  function ledgerBars(rows, consensus) {
    const vals = [];
    for (const r of rows) for (const v of [r.low, r.high, r.bandLow, r.bandHigh, r.value]) if (isFinite(v) && v !== null) vals.push(v);
    if (consensus) vals.push(...consensus);
    let max = Math.max(0, ...vals);
    if (!(max > 0)) max = 1;
    max *= 1.12;
    const W = 960, left = 300, right = 170, rowH = 26, top = 6;
    const x = v => left + Math.max(0, Math.min(1, v / max)) * (W - left - right);
    const H = top + rowH * rows.length + 26;
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart ledger-chart', role: 'img' });
    if (consensus) {
      root.append(svg('rect', { x: x(consensus[0]), y: 0, width: Math.max(2, x(consensus[1]) - x(consensus[0])),
        height: top + rowH * rows.length, class: 'consensus' }, svg('title', { text: `consensus ${fmt(consensus[0])}–${fmt(consensus[1])}` })));
    }
    rows.forEach((r, i) => {
      const y = top + i * rowH + rowH / 2;
      const g = svg('g', { class: 'ledger-row', 'data-source': r.outlet, 'data-claim': r.claim });
      g.append(svg('text', { x: 4, y: y + 4, class: 'who', text: r.who.length > 44 ? r.who.slice(0, 43) + '…' : r.who }));
      const lo = isFinite(r.low) && r.low !== null ? r.low : 0, hi = isFinite(r.high) && r.high !== null ? r.high : max;
      g.append(svg('line', { x1: x(lo), x2: x(hi), y1: y, y2: y, class: 'bound' }));
      if (r.high === null || r.high === undefined) g.append(svg('path', { d: `M${x(hi)} ${y - 4} l6 4 l-6 4z`, class: 'open' }));
      if (r.low === null || r.low === undefined) g.append(svg('path', { d: `M${x(0)} ${y - 4} l-6 4 l6 4z`, class: 'open' }));
      const bl = r.bandLow ?? r.value ?? lo, bh = r.bandHigh ?? r.value ?? hi;
      g.append(svg('rect', { x: x(bl), y: y - 6, width: Math.max(3, x(bh) - x(bl)), height: 12, rx: 3, class: 'band' },
        svg('title', { text: `likely ${fmt(bl)}–${fmt(bh)}` })));
      if (r.value !== null && r.value !== undefined) g.append(svg('line', { x1: x(r.value), x2: x(r.value), y1: y - 9, y2: y + 9, class: 'tick-mark' }));
      g.append(link(r.href, `${r.text} — ${r.who}${r.asOf ? ', ' + r.asOf : ''}: go to the sentence`,
        svg('text', { x: W - right + 10, y: y + 4, class: 'figure-link', 'data-testid': 'figure-link', text: r.text })));
      root.append(g);
    });
    const ay = top + rowH * rows.length + 4;
    root.append(svg('line', { x1: left, x2: W - right, y1: ay, y2: ay, class: 'axis' }));
    for (const v of niceTicks(max / 1.12, 4)) root.append(svg('text', { x: x(v), y: ay + 16, class: 'tick', text: fmt(v) }));
    return root;
  }

  // An evolving measure as its series over time: each report a point at the
  // figure as written on the date it holds (`when`: the claim's own date,
  // else when it was said), its likely band a vertical bar, the points
  // joined in date order. Undated reports are left to the bars.
  function seriesChart(rows) {
    const pts = rows.filter(r => day(r.when) !== null && r.value !== null && r.value !== undefined)
      .map(r => ({ ...r, d: day(r.when) })).sort((a, b) => a.d - b.d || a.value - b.value);
    if (pts.length < 2) return null;
    let lo = Math.min(...pts.map(p => p.d)), hi = Math.max(...pts.map(p => p.d));
    if (hi - lo < 2) { lo -= 1; hi += 1; }
    let max = Math.max(...pts.map(p => Math.max(p.value, p.bandHigh ?? p.value)));
    if (!(max > 0)) max = 1;
    max *= 1.15;
    const W = 960, left = 70, right = 48, top = 12, plotH = 170;
    const x = d => left + (d - lo) / (hi - lo) * (W - left - right);
    const y = v => top + plotH - Math.max(0, v) / max * plotH;
    const root = svg('svg', { viewBox: `0 0 ${W} ${top + plotH + 32}`, class: 'chart series-chart', role: 'img',
      'aria-label': `Series of ${pts.length} reports over time` });
    for (const v of niceTicks(max / 1.15, 4)) {
      root.append(svg('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'grid' }),
        svg('text', { x: left - 8, y: y(v) + 4, class: 'tick y', text: fmt(v) }));
    }
    root.append(svg('polyline', { points: pts.map(p => `${x(p.d).toFixed(1)},${y(p.value).toFixed(1)}`).join(' '), class: 'series-line' }));
    for (const p of pts) {
      if (p.bandLow !== null && p.bandLow !== undefined && p.bandHigh !== null && p.bandHigh !== undefined) {
        root.append(svg('line', { x1: x(p.d), x2: x(p.d), y1: y(p.bandLow), y2: y(p.bandHigh), class: 'series-band' }));
      }
      root.append(link(p.href, `${p.when}: ${p.text} — ${p.who}`,
        svg('circle', { cx: x(p.d), cy: y(p.value), r: 6, class: 'series-point', 'data-testid': 'series-point' })));
    }
    const ay = top + plotH + 4;
    root.append(svg('line', { x1: left, x2: W - right, y1: ay, y2: ay, class: 'axis' }));
    const step = Math.max(1, Math.ceil((hi - lo) / 8));
    for (let d = Math.ceil(lo); d <= hi; d += step) root.append(svg('text', { x: x(d), y: ay + 16, class: 'tick', text: dayLabel(d) }));
    return root;
  }

  CC.charts = { svg, day, fmt, timelineChart, ledgerBars, seriesChart };
})();
