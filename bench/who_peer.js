// Peers of bench/who_bench (issue 5), on the same files: compromise (typed
// people, places, organisations and quotation spans) and wink-nlp with
// wink-eng-lite-web-model (tokens, part-of-speech tags, entities of its own
// kinds). Prints MB per CPU second of each. Usage: node who_peer.js DIR [MAX_MB]
const fs = require('fs');
const path = require('path');
const nlp = require('compromise');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const dir = process.argv[2];
const maxMb = parseFloat(process.argv[3] || '1e9');
const files = fs.readdirSync(dir).filter(f => fs.statSync(path.join(dir, f)).isFile()).sort();
const texts = [];
let bytes = 0;
for (const f of files) {
  if (bytes / 1e6 >= maxMb) break;
  const buf = fs.readFileSync(path.join(dir, f));
  bytes += buf.length;
  texts.push(buf.toString('utf8'));
}
function cpu() { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; }

let t0 = cpu(), people = 0, quotes = 0;
for (const t of texts) {
  const doc = nlp(t);
  people += doc.people().length + doc.places().length + doc.organizations().length;
  quotes += doc.quotations().length;
}
let secs = cpu() - t0;
console.log(`compromise: ${texts.length} docs, ${(bytes / 1e6).toFixed(2)} MB, ${secs.toFixed(3)} CPU s, ` +
            `${(bytes / 1e6 / secs).toFixed(3)} MB/s; ${people} names, ${quotes} quotations`);

const wink = winkNLP(model);
const its = wink.its;
t0 = cpu();
let tokens = 0, ents = 0;
for (const t of texts) {
  const doc = wink.readDoc(t);
  tokens += doc.tokens().out(its.pos).length;
  ents += doc.entities().length();
}
secs = cpu() - t0;
console.log(`wink-nlp: ${texts.length} docs, ${(bytes / 1e6).toFixed(2)} MB, ${secs.toFixed(3)} CPU s, ` +
            `${(bytes / 1e6 / secs).toFixed(3)} MB/s; ${tokens} tokens, ${ents} entities (no typed people/organisations)`);
