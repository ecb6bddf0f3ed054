// Peer benchmark for the numbers recognizer: Microsoft Recognizers-Text
// (@microsoft/recognizers-text-number and -number-with-unit, the JavaScript
// port) over the .txt documents of the benchmark corpus, on one core.
// Every document goes through the number, ordinal and percentage models and
// the dimension, currency, temperature and age models (what our
// RecognizeQuantities covers in one pass).
//
//   node bench/number_peer.js [CORPUS_DIR] [MAX_MB]
//        (defaults: build/corpus, 2 — the first files in name order up to
//         MAX_MB megabytes; the peer is slow, MB/s is a rate)
//
// Prints one JSON line: documents, bytes, wall and CPU seconds, MB/s (10^6
// bytes of input per second; per CPU second is the fair figure on a shared
// machine), results, and hedged figures. The JavaScript port has no
// NumberRange model (the .NET one does), so it reports no hedged figure
// unless a range model is present; "hedged" counts numberrange results.
'use strict';
const fs = require('fs');
const path = require('path');
const N = require('@microsoft/recognizers-text-number');
const U = require('@microsoft/recognizers-text-number-with-unit');

const dir = process.argv[2] || 'build/corpus';
const maxBytes = (Number(process.argv[3]) || 2) * 1e6;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const texts = [];
let bytes = 0;
for (const f of files) {
  const t = fs.readFileSync(path.join(dir, f), 'utf8');
  const b = Buffer.byteLength(t, 'utf8');
  if (bytes + b > maxBytes && texts.length > 0) break;
  texts.push(t);
  bytes += b;
}
const nr = new N.NumberRecognizer(N.Culture.English);
const ur = new U.NumberWithUnitRecognizer(U.Culture.English);
const models = [nr.getNumberModel(), nr.getOrdinalModel(), nr.getPercentageModel(), ur.getDimensionModel(),
                ur.getCurrencyModel(), ur.getTemperatureModel(), ur.getAgeModel()];
if (typeof nr.getNumberRangeModel === 'function') models.push(nr.getNumberRangeModel());

function run(t) {
  let found = 0, hedged = 0;
  for (const m of models) {
    for (const r of m.parse(t)) {
      ++found;
      if (r.typeName === 'numberrange') ++hedged;
    }
  }
  return [found, hedged];
}
for (let i = 0; i < Math.min(20, texts.length); ++i) run(texts[i]);  // JIT warm-up
let results = 0, hedged = 0;
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (const t of texts) {
  const [f, h] = run(t);
  results += f;
  hedged += h;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cu = process.cpuUsage(c0);
const cpu_seconds = (cu.user + cu.system) / 1e6;
console.log(JSON.stringify({peer: 'recognizers-text-number(-with-unit) js', documents: texts.length, bytes, seconds,
                            cpu_seconds, mb_per_s: bytes / 1e6 / seconds, mb_per_cpu_s: bytes / 1e6 / cpu_seconds,
                            results, hedged}));
