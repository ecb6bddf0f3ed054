// Bounded load test of `crosscheck serve` on loopback: N concurrent clients
// mix ingests (unique variants of the seed reports) with reads (story list,
// story page, document, search, claims, metrics) for a fixed time. Any
// failed request (network error or an unexpected status) fails the run.
// Prints requests/s and p50/p90/p99 latency, overall and per kind.
//
//   node bench/load/load.mjs --server build/crosscheck-serve --seeds ../shared/seeds \
//        [--seconds 60] [--clients 8] [--ingest-share 0.25] [--workdir DIR]
//        [--server-args '--ingest async'] [--drain]
// With --ingest async an ingest is answered 202 (queued): its id is read
// only once a story or document list shows it. --drain waits after the run
// until the server has analysed and fused everything queued, and reports
// how long that took.
//   node bench/load/load.mjs --url http://127.0.0.1:8080 --seeds ...   (running server)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf('--' + name); return i >= 0 ? argv[i + 1] : dflt; };
const seconds = Number(opt('seconds', 60));
const clients = Number(opt('clients', 8));
const ingestShare = Number(opt('ingest-share', 0.25));
const seedsDir = opt('seeds');
const workdir = path.resolve(opt('workdir', 'load-work'));
const seeds = fs.readdirSync(seedsDir).filter(f => f.endsWith('.txt')).sort()
  .map(f => fs.readFileSync(path.join(seedsDir, f), 'utf8'));
const words = ['Azovstal', 'Mariupol', 'civilians', 'evacuation', 'steel plant', 'Prokopenko', 'fighters', 'Ukraine'];

let server = null, base = opt('url');
if (!base) {
  fs.rmSync(workdir, { recursive: true, force: true });
  fs.mkdirSync(workdir, { recursive: true });
  const portFile = path.join(workdir, 'port');
  const log = fs.openSync(path.join(workdir, 'server.log'), 'w');
  const extra = (opt('server-args', '') || '').split(' ').filter(Boolean);
  server = spawn(opt('server'), ['--db', path.join(workdir, 'db.sqlite'), '--port', '0', '--port-file', portFile, '--quiet', ...extra],
    { stdio: ['ignore', log, log] });
  for (let i = 0; i < 200 && !fs.existsSync(portFile); i++) await new Promise(r => setTimeout(r, 50));
  base = `http://127.0.0.1:${fs.readFileSync(portFile, 'utf8').trim()}`;
}

const lat = new Map();  // kind -> [ms]
const failures = [];
const docIds = [], storyIds = new Set();
let seq = 0, queued = 0;

// `parse`: the caller reads the answer (ingest, story and document lists);
// other answers are received whole but not parsed: JSON.parse of a 2 MB
// story page on the one client thread delayed every other client's timing.
async function timed(kind, url, init, okStatuses, parse = false) {
  const t0 = performance.now();
  let status = 0, body = null;
  try {
    const r = await fetch(base + url, init);
    status = r.status;
    body = parse || !okStatuses.includes(status) ? await r.text() : await r.arrayBuffer();
  } catch (e) {
    failures.push(`${kind} ${url}: ${e.cause?.code || e.message}`);
    return null;
  }
  const ms = performance.now() - t0;
  if (!lat.has(kind)) lat.set(kind, []);
  lat.get(kind).push(ms);
  if (!okStatuses.includes(status)) {
    failures.push(`${kind} ${url}: HTTP ${status} ${body.slice(0, 200)}`);
    return null;
  }
  if (!parse) return {};
  try { return JSON.parse(body); } catch { return body; }
}

async function client(c, deadline) {
  while (performance.now() < deadline) {
    const r = Math.random();
    if (r < ingestShare || (docIds.length === 0 && queued === 0)) {
      const n = ++seq;
      const text = `Load test report ${c}-${n}, filed at ${Date.now()}.\n\n` + seeds[n % seeds.length];
      const j = await timed('ingest', '/api/documents', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: text }, [200, 201, 202], true);
      if (j && j.documents) for (const d of j.documents) {
        if (d.status === 'queued') { ++queued; continue; }  // readable once analysed
        docIds.push(d.id); for (const s of d.stories || []) storyIds.add(s);
      }
      continue;
    }
    const pick = Math.floor(Math.random() * 6);
    const anyDoc = docIds[Math.floor(Math.random() * docIds.length)];
    const stories = [...storyIds];
    const anyStory = stories[Math.floor(Math.random() * stories.length)];
    if (pick === 0) {
      const j = await timed('stories', '/api/stories?limit=50', {}, [200], true);
      if (j && j.stories) for (const st of j.stories) storyIds.add(st.id);
    }
    else if (pick === 1 && anyStory) await timed('story', '/api/stories/' + anyStory, {}, [200, 404]);  // may be merged away
    else if (pick === 2 && !anyDoc) {
      const j = await timed('documents', '/api/documents?limit=20', {}, [200], true);
      if (j && j.documents) for (const d of j.documents) docIds.push(d.id);
    }
    else if (pick === 2) await timed('document', '/api/documents/' + anyDoc, {}, [200]);
    else if (pick === 3) await timed('search', '/api/search?q=' + encodeURIComponent(words[Math.floor(Math.random() * words.length)]), {}, [200]);
    else if (pick === 4) await timed('claims', '/api/claims?limit=50&measure=civilians', {}, [200]);
    else await timed('metrics', '/api/metrics', {}, [200]);
  }
}

function pct(xs, p) {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))];
}

const t0 = performance.now();
const deadline = t0 + seconds * 1000;
await Promise.all(Array.from({ length: clients }, (_, c) => client(c, deadline)));
const elapsed = (performance.now() - t0) / 1000;

const all = [...lat.values()].flat();
const rows = [['kind', 'requests', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms']];
for (const [k, xs] of [...lat.entries()].sort()) rows.push([k, xs.length, pct(xs, 50), pct(xs, 90), pct(xs, 99), Math.max(...xs)]);
const reads = [...lat.entries()].filter(([k]) => k !== 'ingest').flatMap(([, xs]) => xs);
rows.push(['reads', reads.length, pct(reads, 50), pct(reads, 90), pct(reads, 99), Math.max(...reads, 0)]);
rows.push(['all', all.length, pct(all, 50), pct(all, 90), pct(all, 99), Math.max(...all, 0)]);
console.log(`${clients} clients, ${elapsed.toFixed(1)} s, ${all.length} requests, ${(all.length / elapsed).toFixed(1)} req/s, ` +
  `${lat.get('ingest')?.length || 0} ingests, ${failures.length} failed`);
console.log('| ' + rows[0].join(' | ') + ' |');
console.log('|' + rows[0].map(() => '---').join('|') + '|');
for (const r of rows.slice(1)) console.log('| ' + r.map(v => typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(1) : v).join(' | ') + ' |');
if (failures.length) console.log('failures (first 10):\n  ' + failures.slice(0, 10).join('\n  '));
const ingests = lat.get('ingest')?.length || 0;
console.log(`ingests answered: ${(ingests / elapsed).toFixed(1)}/s` + (queued ? ` (${queued} queued, 202)` : ''));
const cpu = process.cpuUsage();
console.log(`load client CPU: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (it shares the machine with the server)`);
if (server) {
  let m = await fetch(base + '/api/metrics').then(r => r.json()).catch(() => null);
  if (m) console.log(`store after the run: ${m.documents} documents, ${m.stories} stories, ${m.claims} claims, ${m.sentences} sentences` +
    (m.inbox ? `; ${m.inbox.queued} still queued, ${m.pending_fusion} pending fusion; inbox: ${m.inbox.added} entries in ${m.inbox.commits} commits` : ''));
  if (argv.includes('--drain')) {
    const d0 = performance.now();
    for (;;) {
      const h = await fetch(base + '/api/health').then(r => r.json()).catch(() => null);
      if (h && h.ready) break;
      await new Promise(r => setTimeout(r, 200));
    }
    const drain = (performance.now() - d0) / 1000;
    m = await fetch(base + '/api/metrics').then(r => r.json()).catch(() => null);
    if (m) console.log(`drained in ${drain.toFixed(1)} s: ${m.documents} documents, ${m.stories} stories; ` +
      `${(m.documents / (elapsed + drain)).toFixed(1)} documents/s analysed, stored and fused over run + drain`);
  }
  server.kill('SIGTERM');
  const code = await new Promise(r => server.on('exit', c => r(c)));
  if (code !== 0) { console.log(`server exit code ${code}`); process.exit(1); }
}
process.exit(failures.length || all.length === 0 ? 1 : 0);
