// Peer benchmark for the time recognizer: chrono-node's chrono.parse over
// every .txt document of the benchmark corpus, on one core (node is single
// threaded), with the same reference date for every document.
//
//   node bench/time_peer.js [CORPUS_DIR]    (default build/corpus)
//
// Prints documents, bytes, seconds, MB/s (10^6 bytes of input per second)
// and the number of results, as one JSON line.
'use strict';
const fs = require('fs');
const path = require('path');
const chrono = require('chrono-node');

const dir = process.argv[2] || 'build/corpus';
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const ref = new Date(Date.UTC(2022, 4, 4));

// Warm up the JIT on a few documents, then time one pass over the corpus.
for (let i = 0; i < Math.min(50, texts.length); ++i) chrono.parse(texts[i], ref);
// Both wall and CPU time are reported: on a shared machine the CPU rate is
// the one to compare with Google Benchmark's (which rates by CPU time).
let results = 0;
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (const t of texts) results += chrono.parse(t, ref).length;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({peer: 'chrono-node', documents: texts.length, bytes, seconds, cpu_seconds: cpuSeconds,
                            mb_per_s: bytes / 1e6 / seconds, mb_per_cpu_s: bytes / 1e6 / cpuSeconds, results}));
