// Read latency of a running `crosscheck serve` while something else writes
// to its store (bench/load/scale_bench.sh): C clients loop over the API's
// reads (story list, a story page, a document, search, claims, metrics)
// until --until-file appears (or --seconds pass), then print one JSON line:
// requests, failures, and p50/p90/p99 per kind and overall (ms).
//
//   node bench/load/read_latency.mjs --url http://127.0.0.1:8080 [--clients 2]
//        [--until-file FILE | --seconds 60]
import fs from 'node:fs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf('--' + name); return i >= 0 ? argv[i + 1] : dflt; };
const base = opt('url');
const clients = Number(opt('clients', 2));
const untilFile = opt('until-file');
const deadline = Date.now() + 1000 * Number(opt('seconds', 3600));
const words = ['police', 'said', 'election', 'fire', 'Obama', 'killed', 'earthquake', 'court'];
const lat = new Map();
let failures = 0, requests = 0;

async function get(kind, path) {
  const t0 = performance.now();
  try {
    const r = await fetch(base + path);
    const body = await r.text();
    const ms = performance.now() - t0;
    ++requests;
    if (!lat.has(kind)) lat.set(kind, []);
    lat.get(kind).push(ms);
    if (r.status !== 200) { ++failures; return null; }
    return JSON.parse(body);
  } catch {
    ++failures;
    return null;
  }
}

const done = () => (untilFile && fs.existsSync(untilFile)) || Date.now() > deadline;
async function client(c) {
  let i = c;
  while (!done()) {
    const stories = await get('stories', '/api/stories?limit=20');
    const list = stories?.stories || [];
    if (list.length) await get('story', '/api/stories/' + encodeURIComponent(list[i % list.length].id));
    const docs = await get('documents', '/api/documents?limit=10');
    const d = docs?.documents?.[i % Math.max(1, docs?.documents?.length || 1)];
    if (d) await get('document', '/api/documents/' + encodeURIComponent(d.id));
    await get('search', '/api/search?limit=10&q=' + encodeURIComponent(words[i % words.length]));
    await get('claims', '/api/claims?limit=20&measure=' + encodeURIComponent(['people', 'killed', 'votes'][i % 3]));
    await get('metrics', '/api/metrics');
    ++i;
  }
}

const pct = (xs, p) => xs.length ? xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] : null;
await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
const out = { requests, failures, kinds: {} };
const all = [];
for (const [k, xs] of lat) {
  xs.sort((a, b) => a - b);
  all.push(...xs);
  out.kinds[k] = { n: xs.length, p50: +pct(xs, 0.5).toFixed(1), p90: +pct(xs, 0.9).toFixed(1), p99: +pct(xs, 0.99).toFixed(1) };
}
all.sort((a, b) => a - b);
out.p50 = all.length ? +pct(all, 0.5).toFixed(1) : null;
out.p99 = all.length ? +pct(all, 0.99).toFixed(1) : null;
console.log(JSON.stringify(out));
